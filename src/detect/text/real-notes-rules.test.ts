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
    ['\nC.O. 4.1 by thermodilution', 'C.O.'],
    ['\nG.U.: VOIDING QS', 'G.U.'],
    ['FAMILY: NIECE IN MOST EVENINGS', 'MOST'],
    ['SOCIAL: WIFE, ALL GRANDKIDS VISITED', 'ALL'],
    ['SON AND DAUGHTER BOTH PHONED', 'BOTH'],
    ['speaks mostly Farsi, a little English', 'English'],
    ['Ted stockings applied bilat', 'Ted'],
    ['ordered a 1 Liter NS bolus', 'Liter'],
    ['Skin: Sternal incision clean', 'Sternal'],
    ['FLUIDS: LOS BALANCE NEG 2 LITERS', 'LOS'],
    ['Call Back Number: 555-201-3344', 'Back'],
    ['pt tolerating the day well. Plan as above. CAREVUE\n', 'CAREVUE'],
    ['Plan: continue to monitor. Will\n', 'Will'],
    ['improving MS. Verbal cues help', 'Verbal'],
    ['check ms. replete K as needed', 'replete'],
    ['SEVERE MR. PT WILL NEED MVR', 'PT'],
    ['ON CONTACT PRCAUTIONZ FOR VRE', 'PRCAUTIONZ'],
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
    ['DISCHARGE SUMMARY\nNAME: MAE KOWALCZYK\nADMIT DATE: 1/2/2024', 'MAE'],
    ['ASKED FOR RABBI- RABBI KLEINMAN CAME TO SPEAK', 'KLEINMAN'],
    ['all quiet overnight. j. fenner rrt', 'fenner'],
    ['Dr. Lamb and Quenby aware, plan unchanged', 'Quenby'],
    ['HR 130S. NP DAWN R PAGED AND AWARE', 'DAWN'],
    ['mrs. Field refused breakfast', 'Field'],
    ['SEE FLOWSHEET FOR DETAILS. JANE\n\n', 'JANE'],
    ['seen by anna louise quorvath of PT', 'quorvath'],
    ['STARTED PEPCID-K. KOWALCZYK NOTIFIED', 'KOWALCZYK'],
    ['K 3.1. ANN KELT AWARE, KCL ORDERED', 'KELT'],
    ['reach Ama Quorvath cell# 555-201-3344', 'Quorvath'],
    ['A BROTHER QUORVATH VISITED WITH HIS WIFE', 'QUORVATH'],
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
    ['plan: to holy family hospital by ambulance at 3pm', 'holy family'],
    ['HOLY FAMILY REHAB TO EVAL PT TOMORROW', 'HOLY FAMILY'],
    ['DAUGHTER IS A CNA AT HARVENLY MEMORIAL', 'HARVENLY'],
    ['came by ambulance from quorvath ew', 'quorvath'],
    ['transferred from er penwick campus overnight', 'penwick'],
    ['staying with friends in Pellamere', 'Pellamere'],
    ['niece Ama of Quorvathtown phoned', 'Quorvathtown'],
    ['liaison from Holy Family memorial called', 'memorial'],
  ])('%j holds %j', (text, place) => expect(covers(text, place)).toBe(true));

  test.each([
    ['MAY GO TO BRACKENWAY 4 WHEN A BED OPENS', 'BRACKENWAY'],
    ['moving pt to brackenway 2 this evening', 'brackenway'],
    ['Brackenway 6 RN called about belongings', 'Brackenway'],
    ['dispo: brackenway 3\n', 'brackenway'],
    ['had a cath at MVH last year', 'MVH'],
    ['records requested from TKH today', 'TKH'],
    ['evaluated by SRMC liaison', 'SRMC'],
    ['pt had stent placed at bwh last spring', 'bwh'],
  ])('%j holds %j', (text, place) => expect(covers(text, place)).toBe(true));

  test.each([
    ['ATROVENT 4 PUFFS Q6 PRN', 'ATROVENT'],
    ['overbreathing 3-5 breaths a minute', 'overbreathing'],
    ['nurse recieved 3 calls from family', 'recieved'],
    ['remains on mech vent overnight', 'mech'],
    ['GOT OOB TO CH X2, BASELINE IN USOH', 'CH'],
    ['LINE PULLED BY TECH AT NOON', 'TECH'],
    ['HELD WEAN DUE TO PH OF 7.31', 'PH'],
    ['ALERT, MAE, FOLLOWS SIMPLE REQUESTS', 'MAE'],
  ])('no place or name in %j', (text, word) => expect(touches(text, word)).toBe(false));

  test.each([
    ['u/o 350cc at MN, 200cc+ from mn.', 'MN'],
    ['HR remains in ST in the 110s, in NSR after', 'ST'],
    ['Pt. transported to nuclear med for scan', 'nuclear'],
    ['Anxious to start rehab, tolerating trach collar', 'start rehab'],
    ['no movement noted in left hand or arm', 'left hand'],
    ['SAYS SHE WANTS TO LEAVE HOSPITAL TONIGHT', 'LEAVE'],
    ['IV PLACED AT OUTSIDE HOSPITAL YESTERDAY', 'OUTSIDE'],
    ['plan to provide supportive medical care', 'supportive'],
    ['started a drip of Nitro for chest pain', 'Nitro'],
    ['most of Tuesday spent in Radiology', 'Tuesday'],
    ['sent back to the ER ew for a repeat film', 'ER'],
    ['ON BEDPAN 6-8 TIMES. /GU: 3 WAY FOLEY IN PLACE', 'FOLEY'],
  ])('no place in %j', (text, word) => expect(touches(text, word)).toBe(false));
});

describe('ages over 89', () => {
  test('an age heading a summary line', () =>
    expect(covers('Summary:\n94 s/p mechanical fall at home', '94')).toBe(true));
  test('a dose heading a line is no age', () => expect(touches('\n94 mg of iron given', '94')).toBe(false));
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
    ['chem7 on10/12/84 normal', '10/12/84'],
    ['went home.6/14 then came back', '6/14'],
    ['NEURO INTACT.\n6/10 LIDOCAINE STOPPED', '6/10'],
    ['RADIATION ON 04/11/04/12, NEXT ONE MONDAY', '04/11/04/12'],
    ['6/19.91\nCV: stable', '6/19.91'],
    ['URINE CX FROM 2-7 SHOWED GNRS', '2-7'],
  ])('%j dates %j', (text, value) => expect(covers(text, value)).toBe(true));

  test.each([
    ['trach placed 6/23, on AC overnight', '6/23'],
    ['pt extubated on 4/19, now on 4L NC', '4/19'],
    ['Extubated 3pm 5/21, on 2L NC since', '5/21'],
    ['balloon pump weaned off 2/9', '2/9'],
    ['got lasix 5/12 and is now dry', '5/12'],
    ['BUN 40 (was 52.1 6/27)', '6/27'],
    ['pip/tazo given 4/3 - 4/11, now off abx', '4/11'],
    ['PIV in R AC 10/19 still patent', '10/19'],
    ['LAST DOSE GIVEN IN APRIL OF 1987 PER FAMILY', 'APRIL OF 1987'],
    ["quit drinking in april 08'", 'april'],
    ['night shift\n3 oct, 01\n', '3 oct'],
  ])('%j dates %j', (text, value) => expect(covers(text, value)).toBe(true));

  test.each([
    ['EXTUBATED FROM 8/5 CPAP TO NC', '8/5'],
    ['will go to 5/5 at 0600 then extubate', '5/5'],
    ['pt on a/c 500 x 12/5 peep', '12/5'],
    ['given 2 may be repeated if needed', '2 may'],
    ['strength 4/5 - 5/5 in all extremities', '5/5'],
    ['dec 5 mg daily', 'dec'],
    ['co/ci/svr 2.8/31 and stable', '8/31'],
    ['co/ci 5/21.90 after bolus', '5/21.90'],
    ["bp 110-130'3/60's overnight", '3/60'],
    ['hx etoh\n2-4 cigs daily since teens', '2-4'],
    ['\n8/10 pain relieved by ntg', '8/10'],
    ['\n4/5 strength in all extremities', '4/5'],
  ])('no date in %j', (text, value) => expect(touches(text, value)).toBe(false));

  test.each([
    ['SVR 760-1240 on levophed', '760-1240'],
    ['tidal volumes TV 340-1000 on PS', '340-1000'],
    ['u/o 425-1000 cc/hr after lasix', '425-1000'],
    ['settings a/c x 550 x 14 and 50%', '550'],
  ])('no phone in %j', (text, value) => expect(touches(text, value)).toBe(false));

  test.each([
    ['call her at 555-2387 after 5', '555-2387'],
    ['office 617-555-0199 x 214', '214'],
    ['reach him at x4587 tomorrow', '4587'],
  ])('%j phones %j', (text, value) => expect(covers(text, value)).toBe(true));

  test('a phone written 3-3-4 is a phone whatever its exchange', () => {
    expect(found('work# 888-130-8121 ask for Suzanna')).toContain('888-130-8121');
  });
});
