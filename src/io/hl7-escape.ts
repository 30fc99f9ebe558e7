/**
 * HL7 v2 encoding characters and escapes (v2.5.1 chapter 2.7): a value's own `| ^ & ~ \` become
 * `\F\ \S\ \T\ \R\ \E\`, and line breaks `\X0D\` / `\X0A\`, so no value can split a field or a segment.
 */
export const FIELD = '|';
export const COMPONENT = '^';
export const REPETITION = '~';
export const ESCAPE = '\\';
export const SUBCOMPONENT = '&';
/** MSH-2, the encoding characters this module writes and reads. */
export const ENCODING_CHARACTERS = '^~\\&';

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\E\\',
  '|': '\\F\\',
  '^': '\\S\\',
  '&': '\\T\\',
  '~': '\\R\\',
  '\r': '\\X0D\\',
  '\n': '\\X0A\\',
};

export function escapeValue(value: string): string {
  return value.replace(/[\\|^&~\r\n]/g, (c) => ESCAPES[c]!);
}

const UNESCAPES: Readonly<Record<string, string>> = { E: '\\', F: '|', S: '^', T: '&', R: '~' };

/** The inverse of escapeValue (other escape sequences, such as highlighting, are kept as written). */
export function unescapeValue(text: string): string {
  return text.replace(
    /\\(?:([EFSTR])|X([0-9A-Fa-f]{2}))\\/g,
    (all, c: string | undefined, hex: string | undefined) =>
      c ? UNESCAPES[c]! : hex ? String.fromCharCode(Number.parseInt(hex, 16)) : all,
  );
}
