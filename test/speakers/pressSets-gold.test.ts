// Checks the real press sets taken from the public gilets_jaunes corpus repository
// (bench/speakers/francophone, bench/speakers/anglophone and bench/speakers/press2): how its files are cut into articles
// (on small made-up files), which articles each set holds, each set's fixed split into a tune half
// and an unseen half, and its gold against the text, so that a moved offset, a missed quote or a
// file moved between the halves shows up before any accuracy number is computed from it. The
// articles are not committed (public text): the checks that read them run where they have been
// rebuilt (each set's rebuild.ts), and say so where they have not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesOf, articleText, CNN_MAIN, decodeEntities, ENGLISH_SOURCES, FRENCH_SOURCES, type SourceFile } from '../../bench/speakers/pressCorpus';
import { sha256 } from '../../bench/speakers/verifiedWrite';
import { assertRecordInText, assertRecordShape, closedQuoteSpans, type GoldRecord } from './goldRecord';
import { ANGLOPHONE, FRANCOPHONE, PRESS2, type LocalSet } from './localSets';

interface Selection {
  commit: string;
  articles: { file: string; source: string; index: number; sha256: string }[];
}

test('the layouts of the source files become plain articles: title line, trimmed lines, entities decoded', () => {
  const xml = [
    '<doc url=https://example.org/a\n>\n Un texte « cité », a-t-il dit.   \n</doc>',
    '<doc title="Le &quot;titre&quot;" source="X">\nPremière ligne\n\n   Deuxième &amp; dernière\n</doc>',
    '<doc source="Y" link="https://example.org/b" title="A > B | News" >\nOne line.\n</doc>',
  ].join('\n');
  assert.deepEqual(articlesOf(xml), ['Un texte « cité », a-t-il dit.\n', 'Le "titre"\nPremière ligne\nDeuxième & dernière\n', 'A > B | News\nOne line.\n']);
  const algerian = '<texts>\n<article id="1">\n  <title> Un titre</title>\n  <content>Ligne coupée\nau milieu.\n \n</content>\n</article>\n</texts>';
  assert.deepEqual(articlesOf(algerian), ['Un titre\nLigne coupée\nau milieu.\n']);
  assert.equal(decodeEntities('&#171;&#xbb;&nbsp;&unknown;'), '«»\u00a0&unknown;');
  assert.equal(articleText(undefined, '\n\n'), '\n');
});

/** `perSource`: how many articles each source file gives the set. */
function checkSet(set: LocalSet, sources: readonly SourceFile[], perSource: (source: SourceFile) => number): void {
  const { dir, files } = set;
  const selection = JSON.parse(readFileSync(join(dir, 'selection.json'), 'utf8')) as Selection;
  const halves = {
    tune: JSON.parse(readFileSync(join(dir, 'tune.json'), 'utf8')) as GoldRecord[],
    unseen: JSON.parse(readFileSync(join(dir, 'unseen.json'), 'utf8')) as GoldRecord[],
  };
  const gold = [...halves.tune, ...halves.unseen];
  const texts = set.texts();
  const withTexts = { skip: texts.size === 0 ? set.absent : false };

  test(`${set.name}: the articles are the ones selection.json lists, as many per source file as its rule takes, named after it`, () => {
    assert.deepEqual(selection.articles.map((a) => a.file), [...files]);
    assert.deepEqual([...files], [...files].sort());
    assert.equal(selection.articles.length, sources.reduce((n, source) => n + perSource(source), 0));
    for (const source of sources) {
      const picked = selection.articles.filter((a) => a.source === source.path);
      assert.equal(picked.length, perSource(source), source.path);
      for (const a of picked) {
        assert.equal(a.file, `texts/${source.key}-${String(a.index + 1).padStart(3, '0')}.txt`);
        assert.match(a.sha256, /^[0-9a-f]{64}$/u);
      }
    }
  });

  test(`${set.name}: the articles here are the whole set, or none of it, and each is the labelled text`, withTexts, () => {
    assert.deepEqual([...texts.keys()], [...files]);
    for (const a of selection.articles) assert.equal(sha256(texts.get(a.file) ?? ''), a.sha256, a.file);
  });

  test(`${set.name}: the split is by file, alternate files in name order, the first to the tune half`, () => {
    files.forEach((file, i) => {
      const expected = i % 2 === 0 ? 'tune' : 'unseen';
      const other = expected === 'tune' ? 'unseen' : 'tune';
      assert.ok(!halves[other].some((r) => r.file === file), `${file} belongs to the ${expected} half only`);
    });
  });

  test(`${set.name}: every record has the fields of the corpus gold, in article and offset order`, () => {
    const articles = new Set(files);
    for (const half of [halves.tune, halves.unseen]) {
      for (const r of half) assertRecordShape(r, articles, true);
      const order = (r: GoldRecord): string => `${r.file}@${String(r.offset).padStart(8, '0')}`;
      assert.deepEqual(half.map(order), half.map(order).sort());
    }
  });

  test(`${set.name}: offsets, ends and texts match the articles exactly; speakers and aliases are written there`, withTexts, () => {
    for (const r of gold) assertRecordInText(r, texts.get(r.file) ?? '');
  });

  test(`${set.name}: every closed quote the parser finds is labelled exactly once, and nothing else is`, withTexts, () => {
    for (const [file, text] of texts) {
      const labelled = gold.filter((r) => r.file === file).map((r) => `${r.offset}-${r.end}`);
      assert.deepEqual(labelled, closedQuoteSpans(text), file);
    }
  });
}

checkSet(FRANCOPHONE, FRENCH_SOURCES, () => 4);
checkSet(ANGLOPHONE, ENGLISH_SOURCES, () => 6);
// The second cut: two more articles of each French source file, three of each English one, six of CNN's main file.
checkSet(PRESS2, [...FRENCH_SOURCES, ...ENGLISH_SOURCES, CNN_MAIN], (source) => (source === CNN_MAIN ? 6 : FRENCH_SOURCES.includes(source) ? 2 : 3));

test('press2: its articles come after the ones the first two sets took from the same source files, none taken twice', () => {
  const read = (set: LocalSet): Selection => JSON.parse(readFileSync(join(set.dir, 'selection.json'), 'utf8')) as Selection;
  const first = [...read(FRANCOPHONE).articles, ...read(ANGLOPHONE).articles];
  for (const a of read(PRESS2).articles) {
    const before = first.filter((b) => b.source === a.source);
    assert.ok(before.every((b) => b.index < a.index), `${a.file} comes after the first sets' articles of ${a.source}`);
    assert.ok(!first.some((b) => b.sha256 === a.sha256), `${a.file} is not an article of the first sets`);
  }
});
