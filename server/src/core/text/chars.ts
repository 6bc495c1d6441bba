// Character classes used by the scanner. ASCII is decided by comparisons;
// other BMP characters are classified once with Unicode property regexes and
// the answer cached in a table, because French copy is full of accented
// letters and a regex test per character dominated parse time.

const LETTER_RE = /\p{L}|\p{M}/u;
const DIGIT_RE = /\p{Nd}/u;
const PUNCT_RE = /[\p{P}\p{S}]/u;
const SPACE_RE = /\s/u;

const KNOWN = 1;
const SPACE = 2;
const LETTER = 4;
const DIGIT = 8;
const PUNCT = 16;
const classes = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN;
    if (c === 0xa0 || c === 0x202f || SPACE_RE.test(ch)) k |= SPACE;
    // Surrogate halves count as letters: astral letters are rare and never punctuation we care about.
    if ((c >= 0xd800 && c <= 0xdfff) || LETTER_RE.test(ch)) k |= LETTER;
    if (DIGIT_RE.test(ch)) k |= DIGIT;
    if (!(c >= 0xd800 && c <= 0xdfff) && PUNCT_RE.test(ch)) k |= PUNCT;
    classes[c] = k;
  }
  return k;
}

export function isWhitespace(c: number): boolean {
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11) return true;
  if (c < 128) return false;
  // U+00A0 and U+202F (the no-break spaces French puts inside «»), and the rest of Zs.
  return c < 0x10000 && (classOf(c) & SPACE) !== 0;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return isAsciiLetter(c) || isDigit(c);
  return c < 0x10000 && (classOf(c) & (LETTER | DIGIT)) !== 0;
}

export function isPunctuation(c: number): boolean {
  if (c < 128) {
    return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
  }
  return c < 0x10000 && (classOf(c) & PUNCT) !== 0;
}

const ASTRAL_WORD_RE = /^[\p{L}\p{M}\p{N}]/u;

/**
 * Whether the astral character (a surrogate pair) starting at `i` is punctuation or a symbol, an emoji say, and
 * not a letter or digit. The code-unit classes above count surrogate halves as letters; a quote mark's neighbour
 * asks this instead, since writers put emoji right after quotes ("Bravo"🎉).
 */
export function isAstralSymbolAt(text: string, i: number): boolean {
  const c = text.codePointAt(i);
  return c !== undefined && c > 0xffff && !ASTRAL_WORD_RE.test(String.fromCodePoint(c));
}

/** Whether the astral character that ends right before `end` is punctuation or a symbol (see isAstralSymbolAt). */
export function isAstralSymbolBefore(text: string, end: number): boolean {
  const low = text.charCodeAt(end - 1);
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff && isAstralSymbolAt(text, end - 2);
}

export function isUppercase(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Letters, digits, `_`, `.` and `-`: the run taken after a bare `@`. */
export function isHandleChar(c: number): boolean {
  return isLetterOrDigit(c) || c === 95 || c === 46 || c === 45;
}

const ID_RE = /^\p{Ll}[\p{Ll}\p{Lo}\p{M}\d]*(?:-[\p{Ll}\p{Lo}\p{M}\d]+)*$/u;

/** Lowercase, without accents: for keys and loose comparisons (workspace symbol queries, the speaker engine's names). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const ENTITY_KINDS = ['person', 'org', 'place', 'source', 'work', 'event', 'other'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function isEntityKind(word: string): word is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(word);
}

/** Why `id` is not a valid ID, for the findings that report one; with the valid ID the writer may have meant. */
export function invalidIdMessage(id: string, suggestion?: string): string {
  // A letter and its accent typed as two characters (decomposed Unicode, as some keyboards and copies from PDF give)
  // looks exactly like the composed letter: say so, or the message would show the same word twice.
  const composed = id.normalize('NFC');
  if (composed !== id && isValidId(composed)) {
    return `"${id}" has an accent written as a separate character (decomposed Unicode): IDs use composed letters. Retype it, or accept the fix that composes it.`;
  }
  const why = `"${id}" is not a valid ID: use lowercase letters, digits and single hyphens, starting with a letter${isEntityKind(id) ? ', and not a kind word' : ''}.`;
  return suggestion === undefined ? why : `${why} Did you mean "${suggestion}"?`;
}

/** A valid entity ID: lowercase letters (NFC), digits and single hyphens, starting with a letter; not a kind word. */
export function isValidId(id: string): boolean {
  const ascii = asciiIdShape(id);
  if (ascii !== undefined) return ascii && !isEntityKind(id);
  let valid = validIds.get(id);
  if (valid === undefined) {
    valid = ID_RE.test(id) && id === id.normalize('NFC') && !isEntityKind(id);
    // A document repeats the same few hundred IDs: remember answers, within a bound.
    if (validIds.size >= 10_000) validIds.clear();
    validIds.set(id, valid);
  }
  return valid;
}

const validIds = new Map<string, boolean>();

/**
 * Whether an ASCII-only word has the shape of an ID (`[a-z][a-z0-9]*` in
 * hyphen-separated parts, what ID_RE accepts in ASCII, which is its own NFC),
 * or undefined when the word has other characters: most IDs are ASCII, and a
 * loop over their codes costs less than hashing them for the map of answers.
 */
function asciiIdShape(id: string): boolean | undefined {
  const first = id.charCodeAt(0);
  if (!(first >= 97 && first <= 122)) return first < 128 || Number.isNaN(first) ? false : undefined;
  let shape = true;
  let hyphen = false;
  for (let i = 1; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c === 45) {
      if (hyphen) shape = false;
      hyphen = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      hyphen = false;
    } else {
      shape = false;
    }
  }
  return shape && !hyphen;
}
