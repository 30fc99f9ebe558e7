/**
 * Where FHIR output goes. `fhir-ndjson` appends to one file per resource type (Bulk Data
 * layout); `fhir` writes one Bundle file per patient into a hidden staging directory and moves
 * them into place only when the whole run succeeds, so a failed run leaves no partial output.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile } from '../generate/writers/atomic-file.js';
import type { FhirMode } from './encode.js';
import { sharedOrganization } from './resources.js';

export class FhirSink {
  private readonly files = new Map<string, AtomicFile>();
  private readonly staging: string;

  constructor(
    private readonly mode: FhirMode,
    private readonly dir: string,
    private readonly seed: string,
  ) {
    mkdirSync(dir, { recursive: true });
    this.staging = join(dir, `.placebo-fhir-${process.pid}.tmp`);
    if (mode === 'fhir') mkdirSync(this.staging, { recursive: true });
  }

  async open(): Promise<void> {
    if (this.mode === 'fhir-ndjson')
      await this.writeFile('Organization.ndjson', `${JSON.stringify(sharedOrganization(this.seed))}\n`);
  }

  async writeFile(name: string, text: string): Promise<void> {
    if (this.mode === 'fhir') {
      writeFileSync(join(this.staging, name), text);
      return;
    }
    let f = this.files.get(name);
    if (!f) {
      f = new AtomicFile(join(this.dir, name));
      this.files.set(name, f);
    }
    await f.write(text);
  }

  async close(): Promise<void> {
    for (const f of this.files.values()) await f.commit();
    if (this.mode === 'fhir') {
      for (const name of readdirSync(this.staging))
        renameSync(join(this.staging, name), join(this.dir, name));
      rmSync(this.staging, { recursive: true, force: true });
    }
  }

  async abort(): Promise<void> {
    for (const f of this.files.values()) await f.discard();
    rmSync(this.staging, { recursive: true, force: true });
  }
}
