/**
 * Whose name is this, and what sex is recorded for them? A fake given name follows the recorded
 * sex only for the person the record is about: their own name fields in a record with a sex
 * column. Names of other people in the same row (a contact, a guarantor, the attending) do not.
 */
import type { Sex } from './name-book.js';

const SEX_FIELD =
  /^(sex|gender|ptsex|patsex|patientsex|patientgender|administrativegender|birthsex|sexatbirth)$/;
const FEMALE = /^(f|female|w|woman|girl)$/i;
const MALE = /^(m|male|man|boy)$/i;
/** Words in a field name that say it names someone other than the record's subject. */
const OTHER_PERSON =
  /contact|nok|kin|guar|spouse|mother|father|parent|caregiver|informant|responsible|emergency|prov|physician|attending|admitting|doctor|surgeon|clinician|nurse|author|signed|perform|prescrib|pcp|referr|consult|employer|insured|subscriber|staff|user/;

const norm = (key: string): string => key.toLowerCase().replace(/[^a-z]/g, '');

export function isSexField(key: string): boolean {
  return SEX_FIELD.test(norm(key));
}

export function parseSex(value: string): Sex | undefined {
  const v = value.trim();
  return FEMALE.test(v) ? 'female' : MALE.test(v) ? 'male' : undefined;
}

/** A name field of the record's own subject (not one of the other people a record names). */
export function isOwnNameField(key: string): boolean {
  const k = norm(key);
  return !OTHER_PERSON.test(k.replace(/^(patient|pat|pt)/, ''));
}
