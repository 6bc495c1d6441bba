// "Did you mean" for an unknown ID: the index must answer exactly what comparing
// with every ID answers, and compare far fewer (every half-typed `@id` is unknown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearIdCache, NearIdIndex, nearIds } from '../../server/src/core/rules/nearIds';

/** A seeded generator (tests must not change from run to run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Few letters, so that near IDs are common; an accent both composed and decomposed, an astral letter, digits and hyphens.
const FEW = ['a', 'b', 'c', 'd', 'e', 'é', 'e\u0301', 'o', '1', '-', '-', '𝒜', 'ab', 'abc'];
// Many, so that IDs are rarely near by chance and the weaker reasons (a prefix, a shared part) reach the five best.
const MANY = [...FEW, ...'fghijklmnpqrstuvwxyz0'];
let ALPHABET = FEW;

function randomId(next: () => number, maxParts = 7): string {
  let id = '';
  const length = Math.floor(next() * maxParts);
  for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
  return id;
}

/** `id` after a few random edits: substitutions, insertions, deletions, swaps of neighbours (in UTF-16 units, as the distance counts). */
function edited(next: () => number, id: string): string {
  let out = id;
  const edits = 1 + Math.floor(next() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const letter = ALPHABET[Math.floor(next() * 6)]!;
    const kind = Math.floor(next() * 4);
    if (kind === 0) out = out.slice(0, at) + letter + out.slice(at + 1);
    else if (kind === 1) out = out.slice(0, at) + letter + out.slice(at);
    else if (kind === 2) out = out.slice(0, at) + out.slice(at + 1);
    else if (at + 1 < out.length) out = out.slice(0, at) + out[at + 1]! + out[at]! + out.slice(at + 2);
  }
  return out;
}

test('nearIds: the index answers what comparing with every ID answers, on random IDs', () => {
  const next = random(20261127);
  let nonEmpty = 0;
  for (let round = 0; round < 400; round++) {
    ALPHABET = round % 2 === 0 ? FEW : MANY;
    const ids: string[] = [];
    const count = Math.floor(next() * 200);
    for (let i = 0; i < count; i++) ids.push(randomId(next, round % 4 < 2 ? 7 : 12));
    // Now and then the same ID twice (the plain comparison scores each).
    if (ids.length > 0 && next() < 0.2) ids.push(ids[Math.floor(next() * ids.length)]!);
    const index = new NearIdIndex(ids);
    for (let q = 0; q < 30; q++) {
      const base = ids.length > 0 ? ids[Math.floor(next() * ids.length)]! : randomId(next);
      const kind = Math.floor(next() * 5);
      const typed =
        kind === 0 ? edited(next, base)
        : kind === 1 ? base.slice(0, Math.floor(next() * (base.length + 1)))
        : kind === 2 ? (base.split('-')[Math.floor(next() * 3)] ?? base) + (next() < 0.5 ? '-' + randomId(next, 3) : '')
        : kind === 3 ? base.normalize('NFD')
        : randomId(next, 10);
      const expected = nearIds(typed, ids);
      const answer = index.near(typed);
      assert.deepEqual(answer, expected, `typed ${JSON.stringify(typed)} among ${JSON.stringify(ids)}`);
      // A kept answer is the same, and the caller's copy is its own.
      answer.push('changed');
      assert.deepEqual(index.near(typed), expected);
      if (expected.length > 0) nonEmpty++;
    }
  }
  // The test means something only if many answers are not empty.
  assert.ok(nonEmpty > 3000, `${nonEmpty} answers with suggestions`);
});

/** 20,000 IDs as a large article defines them: two words and a number. */
function manyIds(): string[] {
  const next = random(7);
  const syllables = ['ma', 'ri', 'du', 'pon', 'le', 'dri', 'an', 'cho', 'ï', 'gou', 'be', 'nard', 'sa', 'lo', 'mé', 'vi', 'tor', 'el', 'ka', 'zan'];
  const word = (): string => Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]!).join('');
  return Array.from({ length: 20000 }, (_, i) => `${word()}-${word()}-${i}`);
}

test('nearIds: typing a new ID among 20,000 compares a few of them, not each', () => {
  const ids = manyIds();
  const index = new NearIdIndex(ids);
  const typed = 'nouveau-venu';
  for (let length = 1; length <= typed.length; length++) {
    const before = index.distances;
    assert.deepEqual(index.near(typed.slice(0, length)), nearIds(typed.slice(0, length), ids));
    // The plain comparison computes 20,000 distances for each of these.
    assert.ok(index.distances - before < 200, `@${typed.slice(0, length)}: ${index.distances - before} distances`);
  }
  // A typo of an ID that exists finds it, comparing few.
  const before = index.distances;
  assert.equal(index.near(ids[1234]!.replace('-1234', '-1243'))[0], ids[1234]);
  assert.ok(index.distances - before < 200, `${index.distances - before} distances`);
});

test('nearIds: a keystroke elsewhere, the same IDs in scope, computes no distance again', () => {
  const ids = manyIds();
  const cache = new NearIdCache();
  // Each analysis lists the scope's IDs afresh.
  const first = cache.indexFor([...ids]);
  const answer = first.near('vilo-zan');
  const computed = first.distances;
  assert.ok(computed > 0);
  const second = cache.indexFor([...ids]);
  assert.equal(second, first);
  assert.deepEqual(second.near('vilo-zan'), answer);
  assert.equal(second.distances, computed);
  // A new definition is a new list: a new index, which answers for it.
  const third = cache.indexFor([...ids, 'vilo-zana']);
  assert.notEqual(third, first);
  assert.deepEqual(third.near('vilo-zan'), nearIds('vilo-zan', [...ids, 'vilo-zana']));
});
