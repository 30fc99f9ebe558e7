import { PlaceboError } from '../core/errors.js';
import { FileDocument } from './document.js';
import { FileLeaf, FileRecord } from './file-record.js';
import { LIMITS } from './limits.js';

class TxtRecord extends FileRecord {
  protected rebuild(): string {
    return this.leaves[0]!.next ?? '';
  }
}

/** A .txt file is one record with one leaf, `text`, holding the whole content (BOM aside). */
export class TxtDocument extends FileDocument {
  readonly leafPaths = ['text'] as const;

  constructor(file: string, chunks: AsyncIterator<string>) {
    super(file, 'txt', chunks);
  }

  protected async *generate(): AsyncGenerator<FileRecord> {
    const all = await this.text.readAll(LIMITS.maxValueChars, () => {
      throw new PlaceboError('E_INPUT', `text file larger than ${LIMITS.maxValueChars / (1024 * 1024)} MiB`, {
        file: this.file,
      });
    });
    const bom = all.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = all.slice(bom.length);
    if (body.length === 0) {
      this.trailer = all;
      return;
    }
    const rec = new TxtRecord(0, 1, bom, body);
    rec.leaves = [new FileLeaf(rec, 'text', 'text', 'text', 'string', body, 0, body.length, false)];
    yield rec;
    this.trailer = '';
  }
}
