// Hard-wrapped copy (a wire story cut at 60 or 72 columns) gets the same
// speaker suggestions as the same story with a paragraph per line, on every
// shared corpus file, and imports to the same prose.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CORPUS, corpusFiles } from './corpusFiles';
import { suggestQuotes } from '../../server/src/cli/commands/suggest';
import { ArticleProject, LineIndex, type FileHost } from '../../server/src/core';
import { importPlainText } from '../../server/src/core/speakers/importText';
import { wrapGreedily } from '../core/wrapText';

/** What a reader compares: each quote's words, whether it is attributed, and its best candidate. */
function suggestions(text: string): string[] {
  return suggestQuotes(text).quotes.map((q) => `${q.text.replace(/\s+/gu, ' ')} → ${q.confident ? 'attributed to' : 'maybe'} ${q.candidates[0]?.name ?? 'nobody'}`);
}

for (const width of [60, 72]) {
  test(`corpus wrapped at ${width} columns: the same suggestions as unwrapped, ranges in the wrapped file`, () => {
    let same = 0;
    const files = corpusFiles();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const wrapped = wrapGreedily(text, width);
      if (JSON.stringify(suggestions(wrapped)) === JSON.stringify(suggestions(text))) same++;
      const lines = new LineIndex(wrapped);
      for (const q of suggestQuotes(wrapped).quotes) {
        const quoted = wrapped.slice(lines.offsetAt(q.range.start), lines.offsetAt(q.range.end));
        assert.equal(quoted.slice(1, -1).replace(/\s+/gu, ' ').trim(), q.text.replace(/\s+/gu, ' '), `${file}: the range holds the quote`);
      }
    }
    // A paragraph whose last line is full is joined to the next, which can change a suggestion.
    assert.ok(same >= files.length - 2, `${same} of ${files.length} files`);
  });
}

test('a hard-wrapped story imports to its paragraphs, with no error', () => {
  const text = readFileSync(join(CORPUS, 'afp-le-drian-choigou.fr.txt'), 'utf8');
  const wrapped = importPlainText(wrapGreedily(text, 72));
  const unwrapped = importPlainText(text);
  const body = (article: string): string => article.slice(article.indexOf('\n---\n') + 5).replace(/^@.*\n(?: {2}aka: .*\n)?/gmu, '');
  assert.equal(body(wrapped.article), body(unwrapped.article));
  const host: FileHost = { readFile: () => undefined, glob: () => [] };
  const errors = new ArticleProject(host).analyze('/virtual/imported.article', wrapped.article).diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, []);
});
