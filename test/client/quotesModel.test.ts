// The quote labels of the Quotes by speaker view (client/src/quotesModel.ts, no vscode import).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortenQuote } from '../../client/src/quotesModel';

/** No lone surrogate: a tree label with half an emoji shows a replacement character. */
function wellFormed(text: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

test('a long quote is cut to 80 UTF-16 units with an ellipsis, on one line', () => {
  assert.equal(shortenQuote('  Nous irons\n  jusqu’au bout  '), 'Nous irons jusqu’au bout');
  const long = 'a'.repeat(100);
  assert.equal(shortenQuote(long), `${'a'.repeat(79)}…`);
  assert.equal(shortenQuote('a'.repeat(80)), 'a'.repeat(80));
});

test('the cut never splits an emoji or another astral character', () => {
  for (let at = 70; at < 82; at++) {
    const text = `${'a'.repeat(at)}😡 ${'b'.repeat(40)}`;
    const label = shortenQuote(text);
    assert.ok(wellFormed(label), `emoji at ${at}: ${JSON.stringify(label.slice(-3))}`);
    assert.ok(label.length <= 80);
    assert.ok(label.endsWith('…'));
  }
});
