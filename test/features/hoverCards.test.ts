// Hovers that said the wrong thing: a figure's source ID or a quote's speaker ID that resolves nowhere
// ("No source", "Unattributed quote" hid the typo), values JavaScript prints with an exponent.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { tempDir } from '../support/tempDir';
import { LspClient, positionOf } from './lspClient';

/** Opens `text` in a fresh server for the describe block it is called in; hover answers one character into a needle. */
function hoverOn(text: string): { hoverAt: (needle: string) => Promise<Hover> } {
  let client: LspClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = tempDir('hover');
    writeFileSync(join(dir, 'a.article'), text);
    client = await LspClient.start({ folders: [dir] });
    uri = client.open(join(dir, 'a.article'), text);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return { hoverAt: (needle) => client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 1) }) };
}

const valueOf = (hover: Hover): string => (hover.contents as { value: string }).value;

describe('hover on a figure', () => {
  const { hoverAt } = hoverOn([
    '---',
    'lang: fr',
    '---',
    '@org insee: Insee',
    '',
    '😀 [2 900](#2900 @insee+insse) et [12 %](#12% @insse).',
    '[x](#99999999999999999999999 @insee) [y](#0.0000001 @insee) [z](#~<-1_000.50% @insee)',
    '',
  ].join('\r\n'));

  it('names a source ID that resolves nowhere instead of saying "No source"', async () => {
    const both = await hoverAt('#2900');
    assert.equal(valueOf(both), '**Figure** 2900\n\nSource: Insee (`@insee`), `@insse` (not defined)');
    // The range is the figure, in UTF-16 code units after the emoji.
    assert.deepEqual(both.range, { start: { line: 5, character: 3 }, end: { line: 5, character: 30 } });
    assert.equal(valueOf(await hoverAt('#12%')), '**Figure** 12 %\n\nSource: `@insse` (not defined)');
  });

  it('shows the value as written, without an exponent', async () => {
    assert.match(valueOf(await hoverAt('#9999')), /^\*\*Figure\*\* 99999999999999999999999\n/);
    assert.match(valueOf(await hoverAt('#0.0000001')), /^\*\*Figure\*\* 0\\\.0000001\n/);
    assert.match(valueOf(await hoverAt('#~<')), /^\*\*Figure\*\* \\-1000\\\.50 % \(approximately, less than\)\n/);
  });
});

describe('hover on a quote', () => {
  const { hoverAt } = hoverOn(['@person ana: Ana Lopez', '', '😀 « Bonjour »@anna. « Oui »@ana+bob. « Non »@ana.', ''].join('\r\n'));

  it('names each attribution ID in the order written, one that resolves nowhere included', async () => {
    const typo = await hoverAt('Bonjour');
    assert.equal(valueOf(typo), 'Said by `@anna` (not defined)');
    // The range is the quote, in UTF-16 code units after the emoji.
    assert.deepEqual(typo.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 14 } });
    assert.equal(valueOf(await hoverAt('Oui')), 'Said by **Ana Lopez** (`@ana`), `@bob` (not defined)');
    assert.equal(valueOf(await hoverAt('Non')), 'Said by **Ana Lopez** (`@ana`)');
  });
});
