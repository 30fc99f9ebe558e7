/**
 * Field-name rules the per-kind header hints cannot express: names and contacts of relatives,
 * guarantors, employers and emergency contacts (Safe Harbor covers them too), and the
 * category-18 numbers (encounter, claim, order, user, employee). Used when the catalogue's
 * header hints find nothing.
 */
import type { HeaderMatch } from './catalogue-port.js';
import { nameWords } from './free-text.js';

const PEOPLE = new Set([
  'contact',
  'emergency',
  'guarantor',
  'relative',
  'kin',
  'nok',
  'spouse',
  'mother',
  'father',
  'parent',
  'guardian',
  'subscriber',
  'insured',
  'caregiver',
  'sibling',
  'child',
  'partner',
  'household',
]);

function has(words: readonly string[], ...any: string[]): boolean {
  return any.some((a) => words.includes(a));
}

export function extraHeaderMatch(key: string): HeaderMatch | null {
  const w = nameWords(key);
  const joined = w.join('');
  if (w.length === 0) return null;
  if (has(w, 'employer', 'company', 'workplace')) return { kind: 'employer-name', score: 0.8 };
  // `NOK_REL`, `guarantor_relationship`, `contact_type`: about the person, not the person
  if (
    has(
      w,
      'rel',
      'relation',
      'relationship',
      'type',
      'code',
      'cd',
      'flag',
      'ind',
      'status',
      'sex',
      'gender',
      'lang',
      'language',
    )
  )
    return null;
  const person = w.some((x) => PEOPLE.has(x));
  if (person) {
    if (has(w, 'phone', 'tel', 'mobile', 'cell')) return { kind: 'phone', score: 0.8 };
    if (has(w, 'email', 'mail')) return { kind: 'email', score: 0.8 };
    if (has(w, 'address', 'street', 'addr')) return { kind: 'street-address', score: 0.8 };
    if (has(w, 'city', 'town')) return { kind: 'city', score: 0.8 };
    if (has(w, 'zip', 'postal', 'postcode')) return { kind: 'zip', score: 0.8 };
    if (has(w, 'ssn')) return { kind: 'ssn', score: 0.8 };
    if (has(w, 'dob', 'birth', 'birthdate')) return { kind: 'birth-date', score: 0.8 };
    if (has(w, 'name', 'first', 'last', 'given', 'family', 'surname') || w.length <= 2)
      return { kind: 'person-name', score: 0.75 };
  }
  if (has(w, 'encounter', 'visit', 'csn', 'fin', 'admission') && has(w, 'id', 'no', 'num', 'number', 'nbr'))
    return { kind: 'encounter-number', score: 0.8 };
  if (has(w, 'claim')) return { kind: 'claim-number', score: 0.75 };
  if (has(w, 'order', 'accession', 'requisition') && has(w, 'id', 'no', 'num', 'number', 'nbr'))
    return { kind: 'order-number', score: 0.75 };
  if (has(w, 'username', 'login', 'userid', 'logon') || joined === 'user' || joined.endsWith('username'))
    return { kind: 'username', score: 0.8 };
  if (has(w, 'employee', 'staff', 'emp') && has(w, 'id', 'no', 'num', 'number', 'nbr'))
    return { kind: 'employee-id', score: 0.8 };
  return null;
}
