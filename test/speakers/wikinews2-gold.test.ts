// Checks the gold of the second set of real Wikinews articles (bench/speakers/wikinews2)
// against their text, and its fixed split into a tune half and an unseen half, so that a
// moved offset, a missed quote or a file moved between the halves shows up before any
// accuracy number is computed from it. The articles are not committed (public text): the
// checks that read them run where they have been put back, and say so where they have not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertRecordInText, assertRecordShape, closedQuoteSpans, type GoldRecord } from './goldRecord';
import { WIKINEWS2 } from './localSets';

const { dir, files: WIKINEWS2_FILES, absent: WIKINEWS2_ABSENT } = WIKINEWS2;

const FOLDERS = ['wikinews-fr', 'wikinews-en'];

const halves = {
  tune: JSON.parse(readFileSync(join(dir, 'tune.json'), 'utf8')) as GoldRecord[],
  unseen: JSON.parse(readFileSync(join(dir, 'unseen.json'), 'utf8')) as GoldRecord[],
};
const gold = [...halves.tune, ...halves.unseen];
const texts = WIKINEWS2.texts();
const withTexts = { skip: texts.size === 0 ? WIKINEWS2_ABSENT : false };

test('the set holds 37 French and 14 English articles, in name order', () => {
  assert.equal(WIKINEWS2_FILES.filter((f) => f.startsWith('wikinews-fr/')).length, 37);
  assert.equal(WIKINEWS2_FILES.filter((f) => f.startsWith('wikinews-en/')).length, 14);
  for (const folder of FOLDERS) {
    const names = WIKINEWS2_FILES.filter((f) => f.startsWith(`${folder}/`));
    assert.deepEqual(names, [...names].sort());
  }
});

test('the articles here are the whole set, or none of it', withTexts, () => {
  assert.deepEqual([...texts.keys()], [...WIKINEWS2_FILES]);
});

test('the split is by file, alternate files in name order within each folder, the first to the tune half', () => {
  for (const folder of FOLDERS) {
    const files = WIKINEWS2_FILES.filter((f) => f.startsWith(`${folder}/`));
    files.forEach((file, i) => {
      const expected = i % 2 === 0 ? 'tune' : 'unseen';
      const other = expected === 'tune' ? 'unseen' : 'tune';
      assert.ok(!halves[other].some((r) => r.file === file), `${file} belongs to the ${expected} half only`);
    });
  }
});

test('every record has the fields of the corpus gold, with consistent values (one speaker unknown allowed, as in the corpus gold)', () => {
  const articles = new Set(WIKINEWS2_FILES);
  for (const r of gold) assertRecordShape(r, articles, true);
});

test('offsets, ends and texts match the articles exactly; speakers and aliases are written there', withTexts, () => {
  for (const r of gold) assertRecordInText(r, texts.get(r.file) ?? '');
});

test('every closed quote the parser finds is labelled exactly once, and nothing else is', withTexts, () => {
  for (const [file, text] of texts) {
    const spans = closedQuoteSpans(text);
    const labelled = gold.filter((r) => r.file === file).map((r) => `${r.offset}-${r.end}`);
    assert.deepEqual(labelled, spans, file);
  }
});
