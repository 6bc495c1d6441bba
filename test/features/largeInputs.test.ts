// Feature answers on large inputs that once took quadratic time or overflowed
// the stack: each test checks the answer (times belong in benchmarks).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActions } from '../../server/src/features/codeActions';
import { analyze } from '../core/helpers';

const wholeDocument = (text: string) => {
  const lines = text.split('\n');
  return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } };
};

test('quick fixes over a whole document: 150,000 implicit mentions each offer "Mark as a mention"', async () => {
  const text = `@person p: Pierre Martin\n  aka: Martin\n\n${'Martin '.repeat(150_000)}\n`;
  const analysis = analyze(text);
  const actions = await codeActions({ uri: 'file:///p/a.article', model: analysis.model, diagnostics: analysis.diagnostics, range: wholeDocument(text), only: ['quickfix'], registries: () => [] });
  assert.equal(actions.length, 150_000);
  assert.ok(actions.every((a) => a.title === 'Mark "Martin" as a mention of @p'));
});

test('quick fixes over one line of 3,000 unknown IDs: "Define @id as …" for each kind, named from its first bracket mention', async () => {
  const ids = Array.from({ length: 3_000 }, (_, i) => (i % 2 === 0 ? `@inconnu-${i} [Nom ${i}](@inconnu-${i})` : `@inconnu-${i}`));
  const text = `@person p: Pierre Martin\n\n${ids.join(' ')} @p.\n`;
  const analysis = analyze(text);
  let registryReads = 0;
  const registries = () => {
    registryReads++;
    return [{ uri: 'file:///p/registry.article', name: 'registry.article', endPosition: { line: 0, character: 0 }, endsWithNewline: true, lineBreak: '\n', empty: false }];
  };
  const actions = await codeActions({ uri: 'file:///p/a.article', model: analysis.model, diagnostics: analysis.diagnostics, range: wholeDocument(text), only: ['quickfix'], registries });
  const here = actions.filter((a) => a.title.endsWith(' as a person in this document'));
  assert.equal(new Set(here.map((a) => a.title)).size, 3_000);
  const edit = (i: number): string => here.find((a) => a.title === `Define @inconnu-${i} as a person in this document`)!.edit!.changes!['file:///p/a.article']![0]!.newText;
  assert.equal(edit(1234), '\n@person inconnu-1234: Nom 1234');
  assert.equal(edit(1235), '\n@person inconnu-1235: Inconnu 1235');
  // One finding per time an ID is written: half of them twice.
  assert.equal(here.length, 4_500);
  assert.equal(actions.filter((a) => a.title.endsWith(' as a person in registry.article')).length, 4_500);
  // Seven kinds, each in the document and in the registry.
  assert.equal(actions.filter((a) => a.title.startsWith('Define @')).length, 4_500 * 7 * 2);
  assert.equal(registryReads, 1);
});
