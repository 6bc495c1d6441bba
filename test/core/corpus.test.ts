// The shared corpus parsed as-is (plain wire copy, no markup): quotes are found
// and reported as unattributed, nothing else at error level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleProject, type DocumentAnalysis } from '../../server/src/core';
import { NodeFileHost } from '../../server/src/node/nodeFileHost';

const corpus = resolve(__dirname, '../fixtures/corpus');
const project = new ArticleProject(new NodeFileHost());
const analyzeCorpus = (dir: string): [string, DocumentAnalysis][] =>
  readdirSync(join(corpus, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => [f, project.analyzeFile(join(corpus, dir, f))!]);

function assertOnlyUnattributed(analyses: [string, DocumentAnalysis][], mark: string): number {
  let count = 0;
  for (const [file, a] of analyses) {
    // Nested single marks ('Allah' inside «…») are part of their quote and not counted.
    for (const q of a.model.quotes) if (q.nested) assert.ok(["'", '‘'].includes(q.node.mark) && a.model.quotes[q.node.parent!]!.node.mark === mark, `${file}: only single marks nest`);
    const quotes = a.model.quotes.filter((q) => !q.nested);
    for (const q of quotes) {
      assert.equal(q.node.mark, mark, `${file}: only ${mark} quotes`);
      assert.equal(q.node.parts.length, 1, `${file}: none spans paragraphs`);
      assert.ok(q.node.close, `${file}: every quote is closed`);
    }
    const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.equal(unattributed.length, quotes.length, `${file}: every quote is reported as unattributed`);
    assert.deepEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [], `${file}: nothing at error level`);
    count += quotes.length;
  }
  return count;
}

test('63 French Wikinews files: exactly 97 «…» quotes, all unattributed, no errors', () => {
  const analyses = analyzeCorpus('wikinews-fr');
  assert.equal(analyses.length, 63);
  assert.equal(assertOnlyUnattributed(analyses, '«'), 97);
});

test('the AFP story: exactly 14 "…" quotes, all unattributed, no errors', () => {
  const a = project.analyzeFile(join(corpus, 'afp-le-drian-choigou.fr.txt'))!;
  assert.equal(assertOnlyUnattributed([['afp', a]], '"'), 14);
});

test('10 English Wikinews files parse; findings summarised', () => {
  const analyses = analyzeCorpus('wikinews-en');
  assert.equal(analyses.length, 10);
  const summary: Record<string, Record<string, number>> = {};
  for (const [file, a] of analyses) {
    const counts: Record<string, number> = {};
    for (const d of a.diagnostics) counts[`${d.severity} ${d.code}`] = (counts[`${d.severity} ${d.code}`] ?? 0) + 1;
    summary[file] = counts;
  }
  console.log(JSON.stringify(summary, null, 1));
  // Every finding is about quotes: unattributed ones, plus three unclosed ones.
  const errors: string[] = [];
  for (const [file, a] of analyses) {
    for (const d of a.diagnostics) {
      assert.ok(d.code === 'unattributed-quote' || d.code === 'unclosed-quote', `${file}: ${d.code}`);
      if (d.severity === 'error') errors.push(`${file}@${a.model.lines.offsetAt(d.range.start)} ${d.code}`);
    }
  }
  // Legitimate errors: in GUM_news_soccer.txt three quotes (Gomez, Kane, Maaloul) run over a
  // paragraph break whose next paragraph does not open with a mark, and close there. By the
  // multi-paragraph rule such a quote is unclosed at its paragraph's end (the gold README lists
  // the same three opening offsets as "marks that are not quotes").
  assert.deepEqual(errors, ['GUM_news_soccer.txt@2611 unclosed-quote', 'GUM_news_soccer.txt@3945 unclosed-quote', 'GUM_news_soccer.txt@4130 unclosed-quote']);
});
