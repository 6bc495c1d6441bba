// Code actions over a range holding many unattributed quotes (a whole file selected): each quote's
// *Attribute to …* fixes read the text around it, tens of milliseconds each, and an editor asks on
// every change of selection. So only the first MAX_QUOTES_TO_ATTRIBUTE get them, each quote is read
// once per analysis, and the request pauses between readings, where the server stops it on a cancel.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../core/helpers';
import { codeActions, MAX_QUOTES_TO_ATTRIBUTE } from '../../server/src/features/codeActions';

const QUOTES = MAX_QUOTES_TO_ATTRIBUTE + 10;
const text = `@person bob: Bob Martin\n\n${Array.from({ length: QUOTES }, (_, i) => `"Phrase ${i}", a dit Bob Martin.`).join('\n\n')}\n`;
const lines = text.split('\n');
const range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } };

test(`a range with ${QUOTES} unattributed quotes: Attribute to … for the first ${MAX_QUOTES_TO_ATTRIBUTE}, the other fixes for all`, async () => {
  const analysis = analyze(text);
  const actions = await codeActions({ uri: 'file:///p/a.article', model: analysis.model, diagnostics: analysis.diagnostics, range, only: ['quickfix'], registries: () => [] });
  const quoteLine = (action: (typeof actions)[number]): number => action.diagnostics![0]!.range.start.line;
  const attributed = new Set(actions.filter((a) => a.title === 'Attribute to Bob Martin (@bob)').map(quoteLine));
  const notSpeech = new Set(actions.filter((a) => a.title.startsWith('Mark as not speech')).map(quoteLine));
  assert.equal(notSpeech.size, QUOTES);
  assert.equal(attributed.size, MAX_QUOTES_TO_ATTRIBUTE);
  // The first quotes in the range: lines 2, 4, 6 …
  assert.equal(Math.max(...attributed), 2 * MAX_QUOTES_TO_ATTRIBUTE);
});

test('the request pauses between readings, stops when a pause throws, and reads each quote once per analysis', async () => {
  const analysis = analyze(text);
  const inputs = { uri: 'file:///p/a.article', model: analysis.model, diagnostics: analysis.diagnostics, range, only: ['quickfix'], registries: () => [] };
  let pauses = 0;
  await assert.rejects(
    codeActions({ ...inputs, pause: async () => { if (++pauses === 3) throw new Error('cancelled'); } }),
    /cancelled/,
  );
  assert.equal(pauses, 3);
  // The quotes read before the stop are not read again: fewer pauses the second time, and none the third.
  pauses = 0;
  const second = await codeActions({ ...inputs, pause: async () => { pauses++; } });
  const fresh = pauses;
  assert.ok(fresh > 0 && fresh < MAX_QUOTES_TO_ATTRIBUTE / 5, `${fresh} pauses`);
  pauses = 0;
  const third = await codeActions({ ...inputs, pause: async () => { pauses++; } });
  assert.equal(pauses, 0);
  assert.deepEqual(third, second);
});
