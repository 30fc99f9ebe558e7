import { describe, expect, it } from 'vitest';
import { rngFor } from '../../src/core/rng.js';
import { findSpans } from '../../src/detect/text/index.js';
import type { RecordContext } from '../../src/detect/text/types.js';
import { contextFor } from '../../src/scrub/context-filter.js';
import { patientRows } from './helpers/fixtures.js';

const KINDS: Record<string, string> = {
  patient_name: 'person-name',
  mrn: 'mrn',
  dob: 'birth-date',
  street: 'street-address',
  city: 'city',
  zip: 'zip',
  phone: 'phone',
  email: 'email',
  ssn: 'ssn',
  encounter_id: 'encounter-number',
  guarantor_name: 'person-name',
  emergency_contact_phone: 'phone',
  employer: 'employer-name',
};

function ctxOf(row: Record<string, string>): RecordContext {
  return {
    known: Object.entries(KINDS).map(([col, kind]) => ({ kind, category: 1 as const, value: row[col]! })),
  };
}

describe('contextFor', () => {
  const rows = patientRows(30, 'ctx');
  it('finds exactly the spans the full context finds', () => {
    rows.forEach((row, i) => {
      const other = rows[(i + 1) % rows.length]!;
      const r = rngFor('ctx-text', i);
      // Notes that mention this row's values in other formats, and another row's values.
      const digits = row.phone!.replace(/\D/g, '');
      const texts = [
        row.notes!,
        `${row.patient_name!.toUpperCase()} called from ${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}; ssn ${row.ssn!.replace(/-/g, ' ')}`,
        `Seen with ${other.patient_name}, guarantor ${row.guarantor_name!.split(' ')[1]}, ${row.street}, ${row.city} ${row.zip}. ${r.pick(['No complaints.', 'Works at ' + row.employer])}`,
        `1-${digits} or +1 ${digits}, mail ${row.email!.toUpperCase()}, enc ${row.encounter_id}, DOB ${row.dob}`,
      ];
      const full = ctxOf(row);
      for (const t of texts) {
        const narrowed = contextFor(t, full);
        expect(narrowed.known.length).toBeLessThanOrEqual(full.known.length);
        expect(findSpans(t, narrowed)).toEqual(findSpans(t, full));
      }
    });
  });
  it('drops values that cannot occur', () => {
    const row = rows[0]!;
    const narrowed = contextFor('No complaints today.', ctxOf(row));
    expect(narrowed.known).toEqual([]);
  });
});

describe('contextFor with unusual separators', () => {
  it('keeps values written with non-breaking spaces or slashes', () => {
    const ctx: RecordContext = { known: [{ kind: 'phone', category: 4, value: '(617) 253-1000' }] };
    for (const t of ['call 617\u00a0253\u00a01000 today', 'call 617/253/1000', 'call (617)253-1000']) {
      expect(contextFor(t, ctx).known).toHaveLength(1);
      expect(findSpans(t, contextFor(t, ctx))).toEqual(findSpans(t, ctx));
    }
    expect(contextFor('call 617 2 5 3 1000 x', ctx).known).toHaveLength(1);
    expect(contextFor('call 617    253 1000', ctx).known).toHaveLength(0);
  });
});
