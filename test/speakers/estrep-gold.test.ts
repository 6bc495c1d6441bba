// Checks the gold of the real regional-press set (bench/speakers/estrep: L'Est Républicain
// sentences of the Sequoia treebank, laid out as articles by reading) against its text, so that a
// moved offset or a missed quote shows up before any accuracy number is computed from it. The
// articles are not committed (public text): the checks that read them run where they have been
// rebuilt (bench/speakers/estrep/rebuild.ts), and say so where they have not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertRecordInText, assertRecordShape, closedQuoteSpans, type GoldRecord } from './goldRecord';
import { ESTREP } from './localSets';

interface Segmentation {
  articles: { file: string; first: number; sha256: string }[];
  headings: number[];
}

const gold = JSON.parse(readFileSync(join(ESTREP.dir, 'unseen.json'), 'utf8')) as GoldRecord[];
const segmentation = JSON.parse(readFileSync(join(ESTREP.dir, 'segmentation.json'), 'utf8')) as Segmentation;
const texts = ESTREP.texts();
const withTexts = { skip: texts.size === 0 ? ESTREP.absent : false };

test('the articles are texts/er-001.txt … in source order, as the segmentation cuts the sentences', () => {
  assert.deepEqual([...ESTREP.files], ESTREP.files.map((_, i) => `texts/er-${String(i + 1).padStart(3, '0')}.txt`));
  assert.deepEqual(segmentation.articles.map((a) => a.file), [...ESTREP.files]);
  assert.equal(segmentation.articles[0]?.first, 1);
  segmentation.articles.forEach((a, i) => {
    if (i > 0) assert.ok(a.first > segmentation.articles[i - 1]!.first, `${a.file} starts after the article before`);
    assert.match(a.sha256, /^[0-9a-f]{64}$/u);
  });
  assert.deepEqual(segmentation.headings, [...new Set(segmentation.headings)].sort((a, b) => a - b));
});

test('the articles here are the whole set, or none of it', withTexts, () => {
  assert.deepEqual([...texts.keys()], [...ESTREP.files]);
});

test('every record has the fields of the corpus gold, in article and offset order', () => {
  const articles = new Set(ESTREP.files);
  for (const r of gold) assertRecordShape(r, articles, true);
  const order = (r: GoldRecord): string => `${r.file}@${String(r.offset).padStart(8, '0')}`;
  assert.deepEqual(gold.map(order), gold.map(order).sort());
});

test('offsets, ends and texts match the articles exactly; speakers and aliases are written there', withTexts, () => {
  for (const r of gold) assertRecordInText(r, texts.get(r.file) ?? '');
});

test('every closed quote the parser finds is labelled exactly once, and nothing else is', withTexts, () => {
  for (const [file, text] of texts) {
    const labelled = gold.filter((r) => r.file === file).map((r) => `${r.offset}-${r.end}`);
    assert.deepEqual(labelled, closedQuoteSpans(text), file);
  }
});
