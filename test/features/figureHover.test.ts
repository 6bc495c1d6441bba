import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient, positionOf } from './lspClient';

// Figures whose hover said the wrong thing: a source ID that resolves nowhere, values JavaScript prints with an exponent.
const TEXT = [
  '---',
  'lang: fr',
  '---',
  '@org insee: Insee',
  '',
  '😀 [2 900](#2900 @insee+insse) et [12 %](#12% @insse).',
  '[x](#99999999999999999999999 @insee) [y](#0.0000001 @insee) [z](#~<-1_000.50% @insee)',
  '',
].join('\r\n');

describe('hover on a figure', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'articlemark-figure-hover-'));
    writeFileSync(join(dir, 'a.article'), TEXT);
    client = await LspClient.start({ folders: [dir] });
    uri = client.open(join(dir, 'a.article'), TEXT);
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const hoverAt = async (needle: string): Promise<Hover> => client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(TEXT, needle, 1) });
  const valueOf = (hover: Hover): string => (hover.contents as { value: string }).value;

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
