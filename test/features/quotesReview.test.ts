// The `articlemark/quotes` request behind the Quotes by speaker view: a quote attributed to an ID
// that resolves nowhere is listed under that ID, as not defined (it is neither unattributed nor
// anyone's, and the view dropped it); a quote's text leaves its comments out, as the reader reads it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { groupQuotes } from '../../client/src/quotesModel';
import type { QuotesResult } from '../../client/src/quotesProtocol';
import { LspClient } from './lspClient';

const TEXT = '@person ana: Ana Pérez\n\n"deux"@zed et "trois"@ana+zed. « Un <!-- à vérifier --> jour »@ana.\n';

describe('the quotes review request', () => {
  let client: LspClient;
  let dir: string;
  let result: QuotesResult;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'articlemark-review-'));
    writeFileSync(join(dir, 'a.article'), TEXT);
    client = await LspClient.start({ folders: [dir] });
    const uri = client.open(join(dir, 'a.article'), TEXT);
    result = await client.request<QuotesResult>('articlemark/quotes', { textDocument: { uri } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every attribution ID in the order written, one that resolves nowhere as not defined', () => {
    const [deux, trois] = result.quotes;
    assert.deepEqual(deux!.speakers, [{ id: 'zed', name: '', kind: '', defined: false }]);
    assert.deepEqual(trois!.speakers, [{ id: 'ana', name: 'Ana Pérez', kind: 'person', defined: true }, { id: 'zed', name: '', kind: '', defined: false }]);
    assert.equal(deux!.unattributed, false);
  });

  it('groups such a quote under the ID, as not defined, in the view', () => {
    const groups = groupQuotes(result.quotes);
    assert.deepEqual(groups.map((g) => [g.label, g.quotes.map((q) => q.text)]), [
      ['@zed (not defined)', ['deux', 'trois']],
      ['Ana Pérez', ['trois', 'Un jour']],
    ]);
  });

  it('gives a quote\'s text without its comments', () => {
    assert.equal(result.quotes[2]!.text, 'Un jour');
  });
});
