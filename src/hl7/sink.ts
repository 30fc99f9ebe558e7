/** Where HL7 v2 output goes: one file of messages, written to a temporary name and renamed on success. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile } from '../io/atomic-file.js';
import { HL7_FILE } from './encode.js';

export class Hl7Sink {
  private readonly file: AtomicFile;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = new AtomicFile(join(dir, HL7_FILE));
  }

  async open(): Promise<void> {}

  async writeFile(_name: string, text: string): Promise<void> {
    this.file.write(text);
  }

  async close(): Promise<void> {
    await this.file.commit();
  }

  async abort(): Promise<void> {
    this.file.discard();
  }
}
