/**
 * A narrative's text nodes are scrubbed as one text (so "Name: <b>Ann</b> Lee" is read as one
 * phrase); the rewritten text is then shared back out over the nodes. Any in-order split keeps
 * the div valid and nothing unscrubbed (every character comes from the rewritten text); an exact
 * split keeps each unchanged node where it was, and a changed node's new text in its place.
 */
function commonPrefix(a: string, b: string, from: number): number {
  let n = 0;
  while (n < a.length && from + n < b.length && a.charCodeAt(n) === b.charCodeAt(from + n)) n++;
  return n;
}

/** Where the next node starts in the new text: its whole text, else its (unchanged) beginning. */
function anchor(node: string, next: string, from: number): number {
  for (const n of [node.length, 16, 8, 4]) {
    if (n > node.length) continue;
    const at = next.indexOf(node.slice(0, n), from);
    if (at >= 0) return at;
  }
  return -1;
}

export function distributeText(nodes: readonly string[], next: string): string[] {
  const out: string[] = [];
  let c = 0;
  for (let i = 0; i < nodes.length; i++) {
    const t = nodes[i]!;
    if (i === nodes.length - 1) {
      out.push(next.slice(c));
      break;
    }
    if (next.startsWith(t, c)) {
      out.push(t);
      c += t.length;
      continue;
    }
    // Everything after this node unchanged: this node's new text is what lies between.
    const rest = nodes.slice(i + 1).join('');
    if (next.endsWith(rest) && next.length - rest.length >= c) {
      out.push(next.slice(c, next.length - rest.length));
      c = next.length - rest.length;
      continue;
    }
    // Otherwise find the next node with visible text after this node's unchanged start.
    let k = i + 1;
    while (k < nodes.length && nodes[k]!.trim() === '') k++;
    const from = c + commonPrefix(t, next, c);
    const at = k < nodes.length ? anchor(nodes[k]!, next, from) : -1;
    if (at < 0) {
      // No anchor: this node takes the rest, later nodes are emptied.
      out.push(next.slice(c));
      c = next.length;
      continue;
    }
    const blanks = nodes.slice(i + 1, k).join('');
    const end =
      blanks && next.slice(at - blanks.length, at) === blanks && at - blanks.length >= c
        ? at - blanks.length
        : at;
    out.push(next.slice(c, end));
    for (let b = i + 1; b < k; b++) out.push(end === at ? '' : nodes[b]!);
    c = at;
    i = k - 1;
  }
  return out;
}
