// sameJson decides whether a pull is answered "unchanged": a wrong "same"
// would leave stale diagnostics in the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { sameJson } from '../../server/src/features/diagnosticReports';

const seed = Number(process.env['ARTICLEMARK_PROPERTY_SEED'] ?? Date.now() % 2 ** 31);

test('sameJson: key order does not matter, key sets and values do', () => {
  assert.equal(sameJson({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }), true);
  assert.equal(sameJson({ a: 1 }, { a: 1, b: 2 }), false);
  assert.equal(sameJson({ a: 1, b: 2 }, { a: 1 }), false);
  assert.equal(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 }), false);
  assert.equal(sameJson({ a: [1, 2] }, { a: [2, 1] }), false);
  assert.equal(sameJson([], {}), false);
  assert.equal(sameJson({ a: null }, { a: {} }), false);
});

test(`sameJson agrees with deep equality on JSON values (seed ${seed})`, () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  fc.assert(
    fc.property(json, json, (a, b) => {
      // Through JSON, as the client sees them (-0 is written 0).
      assert.equal(sameJson(a, b), isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))));
      assert.equal(sameJson(a, structuredClone(a)), true);
    }),
    { seed, numRuns: 2000 },
  );
});
