import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { PlaceboError } from '../core/errors.js';
import { CsvDocument } from './csv-reader.js';
import type { FileDocument } from './document.js';
import { Hl7Document } from './hl7-reader.js';
import { JsonDocument } from './json-reader.js';
import { NdjsonDocument } from './ndjson-reader.js';
import { byteSource, decodeText } from './text-source.js';
import { TxtDocument } from './txt-reader.js';
import type { InputDocument, InputFormat } from './types.js';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.txt': 'txt',
  '.hl7': 'hl7',
};

const FORMATS: readonly InputFormat[] = ['csv', 'tsv', 'json', 'ndjson', 'txt', 'hl7'];

/** Format from `override` (`--format`, `jsonl` accepted) or from the file extension. */
export function detectFormat(file: string, override?: string): InputFormat {
  if (override !== undefined) {
    const f = override.toLowerCase() === 'jsonl' ? 'ndjson' : override.toLowerCase();
    if ((FORMATS as readonly string[]).includes(f)) return f as InputFormat;
    throw new PlaceboError('E_USAGE', `unknown format "${override}"`, {}, `use one of ${FORMATS.join(', ')}`);
  }
  if (file === '-') {
    throw new PlaceboError('E_USAGE', 'reading stdin needs a format', { file: '-' }, 'pass --format');
  }
  const format = BY_EXTENSION[extname(file).toLowerCase()];
  if (!format) {
    throw new PlaceboError(
      'E_INPUT',
      'unsupported file extension',
      { file },
      `supported: ${Object.keys(BY_EXTENSION).join(' ')}, or pass --format`,
    );
  }
  return format;
}

/**
 * Expand the command line's paths: files as given (any extension; detectFormat decides later),
 * directories walked recursively for supported extensions, skipping dot files (such as our own
 * temp files). `-` is stdin. The result is sorted and without duplicates.
 */
export async function listInputs(paths: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      found.add(p);
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(p);
    } catch {
      throw new PlaceboError('E_INPUT', 'no such file or directory', { file: p });
    }
    if (st.isDirectory()) await walk(p, found);
    else found.add(p);
  }
  return [...found].sort();
}

async function walk(dir: string, found: Set<string>): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) await walk(full, found);
    else if (e.isFile() && BY_EXTENSION[extname(e.name).toLowerCase()]) found.add(full);
  }
}

/**
 * Open a file (or `-` for stdin) as a streaming document of records. `delimiter` fixes the CSV
 * delimiter (otherwise `,` for .csv unless it looks `;`-separated, tab for .tsv).
 */
export async function openInput(
  file: string,
  opts: { format?: string; stdin?: Readable; delimiter?: string } = {},
): Promise<InputDocument> {
  const format = detectFormat(file, opts.format);
  let size: number | undefined;
  if (file !== '-') {
    try {
      const st = await stat(file);
      if (!st.isFile()) throw new PlaceboError('E_INPUT', 'not a regular file', { file });
      size = st.size;
    } catch (err) {
      if (err instanceof PlaceboError) throw err;
      throw new PlaceboError('E_INPUT', 'no such file', { file });
    }
  }
  const chunks = decodeText(byteSource(file, opts.stdin, size), file);
  let doc: FileDocument;
  switch (format) {
    case 'csv':
    case 'tsv': {
      const d = opts.delimiter;
      if (d !== undefined && (d.length !== 1 || d === '"' || d === '\n' || d === '\r')) {
        throw new PlaceboError(
          'E_USAGE',
          'the delimiter must be one character other than a quote or line break',
          {
            file,
          },
        );
      }
      const csv = new CsvDocument(file, format, chunks, d);
      try {
        await csv.init();
      } catch (err) {
        await csv.close();
        throw err;
      }
      doc = csv;
      break;
    }
    case 'ndjson':
      doc = new NdjsonDocument(file, chunks);
      break;
    case 'json':
      doc = new JsonDocument(file, chunks);
      break;
    case 'txt':
      doc = new TxtDocument(file, chunks);
      break;
    case 'hl7':
      doc = new Hl7Document(file, chunks);
      break;
  }
  return doc;
}
