/**
 * Name spans in free text, as check tests them: a street name after a house number is tested as
 * a street address, and the digits glued to a name word are its realistic-style marker.
 */
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check/check.js';
import { defaultCheckServices, policyFrom } from '../../src/check/default-services.js';
import { loadProfile } from '../../src/schema/profile.js';
import { tableSource } from './records.js';

const profile = loadProfile('safe-harbor');
const services = defaultCheckServices(profile);
const policy = policyFrom(profile);

async function check(notes: string[], style: 'obvious' | 'realistic') {
  const rows = notes.map((n, i) => [String(i + 1), n]);
  return checkSources([tableSource('notes.csv', ['id', 'note_text'], rows)], services, policy, { style });
}

describe('check: name spans in notes', () => {
  it('a street name after a house number is a street address, not a person', async () => {
    const report = await check(
      [
        'Address on file: 6020 Green Centers, Waelchiton, SD 00075. Home visit planned.',
        'Address on file: 769 Kemmer Wall, Trompton, IL 00092. Follow up in clinic.',
        'A copy mailed to 6186 Emelie Fort, New Amelie 00046. Follow up in clinic.',
        'Address on file: 1831 Schinner Centers, East Gulgowski, OK 00013. Home phone on file.',
        'Address on file: 7756 Pagac Village, Eleanorafort, CA 00017. Home phone on file.',
      ],
      'obvious',
    );
    expect(report.findings).toEqual([]);
    expect(report.summary.some((r) => r.kind === 'street-address' && r.unprovable > 0)).toBe(true);
  });

  it('suffixed names pass in realistic style; the same names without suffix are findings', async () => {
    const marked = await check(
      ['S: Madyson776 Grady119, 43 years old, here for cough.', 'Patient: Wuckert166, Kole677 seen today.'],
      'realistic',
    );
    expect(marked.findings).toEqual([]);
    expect(marked.totals.fake).toBeGreaterThan(0);
    const bare = await check(
      ['S: Madyson Grady, 43 years old, here for cough.', 'Patient: Wuckert, Kole seen today.'],
      'realistic',
    );
    expect(bare.totals.findings).toBeGreaterThan(0);
  });

  it('a person named after a house number with no street suffix is still a finding', async () => {
    const report = await check(['Seen in room 12 with Harold Bexworth, who drove her home.'], 'obvious');
    expect(report.findings.some((f) => f.kind === 'person-name' || f.kind === 'family-name')).toBe(true);
  });
});
