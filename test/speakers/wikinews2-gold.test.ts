// Checks the gold of the second set of real Wikinews articles (bench/speakers/wikinews2)
// against their text, and its fixed split into a tune half and an unseen half, so that a
// moved offset, a missed quote or a file moved between the halves shows up before any
// accuracy number is computed from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../../server/src/core/index';
import { CLOSING, FIELDS, OPTIONAL_FIELDS, where, type GoldRecord } from './goldRecord';

const repo = resolve(__dirname, '..', '..');
const dir = join(repo, 'bench', 'speakers', 'wikinews2');
const FOLDERS = ['wikinews-fr', 'wikinews-en'];
const SPEAKER_TYPES = new Set(['person', 'org', 'source', 'other']);

const halves = {
  tune: JSON.parse(readFileSync(join(dir, 'tune.json'), 'utf8')) as GoldRecord[],
  unseen: JSON.parse(readFileSync(join(dir, 'unseen.json'), 'utf8')) as GoldRecord[],
};
const gold = [...halves.tune, ...halves.unseen];
const texts = new Map<string, string>();
for (const folder of FOLDERS) {
  for (const name of readdirSync(join(dir, folder)).filter((f) => f.endsWith('.txt')).sort()) {
    texts.set(`${folder}/${name}`, readFileSync(join(dir, folder, name), 'utf8'));
  }
}

test('the set holds 37 French and 14 English articles', () => {
  assert.equal([...texts.keys()].filter((f) => f.startsWith('wikinews-fr/')).length, 37);
  assert.equal([...texts.keys()].filter((f) => f.startsWith('wikinews-en/')).length, 14);
});

test('the split is by file, alternate files in name order within each folder, the first to the tune half', () => {
  for (const folder of FOLDERS) {
    const files = [...texts.keys()].filter((f) => f.startsWith(`${folder}/`));
    files.forEach((file, i) => {
      const expected = i % 2 === 0 ? 'tune' : 'unseen';
      const other = expected === 'tune' ? 'unseen' : 'tune';
      assert.ok(!halves[other].some((r) => r.file === file), `${file} belongs to the ${expected} half only`);
    });
  }
});

test('every record has the fields of the corpus gold, with consistent values', () => {
  for (const r of gold) {
    for (const key of Object.keys(r)) assert.ok(FIELDS.includes(key) || OPTIONAL_FIELDS.includes(key), `${where(r)}: field ${key}`);
    for (const field of FIELDS) assert.ok(field in r, `${where(r)}: missing ${field}`);
    assert.ok(texts.has(r.file), `${where(r)}: no such article`);
    if (r.kind === 'speech') {
      assert.ok(r.difficulty === 'easy' || r.difficulty === 'hard', `${where(r)}: difficulty`);
      if (r.speaker !== null) assert.ok(r.speakerType !== null && SPEAKER_TYPES.has(r.speakerType), `${where(r)}: speakerType`);
    } else {
      assert.equal(r.kind, 'not-speech');
      assert.equal(r.speaker, null);
      assert.deepEqual(r.aliases, []);
      assert.equal(r.speakerType, null);
      assert.equal(r.difficulty, null);
    }
  }
});

test('offsets, ends and texts match the articles exactly; speakers and aliases are written there', () => {
  for (const r of gold) {
    const text = texts.get(r.file) ?? '';
    const open = text[r.offset] ?? '';
    assert.ok(open in CLOSING, `${where(r)}: no opening mark`);
    assert.equal(text.slice(r.offset + 1, r.end - 1), r.text, `${where(r)}: text differs`);
    for (const name of [r.speaker, ...r.aliases]) {
      if (name !== null) assert.ok(text.includes(name), `${where(r)}: ${JSON.stringify(name)} not in the article`);
    }
  }
});

test('every closed quote the parser finds is labelled exactly once, and nothing else is', () => {
  for (const [file, text] of texts) {
    const spans = parse(text).quotes.filter((q) => q.parent === undefined && !q.unclosed).map((q) => `${q.span.start}-${q.span.end}`);
    const labelled = gold.filter((r) => r.file === file).map((r) => `${r.offset}-${r.end}`);
    assert.deepEqual(labelled, spans, file);
  }
});
