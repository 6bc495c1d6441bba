import type { Span } from './lineIndex';
import { isHandleChar, isLetterOrDigit } from './chars';

const NONE: readonly Span[] = [];

/**
 * E-mail addresses (`paul@example.com`) and social handles (`@Paul_Smith`)
 * in a stretch of running text, in order. The parser leaves both as plain
 * text (an `@` after a letter or digit, or one followed by something that is
 * not an ID, is not a mention); this finds them by the same rules so that the
 * names inside them are not read as words. Only call it on text the parser
 * left plain: an `@` there is never a mention.
 */
export function addressesIn(text: string, start: number, end: number): readonly Span[] {
  let at = nextAt(text, start, end);
  // Most stretches of prose have no `@`: one shared empty answer, no list made.
  if (at < 0) return NONE;
  const found: Span[] = [];
  while (at >= 0) {
    let from = at;
    // An e-mail address: its local part runs back from the `@` (the parser's test is the character before it).
    if (at > start && isLetterOrDigit(text.charCodeAt(at - 1))) {
      while (from > start && isLocalPartChar(text.charCodeAt(from - 1))) from--;
    }
    let to = at + 1;
    while (to < end && isHandleChar(text.charCodeAt(to))) to++;
    // Sentence punctuation after an address or a handle is not part of it.
    while (to > at + 1 && (text.charCodeAt(to - 1) === 46 || text.charCodeAt(to - 1) === 45)) to--;
    if (to > at + 1 || from < at) {
      // Consecutive addresses never overlap: the next `@` is searched after this one's end.
      found.push({ start: from, end: to });
    }
    at = nextAt(text, Math.max(to, at + 1), end);
  }
  return found;
}

/**
 * The first `@` in `from`–`end`, or -1. Not `indexOf`: it would search on to
 * the end of the text, and a long article with no `@` after the stretch would
 * be searched to its end once per stretch.
 */
function nextAt(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === 64) return i;
  return -1;
}

/** Letters, digits and the punctuation common in the local part of an address (`jean.dupont+presse`). */
function isLocalPartChar(c: number): boolean {
  return isHandleChar(c) || c === 43 /* + */ || c === 37 /* % */;
}
