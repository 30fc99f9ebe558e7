/**
 * Restricted ZIP3 prefixes for Safe Harbor: prefixes whose areas hold 20,000 people or fewer.
 * Their ZIP3 must become 000. Versioned by Census; the union is the stricter default.
 */
export type Zip3ListId = 'census2000' | 'census2020' | 'union';

const CENSUS_2000 = [
  '036',
  '059',
  '063',
  '102',
  '203',
  '556',
  '692',
  '790',
  '821',
  '823',
  '830',
  '831',
  '878',
  '879',
  '884',
  '890',
  '893',
] as const;

const CENSUS_2020 = [
  '036',
  '059',
  '102',
  '202',
  '203',
  '204',
  '205',
  '369',
  '556',
  '692',
  '753',
  '772',
  '821',
  '823',
  '878',
  '879',
  '884',
  '893',
] as const;

export const ZIP3_LISTS: Readonly<
  Record<Exclude<Zip3ListId, 'union'>, { source: string; prefixes: readonly string[] }>
> = {
  census2000: {
    source: 'HHS De-identification Guidance (2012), 2000 Census: 17 prefixes',
    prefixes: CENSUS_2000,
  },
  census2020: {
    source: '2020 Census list as used by HRSA UDS+: 18 prefixes',
    prefixes: CENSUS_2020,
  },
};

export function restrictedZip3(list: Zip3ListId = 'union'): ReadonlySet<string> {
  if (list === 'union') return new Set([...CENSUS_2000, ...CENSUS_2020]);
  return new Set(ZIP3_LISTS[list].prefixes);
}
