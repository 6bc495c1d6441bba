// Checks the hand-labelled speaker gold (bench/speakers/gold) against the
// corpus it labels, so a moved offset, a typo in a quote or a broken split
// shows up before any accuracy number is computed from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CLOSING, FIELDS, OPTIONAL_FIELDS, where, type GoldRecord } from './goldRecord';

const repo = resolve(__dirname, '..', '..');
const corpusDir = join(repo, 'test', 'fixtures', 'corpus');
const goldDir = join(repo, 'bench', 'speakers', 'gold');

const SPEAKER_TYPES = new Set(['person', 'org', 'source', 'other']);

function loadSplit(name: string): GoldRecord[] {
  const parsed: unknown = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8'));
  assert.ok(Array.isArray(parsed), `${name}.json is an array`);
  return parsed as GoldRecord[];
}

const splits = { dev: loadSplit('dev'), holdout: loadSplit('holdout') };
const all = [...splits.dev, ...splits.holdout];

const textCache = new Map<string, string>();
function corpusText(file: string): string {
  let text = textCache.get(file);
  if (text === undefined) {
    text = readFileSync(join(corpusDir, file), 'utf8');
    textCache.set(file, text);
  }
  return text;
}

function folderFiles(folder: string): string[] {
  return readdirSync(join(corpusDir, folder))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${folder}/${name}`);
}


test('every record has exactly the expected fields, with valid values', () => {
  for (const r of all) {
    const keys = Object.keys(r);
    for (const field of FIELDS) assert.ok(keys.includes(field), `${where(r)}: missing ${field}`);
    for (const key of keys) {
      assert.ok(FIELDS.includes(key) || OPTIONAL_FIELDS.includes(key), `${where(r)}: unexpected field ${key}`);
    }
    assert.equal(typeof r.file, 'string');
    assert.ok(Number.isInteger(r.offset) && r.offset >= 0, `${where(r)}: offset`);
    assert.ok(Number.isInteger(r.end) && r.end >= r.offset + 2, `${where(r)}: end`);
    assert.equal(typeof r.text, 'string');
    assert.ok(Array.isArray(r.aliases) && r.aliases.every((a) => typeof a === 'string' && a.length > 0), `${where(r)}: aliases`);
    assert.ok(r.cue === null || (typeof r.cue === 'string' && r.cue.length > 0), `${where(r)}: cue`);
    if (r.note !== undefined) assert.ok(typeof r.note === 'string' && r.note.length > 0, `${where(r)}: note`);
    if (r.kind === 'speech') {
      assert.ok(r.difficulty === 'easy' || r.difficulty === 'hard', `${where(r)}: difficulty`);
      if (r.speaker === null) {
        // A speech quote whose source the text does not give: nothing to match.
        assert.equal(r.speakerType, null, `${where(r)}: speakerType without speaker`);
        assert.deepEqual(r.aliases, [], `${where(r)}: aliases without speaker`);
        assert.ok(r.note, `${where(r)}: an unknown speaker needs a note saying why`);
      } else {
        assert.ok(typeof r.speaker === 'string' && r.speaker.length > 0, `${where(r)}: speaker`);
        assert.ok(r.speakerType !== null && SPEAKER_TYPES.has(r.speakerType), `${where(r)}: speakerType`);
      }
    } else {
      assert.equal(r.kind, 'not-speech', `${where(r)}: kind`);
      assert.equal(r.speaker, null, `${where(r)}: not-speech has no speaker`);
      assert.deepEqual(r.aliases, [], `${where(r)}: not-speech has no aliases`);
      assert.equal(r.speakerType, null, `${where(r)}: not-speech has no speakerType`);
      assert.equal(r.difficulty, null, `${where(r)}: not-speech has no difficulty`);
      assert.equal(r.cue, null, `${where(r)}: not-speech has no cue`);
    }
  }
});

test('offsets, ends and texts match the corpus exactly', () => {
  for (const r of all) {
    const text = corpusText(r.file);
    assert.ok(r.end <= text.length, `${where(r)}: end beyond the file`);
    const open = text[r.offset] ?? '';
    assert.ok(open in CLOSING, `${where(r)}: no opening mark at offset (found ${JSON.stringify(open)})`);
    assert.equal(text[r.end - 1], CLOSING[open], `${where(r)}: no matching closing mark at end - 1`);
    assert.equal(text.slice(r.offset + 1, r.end - 1), r.text, `${where(r)}: text differs from the corpus`);
    assert.ok(!/\n[ \t]*\n/.test(r.text), `${where(r)}: a quote never crosses a blank line`);
  }
});

test('speaker strings and aliases are written in the article they label', () => {
  for (const r of all) {
    const text = corpusText(r.file);
    for (const name of [r.speaker, ...r.aliases]) {
      if (name !== null) assert.ok(text.includes(name), `${where(r)}: ${JSON.stringify(name)} is not in ${r.file}`);
    }
  }
});

test('no duplicates, no overlaps, sorted by file then offset', () => {
  for (const [name, records] of Object.entries(splits)) {
    for (let i = 1; i < records.length; i++) {
      const a = records[i - 1]!;
      const b = records[i]!;
      const ordered = a.file < b.file || (a.file === b.file && a.end <= b.offset);
      assert.ok(ordered, `${name}: ${where(a)} and ${where(b)} are out of order or overlap`);
    }
  }
  const keys = all.map(where);
  assert.equal(new Set(keys).size, keys.length, 'a quote appears twice across dev and holdout');
});

test('the held-out split is the fixed last quarter of each folder, the AFP story stays in dev', () => {
  const french = folderFiles('wikinews-fr');
  const english = folderFiles('wikinews-en');
  assert.equal(french.length, 63);
  assert.equal(english.length, 10);
  const heldOut = new Set([...french.slice(-16), ...english.slice(-3)]);
  for (const r of splits.dev) assert.ok(!heldOut.has(r.file), `dev holds ${where(r)} from a held-out file`);
  for (const r of splits.holdout) assert.ok(heldOut.has(r.file), `holdout holds ${where(r)} from a dev file`);
  assert.ok(splits.dev.some((r) => r.file === 'afp-le-drian-choigou.fr.txt'), 'the AFP story is in dev');
});

test('French Wikinews: all 97 « … » quotes are labelled', () => {
  const french = all.filter((r) => r.file.startsWith('wikinews-fr/'));
  assert.equal(french.length, 97);
  // Completeness from the corpus side: every « opens a labelled quote.
  let opening = 0;
  for (const file of folderFiles('wikinews-fr')) {
    const text = corpusText(file);
    const labelled = new Set(french.filter((r) => r.file === file).map((r) => r.offset));
    for (let i = text.indexOf('«'); i !== -1; i = text.indexOf('«', i + 1)) {
      opening++;
      assert.ok(labelled.has(i), `${file}@${i}: « without a gold record`);
    }
  }
  assert.equal(opening, 97);
});

test('AFP story: all 14 straight-quote quotes are labelled, every " is one of their marks', () => {
  const file = 'afp-le-drian-choigou.fr.txt';
  const afp = all.filter((r) => r.file === file);
  assert.equal(afp.length, 14);
  const marks = new Set(afp.flatMap((r) => [r.offset, r.end - 1]));
  const text = corpusText(file);
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    assert.ok(marks.has(i), `${file}@${i}: " that is not a mark of a gold quote`);
  }
});
