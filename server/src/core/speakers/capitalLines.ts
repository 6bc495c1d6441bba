// A headline or a kicker set all in capitals ("LE MAIRE PROMET UNE « RENTRÉE APAISÉE »", "MILL SHUTS DOWN AFTER 90
// YEARS"), as wire copy and pasted pages write them: the capitals are typography, not names, acronyms or
// the start of a sentence. The engine reads such a line with each word as the rest of the text writes it.

/** A line of three words or more and no lowercase letter. */
const CAPITAL_LINE = /^[^\n]*$/gmu;

/** Lowercase letter by letter, so that no offset moves (a letter whose lowercase is longer stays as it is). */
const lower = (w: string): string => [...w].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * `text` with each line written all in capitals recased: a word the rest of the text writes in capitals too stays (an
 * acronym: "ONU", "ARS", a dateline's town); a word it writes capitalised inside a sentence is capitalised ("DURAND"
 * for "Durand"); any other word, and a single letter ("L'", "À"), is lowercase. Same length and offsets as `text`;
 * `text` itself when it has no such line.
 */
export function readCapitalLines(text: string): string {
  const lines = [...text.matchAll(CAPITAL_LINE)].filter((m) => !/\p{Ll}/u.test(m[0]) && (m[0].match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3);
  if (lines.length === 0) return text;
  const rest = lines.reduceRight((t, m) => t.slice(0, m.index) + ' '.repeat(m[0].length) + t.slice(m.index + m[0].length), text);
  const acronym = (w: string): boolean => new RegExp(`(?<![\\p{L}\\p{M}])${escape(w)}(?![\\p{L}\\p{M}])`, 'u').test(rest);
  // Inside a sentence: after a lowercase word, a comma or an apostrophe ("d'X"), not at a sentence's start.
  const name = (w: string): boolean => new RegExp(`(?:[\\p{Ll},][ \\u00a0]+|[\\p{Ll}]['’])${escape(w)}(?![\\p{L}\\p{M}])`, 'u').test(rest);
  let out = text;
  for (const m of lines) {
    const line = m[0].replace(/\p{Lu}[\p{Lu}\p{M}]*/gu, (w) => {
      if (w.length === 1) return lower(w);
      if (acronym(w)) return w;
      const capitalised = w[0] + lower(w.slice(1));
      return name(capitalised) ? capitalised : lower(w);
    });
    out = out.slice(0, m.index) + line + out.slice(m.index + line.length);
  }
  return out;
}
