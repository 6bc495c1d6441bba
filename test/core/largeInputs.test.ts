// Large inputs that once took quadratic time: each test checks the results on
// a file big enough that the old cost showed (times belong in benchmarks, not here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from './helpers';

test('an entity with 20,000 aliases (some repeated) keeps each once, in order, and they are found in the text', () => {
  const aliases = Array.from({ length: 20_000 }, (_, i) => `Alias${i % 16_000} Martin`);
  const text = `@person p: Pierre Martin\n  aka: ${aliases.slice(0, 10_000).join('; ')}\n  aka: ${aliases.slice(10_000).join('; ')}\n\nAlias15999 Martin parle.\n`;
  const { model } = analyze(text);
  const entity = model.localEntities[0]!;
  assert.equal(entity.aliases.length, 16_000);
  assert.equal(entity.aliases[0], 'Alias0 Martin');
  assert.equal(entity.aliases[15_999], 'Alias15999 Martin');
  const implicit = model.mentions.filter((m) => m.form === 'implicit');
  assert.equal(implicit.length, 1);
  assert.equal(text.slice(implicit[0]!.textSpan!.start, implicit[0]!.textSpan!.end), 'Alias15999 Martin');
});
