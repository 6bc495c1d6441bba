// Where the text names the caller's known entities (an article's definitions): their marked spans, and their
// names and aliases as whole words.
import type { Detected } from './nameDetection';
import type { KnownEntity, SpeakerKind } from './types';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A known entity's kind as the engine reads it. */
export function knownKind(kind: string): SpeakerKind {
  return kind === 'person' || kind === 'org' || kind === 'source' ? kind : 'other';
}

/** Occurrences of the known entities' names and aliases, whole words, first letter in either case. */
export function detectKnown(text: string, known: readonly KnownEntity[], blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  known.forEach((entity, index) => {
    for (const span of entity.spans ?? []) {
      found.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: knownKind(entity.kind), key: `#${index}`, roles: [], knownIndex: index });
    }
    for (const form of [entity.name, ...entity.aliases]) {
      if (form.length < 2) continue;
      const body = escapeRegExp(form.slice(1));
      const first = escapeRegExp(form[0]!);
      const re = new RegExp(`(?<![\\p{L}\\p{M}\\d])(?:${first.toLowerCase()}|${first.toUpperCase()})${body}(?![\\p{L}\\p{M}\\d])`, 'gu');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (blocked(m.index)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: knownKind(entity.kind), key: `#${index}`, roles: [], knownIndex: index });
      }
    }
  });
  return found;
}
