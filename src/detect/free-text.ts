/**
 * Is a field free text (notes, comments, narrative)? Free-text fields are not replaced whole;
 * they are scanned span by span. Decided by the field name or by the values' length and wording.
 */
const TEXT_WORDS = new Set([
  'note',
  'notes',
  'comment',
  'comments',
  'narrative',
  'remark',
  'remarks',
  'text',
  'description',
  'desc',
  'summary',
  'history',
  'hpi',
  'assessment',
  'plan',
  'impression',
  'findings',
  'reason',
  'message',
  'body',
  'instructions',
  'memo',
  'div',
  'report',
  'freetext',
  'observation',
  'complaint',
]);

/** Words of a field name: `clinicalNotes` → clinical, notes; `chief_complaint` → chief, complaint. */
export function nameWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

export function freeTextByName(key: string): boolean {
  return nameWords(key).some((w) => TEXT_WORDS.has(w));
}

/** Long, multi-word values: mean length ≥ 40 and most values hold five words or more. */
export function freeTextByValues(values: readonly string[]): boolean {
  if (values.length === 0) return false;
  let chars = 0;
  let wordy = 0;
  for (const v of values) {
    chars += v.length;
    if (v.trim().split(/\s+/).length >= 5) wordy++;
  }
  return chars / values.length >= 40 && wordy / values.length >= 0.5;
}

/**
 * Short remarks ("LM for dtr Mary", "Spoke w/ wife Hope"): most values two words or more, with
 * letters. A field no name or pattern explains but holding such values is scanned as free text,
 * so names and numbers inside short comments are not passed through whole.
 */
export function shortTextByValues(values: readonly string[]): boolean {
  const texts = values.filter((v) => v.trim() !== '');
  if (texts.length < 3) return false;
  let chars = 0;
  let wordy = 0;
  for (const v of texts) {
    chars += v.length;
    if (/[A-Za-z]{2}/.test(v) && v.trim().split(/\s+/).length >= 2) wordy++;
  }
  return chars / texts.length >= 8 && wordy / texts.length >= 0.5;
}
