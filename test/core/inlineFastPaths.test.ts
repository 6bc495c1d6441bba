// The inline scanner's shortcuts (server/src/core/syntax/inline.ts, `fastPaths`)
// must give the tree the general path gives, field for field: checked on the
// bundled articles and on generated text built around mentions, with the
// shortcut on and off. A spy on the shortcut checks that it did apply, so the
// comparison is not between two runs of the general path.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from '../../server/src/core';
import { fastPaths, InlineScanner } from '../../server/src/core/syntax/inline';

const numRuns = Number(process.env['ARTICLEMARK_PROPERTY_RUNS'] ?? 1000);
const seed = Number(process.env['ARTICLEMARK_PROPERTY_SEED'] ?? Date.now() % 2 ** 31);

const root = resolve(__dirname, '../..');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.article'))
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));

/** The tree as plain data, so that node classes and literals compare by their fields. */
function treeWith(text: string, fast: boolean): unknown {
  fastPaths.mention = fast;
  try {
    return JSON.parse(JSON.stringify(parse(text)));
  } finally {
    fastPaths.mention = true;
  }
}

// Counts the brackets the shortcut answered (it returns -1 when it declines).
const scanner = InlineScanner.prototype as unknown as { plainMention(this: InlineScanner, i: number): number };
const original = scanner.plainMention;
let taken = 0;

describe('inline fast paths give the general path tree', () => {
  before(() => {
    scanner.plainMention = function (this: InlineScanner, i: number): number {
      const after = original.call(this, i);
      if (after >= 0) taken++;
      return after;
    };
  });
  after(() => {
    scanner.plainMention = original;
  });

  it('on the bundled articles, where most mentions take the shortcut', () => {
    for (const text of examples) {
      taken = 0;
      const fast = treeWith(text, true);
      const takenHere = taken;
      assert.deepEqual(fast, treeWith(text, false));
      assert.equal(taken, takenHere, 'the general run does not take the shortcut');
      if (text.includes('](@le-drian)')) assert.ok(takenHere >= 10, `the seed story's mentions take the shortcut (${takenHere})`);
    }
  });

  it('on generated text around mentions (block ends, block quotes, line breaks, IDs that are kinds, marks inside)', () => {
    const pieces = [
      '[', ']', '(', ')', '](@', '](@ ', '(@', '@', 'le-drian', 'a+b', 'person', 'org', 'Jean', 'x1', '-', '--', 'é', 'Éric', 'Tom', 'XX',
      'Le Drian', ' ', '\n', '\n\n', '> ', '\n> ', '- ', '# ', '"', '«\u00a0', '\u00a0»', "'", '’', '*', '`', '\\', '<!-- c -->', ':', '!',
      '#2900', ' @x', '\r\n', '\t', '😀', 'TK', '@-', '](#~3 @s)', '@person p: P\n',
    ];
    const mention = fc.tuple(fc.constantFrom('Jean-Yves Le Drian', 'M. Choïgou', '', 'a b', 'Tom', 'x(y)', 'l’EI'), fc.constantFrom('le-drian', 'x', 'a1-b2', 'person', 'a--b', 'A', 'é')).map(([words, id]) => `[${words}](@${id})`);
    const documentArb = fc.array(fc.oneof(mention, fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
    let takenAll = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        taken = 0;
        const fast = treeWith(text, true);
        takenAll += taken;
        assert.deepEqual(fast, treeWith(text, false));
      }),
      { numRuns, seed },
    );
    assert.ok(takenAll > numRuns / 10, `the shortcut applied in the generated text (${takenAll} times in ${numRuns} documents)`);
  });
});
