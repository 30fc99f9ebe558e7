/**
 * Every `--flag` that placebo's own strings mention (error messages, hints, help text, examples)
 * is a flag some command defines. The strings are read from the TypeScript sources with the
 * compiler's parser (string and template literals only, not comments); the defined flags are read
 * from each command's --help, as a user would see them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { placebo } from '../check/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMANDS = ['generate', 'scrub', 'check', 'kinds', 'report', 'audit verify'];
/** Flags of other programs that placebo's sources mention on purpose. */
const FOREIGN = new Set(['heap-growing-percent', 'child']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'bench' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

function literals(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      out.push(n.head.text, ...n.templateSpans.map((s) => s.literal.text));
    }
    ts.forEachChild(n, walk);
  };
  walk(sf);
  return out;
}

describe('hints name only flags that exist', () => {
  const defined = new Set<string>();
  beforeAll(async () => {
    const helps = await Promise.all(COMMANDS.map((c) => placebo([...c.split(' '), '--help'], ROOT)));
    for (const h of helps) {
      expect(h.code).toBe(0);
      for (const m of h.stdout.matchAll(/--([a-z][a-z0-9-]*)/g)) defined.add(m[1]!);
    }
  });

  it('the help of every command lists its flags', () => {
    for (const f of ['format', 'reporter', 'tables', 'exclude-tables', 'load-mode', 'input-format', 'out'])
      expect(defined.has(f), f).toBe(true);
  });

  it('every --flag in a string of src/ is defined by some command', () => {
    const unknown: string[] = [];
    for (const file of sources(join(ROOT, 'src'))) {
      for (const text of literals(file)) {
        // CSS custom properties (`--ink: …`, `var(--ink)`) are not flags.
        for (const m of text.matchAll(/(?<![\w-]|var\()--([a-z][a-z0-9-]*)(?![\w-]*\s*:)/g)) {
          if (!defined.has(m[1]!) && !FOREIGN.has(m[1]!)) unknown.push(`${relative(ROOT, file)}: --${m[1]}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
