// Words of a text as the name finders read them: tokens (elisions and possessives split off), the shapes they
// test (capitalised, acronym), folding for keys and IDs, and the particles names hold.

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const WORD = /[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*/gu;
const ELISION = /^(?:l|d|qu|n|s|j|c|L|D|Qu|N|S|J|C)['’]/u;

/** The words that start in [from, to): an elided article or pronoun (l', d', qu' …) is a word of its own; an English possessive loses its "'s". */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let start = m.index;
    let word = m[0];
    const elided = ELISION.exec(word);
    if (elided && word.length > elided[0].length) {
      tokens.push({ start, end: start + elided[0].length - 1, text: word.slice(0, elided[0].length - 1) });
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // English possessive: "Smith's" names Smith.
    const possessive = /['’]s$/u.exec(word);
    if (possessive) word = word.slice(0, -2);
    tokens.push({ start, end: start + word.length, text: word });
  }
  return tokens;
}

/** Particles inside names ("de la X", "van den X", "bin X"): lowercase words a name sequence goes on across. */
export const CONNECTORS = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'bin', 'ben', 'al', 'el', 'of', 'y', 'dos', 'das', 'los', 'las', 'della', 'degli', 'ter', 'ten', 'ibn', 'bint', 'zu']);

export const isCap = (word: string): boolean => /^\p{Lu}/u.test(word);
export const isAcronym = (word: string): boolean => /^\p{Lu}{2,6}$/u.test(word);
export const lower = (s: string): string => s.toLowerCase();

// Lowercase without accents, for keys and comparisons: a text helper the server uses too (text/chars.ts).
export { fold } from '../text/chars';

/** Latin letters that do not decompose into a letter and an accent, as a writer would type them in an ID. */
const PLAIN_LATIN: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ı: 'i' };

/**
 * A valid ID made from a name: lowercase, hyphenated, starting with a letter.
 * Latin, Greek and Cyrillic letters lose their accents (IDs are typed);
 * other scripts keep their letters and marks, as IDs allow (`путин`, not a
 * made-up `x-entity` for every name in Cyrillic).
 */
export function slug(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øłđħßæœþðı]/gu, (c) => PLAIN_LATIN[c]!)
    .normalize('NFC')
    .replace(/[^\p{Ll}\p{Lo}\p{M}\d]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return /^\p{Ll}/u.test(s) ? s : `x-${s || 'entity'}`;
}
