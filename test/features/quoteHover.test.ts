import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient, positionOf } from './lspClient';

// A quote attributed to an ID that resolves nowhere is not unattributed: its hover names the typo, as the figure's does.
const TEXT = [
  '@person ana: Ana Lopez',
  '',
  '😀 « Bonjour »@anna. « Oui »@ana+bob. « Non »@ana.',
  '',
].join('\r\n');

describe('hover on a quote', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'articlemark-quote-hover-'));
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

  it('names each attribution ID in the order written, one that resolves nowhere included', async () => {
    const typo = await hoverAt('Bonjour');
    assert.equal(valueOf(typo), 'Said by `@anna` (not defined)');
    // The range is the quote, in UTF-16 code units after the emoji.
    assert.deepEqual(typo.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 14 } });
    assert.equal(valueOf(await hoverAt('Oui')), 'Said by **Ana Lopez** (`@ana`), `@bob` (not defined)');
    assert.equal(valueOf(await hoverAt('Non')), 'Said by **Ana Lopez** (`@ana`)');
  });
});
