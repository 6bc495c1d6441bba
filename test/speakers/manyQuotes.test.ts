// The speaker engine over documents with tens of thousands of quotes (the
// review view's `articlemark/quotes` and *Attribute all* read every quote of a
// document): each quote's lookups go by binary search or by index, never by a
// walk of every quote, which made 50,000 quotes take half a minute. Work is
// counted as reads of the quote lists, never timed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { attributeQuotes } from '../../server/src/core/speakers/attribute';
import { attributionAt, blankMarkup, clearSpeaker, speakerCandidates } from '../../server/src/core/speakers/candidates';
import { sentenceStarts } from '../../server/src/core/speakers/sentences';
import type { QuoteAttribution, QuoteSpan } from '../../server/src/core/speakers/types';
import { analyze } from '../core/helpers';

/** `items` behind a proxy that counts reads of its elements. */
function counted<T>(items: readonly T[]): { list: readonly T[]; reads: () => number } {
  let reads = 0;
  const list = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads: () => reads };
}

const QUOTES = 3_000;

test(`attributing ${QUOTES} quotes reads the quote list a bounded number of times per quote`, () => {
  // Sentences with a quote and a pronoun after it, others with none (the sentence before a quote is searched for quotes).
  const sentence = (i: number): string => (i % 2 === 0 ? `Le rapport numéro ${i} est paru. ` : `« Phrase ${i} », a-t-il dit. `);
  const text = Array.from({ length: 2 * QUOTES }, (_, i) => sentence(i)).join('');
  const spans: QuoteSpan[] = [];
  for (let at = text.indexOf('«'); at >= 0; at = text.indexOf('«', at + 1)) spans.push({ open: at, end: text.indexOf('»', at) + 1 });
  assert.equal(spans.length, QUOTES);
  const quotes = counted(spans);
  const starts = sentenceStarts(text, spans);
  const before = quotes.reads();
  const results = attributeQuotes({ text, quotes: quotes.list, entities: [], mentions: [], sentenceStarts: starts, lang: 'fr' });
  assert.equal(results.length, QUOTES);
  // A walk of every quote for each one would be QUOTES² = 9,000,000 reads.
  const perQuote = (quotes.reads() - before) / QUOTES;
  assert.ok(perQuote < 100, `${perQuote.toFixed(0)} reads per quote`);
});

test('the reading of a quote is found by index, the first one listed at its opening', () => {
  const listed: QuoteAttribution[] = Array.from({ length: QUOTES }, (_, i) => ({ quote: { open: 10 * i, end: 10 * i + 5 }, candidates: [], confident: i % 2 === 0, notSpeech: false }));
  listed.push({ quote: { open: 0, end: 9 }, candidates: [], confident: false, notSpeech: true });
  const quotes = counted(listed);
  const analysis = { entities: [], mentions: [], quotes: quotes.list };
  for (let i = 0; i < QUOTES; i++) assert.equal(attributionAt(analysis, 10 * i)?.confident, i % 2 === 0);
  assert.equal(attributionAt(analysis, 0)?.notSpeech, false);
  assert.equal(attributionAt(analysis, 5), undefined);
  assert.ok(quotes.reads() <= 2 * listed.length, `${quotes.reads()} reads`);
});

test('every quote of a document of many unattributed quotes gets its candidates and its clear speaker', () => {
  const count = 2_000;
  const text = `@person bob: Bob Martin\n\n${Array.from({ length: count }, (_, i) => `Bob Martin a déclaré : "Phrase ${i}."`).join('\n\n')}\n`;
  const { model } = analyze(text);
  assert.equal(model.quotes.length, count);
  for (let i = 0; i < count; i += 97) {
    assert.deepEqual(speakerCandidates(model, i).map((c) => c.id), ['bob']);
    assert.equal(clearSpeaker(model, i)?.id, 'bob');
  }
});

/** What blankMarkup does, as patterns (quadratic on a long line without `)` or `]`: each looked to its end from every candidate). */
function blankMarkupByPatterns(text: string): string {
  return text
    .replace(/\r(?!\n)/gu, '\n')
    .replace(/\[(?=[^\]\n]*\]\s*\(\s*(?:@|#))/gu, ' ')
    .replace(/\]\((?:@|#)[^)\n]*\)/gu, (m) => ' '.repeat(m.length))
    .replace(/(?<=["”»])@[\p{L}\d+-]+/gu, (m) => ' '.repeat(m.length));
}

test('blanking the markup in one pass gives what the patterns give', () => {
  const pieces = ['[', ']', '(', ')', '@', '#', '\n', '\r', '\r\n', ' ', '"', '»', 'a', '-', '](@', '](#', '[a](@b)', '"x"@y', '[N](#~3 @a)', ']\n(@'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.equal(blankMarkup(text), blankMarkupByPatterns(text));
    }),
    { numRuns: Number(process.env['ARTICLEMARK_PROPERTY_RUNS'] ?? 1000) * 5 },
  );
  const line = '[Bob Martin](@bob) a dit "oui"@bob. '.repeat(3);
  assert.equal(blankMarkup(line), blankMarkupByPatterns(line));
  // A mention's opening bracket too: the engine reads "a dit M. X", not "a dit [M. X".
  assert.equal(blankMarkup('a dit [M. X](@x) : "oui"@x.'), 'a dit  M. X      : "oui"  .');
});
