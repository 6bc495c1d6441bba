// A headline or a kicker set all in capitals ("LE MAIRE PROMET UNE « RENTRÉE APAISÉE »", "MILL SHUTS DOWN AFTER 90
// YEARS"), as wire copy and pasted pages write them: the capitals are typography, not names, acronyms or
// the start of a sentence. The engine reads such a line with each word as the rest of the text writes it.

/** Each line of a text. */
const LINE = /^[^\n]*$/gmu;

/** A line set in capitals: no lowercase letter, and three words of two capitals or more. */
const isCapitalLine = (line: string): boolean => !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;

/**
 * Lowercase letter by letter, so that no offset moves (a letter whose lowercase is longer stays as it is): not
 * words.ts's `lower`, which may change the length.
 */
const lowerSameLength = (w: string): string => [...w].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
/**
 * `text` with each line written all in capitals recased: a word the rest of the text writes in capitals too stays (an
 * acronym: "ONU", "ARS", a dateline's town); a word it writes capitalised inside a sentence is capitalised ("DURAND"
 * for "Durand"); any other word, and a single letter ("L'", "À"), is lowercase. Same length and offsets as `text`;
 * `text` itself when it has no such line. Linear: the rest of the text is read once into two sets of words (a word
 * looked up in the whole text, per word of each line, took 40 s on 200 KB of capitals).
 */
export function readCapitalLines(text: string): string {
  const lines = [...text.matchAll(LINE)].filter((m) => isCapitalLine(m[0]));
  if (lines.length === 0) return text;
  // The text without those lines, each blanked; then its words, and those written inside a sentence: after a lowercase
  // word, a comma or an apostrophe ("d'X"), not at a sentence's start.
  const parts: string[] = [];
  let from = 0;
  for (const m of lines) {
    parts.push(text.slice(from, m.index), ' '.repeat(m[0].length));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  const rest = parts.join('');
  const words = new Set<string>();
  const inSentence = new Set<string>();
  for (const { 0: word, index } of rest.matchAll(/[\p{L}\p{M}]+/gu)) {
    words.add(word);
    // Back over the spaces before it (each run read once, by the word after it), not with a lookbehind: one over
    // `[ ]+` read every run of spaces again from each of its positions.
    let i = index;
    while (i > 0 && (rest[i - 1] === ' ' || rest[i - 1] === '\u00a0')) i--;
    const before = rest[i - 1] ?? '';
    const spaced = i < index && (before === ',' || /\p{Ll}/u.test(before));
    const elided = i === index && (before === "'" || before === '’') && /\p{Ll}/u.test(rest[i - 2] ?? '');
    if (spaced || elided) inSentence.add(word);
  }
  const out: string[] = [];
  from = 0;
  for (const m of lines) {
    const line = m[0].replace(/\p{Lu}[\p{Lu}\p{M}]*/gu, (w) => {
      if (w.length === 1) return lowerSameLength(w);
      if (words.has(w)) return w;
      const capitalised = w[0] + lowerSameLength(w.slice(1));
      return inSentence.has(capitalised) ? capitalised : lowerSameLength(w);
    });
    out.push(text.slice(from, m.index), line);
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.join('');
}
