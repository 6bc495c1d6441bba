// The shape of a speaker gold record (bench/speakers/gold/README.md), shared by
// the checks of the corpus gold, the invented articles' gold and the second real set's.
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core/index';

export interface GoldRecord {
  file: string;
  offset: number;
  end: number;
  text: string;
  kind: 'speech' | 'not-speech';
  speaker: string | null;
  aliases: string[];
  speakerType: 'person' | 'org' | 'source' | 'other' | null;
  difficulty: 'easy' | 'hard' | null;
  cue: string | null;
  note?: string;
}

export const FIELDS = ['file', 'offset', 'end', 'text', 'kind', 'speaker', 'aliases', 'speakerType', 'difficulty', 'cue'];
export const OPTIONAL_FIELDS = ['note'];
/** The closing mark of each opening mark a gold quote may start with. */
export const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

const CLOSERS = new Set(Object.values(CLOSING));

export const where = (r: GoldRecord): string => `${r.file}@${r.offset}`;
const SPEAKER_TYPES = new Set(['person', 'org', 'source', 'other']);

/**
 * A record's fields and the values they allow: speech has a difficulty and, when its speaker is known, a type;
 * not-speech has no speaker, alias, type, difficulty or cue. `unknownSpeaker`: whether a speech quote may have no
 * speaker (the text does not say whose words they are).
 */
export function assertRecordShape(r: GoldRecord, articles: ReadonlySet<string>, unknownSpeaker = false): void {
  for (const key of Object.keys(r)) assert.ok(FIELDS.includes(key) || OPTIONAL_FIELDS.includes(key), `${where(r)}: field ${key}`);
  for (const field of FIELDS) assert.ok(field in r, `${where(r)}: missing ${field}`);
  assert.ok(articles.has(r.file), `${where(r)}: no such article`);
  if (r.kind === 'speech') {
    if (!unknownSpeaker || r.speaker !== null) {
      assert.ok(typeof r.speaker === 'string' && r.speaker.length > 0, `${where(r)}: speaker`);
      assert.ok(r.speakerType !== null && SPEAKER_TYPES.has(r.speakerType), `${where(r)}: speakerType`);
    }
    assert.ok(r.difficulty === 'easy' || r.difficulty === 'hard', `${where(r)}: difficulty`);
  } else {
    assert.equal(r.kind, 'not-speech');
    assert.equal(r.speaker, null);
    assert.deepEqual(r.aliases, []);
    assert.equal(r.speakerType, null);
    assert.equal(r.difficulty, null);
    assert.equal(r.cue, null);
  }
}

/** The record's offsets, marks and text match its article exactly, and its speaker and aliases are written there. */
export function assertRecordInText(r: GoldRecord, text: string): void {
  const open = text[r.offset] ?? '';
  assert.ok(open in CLOSING, `${where(r)}: no opening mark`);
  // Real copy sometimes mixes marks (“…» or "…” in the Algerian papers of bench/speakers/francophone), and the
  // parser pairs any opening double mark with any closing one: a record ends on a closing double mark.
  assert.ok(CLOSERS.has(text[r.end - 1] ?? ''), `${where(r)}: no closing mark at end - 1`);
  assert.equal(text.slice(r.offset + 1, r.end - 1), r.text, `${where(r)}: text differs`);
  assert.ok(!/\n[ \t]*\n/.test(r.text), `${where(r)}: crosses a blank line`);
  for (const name of [r.speaker, ...r.aliases]) {
    if (name !== null) assert.ok(text.includes(name), `${where(r)}: ${JSON.stringify(name)} not in the article`);
  }
}

/** The closed top-level quotes the parser finds in an article, as `start-end`: what its gold labels, each once. */
export function closedQuoteSpans(text: string): string[] {
  return parse(text).quotes.filter((q) => q.parent === undefined && !q.unclosed).map((q) => `${q.span.start}-${q.span.end}`);
}
