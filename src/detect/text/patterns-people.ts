/**
 * People named by the shape of the line around them rather than by a context word: a name before
 * its age and sex ("Hunter Bishop, 9M", "june baker 47f"), a nickname in quotes, a caller's own
 * name ("hi its rusty again"), and the signature at the end of a note ("-gw lpn", "MW/jlk", a
 * first name alone on the last line of a message). The name pass (names.ts) reads words one at a
 * time; these shapes are easier to say as patterns.
 */
import { wordLists } from '../../data/text/lists.js';
import { type Candidate, cand, type PatternRecognizer } from './recognizer.js';

const SRC = 'pattern:person';

/** Lower-case words a signature line or greeting holds that are no names. */
const NOT_SIGNATURES = new Set(
  `ok okay yes no thanks thx ty regards sincerely best cheers love bye later pls please md rn np pa do lpn
  cna sw pt ot na nka prn tbd fyi asap am pm ed er or icu`.split(/\s+/),
);

function isGiven(word: string): boolean {
  const lists = wordLists();
  const w = word.toLowerCase();
  return lists.given.has(w) && !lists.clinical.has(w) && !NOT_SIGNATURES.has(w);
}

function isFamily(word: string): boolean {
  return wordLists().family.has(word.toLowerCase());
}

/** "Hunter Bishop, 9M", "Faith Akinyemi, 38 G3P2", "Pt Jaxon Miller, 16M": a name heading its age and sex. */
const nameAgeSex: PatternRecognizer = {
  id: 'person-age-sex',
  kinds: ['person-name'],
  re: /\b(?<v>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}),?[ \t]+\d{1,3}[ \t]?(?:yo[ \t]?|y\/o[ \t]?)?(?:[MF]\b|G\d)/dg,
  accept(m): Candidate | undefined {
    const words = (m.groups?.v ?? '').split(/[ \t]+/);
    const lists = wordLists();
    if (words.some((w) => lists.clinical.has(w.toLowerCase()))) return undefined;
    if (!words.some((w) => isGiven(w) || isFamily(w))) return undefined;
    if (words.every((w) => lists.common.has(w.toLowerCase()) && !isGiven(w))) return undefined;
    return cand(m, 'person-name', 0.8, SRC);
  },
};

/** "june baker 47f c/o", "pt deshawn pryor 31m": the same in lower-case notes. */
const lowerNameAgeSex: PatternRecognizer = {
  id: 'person-age-sex-lower',
  kinds: ['person-name'],
  re: /\b(?<v>[a-z][a-z'’-]+[ \t]+[a-z][a-z'’-]+)[ \t]+\d{1,3}[ \t]?(?:yo[ \t]?)?[mf]\b/dg,
  accept(m): Candidate | undefined {
    const [first = '', last = ''] = (m.groups?.v ?? '').split(/[ \t]+/);
    if (!isGiven(first) || !isFamily(last)) return undefined;
    return cand(m, 'person-name', 0.75, SRC);
  },
};

/** `PATRICK "PADDY" O'SHAUGHNESSY`, `Rudolph "Rudy" Kasprzak`: a quoted nickname between names. */
const nickname: PatternRecognizer = {
  id: 'person-nickname',
  kinds: ['person-name'],
  re: /\b[A-Z][A-Za-z'’-]+[ \t]+["“][A-Z][A-Za-z]+["”][ \t]+[A-Z][A-Za-z'’-]+/g,
  accept: (m) => cand(m, 'person-name', 0.8, SRC),
};

/** `client "Tex"`, `goes by "Sonny"`: a nickname after a word that introduces one. */
const nicknameAfter: PatternRecognizer = {
  id: 'person-nickname-after',
  kinds: ['person-name'],
  re: /\b(?:client|pt|patient|resident|goes[ \t]+by|called|aka|a\.k\.a\.|nicknamed)[ \t]+["“](?<v>[A-Z][a-z]+)["”]/dgi,
  accept: (m) => cand(m, 'person-name', 0.8, SRC),
};

/** "hi its rusty again", "This is Grace McNulty,": callers name themselves. */
const selfNamed: PatternRecognizer = {
  id: 'person-self-named',
  kinds: ['person-name', 'given-name'],
  re: /\b(?:[Tt]his[ \t]+is|[Ii]t'?s|[Ii]t[ \t]+is)[ \t]+(?<v>[A-Za-z][a-z'’-]{1,20})(?=[ \t]*(?:again|here|from|calling|[,.!]))/dg,
  accept(m): Candidate | undefined {
    if (!isGiven(m.groups?.v ?? '')) return undefined;
    return cand(m, 'given-name', 0.75, SRC);
  },
};

/** "-gw lpn", "- kb md", "--tm", "—ahn" closing a note: the writer's initials. */
const signedInitials: PatternRecognizer = {
  id: 'person-signed-initials',
  kinds: ['person-name'],
  re: /(?:^|\n|[.!?][ \t]+)[ \t]*(?:--?|—)[ \t]*(?<v>[A-Za-z]{2,3})(?:[ \t]+(?:md|rn|lpn|np|pa|do|MD|RN|LPN|NP|PA|DO))?[ \t]*$/dg,
  accept(m): Candidate | undefined {
    if (NOT_SIGNATURES.has((m.groups?.v ?? '').toLowerCase())) return undefined;
    return cand(m, 'person-name', 0.7, SRC);
  },
};

/** "MW/jlk" after a dictation's DD/DT line: the dictating and the typing person's initials. */
const dictationInitials: PatternRecognizer = {
  id: 'person-dictation-initials',
  kinds: ['person-name'],
  re: /\b[A-Z]{2,3}\/[a-z]{2,4}\b(?=[ \t]*(?:\n|$))/g,
  accept: (m) => cand(m, 'person-name', 0.7, SRC),
};

/** A message signed with a first name, or initials, alone on its last line ("Thanks so much!\nGrace"). */
const lastLineName: PatternRecognizer = {
  id: 'person-last-line',
  kinds: ['person-name', 'given-name'],
  re: /\n[ \t]*(?<v>[A-Za-z][a-z'’-]{1,20}|[A-Z]{2})[ \t]*(?:\(\d{3}[^)\n]{0,20}\))?[ \t]*$/dg,
  accept(m): Candidate | undefined {
    const v = m.groups?.v ?? '';
    if (/^[A-Z]{2}$/.test(v))
      return NOT_SIGNATURES.has(v.toLowerCase()) ? undefined : cand(m, 'person-name', 0.6, SRC);
    if (!isGiven(v)) return undefined;
    return cand(m, 'given-name', 0.65, SRC);
  },
};

/** "j. whitfield md pgy1", "r. castellano, md": a lower-case signature with its credential. */
const lowerSigned: PatternRecognizer = {
  id: 'person-lower-signed',
  kinds: ['person-name'],
  re: /\b(?<v>[a-z]\.[ \t]?[a-z][a-z'’-]{2,20}),?[ \t]+(?:md|do|rn|np|pa|lpn|pgy\d?)\b/dg,
  accept: (m) => cand(m, 'person-name', 0.7, SRC),
};

/**
 * Form labels whose value is a person: what follows the colon is a name even when the dictionaries
 * do not know it ("Guarantor: ODA VANTREE"). Weak labels ("Patient:", "Contact:") also start
 * sentences, so their value must hold a dictionary name.
 */
const STRONG_LABELS = new Set(
  `name|patient name|pt name|full name|guarantor|guarantor name|subscriber|subscriber name|insured|
  insured name|policy holder|policyholder|emergency contact|emerg contact|next of kin|nok|
  responsible party|legal guardian|guardian|health care proxy|healthcare proxy|hcp|poa|
  health care agent|surrogate|mother's name|father's name|spouse name|informant`
    .split('|')
    .map((l) => l.trim()),
);
const WEAK_LABELS = new Set(
  `patient|pt|contact|caregiver|spouse|mother|father|wife|husband|son|daughter|pcp|attending|
  referring|referring physician|referring provider|primary care|provider|physician|accompanied by|
  visitor|interpreter`
    .split('|')
    .map((l) => l.trim()),
);
/** Words that can follow a name on a form line: the next field's label, not part of the name. */
const FIELD_WORDS = new Set(
  'dob mrn ssn age sex gender ph tel phone cell home work relationship rel addr address id acct'.split(' '),
);
const NAME_TOKEN = "[A-Z][A-Za-z'’-]{1,30}";

const labelledName: PatternRecognizer = {
  id: 'person-labelled',
  kinds: ['person-name'],
  gate: (t) => t.includes(':'),
  re: new RegExp(
    `(?:^|(?<=\\n))[ \\t]*(?<label>[A-Za-z][A-Za-z' .]{1,28}?)[ \\t]*:[ \\t]*(?<v>${NAME_TOKEN}(?:(?:[ \\t]*,[ \\t]*|[ \\t]+)(?:${NAME_TOKEN}|[A-Z]\\.?(?![A-Za-z]))){1,3})`,
    'dg',
  ),
  accept(m): Candidate | undefined {
    const label = (m.groups?.label ?? '').toLowerCase().replace(/\s+/g, ' ');
    const strong = STRONG_LABELS.has(label);
    if (!strong && !WEAK_LABELS.has(label)) return undefined;
    const at = m.indices?.groups?.v?.[0];
    if (at === undefined) return undefined;
    const lists = wordLists();
    // tokens with their offsets; drop trailing ones that are the next field or everyday words
    const tokens = [...(m.groups?.v ?? '').matchAll(/[A-Za-z'’.-]+/g)];
    const plain = (w: string) => w.toLowerCase().replace(/\.$/, '');
    while (tokens.length > 0) {
      const w = plain(tokens[tokens.length - 1]?.[0] ?? '');
      if (FIELD_WORDS.has(w) || (lists.common.has(w) && !isGiven(w) && !isFamily(w))) tokens.pop();
      else break;
    }
    const words = tokens.map((t) => plain(t[0])).filter((w) => w.length > 1);
    if (words.length < 2 && !(strong && words.length === 1 && tokens.length >= 2)) return undefined;
    if (words.some((w) => lists.clinical.has(w))) return undefined;
    if (words.every((w) => lists.common.has(w) && !isGiven(w) && !isFamily(w))) return undefined;
    if (!strong && !words.some((w) => isGiven(w) || isFamily(w))) return undefined;
    const last = tokens[tokens.length - 1];
    if (!last) return undefined;
    const end = at + (last.index ?? 0) + last[0].replace(/\.$/, '').length;
    return { start: at, end, kind: 'person-name', score: 0.8, source: SRC };
  },
};

export const PEOPLE_RECOGNIZERS: readonly PatternRecognizer[] = [
  nameAgeSex,
  lowerNameAgeSex,
  nickname,
  nicknameAfter,
  selfNamed,
  signedInitials,
  dictationInitials,
  lastLineName,
  lowerSigned,
  labelledName,
];
