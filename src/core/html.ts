/**
 * A small kit for placebo's self-contained HTML reports: escaping, one page with inline CSS,
 * tables and inline SVG bar charts. No script, no external resource: the page loads nothing.
 */

export function esc(text: string | number): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const n = (x: number): string => x.toLocaleString('en-US');

export { n as count };

const CSS = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --ok: #1f7a4d; --warn: #a4461a; --bar: #3d6fb6; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f6f7f9; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
p.lead { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code, .hash { font: 12px/1.3 ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
.status { font-weight: 600; white-space: nowrap; } .found { color: var(--warn); } .absent { color: var(--ok); }
.note { background: #fff8e6; border-left: 4px solid #e0a800; padding: 8px 12px; margin: 8px 0; }
.warn { background: #fdecea; border-left: 4px solid var(--warn); padding: 8px 12px; margin: 8px 0; }
.good { background: #eaf6ef; border-left: 4px solid var(--ok); padding: 8px 12px; margin: 8px 0; }
ul.tight { margin: 4px 0; padding-left: 18px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

export function table(
  head: readonly string[],
  rows: readonly string[][],
  attrs: readonly string[] = [],
): string {
  const num = head.map((h) => /^(records( in| out)?|groups|smallest group|count|values|spans)$/i.test(h));
  const cls = (i: number) => (num[i] ? ' class="num"' : '');
  const th = head.some((h) => h !== '')
    ? `<thead><tr>${head.map((h, i) => `<th${cls(i)}>${esc(h)}</th>`).join('')}</tr></thead>`
    : '';
  const tr = rows.map(
    (r, i) =>
      `<tr${attrs[i] ? ` ${attrs[i]}` : ''}>${r.map((c, j) => `<td${cls(j)}>${c}</td>`).join('')}</tr>`,
  );
  return `<table>${th}<tbody>${tr.join('\n')}</tbody></table>`;
}

/** A horizontal bar chart as inline SVG; `label` is plain text (escaped here). */
export function barChart(
  id: string,
  title: string,
  bars: readonly { label: string; value: number }[],
): string {
  const rowH = 22;
  const labelW = 260;
  const width = 900;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const h = bars.length * rowH + 30;
  const rows = bars.map((b, i) => {
    const y = 24 + i * rowH;
    const w = Math.round(((width - labelW - 80) * b.value) / max);
    return (
      `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end">${esc(b.label)}</text>` +
      `<rect x="${labelW}" y="${y + 3}" width="${Math.max(w, b.value > 0 ? 2 : 0)}" height="${rowH - 8}" fill="var(--bar)" rx="2"></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 14}">${esc(n(b.value))}</text>`
    );
  });
  return `<figure><svg id="${esc(id)}" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${h}" width="100%"><title>${esc(title)}</title><text x="0" y="14" font-weight="600">${esc(title)}</text>${rows.join('')}</svg></figure>`;
}
