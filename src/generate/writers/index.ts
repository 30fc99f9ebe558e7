/** The writer registry: one encoder per format. Adding a format is one file and one line here. */
import type { TableSpec } from '../../table/types.js';
import { delimitedEncoder } from './delimited.js';
import type { EncoderOptions, TableEncoder } from './encoder.js';
import { jsonEncoder, ndjsonEncoder } from './json-lines.js';
import { sqlEncoder } from './sql.js';

export function encoderFor(spec: TableSpec, opts: EncoderOptions): TableEncoder {
  switch (opts.format) {
    case 'csv':
      return delimitedEncoder(spec, ',');
    case 'tsv':
      return delimitedEncoder(spec, '\t');
    case 'ndjson':
      return ndjsonEncoder(spec);
    case 'json':
      return jsonEncoder(spec);
    case 'sql':
      return sqlEncoder(spec, opts.dialect, opts.tables);
  }
}

export { DIALECTS, type Dialect, EXTENSIONS, FORMATS, type FormatName } from './encoder.js';
