import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressesIn } from '../../server/src/core/text/addresses';

const found = (text: string): string[] => addressesIn(text, 0, text.length).map((s) => text.slice(s.start, s.end));

test('addresses: e-mail addresses and handles, without the sentence punctuation after them', () => {
  assert.deepEqual(found('Write to paul@example.com.'), ['paul@example.com']);
  assert.deepEqual(found('jean.dupont+presse@afp.fr, or @Paul_Smith; @paul.bsky.social-'), ['jean.dupont+presse@afp.fr', '@Paul_Smith', '@paul.bsky.social']);
  assert.deepEqual(found('Écrivez à élise@exemple.fr (@Élise)'), ['élise@exemple.fr', '@Élise']);
});

test('addresses: a lone @ is nothing; an address ends where the stretch ends', () => {
  assert.deepEqual(found('at 5 @ 6 € and @ the end @'), []);
  const text = 'xx paul@example.com yy';
  // The stretch starts inside the local part and ends inside the domain: neither side reaches past it.
  const spans = addressesIn(text, 5, 12).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['ul@exam']);
});
