// Sentence boundaries for the speaker engine. Quote interiors are masked so
// that their punctuation does not end the sentence that holds them.
import { ORG_HEADS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import type { QuoteSpan } from './types';

// Wire datelines and dates abbreviate months ("on Sept. 21", "Jan. 22"): no sentence ends there.
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|M|Mme|Mlle|Dr|Pr|Mr|Mrs|Ms|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Inc|Ltd|Corp|Co|vs|etc|p|n°|No|Jan|Feb|Febr|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

/** A dotted acronym ("U.S.", "U.N.") ends the text before its full stop. */
const DOTTED_ACRONYM = /(?:^|[\s(])(?:\p{Lu}\.){1,3}\p{Lu}$/u;
/**
 * A dotted acronym qualifying a title, a body or a name (the U.S. attorney, the U.N. envoy, the U.S. department of …,
 * written capitalised): the capitalised word after it is a title, role or body's head, or a second capitalised word
 * follows. "… in the U.S. The company said" still ends its sentence.
 */
function acronymGoesOn(after: string): boolean {
  const m = /^[\s\u00a0]+(\p{Lu}[\p{Ll}-]+)(?:[\s\u00a0]+(\S+))?/u.exec(after);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  return PERSON_TITLES.has(word) || ROLE_NOUNS.has(word) || ORG_HEADS.has(word) || (!!m[2] && /^\p{Lu}\p{Ll}/u.test(m[2]) && !/^(?:the|a|an|le|la|les|un|une|it|he|she|they|we|il|elle|ils|elles|on|this|that|but|and|et|mais)$/u.test(word));
}

/** Start offsets of the sentences of `text` (sorted; the first is 0). */
export function sentenceStarts(text: string, quotes: readonly QuoteSpan[]): number[] {
  // Built from slices (not one array entry per character): quote interiors become 'x', newlines stay.
  const parts: string[] = [];
  let at = 0;
  for (const q of [...quotes].sort((a, b) => a.open - b.open)) {
    const from = Math.max(at, q.open + 1);
    // A full stop ending the quote ("… benefit." The …) still ends the sentence; "!" and "?" may be followed by "X said".
    // French puts a space before the closing mark ("impôts. »"): look past it for the full stop.
    let last = q.end - 2;
    while (last > from && /[\s\u00a0\u202f]/u.test(text[last]!)) last--;
    const to = text[last] === '.' ? last : q.end - 1;
    if (to <= from) continue;
    parts.push(text.slice(at, from), text.slice(from, to).replace(/[^\n]/gu, 'x'));
    at = to;
  }
  parts.push(text.slice(at));
  const m = parts.join('');
  const starts = [0];
  // Also a full stop glued to the next sentence right after a closing mark ("… mal formé ».Pour le collectif, …", also
  // after a straight mark, which cannot open a quote before a full stop), a
  // typing slip of real copy; not after a letter, where it is an abbreviation or a domain name ("U.S.A", "site.Com").
  // Line breaks end a sentence, blank lines holding spaces included (one break, not a sentence of spaces); the next
  // sentence starts after the line's indent (wire copy indents its paragraphs).
  // A semicolon outside quotes ends a clause that is read as a sentence of its own ("X a écrit aux élus ; elle y assure
  // que « … »": "elle" opens its clause as it would open a sentence); coreference.ts counts such clauses as one sentence
  // when it looks back over the sentences before.
  const re = /[.!?…]+(?:[\s\u00a0\u202f]?["”»’)])?\s+(?=["“«(\p{Lu}\d-])|(?<=[»”"])\.(?=\p{Lu}\p{Ll})|\n(?:[ \t\u00a0]*\n)*[ \t\u00a0]*|[\s\u00a0\u202f]?;[\s\u00a0\u202f]+(?=\p{L})/gu;
  for (let x = re.exec(m); x; x = re.exec(m)) {
    if (x[0][0] === '.' && ABBREVIATION.test(m.slice(Math.max(0, x.index - 6), x.index))) continue;
    if (x[0] === '. ' && DOTTED_ACRONYM.test(m.slice(Math.max(0, x.index - 8), x.index)) && acronymGoesOn(m.slice(x.index + 1, x.index + 60))) continue;
    starts.push(x.index + x[0].length);
  }
  return capped(starts, m);
}

/**
 * A sentence of news copy runs to a few hundred characters. Without any
 * sentence punctuation (a pasted transcript, a list of words), the whole text
 * would be one sentence, and the cues that read a quote's sentence would read
 * all of it for every quote: seconds for a few hundred KB. So a longer run is
 * cut every MAX_SENTENCE characters, at a space outside quotes (masked in `m`).
 */
const MAX_SENTENCE = 2000;

function capped(starts: number[], m: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1]! : m.length;
    let from = starts[i]!;
    out.push(from);
    while (end - from > MAX_SENTENCE) {
      const space = m.slice(from + MAX_SENTENCE, end).search(/\s/u);
      if (space < 0) break;
      from += MAX_SENTENCE + space + 1;
      if (from < end) out.push(from);
    }
  }
  return out;
}

/** The sentence [start, end) holding offset `at`. */
export function sentenceAt(starts: readonly number[], at: number, length: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return [starts[lo]!, lo + 1 < starts.length ? starts[lo + 1]! : length];
}
