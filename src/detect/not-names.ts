/**
 * Negative evidence for name fields. A field called `TEST_NAME`, `DRUG_NAME`, `labs[].name` or
 * `GUARANTOR_REL` matches a name hint by its words, yet holds lab tests, drugs or relations:
 * replacing those with fake people destroys clinical content and protects nobody. A value reads
 * as "clearly no person" when it is only numbers and signs, holds a relation word, or has no
 * known given or family name among its words while one is an English or clinical word.
 */
import { wordLists } from '../data/text/lists.js';

const RELATION_VALUES = new Set(
  `self spouse wife husband partner mother father mom dad parent son daughter child brother sister
  sibling grandmother grandfather grandparent grandson granddaughter grandchild aunt uncle niece nephew
  cousin friend neighbor neighbour guardian caregiver other unknown stepmother stepfather stepson
  stepdaughter fiance fiancee roommate employer employee legal domestic`.split(/\s+/),
);

function clearlyNoPerson(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return false;
  const words = v.split(/[^a-z'’]+/).filter((w) => w.length > 1);
  if (words.length === 0) return true;
  if (words.some((w) => RELATION_VALUES.has(w))) return true;
  const lists = wordLists();
  if (words.some((w) => lists.given.has(w) || lists.family.has(w))) return false;
  return words.some((w) => lists.common.has(w) || lists.clinical.has(w) || lists.eponyms.has(w));
}

/** Share of the sampled values that are clearly not a person's name. */
export function notNameFraction(values: readonly string[]): number {
  const present = values.filter((v) => v.trim() !== '');
  if (present.length === 0) return 0;
  return present.filter(clearlyNoPerson).length / present.length;
}
