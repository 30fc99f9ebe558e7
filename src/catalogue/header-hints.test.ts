import { describe, expect, it } from 'vitest';
import { headerTokens, matchHeader, normaliseHeader } from './header-hints.js';
import { KINDS } from './index.js';

/** [header as found in exports, expected best kind]. */
const BEST: readonly (readonly [string, string])[] = [
  ['SSN', 'ssn'],
  ['SSN#', 'ssn'],
  ['SocSecNo', 'ssn'],
  ['ss_num', 'ssn'],
  ['Social Security Number', 'ssn'],
  ['PT_SSN', 'ssn'],
  ['patientSSN', 'ssn'],
  ['DOB', 'birth-date'],
  ['dt_birth', 'birth-date'],
  ['BirthDt', 'birth-date'],
  ['Date of Birth', 'birth-date'],
  ['birth_date', 'birth-date'],
  ['PT_NM', 'person-name'],
  ['PatientName', 'person-name'],
  ['patient_name', 'person-name'],
  ['LName', 'family-name'],
  ['surname', 'family-name'],
  ['pat_last_nm', 'family-name'],
  ['FName', 'given-name'],
  ['FirstName', 'given-name'],
  ['given_name', 'given-name'],
  ['NM', 'person-name'],
  ['MBR_ID', 'member-id'],
  ['MemberID', 'member-id'],
  ['subscriber_id', 'member-id'],
  ['PolicyNo', 'member-id'],
  ['MBI', 'mbi'],
  ['HICN', 'member-id'],
  ['medicaid_id', 'member-id'],
  ['ADDR1', 'street-address'],
  ['Address1', 'street-address'],
  ['street', 'street-address'],
  ['StreetAddress', 'street-address'],
  ['ZIP', 'zip'],
  ['zip_code', 'zip'],
  ['PostalCode', 'zip'],
  ['ZIP5', 'zip'],
  ['Phone', 'phone'],
  ['PhoneNumber', 'phone'],
  ['home_phone', 'phone'],
  ['CELL', 'phone'],
  ['Mobile', 'phone'],
  ['TEL', 'phone'],
  ['PH', 'phone'],
  ['home_phone_number', 'phone'],
  ['FAX', 'fax'],
  ['fax_no', 'fax'],
  ['Email', 'email'],
  ['EmailAddr', 'email'],
  ['e-mail', 'email'],
  ['MRN', 'mrn'],
  ['MedRecNo', 'mrn'],
  ['Medical Record Number', 'mrn'],
  ['ChartNo', 'mrn'],
  ['ACCT', 'account-number'],
  ['AcctNo', 'account-number'],
  ['account_number', 'account-number'],
  ['guarantor_account', 'account-number'],
  ['EncounterID', 'encounter-number'],
  ['VisitNo', 'encounter-number'],
  ['PAT_ENC_CSN_ID', 'encounter-number'],
  ['CSN', 'encounter-number'],
  ['FIN', 'encounter-number'],
  ['ADMIT_DT', 'date'],
  ['AdmitDate', 'date'],
  ['DischDt', 'date'],
  ['ClaimID', 'claim-number'],
  ['claim_no', 'claim-number'],
  ['claim_num', 'claim-number'],
  ['OrderID', 'order-number'],
  ['UserName', 'username'],
  ['login', 'username'],
  ['PortalUser', 'username'],
  ['EmployeeID', 'employee-id'],
  ['emp_id', 'employee-id'],
  ['NPI', 'npi'],
  ['attending_npi', 'npi'],
  ['DEA', 'dea'],
  ['DL', 'drivers-license'],
  ['DLNum', 'drivers-license'],
  ['DriversLicense', 'drivers-license'],
  ["Driver's License", 'drivers-license'],
  ['VIN', 'vin'],
  ['Plate', 'license-plate'],
  ['UDI', 'device-udi'],
  ['SerialNo', 'device-serial'],
  ['MAC', 'mac-address'],
  ['mac_address', 'mac-address'],
  ['URL', 'url'],
  ['Website', 'url'],
  ['IP', 'ip-address'],
  ['IPAddr', 'ip-address'],
  ['last_login_ip', 'ip-address'],
  ['Employer', 'employer-name'],
  ['EmergencyContact', 'person-name'],
  ['NOK', 'person-name'],
  ['next_of_kin', 'person-name'],
  ['GuarantorName', 'person-name'],
  ['guar_nm', 'person-name'],
  ['ec_name', 'person-name'],
  ['ec_phone', 'phone'],
  ['emerg_phone', 'phone'],
  ['emergency_contact_phone', 'phone'],
  ['nok_phone', 'phone'],
  ['City', 'city'],
  ['pt_city', 'city'],
  ['County', 'county'],
  ['Age', 'age'],
  ['lat_lon', 'geo-coordinates'],
  ['card_number', 'card-number'],
  ['passport_no', 'passport'],
  ['photo', 'photo'],
  ['fingerprint_id', 'biometric-id'],
];

describe('matchHeader', () => {
  for (const [header, kind] of BEST) {
    it(`${header} → ${kind}`, () => {
      const best = matchHeader(header)[0];
      expect(best?.kind).toBe(kind);
      expect(best?.score).toBeGreaterThanOrEqual(0.7);
    });
  }
  it('gives no hint for opaque or non-identifier columns', () => {
    for (const h of [
      'F07',
      'col3',
      'State',
      'state_cd',
      'ST',
      'result_value',
      'hgb',
      'sex',
      'gender',
      'race',
      'dx_code',
      'LOINC',
      'qty',
      'units',
      '',
    ]) {
      const best = matchHeader(h)[0];
      expect(best === undefined || best.score < 0.7, `${h} → ${best?.kind} ${best?.score}`).toBe(true);
    }
  });
  it('scores exact matches above prefixed, token and substring matches', () => {
    const exact = matchHeader('phone')[0]?.score ?? 0;
    const prefixed = matchHeader('pt_phone')[0]?.score ?? 0;
    const token = matchHeader('phone_type_code_x')[0]?.score ?? 0;
    expect(exact).toBe(1);
    expect(prefixed).toBeLessThan(exact);
    expect(token).toBeLessThan(prefixed);
  });
  it('returns candidates best first', () => {
    const m = matchHeader('last_visit_date');
    for (let i = 1; i < m.length; i++) expect(m[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(m[i]?.score ?? 0);
    expect(m[0]?.kind).toBe('date');
  });
});

describe('normaliseHeader and tokens', () => {
  it('normalises case and punctuation', () => {
    expect(normaliseHeader('Pt_SSN#')).toBe('ptssn');
    expect(normaliseHeader("Driver's License No.")).toBe('driverslicenseno');
  });
  it('splits camelCase, snake_case and acronyms', () => {
    expect(headerTokens('patientSSN_no')).toEqual(['patient', 'ssn', 'no']);
    expect(headerTokens('PAT_ENC_CSN_ID')).toEqual(['pat', 'enc', 'csn', 'id']);
    expect(headerTokens('MRNNumber')).toEqual(['mrn', 'number']);
  });
  it('every hint is already normalised and state is never a hint', () => {
    for (const kind of KINDS) {
      for (const hint of kind.headerHints) expect(hint).toBe(normaliseHeader(hint));
      expect(kind.headerHints).not.toContain('state');
    }
  });
});

describe('a number sign reads as "no"', () => {
  it.each([
    ['Med Rec #', 'mrn'],
    ['Visit #', 'encounter-number'],
    ['SSN#', 'ssn'],
    ['Rx #', 'order-number'],
  ])('%s → %s', (name, kind) => {
    expect(matchHeader(name)[0]?.kind).toBe(kind);
  });
  it('names no identifier where the word before it names none', () => {
    expect(matchHeader('Room #')).toEqual([]);
    expect(matchHeader('Bed #')).toEqual([]);
  });
});

describe('export spellings found by probing', () => {
  it.each([
    ['MIDDLE_INIT', 'given-name'],
    ['MOTHERS_MAIDEN', 'family-name'],
    ['CNTY', 'county'],
    ['VOICE_SAMPLE', 'biometric-id'],
    ['FULL_FACE_IMG', 'photo'],
    ['ADMIT_TS', 'date'],
    ['DISCHARGE_DATETIME', 'date'],
  ])('%s → %s', (name, kind) => {
    expect(matchHeader(name)[0]?.kind).toBe(kind);
  });
});
