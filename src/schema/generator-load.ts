/** Reading a generator schema file (YAML or JSON) and validating its shape with zod. */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { PlaceboError } from '../core/errors.js';
import { type SchemaProblem, schemaError, zodProblems } from './generator-errors.js';
import { GeneratorSchema } from './generator-schema.js';

export interface LoadedSchema {
  /** The file name as the user should see it in messages. */
  file: string;
  /** The source text (worker threads parse it again rather than receive compiled closures). */
  text: string;
  schema: GeneratorSchema;
  /** Line of a path inside the file, for messages (undefined when unknown). */
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** Parse schema text (YAML is a superset of JSON, so one parser serves both). */
export function parseGeneratorSchema(text: string, file: string): LoadedSchema {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new PlaceboError(
      'E_SCHEMA',
      `not valid YAML/JSON (${err.code})`,
      { file, line },
      'check indentation and quotes',
    );
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const data: unknown = doc.toJS();
  if (!(isMap(doc.contents) || isSeq(doc.contents)) && data === null) {
    throw new PlaceboError('E_SCHEMA', 'the schema file is empty', { file });
  }
  const parsed = GeneratorSchema.safeParse(data);
  if (!parsed.success) throw schemaError(file, zodProblems(parsed.error.issues), lineOf);
  return { file, text, schema: parsed.data, lineOf };
}

export function loadGeneratorSchema(path: string, cwd: string): LoadedSchema {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PlaceboError('E_INPUT', 'cannot read the schema file', { file: displayName(path, cwd) });
  }
  return parseGeneratorSchema(text, displayName(path, cwd));
}

function displayName(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

export type { SchemaProblem };
