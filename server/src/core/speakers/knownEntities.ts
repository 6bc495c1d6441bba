// Where the text names the caller's known entities (an article's definitions): their marked spans, and their
// names and aliases as whole words.
import type { Detected } from './nameDetection';
import { descriptionOnly } from './orgDescriptions';
import type { KnownEntity, SpeakerKind } from './types';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A known entity's kind as the engine reads it. */
export function knownKind(kind: string): SpeakerKind {
  return kind === 'person' || kind === 'org' || kind === 'source' ? kind : 'other';
}

/** Occurrences of the known entities' names and aliases, whole words, first letter in either case. */
export function detectKnown(text: string, known: readonly KnownEntity[], blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  // Where each marked mention starts, and whose it is.
  const markedAt = new Map<number, number>();
  known.forEach((entity, index) => {
    for (const span of entity.spans ?? []) markedAt.set(span.start, index);
  });
  // Words right before another entity's marked mention are its title, as the engine reads a title before a name it
  // detects: "Ministre délégué [X](@x)" mentions X, not a known "Ministre délégué".
  const titleOfMarked = (end: number, index: number): boolean => {
    const space = /^[ \u00a0]+/u.exec(text.slice(end, end + 4))?.[0].length ?? 0;
    const next = space > 0 ? markedAt.get(end + space) : undefined;
    return next !== undefined && next !== index;
  };
  known.forEach((entity, index) => {
    for (const span of entity.spans ?? []) {
      found.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: knownKind(entity.kind), key: `#${index}`, roles: [], knownIndex: index });
    }
    for (const form of [entity.name, ...entity.aliases]) {
      if (form.length < 2) continue;
      // A name that is only a description ("l'association") before a capitalised name ("L'association X") is that
      // name's title, as the text's own descriptions are (orgDescriptions): X is mentioned, not the known description.
      const title = descriptionOnly(form);
      const body = escapeRegExp(form.slice(1));
      const first = escapeRegExp(form[0]!);
      const re = new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${first.toLowerCase()}|${first.toUpperCase()})${body}(?![\\p{L}\\p{M}\\d])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const end = m.index + m[0].length;
        if (blocked(m.index) || (title && /^ \p{Lu}/u.test(text.slice(end, end + 2))) || titleOfMarked(end, index)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: knownKind(entity.kind), key: `#${index}`, roles: [], knownIndex: index });
      }
    }
  });
  return found;
}
