// A wire dateline at a paragraph's start ("PARIS, 12 mars (AFP) - ", "LONDON, March 3 (Reuters) — ", "Montbrison
// (AFP) - "): a town, a date and an agency before the story's first sentence. Nobody in it speaks, and its town or
// agency is no subject of the sentence it runs into; the engine reads it as blank.

/**
 * At a line's start, before a capital or a quote mark: a town in capitals, maybe a date or a region, maybe an agency in
 * brackets, then a dash; a town of one word (hyphens allowed: not a person's first and last name, "X Y (PS) - "),
 * maybe a date, then an agency in brackets and a dash; or a town in capitals and a full stop, maybe a dash, as
 * regional dailies write it ("VERNIOZ. — Salle comble …", "BRIEY. Toute la semaine …").
 */
const DATELINE = /^[ \t]*(?:\p{Lu}[\p{Lu}\p{M}'’ .-]*\p{Lu}(?:,[^\n()!?«»"“”]{1,40}?)?(?:[ \t]*\([^()\n]{1,30}\))?|\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{L}\p{M}'’]*)*(?:,[^\n()!?«»"“”]{1,40}?)?[ \t]*\([^()\n]{1,30}\))[ \t]+[-–—]+[ \t]+(?=\p{Lu}|["“«])|^[ \t]*\p{Lu}[\p{Lu}\p{M}'’ -]+\p{Lu}\.[ \t]+(?:[-–—]+[ \t]+)?(?=\p{Lu}\p{Ll}|["“«])/gmu;

/**
 * A dateline alone on its line, as news sites print it above the story ("Lagos (CNN)", "San José, Costa Rica (AP)"):
 * a place of up to four capitalised words, maybe a region, and a wire's or broadcaster's acronym in brackets. Only
 * those acronyms, so that a politician's name and party on a line ("X Y (PS)") stays a name.
 */
const DATELINE_LINE = /^[ \t]*\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:,[^\n()]{1,40}?)?[ \t]*\((?:CNN|AP|AFP|BBC|UPI|DPA|EFE|ANSA|PA)\)[ \t]*$/gmu;

/** `text` with each dateline replaced by spaces (same length and offsets); `text` itself when it has none. */
export function blankDatelines(text: string): string {
  return text.replace(DATELINE, (m) => ' '.repeat(m.length)).replace(DATELINE_LINE, (m) => ' '.repeat(m.length));
}
