/**
 * The rules written for real ICU notes (name tiers, cued locations, any-case clinicians, vent
 * settings), each with invented positives and the hard negatives real notes showed. Values are
 * invented; the shapes are the point.
 */
import { describe, expect, test } from 'vitest';
import { findSpans } from './find-spans.js';

function found(text: string): string[] {
  return findSpans(text).map((s) => text.slice(s.start, s.end));
}

function covers(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return findSpans(text).some((s) => s.start <= at && s.end >= at + value.length);
}

function touches(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return findSpans(text).some((s) => s.start < at + value.length && s.end > at);
}

describe('names by tiers', () => {
  test.each([
    ['PT AROUSABLE TO VOICE, PT CONT ON PROPOFOL.', 'AROUSABLE'],
    ['PT TOL SETTINGS WELL. PT MED WITH VERSED.', 'TOL'],
    ['WILL CONSULT OT AND SKIN CARE RN.', 'CARE'],
    ['SOCIAL: HUSBAND, OTHER FRIENDS IN TO VISIT.', 'OTHER'],
    ['CVP 19. C.O. 5.9 and C.I. 2.1 by thermodilution.', 'C.O.'],
    ['PT IS ALLERGIC TO MS AND ATIVAN.', 'AND'],
  ])('no name in %j', (text, word) => expect(touches(text, word)).toBe(false));

  test.each([
    ['spoke at length w/dr vasquolo, dr rizzani, dr small today', 'small'],
    ['Per dr. Murphy pt needs to re-expand', 'Murphy'],
    ['bronched by Dr.kellerby this am', 'kellerby'],
    ['ILEUS REMAINS AS PER B. KARGOLIS. NGT TO LCWS', 'KARGOLIS'],
    ['all is well at this time. q. landerholt rrt', 'landerholt'],
    ['HOUSE STAFF mary souzanne AWARE of the drop', 'souzanne'],
    ['his son, bill, called twice overnight', 'bill'],
    ['SOCIAL: DAUGHTER-KRISTEN---301 944-5032', 'KRISTEN'],
    ['NP grace made aware, eps consulted', 'grace'],
    ['ASKED FOR RABBI- RABBI KLEINMAN CAME TO SPEAK', 'KLEINMAN'],
  ])('%j names %j', (text, name) => expect(covers(text, name)).toBe(true));
});

describe('locations after cues', () => {
  test.each([
    ['transfer to quartermoor 2 today if stable', 'quartermoor'],
    ['PT TRANSFERRED TO GH FOR FURTHER MANAGEMENT.', 'GH'],
    ['Later at GH EW he remained intubated', 'GH'],
    ['plan for pt to go to sacred heart hospital at 4pm', 'sacred heart'],
    ['Mr. X has been accepted at Holy Cross, awaiting consent', 'Holy Cross'],
    ['insulin drip following U Maryland scale', 'U Maryland'],
    ['daughter Peggy returned to new haven today', 'new haven'],
  ])('%j holds %j', (text, place) => expect(covers(text, place)).toBe(true));

  test.each([
    ['u/o 350cc at MN, 200cc+ from mn.', 'MN'],
    ['HR remains in ST in the 110s, in NSR after', 'ST'],
    ['Pt. transported to nuclear med for scan', 'nuclear'],
    ['Anxious to start rehab, tolerating trach collar', 'start rehab'],
    ['no movement noted in left hand or arm', 'left hand'],
    ['ON BEDPAN 6-8 TIMES. /GU: 3 WAY FOLEY IN PLACE', 'FOLEY'],
  ])('no place in %j', (text, word) => expect(touches(text, word)).toBe(false));
});

describe('dates against ventilator settings', () => {
  test.each([
    ['pt on PS 10/5/40% for entire shift', '10/5'],
    ['changed to PSV of 10/5, 60%, VT 360', '10/5'],
    ['Cpap 7.5, Fio2 40% with flowby 6/3. Spont vols 400', '6/3'],
    ['T 101.5 DECREASED TO 99', '5 DEC'],
  ])('no date in %j', (text, value) => expect(touches(text, value)).toBe(false));

  test.each([
    ['CABG x3 in 11/92, redo 8/97', '11/92'],
    ['PMH: CAD, CABG \u201992, MI 7/81', '7/81'],
    ["s/p cabg/mvr '95, pacer '96", "'95"],
    ["pt states it's the 11th.", '11th'],
    ["pt's birthday is tomorrow, may 16, 2015.", 'may 16, 2015'],
  ])('%j dates %j', (text, value) => expect(covers(text, value)).toBe(true));

  test('a phone written 3-3-4 is a phone whatever its exchange', () => {
    expect(found('work# 888-130-8121 ask for Suzanna')).toContain('888-130-8121');
  });
});
