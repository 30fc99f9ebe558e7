/**
 * Clinicians and relatives as real notes write them, in any case: "per dr. wong", "Dr.griffin",
 * "DRS JOSEPH AND ROBBINSON", "W. MAROTTA AWARE", "q. lander rrt", "mary souza AWARE", "leona
 * labowich". Three shapes: a title and what follows it; an initial and a surname; a given name and a
 * surname. Each word must pass the name lists, so clinical words after them ("dr aware", "E. coli",
 * "given lasix") stay.
 */
import { wordLists } from '../../data/text/lists.js';
import type { Candidate } from './recognizer.js';
import { knownWord, typoOfKnownWord } from './typos.js';

/** Words after a title that are no name ("dr aware", "Dr. on call", "MD notified"). */
const NOT_AFTER_TITLE = new Set(
  `aware notified paged called here in on at to of for and or the a an is was will with by from team
  office order orders note notes consult consulted service services rounds call visit note's said says
  wants want ordered following follow followed recommends recommended spoke talked states stated came
  up out back please if ok md rn np pa regarding about re who that this`.split(/\s+/),
);

// ("mrs. Park", "Mr. Lamb": the courtesy titles with their dot or capital only, as "MR" and "ms"
// are mitral regurgitation and morphine in notes)
const TITLE =
  /\b(?:(?:dr|drs|doctor|dr's|rabbi|chaplain|reverend|rev)\b\.?|(?:mrs|mr|ms)\.|mrs\b)[ \t]{0,2}/gi;
const COURTESY = /^(?:(?:Mrs|Mr|Ms|mrs|mr)\.|Mrs\b)/;
const WORD = /^([A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)?)/;

function lower(w: string): string {
  return w.toLowerCase().replace(/['’]s$/, '');
}

/** A listed surname or given name that is no clinical word and no everyday word. */
function plainName(w: string): boolean {
  const lists = wordLists();
  const l = lower(w);
  if (l.length < 2 || lists.clinical.has(l) || lists.common.has(l)) return false;
  return lists.family.has(l) || lists.given.has(l);
}

/** A word no list knows (an unusual surname), of three letters or more. */
function unknownWord(w: string): boolean {
  const lists = wordLists();
  const l = lower(w);
  if (l.length < 3 || typoOfKnownWord(l)) return false;
  return (
    !lists.common.has(l) &&
    !lists.lessCommon.has(l) &&
    !lists.clinical.has(l) &&
    !lists.eponyms.has(l) &&
    !lists.given.has(l) &&
    !lists.family.has(l) &&
    !lists.cities.has(l)
  );
}

function wordAt(text: string, at: number): string | undefined {
  return WORD.exec(text.slice(at, at + 40))?.[1];
}

/** "dr wong", "Dr.griffin", "DR. L. RUUSKA", "drs joseph and robbinson": every title, any case. */
function titled(text: string, out: Candidate[]): void {
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    if (/^m/i.test(m[0]) && !COURTESY.test(m[0])) continue;
    let at = m.index + m[0].length;
    // an initial first: "DR. L. RUUSKA"
    const init = /^[A-Za-z]\.[ \t]{0,2}/.exec(text.slice(at, at + 4));
    const start = at;
    if (init) at += init[0].length;
    const w = wordAt(text, at);
    if (!w || w.length < 2 || NOT_AFTER_TITLE.has(w.toLowerCase())) continue;
    if (wordLists().clinical.has(lower(w)) && !wordLists().family.has(lower(w))) continue;
    let end = at + w.length;
    // a second surname word: "Dr. Sweeney Olsen", "Dr Will Cole"
    const gap = /^[ \t]/.exec(text.slice(end, end + 1));
    const w2 = gap ? wordAt(text, end + 1) : undefined;
    if (w2 && (plainName(w2) || unknownWord(w2)) && !NOT_AFTER_TITLE.has(w2.toLowerCase()))
      end += 1 + w2.length;
    out.push({ start, end, kind: 'person-name', score: 0.85, source: 'context:title-any' });
    // "drs joseph and robbinson": the second doctor; after one title ("Dr. Lamb and Quenby aware")
    // the second word must be a name by the lists, or a word no list knows
    const plural = m[0].toLowerCase().startsWith('drs');
    {
      const and = /^[ \t]+(?:and|&)[ \t]+/i.exec(text.slice(end, end + 8));
      const w3 = and ? wordAt(text, end + and[0].length) : undefined;
      const named = w3 !== undefined && (plural || plainName(w3) || unknownWord(w3));
      if (and && w3 && named && !NOT_AFTER_TITLE.has(w3.toLowerCase())) {
        const s3 = end + and[0].length;
        out.push({
          start: s3,
          end: s3 + w3.length,
          kind: 'family-name',
          score: 0.8,
          source: 'context:title-any',
        });
      }
    }
  }
}

/** A credential right after a name ("j. fenner rrt", "K. Lamb, RN"). */
const CREDENTIAL_AFTER = /^,?[ \t]+(?:rn|rrt|md|np|lpn|licsw|lcsw|msw|cna|crna|slp|pharmd)\b/i;

// (a hyphen may glue it to a word before: "GIVEN PEPCID-K. LAMB AWARE")
const INITIAL_SURNAME =
  /(?<![\w.'’/]|[\d.'’/]-)([A-Za-z])\.[ \t]{1,2}([A-Za-z][A-Za-z'’]{2,}(?:-[A-Za-z][A-Za-z'’]+)?)/g;

/** "W. MAROTTA", "q. lander", "B. Kargas": an initial and a surname no list calls a word. */
function initialSurname(text: string, out: Candidate[]): void {
  INITIAL_SURNAME.lastIndex = 0;
  for (let m = INITIAL_SURNAME.exec(text); m; m = INITIAL_SURNAME.exec(text)) {
    const w = m[2] as string;
    // ("q. fenner rrt": a credential after vouches for a surname that is also a word)
    const credential = CREDENTIAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10));
    const wordOk = credential && !wordLists().clinical.has(lower(w)) && !NOT_AFTER_TITLE.has(lower(w));
    if (!plainName(w) && !(unknownWord(w) && !typoOfKnownWord(lower(w))) && !wordOk) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'person-name',
      score: 0.7,
      source: 'pair:initial-surname',
    });
  }
}

/** Being told, right after a name ("ANN KELT AWARE", "ann kell notified"). */
const TOLD_AFTER = /^[ \t]+(?:aware|notified|made[ \t]+aware|informed|paged|updated)\b/i;

/** Grammar words that name lists also hold ("will", "may"): never the first of a pair. */
const FUNCTION_WORDS = new Set('will may can and or so the but not is was has had do did'.split(' '));

const PAIR =
  /(?<![A-Za-z'’-])([A-Za-z][a-z'’]{2,}|[A-Z][A-Z'’]{2,})[ \t]+([A-Za-z][a-z'’]{2,}(?:-[A-Za-z][a-z'’]+)?|[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]+)?)(?![A-Za-z'’])/g;

/** "mary souza", "LEONA LABOWICH", "irene snell": a given name and a surname, in any case. */
function givenFamily(text: string, out: Candidate[]): void {
  const lists = wordLists();
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
    const first = lower(m[1] as string);
    const second = m[2] as string;
    const l2 = lower(second);
    // a surname no English list holds lets an everyday given name lead ("pat rixford", "patty hoeller")
    const strongSecond =
      lists.family.has(l2) &&
      !lists.common.has(l2) &&
      !lists.lessCommon.has(l2) &&
      !lists.clinical.has(l2) &&
      !lists.eponyms.has(l2);
    const firstOk =
      lists.given.has(first) && !lists.clinical.has(first) && (!lists.common.has(first) || strongSecond);
    // "ANN KELT AWARE": a verb of being told after the pair vouches for an unlisted surname
    const pairEnd = m.index + m[0].length;
    const toldAfter = TOLD_AFTER.test(text.slice(pairEnd, pairEnd + 16)) && !knownWord(l2);
    if (
      firstOk &&
      !FUNCTION_WORDS.has(first) &&
      (plainName(second) || unknownWord(second) || strongSecond || toldAfter)
    ) {
      if (!lists.clinical.has(l2) && !lists.common.has(l2) && l2.length >= 3) {
        // "anna louise quorvath": a second given name, then the surname
        const third = /^[ \t]([A-Za-z][a-z'’]{2,}|[A-Z][A-Z'’]{2,})(?![A-Za-z'’])/.exec(
          text.slice(pairEnd, pairEnd + 30),
        );
        const w3 = third?.[1];
        const extra = w3 && lists.given.has(l2) && (plainName(w3) || unknownWord(w3)) ? 1 + w3.length : 0;
        out.push({
          start: m.index,
          end: pairEnd + extra,
          kind: 'person-name',
          score: 0.7,
          source: 'pair:first-last',
        });
        continue;
      }
    }
    // let the second word start the next pair ("house staff mary souza")
    PAIR.lastIndex = m.index + (m[1] as string).length + 1;
  }
}

const KIN_WORDS =
  `son daughter dtr dau wife husband hsb husb brother bro sister sis mother father mom dad niece
  nephew aunt uncle cousin grandson granddaughter friend proxy fiance fiancee boyfriend girlfriend partner
  np nurse caseworker`.split(/\s+/);
const KIN_SET = new Set(KIN_WORDS);
const KIN = new RegExp(`\\b(?:${KIN_WORDS.join('|')})\\b(?:[ \\t]*[,:(&-]+[ \\t]*|[ \\t]+)`, 'gi');

/** Grammar words that are also listed given names ("son will", "daughter may"). */
const NOT_AFTER_KIN = new Set(
  'will may can and or so the other is was has had in at to of for with who called here home'.split(' '),
);

const NAME_FOLLOWS =
  /^(?:[ \t]*[,.;)(]|[ \t]*$|[ \t]+(?:called|calls|in\b|at\b|visited|was|is\b|who|came|here|and|phone|cell|made|aware|ordered|notified|\d|[A-Za-z]\b))/i;

/** "his son, bill,", "DAUGHTER-KRISSY", "BROTHER VINNY", "son don reid": a relation and a given name. */
function kinNamed(text: string, out: Candidate[]): void {
  const lists = wordLists();
  KIN.lastIndex = 0;
  for (let m = KIN.exec(text); m; m = KIN.exec(text)) {
    const at = m.index + m[0].length;
    const w = wordAt(text, at);
    if (!w) continue;
    const l = lower(w);
    if (l.length < 3 || NOT_AFTER_KIN.has(l) || lists.clinical.has(l) || !lists.given.has(l)) continue;
    if (KIN_SET.has(l)) continue; // ("DAUGHTER, SISTER AND HUSBAND": a relation is no name)
    // an everyday word ("son said he...") only where a name's place is plain: before a comma or a verb of visiting
    if (lists.common.has(l) && !NAME_FOLLOWS.test(text.slice(at + w.length, at + w.length + 14))) continue;
    let end = at + w.length;
    const w2 = /^[ \t]/.test(text.slice(end, end + 1)) ? wordAt(text, end + 1) : undefined;
    if (w2 && (plainName(w2) || unknownWord(w2))) end += 1 + w2.length;
    out.push({ start: at, end, kind: 'person-name', score: 0.75, source: 'pair:kin-name' });
  }
}

/** The note's last word, alone after its last sentence: a listed given name that is no word ("... 1400U/HR. JANE"). */
const CLOSING = /(?:^|[.!?][ \t]+|\n[ \t]*)([A-Z][a-z]{2,}|[A-Z]{3,})[ \t]*\s*$/;

function closingSignature(text: string, out: Candidate[]): void {
  const from = Math.max(0, text.length - 40);
  const m = CLOSING.exec(text.slice(from));
  const w = m?.[1];
  if (!m || !w) return;
  const l = w.toLowerCase();
  if (!wordLists().given.has(l) || knownWord(l)) return;
  const start = from + m.index + m[0].indexOf(w);
  out.push({
    start,
    end: start + w.length,
    kind: 'given-name',
    score: 0.7,
    source: 'context:closing-signature',
  });
}

/** Two capitalised words before a phone label ("Ama Quorvath cell# ..."): a contact's name. */
const NAME_BEFORE_PHONE =
  /\b([A-Z][a-z'’]{2,})[ \t]+([A-Z][a-z'’]{2,})[ \t]*,?[ \t]*(?:cell|home|work|mobile|phone|tel|pager)[ \t]*(?:#|:|no\b|number)/g;

function namedContact(text: string, out: Candidate[]): void {
  const lists = wordLists();
  NAME_BEFORE_PHONE.lastIndex = 0;
  for (let m = NAME_BEFORE_PHONE.exec(text); m; m = NAME_BEFORE_PHONE.exec(text)) {
    const words = [m[1] as string, m[2] as string].map(lower);
    if (words.some((w) => lists.common.has(w) || lists.clinical.has(w) || lists.eponyms.has(w))) continue;
    const second = m[2] as string;
    const end = m.index + m[0].indexOf(second, (m[1] as string).length) + second.length;
    out.push({ start: m.index, end, kind: 'person-name', score: 0.7, source: 'context:phone-label' });
  }
}

export function findPeople(text: string): Candidate[] {
  const out: Candidate[] = [];
  namedContact(text, out);
  closingSignature(text, out);
  kinNamed(text, out);
  titled(text, out);
  initialSurname(text, out);
  givenFamily(text, out);
  return out;
}
