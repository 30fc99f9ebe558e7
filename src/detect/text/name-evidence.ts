/**
 * Names by tiers. A name candidate found by a strong cue (a title, a labelled field, the record's
 * own values, an HL7 field) stands on its cue. One found by a weak cue ("pt", "per", "and", a
 * credential or relation word, a repeat) must also look like a name itself: at least one of its
 * words is an unambiguous name (in the name lists and in no English, clinical or eponym list), or,
 * where the text is in mixed case, its words are capitalised in mid-sentence. In ALL-CAPS text
 * capitals say nothing, so there only unambiguous names count — otherwise every clinical word
 * after "PT" ("PT AROUSABLE", "PT CONT") becomes a surname, as real ICU notes showed.
 */
import { wordLists } from '../../data/text/lists.js';
import { mixedCaseAround } from './case-context.js';
import type { Candidate } from './recognizer.js';
import { knownWord, typoOfKnownWord } from './typos.js';

const NAME_KINDS = new Set(['given-name', 'family-name', 'person-name']);

/**
 * Cues too weak to carry a name alone: dictionary hits, "pt", prepositions, credentials, relation
 * words and repeats. Every other source (titles, labels, signatures, HL7 fields...) is trusted.
 */
const WEAK_CUES = new Set(
  'pt pts patient credential credential-before repeat and per to for by from cc via with at on in'.split(' '),
);

function weakSource(source: string): boolean {
  if (source.startsWith('dictionary:')) return true;
  if (!source.startsWith('context:')) return false;
  const cue = source.slice('context:'.length);
  return WEAK_CUES.has(cue) || KIN_AND_ROLES.has(cue);
}

/** Dotted pairs such as "C.O." are clinical abbreviations far more often than initials. */
const INITIALS_SOURCE = 'pattern:initials';

const WORD = /[\p{L}][\p{L}'’]*/gu;

/** Titles: the words after one are a name whatever they look like ("dr small", "Dr. Murphy"). */
const TITLES = new Set([
  'dr',
  'doctor',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'prof',
  'rev',
  'fr',
  'rabbi',
  'drs',
]);

/** Relation and role words: after one, any listed name counts, even an everyday word ("son bill"). */
const KIN_AND_ROLES = new Set(
  `son sons daughter daughters dtr dtrs dau wife husband hsb husb spouse mother father mom dad brother
  bro sister sis niece nephew aunt uncle cousin grandson granddaughter grandmother grandfather friend
  neighbor neighbour fiance fiancee boyfriend girlfriend partner proxy hcp guardian caregiver
  np rn md nurse caseworker chaplain staff resident attending fellow intern pa sw cm pcp therapist
  named name contact`.split(/\s+/),
);

/** Family and friends (no roles, no "contact" or "name"): after one, even an unlisted word is a name. */
const RELATIONS = new Set(
  `son sons daughter daughters dtr dau wife husband hsb husb spouse mother father mom dad brother bro
  sister sis niece nephew aunt uncle cousin grandson granddaughter friend neighbor fiance fiancee
  boyfriend girlfriend partner`.split(/\s+/),
);

/** Words that are listed names but, alone after a relation word, are grammar ("HUSBAND, BUT"). */
const FUNCTION = new Set(
  `but will may can and or so the other friends given see do did does was is has had were are
  in at on of to a an all both most person`.split(/\s+/),
);

/** Verbs whose object is a person ("Paged Fenstead", "discussed w/ Summer"). */
const PERSON_VERBS = new Set(
  'paged called notified spoke talked discussed updated informed told asked w met visited'.split(' '),
);

/** A relation or role right after the name: "Daisy (dtr)", "Ginger, pt's niece", "Don is pts brother". */
function relationAfter(text: string, end: number): boolean {
  const m =
    /^[ \t]*(?:\(|,|-|is|was)?[ \t]*(?:(?:the|a|his|her|pt'?s|pts|patient'?s)[ \t]+)?([A-Za-z]+)/i.exec(
      text.slice(end, end + 30),
    );
  const w = m?.[1]?.toLowerCase();
  return w !== undefined && ((KIN_AND_ROLES.has(w) && !CREDENTIALS.has(w)) || w === 'sn');
}

/** Credentials after a name ("irene snell, rn", "Q. LANDER RRT"). */
const CREDENTIALS = new Set(
  'rn md rrt np pa lpn licsw lcsw msw cna phd pharmd rd ot slp crna cnm aprn dnp'.split(' '),
);

/**
 * Evidence that one word is a name: 3 unambiguous (listed, no English/clinical word); 2 listed and
 * only a rare English word; 1.5 listed and capitalised in mid-sentence of mixed-case text; 1 any
 * mid-sentence capital there; 0.5 listed but an everyday word; 0 nothing (or a clinical word).
 */
function wordEvidence(text: string, start: number, word: string, capsInform: boolean): number {
  const lists = wordLists();
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 2) return 0;
  const named = lists.given.has(lower) || lists.family.has(lower);
  const clinical = lists.clinical.has(lower) || lists.eponyms.has(lower);
  const common = lists.common.has(lower);
  if (named && !clinical && !common && !lists.lessCommon.has(lower)) return 3;
  if (named && !clinical && !common) return 2;
  const capital =
    capsInform &&
    word[0] !== word[0]?.toLowerCase() &&
    word.slice(1) !== word.slice(1).toUpperCase() &&
    !sentenceStart(text, start);
  if (capital) return named ? 1.5 : 1;
  // a listed given name written with a capital at a sentence's start ("Don at bedside")
  if (
    capsInform &&
    lists.given.has(lower) &&
    word[0] !== word[0]?.toLowerCase() &&
    !lists.clinical.has(lower)
  )
    return 1;
  // calendar words and eponyms stay names after a relation ("wife june"); clinical words never
  return named && !lists.clinical.has(lower) ? 0.5 : 0;
}

/** The lower-case word right before `at` (skipping spaces, dots, commas, colons), or ''. */
function wordBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /[ \t.,:(-]/.test(text[i] as string)) i--;
  const end = i + 1;
  while (i >= 0 && /[A-Za-z]/.test(text[i] as string)) i--;
  return text.slice(i + 1, end).toLowerCase();
}

/** The lower-case word right after `at` (skipping spaces and commas), or ''. */
function wordAfter(text: string, at: number): string {
  const m = /^[ \t.,]*([A-Za-z]+)/.exec(text.slice(at, at + 24));
  return m ? (m[1] as string).toLowerCase() : '';
}

/** Does the span hold a grammar word ("OTHER FRIENDS", "WILL TRY")? */
function grammar(slice: string): boolean {
  for (const m of slice.matchAll(WORD)) if (FUNCTION.has(m[0].toLowerCase())) return true;
  return false;
}

/** Every word a listed name (none clinical), at least one of them a given name. */
function allNamed(slice: string, lastFirst: boolean): boolean {
  const lists = wordLists();
  let given = false;
  for (const m of slice.matchAll(WORD)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (w.length === 1) continue;
    // ("Smith, Will": after a surname and a comma, "Will" is the given name)
    if (FUNCTION.has(w) && !lastFirst) return false;
    if (lists.given.has(w)) given = true;
    else if (!lists.family.has(w)) return false;
  }
  return given;
}

/** Is the word at `start` the first of its sentence or line (where a capital is no evidence)? */
function sentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t') continue;
    // the dot of an initial ("J. Quiholt") ends no sentence
    if (ch === '.' && /[^A-Za-z][A-Za-z]$/.test(text.slice(Math.max(0, i - 2), i))) return false;
    return ch === '\n' || ch === '.' || ch === '!' || ch === '?' || ch === ':';
  }
  return true;
}

function passes(text: string, c: Candidate, afterTitle = false): boolean {
  const before = wordBefore(text, c.start);
  if (TITLES.has(before) && !afterTitle) return true;
  const slice = text.slice(c.start, c.end);
  const capsInform = mixedCaseAround(text, c.start);
  let best = 0;
  let worst = 3;
  let words = 0;
  let initial = false;
  for (const m of slice.matchAll(WORD)) {
    const w = m[0];
    if (w.length === 1) {
      initial = true; // an initial: neither evidence nor against it
      continue;
    }
    words++;
    const e = wordEvidence(text, c.start + (m.index ?? 0), w, capsInform);
    if (e > best) best = e;
    if (e < worst) worst = e;
  }
  if (words === 0) return false;
  // "son bill", "NP CAROL", "Q. LANDER": a relation, a role or an initial vouches for a listed name
  // a relation or role before, or an initial, vouches even for an everyday given name ("son bill")
  const strongVouch =
    (KIN_AND_ROLES.has(before) && !CREDENTIALS.has(wordAfter(text, c.end))) ||
    initial ||
    relationAfter(text, c.end);
  if (strongVouch && (best >= 1.5 || (best >= 0.5 && !grammar(slice)))) return true;
  // "BROTHER QUORVATH AND": after a relation word, one word no list knows and no typing slip explains
  if (RELATIONS.has(before) && words === 1 && unlistedWord(slice)) return true;
  // a verb or a credential after ("SKIN CARE RN") needs a capital or a listed name at least
  const vouched = PERSON_VERBS.has(before) || CREDENTIALS.has(wordAfter(text, c.end));
  // (a capital in mixed case lets a grammar word be the name: "Son Will called")
  if (vouched || strongVouch) return best >= 1.5 || (best >= 1 && !grammar(slice));
  // "Don and Ginger": a coordinated name needs only a capital
  if (c.source === 'context:and') return best >= 1;
  if (best >= 3 || (best >= 1.5 && worst >= 1)) return true;
  // "Pt Ottoline Ashcombe called": two or more mid-sentence capitals in mixed-case text
  if (words >= 2 && worst >= 1) return true;
  // "Hope Grimes", "JOHN SMITH": every word a listed name, one of them a given name
  return words >= 2 && allNamed(slice, c.source === 'dictionary:last-first');
}

/** A word of three letters or more that no list holds and that is no typing slip of a listed word. */
function unlistedWord(slice: string): boolean {
  const w = slice.toLowerCase().replace(/['’]s$/, '');
  if (!/^[a-z]{3,}$/.test(w)) return false;
  const lists = wordLists();
  if (lists.given.has(w) || lists.family.has(w) || lists.cities.has(w)) return false;
  return !knownWord(w) && !typoOfKnownWord(w);
}

/** Dotted initials ("J.K.") count as a name only at a signature's place or before a credential. */
function initialsInPlace(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + 12);
  if (/^\.?[ \t]*(?:\n|$)/.test(after)) return true;
  if (/^\.?,?[ \t]+(?:RN|MD|NP|PA|RRT|LPN|rn|md|np)\b/.test(after)) return true;
  if (
    /^\.?(?:[ \t]+(?:is an?\b|was an?\b|\(\d|presents|reports|states|denies)|,[ \t]*(?:an?[ \t]+)?\d)/.test(
      after,
    )
  )
    return true;
  const before = text.slice(Math.max(0, c.start - 12), c.start);
  return /(?:^|\n)[ \t]*(?:--?|—)?[ \t]*$/.test(before);
}

export function filterNameCandidates(text: string, cands: Candidate[]): Candidate[] {
  return cands.filter((c) => {
    if (!NAME_KINDS.has(c.kind)) return true;
    // "C.O.", "G.U.", "N.C.": dotted letters that spell clinical shorthand are no initials
    if (c.source === INITIALS_SOURCE)
      return (
        !wordLists().clinical.has(text.slice(c.start, c.end).replace(/\./g, '').toLowerCase()) &&
        initialsInPlace(text, c)
      );
    // "MS CONT TO IMPROVE", "PA STAS", "4+ MR. PT HAS": in capitals MS is mental status, PA an
    // artery and MR mitral regurgitation; the word after needs evidence of its own
    if (
      c.source === 'context:title' &&
      /\b(?:MS|PA|MR)\.?[ \t]*$/.test(text.slice(Math.max(0, c.start - 6), c.start))
    )
      return passes(text, c, true);
    if (!weakSource(c.source)) return true;
    return passes(text, c);
  });
}
