// The `articlemark/quotes` request behind the Quotes by speaker view: a quote attributed to an ID
// that resolves nowhere is listed under that ID, as not defined (it is neither unattributed nor
// anyone's, and the view dropped it); a quote's text leaves its comments out, as the reader reads it.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { countQuotes, groupQuotes } from '../../client/src/quotesModel';
import type { QuotesResult } from '../../client/src/quotesProtocol';
import { tempDir } from '../support/tempDir';
import { LspClient } from './lspClient';

const TEXT = '@person ana: Ana Pérez\n\n"deux"@zed et "trois"@ana+zed. « Un <!-- à vérifier --> jour »@ana.\n';
// A heading's quote (not checked by default), a split quote with no speaker, a quote inside a quote.
const UNLISTED = '# Ana veut \'intensifier\' la coopération\n\n"Nous irons," a-t-elle dit, "jusqu\'au bout."\n\n"Il a dit « non » hier"@-\n';

describe('the quotes review request', () => {
  let client: LspClient;
  let dir: string;
  let result: QuotesResult;
  let unlisted: QuotesResult;
  before(async () => {
    dir = tempDir('review');
    writeFileSync(join(dir, 'a.article'), TEXT);
    client = await LspClient.start({ folders: [dir] });
    const uri = client.open(join(dir, 'a.article'), TEXT);
    result = await client.request<QuotesResult>('articlemark/quotes', { textDocument: { uri } });
    unlisted = await client.request<QuotesResult>('articlemark/quotes', { textDocument: { uri: client.open(join(dir, 'b.article'), UNLISTED) } });
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every attribution ID in the order written, one that resolves nowhere as not defined', () => {
    const [deux, trois] = result.quotes;
    // `at`: where each ID is written, for the view's actions to start from.
    const line = TEXT.split('\n')[2]!;
    const at = (needle: string, from = 0): { start: { line: number; character: number }; end: { line: number; character: number } } => {
      const character = line.indexOf(needle, from);
      return { start: { line: 2, character }, end: { line: 2, character: character + needle.length } };
    };
    assert.deepEqual(deux!.speakers, [{ id: 'zed', name: '', kind: '', defined: false, at: at('zed') }]);
    assert.deepEqual(trois!.speakers, [
      { id: 'ana', name: 'Ana Pérez', kind: 'person', defined: true, at: at('ana') },
      { id: 'zed', name: '', kind: '', defined: false, at: at('zed', line.indexOf('+')) },
    ]);
    assert.equal(deux!.unattributed, false);
  });

  it('groups such a quote under the ID, as not defined, in the view', () => {
    const groups = groupQuotes(result.quotes);
    assert.deepEqual(groups.map((g) => [g.label, g.quotes.map((q) => q.text)]), [
      ['@zed (not defined)', ['deux', 'trois']],
      ['Ana Pérez', ['trois', 'Un jour']],
    ]);
  });

  it('lists every quote the status bar counts: a heading\'s quote in its own group, a split quote\'s second part with its first', () => {
    // The view dropped both: neither attributed nor needing a speaker, they belonged to no group.
    const groups = groupQuotes(unlisted.quotes);
    assert.deepEqual(groups.map((g) => [g.kind, g.quotes.map((q) => q.text)]), [
      ['unattributed', ['Nous irons,', "jusqu'au bout."]],
      ['not-speech', ['Il a dit « non » hier']],
      ['heading', ['intensifier']],
    ]);
    const listed = new Set(groups.flatMap((g) => g.quotes.map((q) => q.index)));
    assert.equal(listed.size, countQuotes(unlisted.quotes).total);
    assert.deepEqual(unlisted.quotes.map((q) => q.inHeading), [true, false, false, false, false]);
  });

  it('ranks an unattributed quote\'s speakers as the quick fix does, a speaker not defined yet included', async () => {
    const text = '@person ana: Ana Pérez\n\nAna Pérez a reçu le maire. « Nous n\'avons pas le choix », a déclaré le maire, Paul Ferrand.\n';
    const uri = client.open(join(dir, 'c.article'), text);
    const [quote] = (await client.request<QuotesResult>('articlemark/quotes', { textDocument: { uri } })).quotes;
    assert.deepEqual(quote?.candidates[0] && { id: quote.candidates[0].id, defined: quote.candidates[0].defined }, { id: 'ferrand', defined: false });
    // What *Attribute all* would write (it defines @ferrand too).
    assert.equal(quote?.clearSpeaker, 'ferrand');
  });

  it('gives a quote\'s text without its comments', () => {
    assert.equal(result.quotes[2]!.text, 'Un jour');
  });

  it('gives each quote\'s opening mark, for the view to quote it as the copy does', () => {
    assert.ok(result.quotes.every((q) => ['"', '«', '“', "'", '‘', '„', '‹', '>'].includes(q.mark)), result.quotes.map((q) => q.mark).join(' '));
    assert.ok(result.quotes.some((q) => q.mark === '«' || q.mark === '"'));
  });
});
