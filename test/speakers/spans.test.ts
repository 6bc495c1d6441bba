// Position lookups of the speaker engine (quote mask, mentions by range, paragraph numbers) and the sentence splitter that masks quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstFrom, paragraphCounter, quoteMask, startingIn } from '../../server/src/core/speakers/spans';
import { sentenceStarts } from '../../server/src/core/speakers/sentences';

test('quote mask: marks 1, interiors 2, outside 0', () => {
  const text = 'Il a dit « Oui. Non » hier.';
  const open = text.indexOf('«');
  const end = text.indexOf('»') + 1;
  const mask = quoteMask(text.length, [{ open, end }]);
  assert.equal(mask[open], 1);
  assert.equal(mask[end - 1], 1);
  assert.equal(mask[open + 2], 2);
  assert.equal(mask[0], 0);
  assert.equal(mask[end], 0);
});

test('mentions by range and first index by binary search', () => {
  const items = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  assert.equal(firstFrom(items, 5), 1);
  assert.equal(firstFrom(items, 10), 4);
  assert.deepEqual(startingIn(items, 3, 9).map((x) => x.start), [5, 5]);
});

test('paragraph counter counts newline runs before an offset', () => {
  const text = 'a\n\nb\nc';
  const count = paragraphCounter(text);
  assert.equal(count(0), 0);
  assert.equal(count(text.indexOf('b')), 1);
  assert.equal(count(text.indexOf('c')), 2);
});

test('sentence starts ignore punctuation inside quotes', () => {
  const text = 'Elle a dit « Non. Jamais. » hier. Puis elle est partie.';
  const q = { open: text.indexOf('«'), end: text.indexOf('»') + 1 };
  assert.deepEqual(sentenceStarts(text, [q]), [0, text.indexOf('Puis')]);
});
