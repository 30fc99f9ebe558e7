/** The database layer: sinks for generate, sources and the staging copy for scrub and check. */

export type { CopyOptions, CopyResult, RecordTransform, TableCount } from './copy-database.js';
export { copyDatabase, countRows, createLike } from './copy-database.js';
export { documentTransform, tableDocument } from './documents.js';
export type { SelectOptions } from './introspect.js';
export { introspect } from './introspect.js';
export type { BulkLoader, LoadMode } from './loader.js';
export { loaderFor } from './loaders.js';
export type { DbRecord } from './record.js';
export { cellsOf, DbLeaf } from './record.js';
export type { DbRowSink, DbSinkOptions } from './sink.js';
export { openDbSink, structureFromSpecs } from './sink.js';
export type { DbSource } from './source.js';
export { openSource, readTable } from './source.js';
export type {
  DbColumn,
  DbForeignKey,
  DbIndex,
  DbStructure,
  DbTable,
  DbUnique,
  GenericType,
} from './structure.js';
export type { DbUrl, Dialect } from './url.js';
export { isDbUrl, maskSecrets, maskUrl, parseDbUrl, sameDatabase } from './url.js';
