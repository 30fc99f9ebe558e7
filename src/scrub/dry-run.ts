/**
 * `scrub --dry-run`: the field table — each field's kind, Safe Harbor category, action and how it
 * was detected — from the same sample and rules as a real run (engine.ts `planDocument`), without
 * transforming or writing anything.
 */
import { restrictedZip3 } from '../catalogue/zip3.js';
import type { CommandIo } from '../core/command-io.js';
import { CATALOGUE } from '../detect/index.js';
import type { InputFormat } from '../io/types.js';
import { loadProfile } from '../schema/profile.js';
import { planDocument, type ScrubEnv } from './engine.js';
import type { ScrubIo } from './io-port.js';
import { inlineSpanFinder } from './span-finder.js';
import { parseDate } from './transforms/dates.js';

export interface PlannedField {
  file: string;
  field: string;
  kind: string | null;
  category: number | null;
  action: string;
  detectedBy: string | null;
}

export async function dryRunScrub(
  opts: { inputs: readonly string[]; profile?: string; format?: InputFormat },
  io: CommandIo,
  sio: ScrubIo,
): Promise<PlannedField[]> {
  const profile = loadProfile(opts.profile, io.cwd);
  const env: ScrubEnv = {
    profile,
    catalogue: CATALOGUE,
    // Nothing is scanned or replaced: only classification runs.
    spans: inlineSpanFinder(() => []),
    restrictedZip3: restrictedZip3(profile.zip3List),
    refDate: parseDate(profile.referenceDate ?? new Date().toISOString().slice(0, 10))!,
    seed: 'dry-run',
    pseudonym: () => '',
  };
  const rows: PlannedField[] = [];
  for (const file of await sio.listInputs(opts.inputs, io.cwd)) {
    const input = await sio.openInput(file, { format: opts.format, cwd: io.cwd, stdin: io.stdin });
    for (const f of await planDocument(input, env)) {
      rows.push({
        file,
        field: f.cls.path,
        kind: f.cls.kind,
        category: f.cls.category,
        action: f.action === 'scan' ? `scan free text (${profile.freeText.action})` : f.action,
        detectedBy: f.cls.detectedBy,
      });
    }
  }
  return rows;
}
