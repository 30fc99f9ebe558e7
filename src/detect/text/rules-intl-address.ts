/**
 * International and military address shapes, which the US-shaped street patterns in
 * patterns-places.ts miss: the house number after the street name ("Hafnarstraeti 5",
 * "ul. Lipowa 12"), a building number before it ("4400 Lindenvej 18"), US military mail
 * ("PSC 1234, Box 5678 / APO AE 09001"), a street named before "St."/"street", foreign postcodes
 * after a zip label. A street found this way is extended over the rest of its address block:
 * "Suite 12" on the same line, ", Town" after a comma, and the short town / region / country +
 * postcode lines below it (an address block ends at a label line, a long line or a sentence).
 */
import { wordLists } from '../../data/text/lists.js';
import { type Candidate, type PatternRecognizer, UNIT_AFTER, valueRange } from './recognizer.js';

/** Words that belong in street names (in any case) even though they are English words. */
const STREET_WORDS = new Set(
  (
    'street st str road rd avenue ave lane ln drive dr way place pl court ct square sq terrace boulevard blvd ' +
    'rue via rua calle avenida praia ul u út utca strasse straße gasse weg vej gade straat laan plaza ' +
    'de del della delle di da do dos das du des la le les el al van der den am an im e y i the of ' +
    'main park hill mill view north south east west upper lower old new corner centre center'
  ).split(' '),
);

const WORD = String.raw`\p{L}[\p{L}'’\-]*\.?`;
/** A word that may carry inner dots ("P.O."); only after a house number, which bounds the starts. */
const DOTTED_WORD = String.raw`\p{L}[\p{L}'’.\-]*`;
/** "4400 Lindenvej 18", "808 Kossuth Lajos u. 12.", "3378 217 Lovers Lane" (number, number, words). */
const NUMBER_LED = String.raw`\d{1,6} (?:(?:${DOTTED_WORD} ){1,5}\d{1,5}[a-zA-Z]?\.?|\d{1,5} (?:${WORD} ){0,4}${WORD})`;
/** Where a street can start: a line start (after quote marks) or an address word before it. */
const LEAD = String.raw`(?:^[ \t>?]*|(?:Apt\.?|Suite) \d{1,5}[ \t]+|(?:\bat|\bto|\bis|\bon|\bof|\bwith|address:?|[,?:])[ \t]+)`;

/** Street types and the endings of street names in the languages of Europe. */
const STREET_TYPE =
  /^(?:street|st|str|road|rd|avenue|ave|lane|ln|drive|dr|way|place|pl|court|ct|terrace|boulevard|blvd|rue|via|rua|calle|avenida|ul|u|út|utca|plaza|box|postbox|.{2,}(?:vej|gade|straat|strasse|straße|gasse|weg|laan|veien|vegen|vägen|gatan|gata|tie|kuja|braut|stræti|straeti|allee|platz|utca|ulica|iela|gatve|tee))$/u;

function known(lower: string): boolean {
  const lists = wordLists();
  return lists.common.has(lower) || lists.lessCommon.has(lower) || lists.clinical.has(lower);
}

/** "88 Quarry Lane yesterday" ends at "Lane": English words after the last street word go. */
function trimTail(text: string, start: number, end: number): number {
  let e = end;
  for (;;) {
    const m = /(?:^|\s)(\p{L}[\p{L}'’-]*)\.?$/u.exec(text.slice(start, e));
    if (!m) return e;
    const lower = (m[1] as string).toLowerCase();
    if (STREET_WORDS.has(lower) || STREET_TYPE.test(lower) || !known(lower)) return e;
    e = start + m.index;
  }
}

/**
 * A street type ("Lane", "Kirkevej") makes the words a street; without one, every word must be
 * unknown to the English and clinical lists (a foreign name, "Hafnarstraeti") bar particles, and one
 * at least four letters long. Never a dose ("500 mg").
 */
function accepted(text: string, start: number, end: number): boolean {
  const lists = wordLists();
  const words = (text.slice(start, end).match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
  if (words.length === 0 || UNIT_AFTER.test(text.slice(end))) return false;
  if (words.some((w) => lists.clinical.has(w) && !STREET_WORDS.has(w))) return false;
  if (words.some((w) => STREET_TYPE.test(w))) return true;
  return (
    words.every((w) => STREET_WORDS.has(w) || !known(w)) &&
    words.some((w) => w.length >= 4 && !STREET_WORDS.has(w))
  );
}

const UNIT_LINE = /^[ \t]*,?[ \t]*(?:Apt\.?|Suite|Ste\.?|Unit)[ \t]*#?\d{1,5}[A-Za-z]?\b/i;
const COMMA_TAIL = /^,[ \t]*\p{L}[\p{L}'’.\- ]{0,40}?(?=[ \t]*(?:[,.?!\n]|$))/u;
const LABEL = /^(?:[\p{L} ]{1,20}:|e-?mail|mobile|phone|desk|fax|tel|https?:|www\.)/iu;

/** Extends an address over the lines of its block. Returns the new end. */
export function extendBlock(text: string, end: number): number {
  let at = end;
  const unit = UNIT_LINE.exec(text.slice(at, at + 40));
  if (unit) at += unit[0].length;
  for (let i = 0; i < 3; i++) {
    const tail = COMMA_TAIL.exec(text.slice(at, at + 60));
    if (!tail) break;
    at += tail[0].length;
  }
  let lines = 0;
  let blank = 0;
  while (lines < 5 && at < text.length && text[at] === '\n') {
    const next = text.indexOf('\n', at + 1);
    const lineEnd = next < 0 ? text.length : next;
    const raw = text.slice(at + 1, lineEnd);
    const line = raw.replace(/^[ \t>?]*/, '').trimEnd();
    if (line.length === 0) {
      if (++blank > 1) break;
      at = lineEnd;
      continue;
    }
    if (line.length > 45 || LABEL.test(line) || /[@/]|[.!?]\s+\p{L}/u.test(line)) break;
    if ((line.match(/\d/g)?.length ?? 0) >= 7) break;
    if (line.split(/\s+/).length > 6) break;
    const content = text.slice(at + 1, lineEnd).trimEnd();
    at = at + 1 + content.length;
    blank = 0;
    lines++;
  }
  return at;
}

function addressCand(start: number, end: number, source: string): Candidate {
  return { start, end, kind: 'street-address', score: 0.8, source };
}

const ADDRESSEE = /^[ \t>?]*(?<v>\p{Lu}[\p{L}'’.-]*(?:[ \t]+[\p{L}'’.-]+){0,4})[ \t]*$/du;

/**
 * The addressee lines right above a street line that opens its line ("Ilse Brandt\nNordwind
 * GmbH\n4400 Lindenvej 18"): up to three capitalised short lines, no blank line between, no label.
 */
export function addresseeLines(text: string, lineStart: number): Candidate[] {
  const out: Candidate[] = [];
  let end = lineStart - 1; // the newline before the street line
  for (let i = 0; i < 3 && end > 0 && text[end] === '\n'; i++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const v = ADDRESSEE.exec(text.slice(from, end))?.indices?.groups?.v;
    if (!v) break;
    const words = text
      .slice(from + v[0], from + v[1])
      .toLowerCase()
      .split(/\s+/);
    if (words.some((w) => wordLists().clinical.has(w))) break;
    out.push({
      start: from + v[0],
      end: from + v[1],
      kind: 'person-name',
      score: 0.6,
      source: 'context:addressee',
    });
    end = from - 1;
  }
  return out;
}

const numberLed: PatternRecognizer = {
  id: 'street-intl-number-led',
  kinds: ['street-address', 'person-name'],
  re: new RegExp(String.raw`${LEAD}(?<!\d)(?<v>${NUMBER_LED})(?![\p{L}\d])`, 'gimud'),
  accept(m, text) {
    const [start, whole] = valueRange(m);
    const end = trimTail(text, start, whole);
    if (!/\p{L}/u.test(text.slice(start, end)) || !accepted(text, start, end)) return undefined;
    const street = addressCand(start, extendBlock(text, end), 'pattern:address-intl');
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const opensLine = /^[ \t>?]*$/.test(text.slice(lineStart, start));
    return opensLine ? [street, ...addresseeLines(text, lineStart)] : street;
  },
};

/** "enter on Sludevej 13 St.", "lives on Ziegelgasse 19 street": a named street with its number. */
const namedStreet: PatternRecognizer = {
  id: 'street-intl-named',
  kinds: ['street-address'],
  re: new RegExp(String.raw`(?<!\p{L})(?<v>(?:${WORD} ){1,4}\d{1,5}\.?) (?:st\.|street\b)`, 'giud'),
  accept(m, text) {
    const [start, end] = valueRange(m);
    // the words nearest the number name the street; an English word ends it on the left
    const lists = wordLists();
    const words = [...text.slice(start, end).matchAll(/\p{L}[\p{L}'’-]*\.?/gu)];
    let from = -1;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i] as RegExpMatchArray;
      const lower = w[0].replace(/\.$/, '').toLowerCase();
      if (!STREET_WORDS.has(lower) && (lists.common.has(lower) || lists.clinical.has(lower))) break;
      from = start + (w.index ?? 0);
    }
    if (from < 0) return undefined;
    return addressCand(from, end, 'pattern:address-intl');
  },
};

/** "PSC 1234, Box 5678\nAPO AE 09001", "Unit 4410 Box 1020 DPO AP 96501", "USNS Hale\nFPO AA 34002". */
const military: PatternRecognizer = {
  id: 'address-military',
  kinds: ['street-address'],
  re: /\b(?:PSC \d{3,5},? Box \d{3,5}|Unit \d{3,5},? Box \d{3,5}|US(?:NS|S|CGC) \p{L}[\p{L}'’-]*)[ \t]*,?\n?[ \t]*[ADF]PO A[AEP] \d{5}\b/giu,
  accept: (m) => addressCand(m.index, m.index + m[0].length, 'pattern:address-military'),
};

/** Postcodes of other countries after a zip label: "ZIP: 394 13", "zip code is 2371", "7412 SL", "B0J 2H0". */
const zipLabelledIntl: PatternRecognizer = {
  id: 'zip-labelled-intl',
  kinds: ['zip'],
  re: /\b(?:zip(?:\s*code)?|postal\s*code|post\s*code|postcode|zipcode)[ \t]*[:#=]?[ \t]*(?:is[ \t]+)?(?<v>\d{3}[ -]\d{2}|\d{4}[ \t]?[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|\d{3,6})(?![\w-])/dgi,
  accept(m) {
    const [start, end] = valueRange(m);
    return { start, end, kind: 'zip', score: 0.9, source: 'context:zip-intl' };
  },
};

export const INTL_ADDRESS_RECOGNIZERS: readonly PatternRecognizer[] = [
  numberLed,
  namedStreet,
  military,
  zipLabelledIntl,
];
