// `articlemark suggest --format json`: the JSON shape, and "confident" agreeing with what import attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggestQuotes } from '../../server/src/cli/commands/suggest';
import { importPlainText } from '../../server/src/core/speakers/importText';

const file = resolve(__dirname, '..', 'fixtures', 'corpus', 'afp-le-drian-choigou.fr.txt');
const text = readFileSync(file, 'utf8');

test('suggest JSON has quotes with text, range, confident and ranked candidates', () => {
  const out = JSON.parse(JSON.stringify(suggestQuotes(text))) as { quotes: { text: string; range: { start: { line: number; character: number } }; confident: boolean; notSpeech: boolean; candidates: { id: string; name: string; confidence: number }[] }[] };
  assert.ok(out.quotes.length >= 10);
  for (const q of out.quotes) {
    assert.equal(typeof q.text, 'string');
    assert.ok(!q.text.startsWith('"'));
    assert.equal(typeof q.range.start.line, 'number');
    assert.equal(typeof q.confident, 'boolean');
    assert.equal(typeof q.notSpeech, 'boolean');
    for (let i = 0; i < q.candidates.length; i++) {
      const c = q.candidates[i]!;
      assert.ok(c.confidence >= 0 && c.confidence <= 1);
      assert.match(c.id, /^[a-z][a-z0-9-]*$/u);
      if (i > 0) assert.ok(q.candidates[i - 1]!.confidence >= c.confidence);
    }
  }
});

test('confident is true exactly for the quotes import attributes', () => {
  const suggested = suggestQuotes(text).quotes;
  const article = importPlainText(text).article;
  const attributed = (article.match(/"@[a-z0-9-]+/gu) ?? []).length;
  assert.equal(suggested.filter((q) => q.confident).length, attributed);
  for (const q of suggested.filter((x) => x.confident)) assert.ok(article.includes(`"@${q.candidates[0]!.id}`));
});
