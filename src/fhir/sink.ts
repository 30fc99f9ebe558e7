/**
 * Where FHIR output goes. `fhir-ndjson` appends to one file per resource type (Bulk Data
 * layout); `fhir` writes one Bundle file per patient. Either way every file is an AtomicFile
 * that is renamed into place only when the whole run succeeds, so a failed run leaves no
 * partial output. Bundles are finished (fsynced) as they are written, a bounded number at a
 * time on the thread pool, so the one rename pass at the end does not wait for thousands of
 * fsyncs in a row.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AtomicFile, commitAll } from '../io/atomic-file.js';
import type { FhirMode } from './encode.js';
import { sharedOrganization } from './resources.js';

/** Bundle files being fsynced at once. */
const FINISHING = 16;

export class FhirSink {
  /** Per resource type (fhir-ndjson), appended to for the whole run. */
  private readonly files = new Map<string, AtomicFile>();
  /** One per patient (fhir), written whole, renamed at the end. */
  private readonly bundles: AtomicFile[] = [];
  private finishing: Promise<void>[] = [];

  constructor(
    private readonly mode: FhirMode,
    private readonly dir: string,
    private readonly seed: string,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  async open(): Promise<void> {
    if (this.mode === 'fhir-ndjson')
      await this.writeFile('Organization.ndjson', `${JSON.stringify(sharedOrganization(this.seed))}\n`);
  }

  async writeFile(name: string, text: string): Promise<void> {
    if (this.mode === 'fhir') {
      const bundle = new AtomicFile(join(this.dir, name));
      this.bundles.push(bundle);
      bundle.write(text);
      this.finishing.push(bundle.finish());
      if (this.finishing.length >= FINISHING) await this.settle();
      return;
    }
    let f = this.files.get(name);
    if (!f) {
      f = new AtomicFile(join(this.dir, name));
      this.files.set(name, f);
    }
    f.write(text);
  }

  private async settle(): Promise<void> {
    const pending = this.finishing;
    this.finishing = [];
    await Promise.all(pending);
  }

  async close(): Promise<void> {
    await this.settle();
    await commitAll([...this.files.values(), ...this.bundles]);
  }

  async abort(): Promise<void> {
    await Promise.allSettled(this.finishing);
    this.finishing = [];
    for (const f of [...this.files.values(), ...this.bundles]) f.discard();
  }
}
