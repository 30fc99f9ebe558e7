/** Pick the bulk loader for a URL's dialect. */
import type { BulkLoader } from './loader.js';
import { MysqlLoader } from './mysql/loader.js';
import { PgLoader } from './pg/loader.js';
import { SqliteLoader } from './sqlite/loader.js';
import type { DbUrl } from './url.js';

export function loaderFor(url: DbUrl): BulkLoader {
  switch (url.dialect) {
    case 'postgres':
      return new PgLoader(url);
    case 'mysql':
      return new MysqlLoader(url);
    case 'sqlite':
      return new SqliteLoader(url);
  }
}
