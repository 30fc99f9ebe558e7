/**
 * Dates (any notation, with an optional attached time) and ages over 89. Years alone are not
 * Safe Harbor identifiers and are never emitted; neither are times alone or ages up to 89.
 */
import { after, before, type Candidate, cand, type PatternRecognizer, UNIT_AFTER } from './recognizer.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const ORD = '(?:st|nd|rd|th|ST|ND|RD|TH)';
// 21xx too: date-shifted research extracts (MIMIC style) write years such as 2150.
const Y4 = '(?:1[89]\\d\\d|2[01]\\d\\d)';
/** An optional time glued to a date: " 14:30", " at 2:30 pm", "T14:30:00Z", " @ 0800". */
const TIME =
  '(?:(?:,?\\s*(?:at|@)?\\s*|T)(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:Z|[+-]\\d\\d:?\\d\\d)?|\\s+(?:at|@)\\s*(?:[01]\\d|2[0-3])[0-5]\\d(?!\\d)(?:\\s?(?:hrs?|h))?)?';

const SRC = 'pattern:date';

function okMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Ventilator settings write pressures as fractions ("PSV 10/5", "CPAP/PS 12/10/40%", "flowby 6/3",
 * "on 5/5"): a fraction followed by a percentage, or after a ventilator word earlier on its line, is
 * a setting, not a date (real ICU notes are full of them).
 */
const VENT_WORD =
  /\b(?:cpap|c-pap|bipap|bi-pap|psv|ps|peep|ips|ipap|epap|flow-?by|settings?|vent(?:ilator)?|imv|simv|(?<!\b(?:r|l|rt|lt|right|left)[ \t]{1,2})ac|a\/c|pressure[ \t]+support|trach[ \t]+collar|weaning|weaned|trialed|tried|extubated)\b[^\n]{0,28}$/i;
/**
 * An event verb right before the fraction dates it even on a ventilator line ("extubated 7/17",
 * "extubated on 8/30", "trach (placed 8/14)", "IABP weaned off 9/7"); a setting follows "from",
 * "to" or a mode ("extubated from 5/5", "weaned to PS 5/5").
 */
const EVENT_BEFORE =
  /\b(?:extubated|extubate|extubation|re-?intubated|intubated|placed|inserted|removed|(?:weaned|came|taken)[ \t]+off|d\/c'?d|dc'?d)(?:[ \t]+on)?(?:[ \t]+\d{1,2}(?::?[0-5]\d)?[ \t]?(?:am|pm))?[ \t]*$/;
function ventSetting(text: string, start: number, end: number): boolean {
  if (/^(?:\/\d{1,3})?[ \t]*%/.test(text.slice(end, end + 6))) return true;
  if (EVENT_BEFORE.test(before(text, start, 30))) return false;
  const line = text.slice(Math.max(0, start - 40), start);
  const cut = line.lastIndexOf('\n');
  return VENT_WORD.test(cut >= 0 ? line.slice(cut + 1) : line);
}

/** Reject a date-looking match followed by a unit ("May 5 mg", "1/2 tab"). */
function unitFollows(text: string, end: number): boolean {
  return UNIT_AFTER.test(after(text, end, 14));
}

const iso: PatternRecognizer = {
  id: 'date-iso',
  kinds: ['date'],
  notAfter: /[.\-/]/,
  re: new RegExp(`\\b${Y4}([-/.])(?:0?[1-9]|1[0-2])\\1${DAY}${TIME}(?![\\d])`, 'g'),
  accept: (m) => cand(m, 'date', 0.95, SRC),
};

/** 03/14/2024, 3-14-24, 14/03/2024, 03.14.2024. */
const numeric: PatternRecognizer = {
  id: 'date-numeric',
  kinds: ['date'],
  notAfter: /[.\-/]/,
  // (a word glued before it is a typing slip, "labs on10/14/82"; a digit is another number)
  re: new RegExp(`(?<![\\d_])(\\d{1,2})([-/.])(\\d{1,2})\\2(${Y4}|\\d\\d)${TIME}(?![\\d/]|[.-]\\d)`, 'g'),
  accept(m, text) {
    // "DOB:03/14/1950" is a date after its label; "10:03/14" is not (a time before it)
    if (text[m.index - 1] === ':' && /\d/.test(text[m.index - 2] ?? '')) return undefined;
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!okMonthDay(a, b) && !okMonthDay(b, a)) return undefined;
    const twoDigitYear = (m[4] ?? '').length === 2;
    if (twoDigitYear && m[2] === '.') return undefined;
    if (twoDigitYear && ventSetting(text, m.index, m.index + m[0].length)) return undefined;
    if (unitFollows(text, m.index + m[0].length)) return undefined;
    return cand(m, 'date', twoDigitYear ? 0.8 : 0.9, SRC);
  },
};

/** Words before an m/d fraction that make it a score, not a date. */
const FRACTION_BEFORE =
  /(?:\bbp|b\/p|pain|strength|motor|power|score|grade|scale|rated|reflexes|pulses?|sbp|dbp|map|ratio|(?:\b|\d)x|gcs|apgars?|murmur|\bii|\biii|\biv|\bof|\/|[-+]|\b(?:ps|peep|cpap|bipap|ipap|epap|psv|tof|simv|imv|(?<!\b(?:r|l|rt|lt|right|left)[ \t]{1,2})ac|vent|settings|ga|cga|pressure[ \t]+support)(?:[ \t]+(?:trial|wean(?:ed|ing)?|settings?|of|at|to)){0,2}|(?:^|[^a-z\d.])\d{1,2})\s*[:=]?\s*$/;
/** After an m/d, words that make it a score: "8/10 pain", "3/6 murmur", "4/5 strength". */
const SCORE_AFTER =
  /^[ \t]+(?:pain|cp|chest|murmur|sem|hsm|strength|motor|power|grip|bottles?|sets?|pos|positive|neg|up|way|scale|ns|of)\b/;
/** After an m/d, words that make it a fraction: "PO'd 3/8 feeds", "2/3 of". */
const FRACTION_AFTER = /^[ \t]*(?:feeds?|bottles?|of\b|strength|str\b|nl\b|normal)/;
const DATE_BEFORE =
  /\b(?:on|last[ \t]+[a-z]{2,12}|labs?|drawn|collected|resulted|reported|imaging|echo|done|performed|obtained|ekg|ecg|cxr|x-?ray|ct|mri|us|visit|seen|since|from|until|till|thru|through|dated?|seen|admitted|admit|discharged|dc'?d|visit|appt|appointment|surgery|procedure|dob|dos|born|started|stopped|began|last|next|due|by|before|after|of|as of|effective|mtg|meeting|conference|scheduled|planned|cultures?|orif|off|extubated|intubated|pod)\s*[:=]?\s*$/;

/** Cultures are dated and counted alike ("BCx 3/21", "BCx 2/2"). */
const CULTURE_BEFORE = /\b(?:b|u|blood[ \t]+|urine[ \t]+|sputum[ \t]+)?cx\s*[:=]?\s*$/;

/** Words before an m-d pair (dash) that make it a date: "on 10-23", "since 3-14", "admitted 7-2". */
const DASH_DATE_BEFORE =
  /(?:\b(?:b|u)?cx[ \t]+(?:from|of)|\b(?:bc|uc|cultures?)[ \t]+(?:from|of)|\begd|\bercp|colonoscopy|bronch(?:oscopy)?|\btte|\btee|\bcta|\blp|\bcabg|biopsy|\bbx|\bon|last[ \t]+[a-z]{2,12}|\bhere|hosp(?:ital)?|center|ctr|clinic|rehab|\bed|\ber|\bew|\bosh|\btx'?d?|transferred|transfer|xfer(?:red)?|fall|fell|injury|surgery|procedure|episode|arrest|intubated|extubated|placed|removed|changed|inserted|held|restarted|resumed|echo|done|performed|obtained|cath|mri|cxr|ekg|visit|appt|\bmd|\bpcp|since|until|till|thru|through|dated?|admitted|admit|adm|discharged|dc'?d|d\/c'?d|last|next|due|seen|started|stopped|began|born|dob|dos|s\/p|as of|effective|home|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|(?:mon|tue|wed|thu|fri|sat|sun)\.?)\s*[:=]?\s*$/;

/** A clock time right after or before an m/d ("meeting 4/10 3 pm", "left at 02:30 3/3"). */
const TIME_AFTER =
  /^[ \t]+(?:@[ \t]*)?\d{1,2}(?::[0-5]\d)?[ \t]?(?:am|pm|a\.m\.|p\.m\.)|^[ \t]+(?:@[ \t]*)?(?:[01]\d|2[0-3]):?[0-5]\d\b/;
const TIME_BEFORE = /\b\d{1,2}:[0-5]\d(?:[ \t]?(?:am|pm))?[ \t]+$/;

/** The first date of an m/d range, right before the dash: "3/14-". */
const RANGE_FIRST = /\b(1[0-2]|0?[1-9])\/(0?[1-9]|[12]\d|3[01])-$/;
/** ... or written with spaces or words: "3/22 - 3/24", "3/22 to 3/24", "3/22 thru". */
const RANGE_FIRST_SPACED =
  /\b(1[0-2]|0?[1-9])\/(0?[1-9]|[12]\d|3[01])[ \t]*(?:[-–]|to|thru|through|until)[ \t]+$/;
/** Denominators of scores and scales ("4/5 strength", "3/6 murmur", "7/10 pain"). */
const SCALES = new Set([2, 3, 4, 5, 6, 10]);

/** "4/5", "3/6", "2/2": a score's numerator never exceeds its scale. */
function scoreLike(num: string, den: string): boolean {
  return SCALES.has(Number(den)) && Number(num) <= Number(den);
}

/** m/d without a year: a date only when nothing says it is a fraction or score. */
const monthDay: PatternRecognizer = {
  id: 'date-month-day',
  kinds: ['date'],
  // (a dot only after a digit: "Ward.8/31" is a missing space, "2.8/31" a number)
  notAfter: /[/:'’]/,
  // "-" after the date only when a second m/d follows ("3/14-3/16", a range of two dates)
  re: new RegExp(`\\b(1[0-2]|0?[1-9])\\/(${DAY})${TIME}(?![\\d/]|\\.\\d|-\\d(?!\\d?\\/\\d))`, 'g'),
  accept(m, text) {
    if (text[m.index - 1] === '.' && !/[A-Za-z]/.test(text[m.index - 2] ?? '')) return undefined;
    if (ventSetting(text, m.index, m.index + m[0].length)) return undefined;
    // "-" before it only as the second date of such a range
    const firstOfRange =
      text[m.index - 1] === '-'
        ? RANGE_FIRST.exec(text.slice(Math.max(0, m.index - 7), m.index))
        : RANGE_FIRST_SPACED.exec(text.slice(Math.max(0, m.index - 16), m.index));
    // ... and never between scores ("strength 4/5-5/5", "murmur 3/6-4/6"): a first date that can be
    // no score ("8/2 - 8/10") makes the pair a range of dates
    const second = firstOfRange !== null && !scoreLike(firstOfRange[1] as string, firstOfRange[2] as string);
    if (text[m.index - 1] === '-' && !second) return undefined;
    const end = m.index + m[0].length;
    if (unitFollows(text, end)) return undefined;
    const pre = before(text, m.index, 24);
    // "3/14 PROCAN STOPPED": an m/d heading a line and followed by a word dates what follows
    // (not "2/2 cholangitis": equal numbers count all of something)
    const heading =
      m[1] !== m[2] &&
      /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
      /^[ \t]+[A-Za-z]{3}/.test(text.slice(end, end + 5)) &&
      !SCORE_AFTER.test(after(text, end, 12));
    const strong =
      heading ||
      second ||
      // "BCx 3/21": a culture's date, but "BCx 2/2" is two of two bottles
      (CULTURE_BEFORE.test(pre) && !scoreLike(m[1] as string, m[2] as string)) ||
      TIME_AFTER.test(after(text, end, 12)) ||
      TIME_BEFORE.test(pre) ||
      DATE_BEFORE.test(pre) ||
      DASH_DATE_BEFORE.test(pre) ||
      m[0].includes(':') ||
      text[end] === ':';
    if (!strong && (FRACTION_BEFORE.test(pre) || FRACTION_AFTER.test(after(text, end, 10)))) return undefined;
    // "3/5", "4/4", "2/10": common scores; need date context when the denominator is a scale and
    // the numerator does not exceed it ("SDH 4/2", "admitted 10/3" are no scores)
    if (!strong && scoreLike(m[1] as string, m[2] as string)) return undefined;
    return cand(m, 'date', strong ? 0.85 : 0.6, SRC);
  },
};

/** Things counted in a range ("3-5 cig/day", "2-3 loose stools"). */
const COUNT_NOUN =
  /^[ \t]+(?:(?:loose|small|large|soft)[ \t]+)?(?:cig|cigs|cigarettes?|packs?|ppd|drinks?|beers?|episodes?|stools?|bms?|times|tabs?|pills?|words?|steps?|beats?)\b/;

/**
 * m-d without a year ("10-23"): the dash also writes ranges ("HR 60-70", "2-3 days", "1-2 mg"),
 * so only after a word that introduces a date, and never before a unit or another number.
 */
const monthDayDash: PatternRecognizer = {
  id: 'date-month-day-dash',
  kinds: ['date'],
  notAfter: /[.\-/:\w]/,
  re: new RegExp(`\\b(1[0-2]|0?[1-9])-(${DAY})(?![\\w/%]|[.-]\\d|\\s*(?:-|to)\\s*\\d)`, 'g'),
  accept(m, text) {
    const end = m.index + m[0].length;
    if (unitFollows(text, end) || /^[ \t]+of\b/.test(after(text, end, 6))) return undefined;
    const pre = before(text, m.index, 24);
    // "3-14 CXR: ...": a date heading a line
    // (not "3-5 cig/day", "2-3 stools": a count heading a list line)
    const heading =
      /(?:^|\n)[ \t]*$/.test(pre) &&
      /^(?:[ \t]*:|[ \t]+[A-Za-z])/.test(text.slice(end, end + 3)) &&
      !COUNT_NOUN.test(after(text, end, 14));
    if (!heading && !DASH_DATE_BEFORE.test(pre)) return undefined;
    return cand(m, 'date', 0.8, SRC);
  },
};

/** 03/2024, 3/2024 (month and year): a two-digit month always, one digit only after a date word. */
const monthYear: PatternRecognizer = {
  id: 'date-month-year',
  kinds: ['date'],
  notAfter: /[\d./:-]/,
  re: /\b(0[1-9]|1[0-2]|[1-9])\/((?:19|20)\d\d)(?![\d/]|\.\d)/g,
  accept(m, text) {
    if (unitFollows(text, m.index + m[0].length)) return undefined;
    // "1/2000", "1/2048": dilutions and titers; any other month/year is a date ("TTE 3/2024")
    const titer = m[1] === '1' && (m[2] === '2000' || m[2] === '2048');
    if (titer && !DATE_BEFORE.test(before(text, m.index, 24))) return undefined;
    return cand(m, 'date', 0.75, SRC);
  },
};

/**
 * Holidays name a day of the year (the deid gold standard marks them as dates). In lower case only
 * the names that are no other word ("thanksgiving", "xmas"; nurses' notes are often lower case);
 * "labor day", "mother's day" could be anything.
 */
const HOLIDAY_THING =
  /^[ \t]+(?:lights?|trees?|music|carols?|songs?|decorations?|cards?|gifts?|presents?|movies?|sweaters?|cookies|candy|ornaments?|eggs?|baskets?|costumes?|bunny|spirit|cactus|lilies|lily)\b/;
const holiday: PatternRecognizer = {
  id: 'date-holiday',
  kinds: ['date'],
  // no gate: a substring pre-check costs more than this one regex scan
  re: /\b(?:Christmas(?:[ \t]+(?:Eve|Day))?|Xmas|X-mas|Thanksgiving(?:[ \t]+Day)?|Easter(?:[ \t]+(?:Sunday|Monday))?|New[ \t]+Year(?:'|’)?s(?:[ \t]+(?:Eve|Day))?|Memorial[ \t]+Day|Labor[ \t]+Day|Independence[ \t]+Day|(?:Fourth|4th)[ \t]+of[ \t]+July|Halloween|Valentine(?:'|’)?s[ \t]+Day|Mother(?:'|’)?s[ \t]+Day|Father(?:'|’)?s[ \t]+Day|Veterans(?:'|’)?[ \t]+Day|Presidents(?:'|’)?[ \t]+Day|Columbus[ \t]+Day|Patriots(?:'|’)?[ \t]+Day|MLK[ \t]+Day|Martin[ \t]+Luther[ \t]+King(?:[ \t]+Jr\.?)?[ \t]+Day|Hanukk?ah|Chanukk?ah|Passover|Yom[ \t]+Kippur|Rosh[ \t]+Hashanah|Ramadan|Kwanzaa|Good[ \t]+Friday|St\.?[ \t]+Patrick(?:'|’)?s[ \t]+Day|christmas(?:[ \t]+(?:eve|day))?|xmas|thanksgiving(?:[ \t]+day)?|easter(?:[ \t]+(?:sunday|monday))?|halloween|new[ \t]+year(?:'|’)?s[ \t]+(?:eve|day)|hanukk?ah|chanukk?ah|passover|yom[ \t]+kippur|rosh[ \t]+hashanah|kwanzaa|CHRISTMAS(?:[ \t]+(?:EVE|DAY))?|THANKSGIVING|EASTER|NEW[ \t]+YEAR(?:'|’)?S(?:[ \t]+(?:EVE|DAY))?|MEMORIAL[ \t]+DAY|LABOR[ \t]+DAY|HALLOWEEN)(?![A-Za-z])/g,
  accept(m, text) {
    // "Christmas lights", "Easter egg": a thing, not a day
    if (HOLIDAY_THING.test(after(text, m.index + m[0].length, 16))) return undefined;
    return cand(m, 'date', 0.8, 'pattern:holiday');
  },
};

function capitalMonth(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 65 && c <= 90;
}

/** March 14, Mar. 14th, 2024; also "March 2024" and "Mar '24". */
const monthFirst: PatternRecognizer = {
  id: 'date-month-first',
  kinds: ['date'],
  re: new RegExp(
    `\\b${MONTH}\\.?(?:\\s+(?:the\\s+)?|-)(?:(?:${DAY}${ORD}?(?![\\d:])(?:(?:,?\\s*|-)${Y4}(?!\\d)|,?\\s*'\\d\\d(?!\\d))?${TIME})|${Y4}(?!\\d)|'\\d\\d(?!\\d))`,
    'g',
  ),
  accept(m, text) {
    const start = m.index;
    const match = m[0];
    const word = /^[A-Za-z]+/.exec(match)?.[0] ?? '';
    const hasDayNumber = /^[A-Za-z]+\.?(?:\s+|-)\d{1,2}(?!\d)/.test(match);
    if (word === 'May' || word === 'MAY' || word === 'March' || word === 'MARCH') {
      // Modal "May" / verb "March" at a sentence start: demand a plausible date shape.
      if (hasDayNumber && unitFollows(text, start + match.length)) return undefined;
    }
    if (hasDayNumber && unitFollows(text, start + match.length)) return undefined;
    return cand(m, 'date', 0.9, SRC);
  },
};

/** 14 March 2024, 14th of March, 14-Mar-2024, 14MAR2024, 14 Mar 24. */
const dayFirst: PatternRecognizer = {
  id: 'date-day-first',
  kinds: ['date'],
  // ("T 101.5 DECREASED": a decimal's last digit is no day)
  notAfter: /[.\d]/,
  re: new RegExp(
    `\\b${DAY}(?:${ORD}(?:\\s+of)?\\s+|\\s+|-|(?=[A-Z]))${MONTH}(?![a-z])\\.?(?:(?:,?\\s*|-|(?<=[A-Z]))(?:${Y4}|\\d\\d)(?!\\d))?${TIME}`,
    'g',
  ),
  accept(m, text) {
    const mon = /[A-Za-z]{3,}/.exec(m[0]);
    if (!mon || !capitalMonth(text, m.index + mon.index)) return undefined;
    return cand(m, 'date', 0.9, SRC);
  },
};

/** 20240314 (and 20240314T1430). */
const compact: PatternRecognizer = {
  id: 'date-compact',
  kinds: ['date'],
  notAfter: /[.-]/,
  re: /\b(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:T?(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?![\w.-])/g,
  accept: (m) => cand(m, 'date', 0.75, SRC),
};

const ORDINAL_WORDS =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[ -]first)';

/** "January ninth", "March twenty-first" (dictation), and lower-case "sept 9", "oct 3rd". */
const monthWords: PatternRecognizer = {
  id: 'date-month-words',
  kinds: ['date'],
  re: new RegExp(
    `\\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \\t]+(?:the[ \\t]+)?${ORDINAL_WORDS}|(?:jan|feb|apr|aug|sept?|oct|nov|dec|january|february|april|june|july|august|september|october|november|december)\\.?[ \\t]+${DAY}(?:${ORD})?)\\b(?![ \\t]*(?:mg|mcg|ml|units?|%))`,
    'g',
  ),
  accept: (m) => cand(m, 'date', 0.75, SRC),
};

/** "on the 14th", "since the 3rd". */
const ordinalDay: PatternRecognizer = {
  id: 'date-ordinal',
  kinds: ['date'],
  re: /\b(?:on|since|until|till|by|before|after|from|through|thru|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thurs?|fri|sat|sun)\.?\s+the\s+(?<v>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b/dgi,
  accept: (m) => cand(m, 'date', 0.8, SRC),
};

/**
 * A month named alone still dates an event ("died in March", "since early August"): Safe Harbor
 * removes every element of a date but the year. Full month names after a time preposition only.
 */
const monthAlone: PatternRecognizer = {
  id: 'date-month-alone',
  kinds: ['date'],
  re: /\b(?:in|since|during|until|till|by|early|late|mid|mid-|(?:end|beginning|middle|start)[ \t]+of|last|next|this|past)[ \t]+(?<v>January|February|March|April|May|June|July|August|September|October|November|December)\b(?![ \t]*(?:\d|'\d|the\b))/dg,
  accept: (m) => cand(m, 'date', 0.7, SRC),
};

const AGE_SRC = 'pattern:age';
const TEMP_BEFORE = /(?:temp|tmax|t\s*max|\bt|fever|febrile|°|degrees?)\s*[:=]?\s*(?:of\s+)?$/;

/** Ages 90..129 with a unit: 92 yo, 92-year-old, 92 y/o, 101 years old. */
const ageUnit: PatternRecognizer = {
  id: 'age-unit',
  kinds: ['age'],
  notAfter: /\./,
  re: /\b(?<v>9\d|1[0-2]\d)(?:\s*-?\s*)(?:y\/o|y\.o\.?|yo\b|yrs?\b|years?\b|year-old|yr-old|-y\/o|y(?=[MF]\b)|yoM|yoF)/dgi,
  accept: (m) => cand(m, 'age', 0.95, AGE_SRC),
};

/** "97 s/p fall", "92 w/ CHF" heading a line: an age over 89 opening a summary. */
const ageLineStart: PatternRecognizer = {
  id: 'age-line-start',
  kinds: ['age'],
  re: /(?:^|\n)[ \t]*(?<v>9\d|1[01]\d)[ \t]+(?:s\/p|w\/|with|h\/o)[ \t]/dg,
  accept: (m) => cand(m, 'age', 0.7, AGE_SRC),
};

/** age 93, aged 101, age: 95, at age 90. */
const ageLabel: PatternRecognizer = {
  id: 'age-label',
  kinds: ['age'],
  re: /\b(?:age[ds]?|at\s+age)\s*[:=]?\s*(?:of\s+|is\s+)?(?<v>9\d|1[0-2]\d)(?![\d.])/dgi,
  accept: (m) => cand(m, 'age', 0.9, AGE_SRC),
};

/** "he is 93", "pt is 101": the deid tool's age cue; never before a unit or percent. */
const ageIs: PatternRecognizer = {
  id: 'age-is',
  kinds: ['age'],
  // ("who is 90 and frail", "husband is 92")
  re: /\b(?:[Hh]e|[Ss]he|[Pp]t|[Pp]atient|who|[Hh]usband|[Ww]ife|[Mm]other|[Ff]ather|[Mm]om|[Dd]ad|[Ss]pouse|[Ss]ister|[Bb]rother|[Aa]unt|[Uu]ncle)[ \t]+(?:is|was)[ \t]+(?:now[ \t]+)?(?<v>9\d|1[0-2]\d)(?![\d%/-]|\.\d)/dg,
  accept(m, text) {
    if (unitFollows(text, m.index + m[0].length)) return undefined;
    return cand(m, 'age', 0.8, AGE_SRC);
  },
};

/** 93F, 92 M, 95 year old male: only when nothing says temperature. */
const ageSex: PatternRecognizer = {
  id: 'age-sex',
  kinds: ['age'],
  notAfter: /\./,
  re: /\b(?<v>9\d|1[0-2]\d)\s?(?:M|F|male|female|man|woman|gentleman|lady)\b/dg,
  accept(m, text) {
    if (TEMP_BEFORE.test(before(text, m.index, 16))) return undefined;
    return cand(m, 'age', 0.7, AGE_SRC);
  },
};

const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/**
 * A birth year on its own ("born 1931", "DOB: 1931", "b. 1931", "YOB 1931"): kept like any year
 * unless it reveals an age over 89, which the rewrite decides against the reference date.
 */
const birthYear: PatternRecognizer = {
  id: 'birth-year',
  kinds: ['birth-date'],
  re: /\b(?:[Bb]orn(?:[ \t]+in)?|b\.|DOB:?|D\.O\.B\.:?|[Dd]ate[ \t]+of[ \t]+[Bb]irth:?|[Yy]ear[ \t]+of[ \t]+[Bb]irth:?|YOB:?)[ \t]*(?<v>(?:18|19|20)\d\d)(?![\d/.-]\d|\d)/dg,
  accept: (m) => cand(m, 'birth-date', 0.9, 'context:birth-year'),
};

/** "Rudolph Kasprzak, 90, fell", "Ambrose Healy, 92, retired": an age between commas after a name. */
const ageAfterName: PatternRecognizer = {
  id: 'age-after-name',
  kinds: ['age'],
  re: /\b[A-Z][a-z'’-]+,[ \t]*(?<v>9\d|1[01]\d),/dg,
  accept: (m) => cand(m, 'age', 0.75, AGE_SRC),
};

/** "my mother, who turns 95 on the 28th": a birthday to come or just past. */
const ageTurns: PatternRecognizer = {
  id: 'age-turns',
  kinds: ['age'],
  re: /\b(?:turns|turned|turning)[ \t]+(?<v>9\d|1[01]\d)\b(?![ \t]*(?:%|mg|kg|lbs?|mmhg|degrees|units|min|minutes|hours|hrs|days|weeks|months|times))/dgi,
  accept: (m) => cand(m, 'age', 0.8, AGE_SRC),
};

/** A relative's age in brackets: "wife Hope (90) is at home", "mother (94)". */
const ageKin: PatternRecognizer = {
  id: 'age-kin',
  kinds: ['age'],
  re: /\b(?:wife|husband|spouse|mother|father|mom|dad|sister|brother|aunt|uncle|friend|neighbou?r|partner)\b[^.\n()]{0,25}?\((?<v>9\d|1[0-2]\d)\)/dgi,
  accept: (m) => cand(m, 'age', 0.8, AGE_SRC),
};

/** Ages over 89 in words: "ninety-two year old", "one hundred and one years old", "age ninety". */
const ageWords: PatternRecognizer = {
  id: 'age-words',
  kinds: ['age'],
  gate: (t) => /ninety|hundred/i.test(t),
  re: new RegExp(
    `\\b(?:(?<v>(?:ninety|one[ \\t-]hundred(?:[ \\t-]and)?(?:[ \\t-](?:${UNITS_WORDS}|ten|eleven|twelve|twenty))?)(?:[ \\t-](?:${UNITS_WORDS}))?)[ \\t-]*(?:years?|yrs?|y\\/o|y\\.o\\.?|yo)(?![a-z])|age[ \\t]+(?<w>ninety(?:[ \\t-](?:${UNITS_WORDS}))?)\\b)`,
    'dgi',
  ),
  accept(m) {
    const w = m.indices?.groups?.w;
    if (w) return { start: w[0], end: w[1], kind: 'age', score: 0.85, source: AGE_SRC };
    return cand(m, 'age', 0.9, AGE_SRC);
  },
};

/**
 * Month and two-digit year ("echo 8/87", "MI 7/81", "s/p mastectomies 11/92"): a second number over
 * 31 can be no day, so the pair dates a past event. Not a setting ("PS 10/40%").
 */
const monthYear2: PatternRecognizer = {
  id: 'date-month-year2',
  kinds: ['date'],
  // ("120-140'2/70's": a blood pressure typed with a slip, not February 1970)
  notAfter: /[\d./:'’-]/,
  re: /\b(0?[1-9]|1[0-2])\/([3-9]\d)(?![\d/%'’]|\.\d)/g,
  accept(m, text) {
    const end = m.index + m[0].length;
    if (unitFollows(text, end) || ventSetting(text, m.index, end)) return undefined;
    if (/(?:bp|b\/p|sbp|nbp|abp|map|\bx)[ \t:=]*$/i.test(before(text, m.index, 8))) return undefined;
    return cand(m, 'date', 0.7, SRC);
  },
};

/** A two-digit year marked by an apostrophe: "CABG '92", "CVA 74'", "REDO '95". */
const apostropheYear: PatternRecognizer = {
  id: 'date-apostrophe-year',
  kinds: ['date'],
  re: /(?:(?<![\w'’])['’]\d\d(?![\d'’]|[ \t]*(?:s\b|%))|\b\d\d['’](?![\w'’"”]))/g,
  // ("X 30'": thirty minutes, not a year)
  accept: (m, text) => (/\bx[ \t]*$/i.test(before(text, m.index, 4)) ? undefined : cand(m, 'date', 0.6, SRC)),
};

/** "it's the 11th.", "on the 3rd": an ordinal day after "the", closing its clause. */
const theOrdinal: PatternRecognizer = {
  id: 'date-the-ordinal',
  kinds: ['date'],
  re: /\bthe[ \t]+(?<v>(?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?=[ \t]*(?:[.,;)!?"]|$|\n|of[ \t]+[A-Za-z]|at\b|@))/dgi,
  accept: (m) => cand(m, 'date', 0.7, SRC),
};

/** Lower-case "may 16, 2015", "march of 2022": a month with its day and year, or "of" and a year. */
const lowerMonth: PatternRecognizer = {
  id: 'date-lower-month',
  kinds: ['date'],
  re: /\b(?:may|march|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?[ \t]+(?:(?:[12]?\d|3[01])(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d\d|of[ \t]+(?:19|20)\d\d)\b/g,
  accept: (m) => cand(m, 'date', 0.75, SRC),
};

/**
 * Two dates written as one ("10/03/10/04": two zero-padded m/d joined by a slash), and m/dd.yy
 * ("11/21.93", a dot for the year's slash; cardiac output pairs such as "5/2.5" have one digit).
 */
const joinedDates: PatternRecognizer = {
  id: 'date-joined',
  kinds: ['date'],
  notAfter: /[\d./-]/,
  re: /\b(?:(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])\/(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])\/(?:[12]\d|3[01])\.\d\d)(?![\d/]|\.\d)/g,
  accept(m, text) {
    if (ventSetting(text, m.index, m.index + m[0].length)) return undefined;
    if (/(?:co|ci|svr|c\.o\.|c\.i\.)[/ \t:=-]*$/i.test(before(text, m.index, 12))) return undefined;
    return cand(m, 'date', 0.7, SRC);
  },
};

const FULL_MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** "MARCH OF 1993", "june of 2001": a month and its year in any case. */
const monthOfYear: PatternRecognizer = {
  id: 'date-month-of-year',
  kinds: ['date'],
  re: new RegExp(`\\b(?:${FULL_MONTH})[ \\t]+of[ \\t]+(?:19|20)\\d\\d\\b`, 'gi'),
  accept: (m) => cand(m, 'date', 0.75, SRC),
};

/**
 * Lower-case months the notes write with a day before or a short year after ("2 nov, 96", "in may
 * 15'"): only month words that are no other word ("mar", "dec", "jun" are left to their capitals; "may"
 * and "march" only before a year, as "2 may be" is no date). A day after the month is the month's ("hd#3 sept 9").
 */
const LOWER_MONTH =
  'jan|feb|apr|aug|sept?|oct|nov|january|february|april|june|july|august|september|october|november|december';
const lowerDayMonth: PatternRecognizer = {
  id: 'date-lower-day-month',
  kinds: ['date'],
  notAfter: /[\d./-]/,
  re: new RegExp(
    `\\b(?:(?:[12]?\\d|3[01])(?:st|nd|rd|th)?[ \\t]+(?:${LOWER_MONTH})\\.?(?:,?[ \\t]*(?:(?:19|20)\\d\\d|['’]?\\d\\d)(?![\\d'’]))?(?![ \\t]+\\d)|(?:${LOWER_MONTH}|may|march)\\.?[ \\t]+(?:['’]\\d\\d|\\d\\d['’])(?![\\w'’]))(?![a-z])`,
    'g',
  ),
  accept(m, text) {
    if (unitFollows(text, m.index + m[0].length)) return undefined;
    return cand(m, 'date', 0.7, SRC);
  },
};

export const DATE_RECOGNIZERS: readonly PatternRecognizer[] = [
  joinedDates,
  monthOfYear,
  lowerDayMonth,
  monthYear2,
  apostropheYear,
  theOrdinal,
  lowerMonth,
  iso,
  numeric,
  monthDay,
  monthDayDash,
  monthYear,
  holiday,
  monthFirst,
  dayFirst,
  compact,
  ordinalDay,
  monthWords,
  monthAlone,
  ageUnit,
  ageLineStart,
  ageKin,
  ageAfterName,
  ageTurns,
  ageLabel,
  ageIs,
  ageSex,
  ageWords,
  birthYear,
];

export type { Candidate };
