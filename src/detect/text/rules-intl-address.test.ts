import { describe, expect, test } from 'vitest';
import { findSpans } from './find-spans.js';

// Invented addresses: street names, numbers and towns are made up or generic.
function values(text: string, kind: string): string[] {
  return findSpans(text)
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end));
}
function covered(text: string, part: string, kind?: string): boolean {
  const at = text.indexOf(part);
  return findSpans(text).some((s) => (!kind || s.kind === kind) && s.start < at + part.length && s.end > at);
}

describe('international street lines', () => {
  test.each([
    ['Tove Lind lives at 4410 Kvistrupvej 18, Hjørring', ['4410 Kvistrupvej 18', 'Hjørring']],
    ['Send it to 77 ul. Lipowska 12.', ['77 ul. Lipowska 12']],
    ['Hans his address: 2207 Ørnebakken 41', ['2207 Ørnebakken 41']],
    ['we met at 5121 88 Quarry Lane yesterday', ['5121 88 Quarry Lane']],
    ['Can you check this? 3120 Rue de Vianden 14', ['3120 Rue de Vianden 14']],
    ['Gunnhild Aas\n\n7721 P.O. Box 310\n Suite 12', ['7721 P.O. Box 310', 'Suite 12']],
  ])('%s', (text, parts) => {
    for (const p of parts) expect(covered(text, p), p).toBe(true);
  });

  test('an address block: street, suite, town and country + postcode lines', () => {
    const text = 'Olaf Brekke\n\n3316 Tindvegen 27\n Suite 210\n Vardøhavn\n\n Norway 41177\nMobile: n/a';
    for (const p of ['3316 Tindvegen 27', 'Suite 210', 'Vardøhavn', '41177'])
      expect(covered(text, p), p).toBe(true);
    expect(covered(text, 'Mobile', 'street-address')).toBe(false);
    expect(covered(text, 'Olaf Brekke', 'street-address')).toBe(false);
  });

  test('addressee lines above a street line are names; a blank line or a label stops them', () => {
    const text = 'Dear all\n\n> Ilse Brandt\n> Nordwind Partners\n> 4400 Lindenvej 18\n> Apt. 3';
    expect(covered(text, 'Ilse Brandt', 'person-name')).toBe(true);
    expect(covered(text, 'Nordwind Partners', 'person-name')).toBe(true);
    expect(covered(text, 'Dear all', 'person-name')).toBe(false);
    const labelled = 'Re: order\n4400 Lindenvej 18';
    expect(covered(labelled, 'Re: order', 'person-name')).toBe(false);
  });

  test('a street named before "St." or "street"', () => {
    expect(covered('Walk in on Lindgasse 14 St. in the mornings', 'Lindgasse 14')).toBe(true);
    expect(covered('Ana lives on Kirkevej 3 street.', 'Kirkevej 3')).toBe(true);
  });

  test('military mail', () => {
    expect(covered('Address:  PSC 4410, Box 2203\nAPO AE 09112', 'PSC 4410, Box 2203\nAPO AE 09112')).toBe(
      true,
    );
    expect(
      covered('send to unit 3102 box 7741\ndpo ap 96321 please', 'unit 3102 box 7741\ndpo ap 96321'),
    ).toBe(true);
    expect(covered('The ship: USNS Halden\nFPO AA 34019', 'USNS Halden\nFPO AA 34019')).toBe(true);
  });

  test('foreign postcodes after a zip label', () => {
    expect(values('ZIP: 394 13', 'zip')).toEqual(['394 13']);
    expect(values('my zip code is 2371', 'zip')).toEqual(['2371']);
    expect(values('ZIP: 7412 SL', 'zip')).toEqual(['7412 SL']);
    expect(values('Postal code: B0J 2H0', 'zip')).toEqual(['B0J 2H0']);
  });

  test('hard negatives: doses, counts and clinical lines are no streets', () => {
    for (const text of [
      '2 units PRBC 10',
      'at 1400 pt given 2 mg',
      'Lasix 40 IV at 10 Lasix 20',
      '\n1 Vancomycin 1\n',
      'walked 150 feet with 2 assist, tolerated 3',
      'on 2 L NC 95%',
      'the patient 32 years old',
    ])
      expect(values(text, 'street-address'), text).toEqual([]);
  });
});
