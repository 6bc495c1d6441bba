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

test('100,000 unclosed [ and 20,000 nested [[…]] in one paragraph are plain text; a bracket mention after them is read', () => {
  const unclosed = Array.from({ length: 100_000 }, (_, i) => `[a${i}`).join(' ');
  const nested = `${'['.repeat(20_000)}x${']'.repeat(20_000)}`;
  const text = `@person p: Pierre Martin\n\n${unclosed} ${nested} [Pierre](@p) et [Paul [Martin]](@p).\n`;
  const { model, diagnostics } = analyze(text);
  assert.deepEqual(
    model.explicitMentions.map((m) => text.slice(m.textSpan!.start, m.textSpan!.end)),
    ['Pierre', 'Paul [Martin]'],
  );
  assert.deepEqual(diagnostics.map((d) => d.code), []);
});

test('bracket texts nested 10,000 deep: the first 64 levels are read, the rest is plain text (no stack overflow)', () => {
  const depth = 10_000;
  const text = `@person p: Pierre Martin\n\n${'[a "b"@p '.repeat(depth)}x${'](@p)'.repeat(depth)}\n`;
  const { model } = analyze(text);
  const brackets = model.explicitMentions.filter((m) => m.form === 'bracket');
  assert.equal(brackets.length, 65);
  // In order of their IDs: the deepest bracket read (the 65th level, whose own text is not read) first, the outermost last.
  const first = text.indexOf('[');
  assert.equal(brackets[0]!.textSpan!.start, first + 64 * '[a "b"@p '.length + 1);
  assert.equal(brackets[64]!.textSpan!.start, first + 1);
  assert.equal(model.quotes.length, 64);
  assert.ok(model.quotes.every((q) => q.attribution !== undefined));
});

test("British style, one paragraph of 30,000 '80s and ’24: each is an apostrophe; a quote after them is still read", () => {
  const text = `---\nquotes: single\n---\n${"The '80s and the class of ’24, ".repeat(15_000)}'Like the '90s,' he said.\n`;
  const { model, diagnostics } = analyze(text);
  assert.deepEqual(model.quotes.map((q) => text.slice(q.node.span.start, q.node.span.end)), ["'Like the '90s,'"]);
  assert.deepEqual(diagnostics.map((d) => d.code).filter((code) => code !== 'unattributed-quote'), []);
});
