// Sentence boundaries on text without sentence punctuation: cut into pieces
// of at most ~2,000 characters at spaces outside quotes, so that the cues,
// which read a quote's sentence, stay linear in the text's length.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceStarts } from '../../server/src/core/speakers/sentences';

describe('sentence starts', () => {
  it('cut a run of words with no sentence punctuation every ~2,000 characters, at a space', () => {
    const words = Array.from({ length: 3000 }, (_, i) => ['le', 'ministre', 'Dupont', 'a', 'dit', 'que', 'la'][i % 7]).join(' ');
    const starts = sentenceStarts(words, []);
    assert.ok(starts.length >= Math.floor(words.length / 2100), `${starts.length} sentences in ${words.length} characters`);
    for (let i = 0; i < starts.length; i++) {
      const end = starts[i + 1] ?? words.length;
      assert.ok(end - starts[i]! <= 2000 + 10, `sentence ${i} runs ${end - starts[i]!} characters`);
      if (i > 0) assert.equal(words[starts[i]! - 1], ' ', 'cut after a space');
    }
  });

  it('never cut inside a quote, and leave ordinary sentences alone', () => {
    const quote = `« ${'mot '.repeat(1500)}»`;
    const text = `Il a dit ${quote} hier. Elle a répondu.`;
    const open = text.indexOf('«');
    const starts = sentenceStarts(text, [{ open, end: open + quote.length }]);
    assert.ok(starts.every((s) => s <= open || s >= open + quote.length), `no start inside the quote: ${starts.join(', ')}`);
    assert.deepEqual(sentenceStarts('Une phrase. Une autre phrase.', []), [0, 12]);
  });
});
