/**
 * The HL7 v2 field map: which component of which field of which segment holds an identifier,
 * named as the column header the catalogue knows it by (`mrn`, `familyname`, `dob`…). The `.hl7`
 * reader presents each such component as a field under that name, so scrub and check classify it
 * by position, never by guessing from free text. Field numbers are HL7 v2.5.1's (MSH-1 is the
 * field separator itself). Shared by the reader and anything else that reads segments by position.
 */

/** Component index (0-based) → header name. */
export type ComponentMap = Readonly<Record<number, string>>;

const XPN: ComponentMap = { 0: 'familyname', 1: 'givenname', 2: 'middlename' };
const XCN: ComponentMap = { 0: 'npi', 1: 'familyname', 2: 'givenname', 3: 'middlename' };
const XAD: ComponentMap = { 0: 'street', 1: 'street', 2: 'city', 4: 'zip', 8: 'county' };
const XTN: ComponentMap = { 0: 'phone', 3: 'email' };
const DATE: ComponentMap = { 0: 'date' };
const ID = (name: string): ComponentMap => ({ 0: name });

/** Segment → field number → components. PID-3 (CX) is typed per repetition: see cxName. */
export const HL7_FIELDS: Readonly<Record<string, Readonly<Record<number, ComponentMap>>>> = {
  MSH: { 7: DATE },
  EVN: { 2: DATE, 6: DATE },
  PID: {
    2: ID('mrn'),
    3: ID('mrn'),
    4: ID('mrn'),
    5: XPN,
    6: { 0: 'familyname' },
    7: { 0: 'dob' },
    9: XPN,
    11: XAD,
    13: XTN,
    14: XTN,
    18: ID('accountnumber'),
    19: ID('ssn'),
    20: ID('driverslicense'),
    21: ID('mrn'),
    29: DATE,
  },
  PD1: { 4: XCN },
  NK1: { 2: XPN, 4: XAD, 5: XTN, 6: XTN, 30: XPN, 31: XTN, 32: XAD },
  PV1: { 7: XCN, 8: XCN, 9: XCN, 17: XCN, 19: ID('visitnumber'), 44: DATE, 45: DATE, 50: ID('visitnumber') },
  DG1: { 5: DATE, 16: XCN, 19: DATE },
  AL1: { 6: DATE },
  OBX: { 14: DATE, 16: XCN },
  GT1: { 2: ID('accountnumber'), 3: XPN, 5: XAD, 6: XTN, 7: XTN, 8: { 0: 'dob' }, 12: ID('ssn') },
  IN1: { 16: XPN, 18: { 0: 'dob' }, 19: XAD, 36: ID('memberid'), 49: ID('memberid') },
  IN2: { 2: ID('ssn'), 8: ID('mbi') },
};

/** CX identifier type codes (component 5) → the identifier's header name. */
const CX_TYPES: Readonly<Record<string, string>> = {
  MR: 'mrn',
  PI: 'mrn',
  PT: 'mrn',
  SS: 'ssn',
  SSN: 'ssn',
  DL: 'driverslicense',
  AN: 'accountnumber',
  MB: 'memberid',
  MA: 'memberid',
  MC: 'mbi',
  MCN: 'mbi',
  NPI: 'npi',
};

/** The header name of a CX repetition's id, from its type code; `fallback` when untyped. */
export function cxName(typeCode: string, fallback: string): string {
  return CX_TYPES[typeCode.toUpperCase()] ?? fallback;
}

/** Fields whose repetitions are CX identifiers (typed by component 5). */
export const CX_FIELDS: ReadonlySet<string> = new Set(['PID-2', 'PID-3', 'PID-4', 'PID-18', 'PID-21']);
