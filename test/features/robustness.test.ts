import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { exampleWorkspace, LspClient, positionOf, uriOf } from './lspClient';

describe('robustness over the protocol', () => {
  let client: LspClient;
  let dir: string;
  let story: string;
  let storyUri: string;
  const hoverLeDrian = async (): Promise<void> => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: storyUri }, position: positionOf(story, '(@le-drian)', 3) });
    assert.match((hover.contents as { value: string }).value, /Le Drian/);
  };
  before(async () => {
    dir = exampleWorkspace();
    client = await LspClient.start({ folders: [dir] });
    story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
    storyUri = client.open(join(dir, 'le-drian-choigou.article'));
  });
  after(async () => {
    assert.equal(client.exited, undefined, 'the server never exits on its own');
    await client.stop();
  });

  it('answers for unknown documents and positions past the end', async () => {
    const unknown = uriOf(join(dir, 'nope.article'));
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await client.pull(unknown), []);
    assert.deepEqual(await client.request('textDocument/completion', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 3, character: 9 } }), []);
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri: storyUri }, position: { line: 99999, character: 99999 } }), null);
    await client.request('textDocument/selectionRange', { textDocument: { uri: storyUri }, positions: [{ line: 5000, character: 2 }] });
    await hoverLeDrian();
  });

  it('survives malformed JSON and unknown methods', async () => {
    client.process.stdin.write('Content-Length: 11\r\n\r\n{not json!}');
    await assert.rejects(client.request('articlemark/doesNotExist', {}), (error: ResponseError<unknown>) => error.code === -32601);
    await hoverLeDrian();
  });

  it('answers RequestCancelled for a cancelled request', async () => {
    // The request and its $/cancelRequest go out in one write, so the server
    // reads both before it runs the handler: the outcome does not depend on timing.
    const answers = client.together([{ id: 'cancelled', method: 'workspace/symbol', params: { query: '' } }, { method: '$/cancelRequest', params: { id: 'cancelled' } }]);
    assert.equal((await answers['cancelled']!).error?.code, -32800);
    await hoverLeDrian();
  });

  it('handles a 10 MB document', async () => {
    const big = story.repeat(Math.ceil(10_000_000 / story.length)).replace(/^---[\s\S]*?\n---\n/, '');
    const uri = client.open(join(dir, 'big.article'), `${story}\n${big}`);
    const diagnostics = await client.pull(uri);
    assert.ok(Array.isArray(diagnostics));
    const last = big.lastIndexOf('(@le-drian)');
    const text = `${story}\n${big}`;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '(@le-drian)', 3, (story.match(/\(@le-drian\)/g)?.length ?? 0) + (big.slice(0, last).match(/\(@le-drian\)/g)?.length ?? 0)) });
    assert.match((hover.contents as { value: string }).value, /Le Drian/);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('keeps up with 1,000 rapid incremental edits and reports on the final text', async () => {
    const path = join(dir, 'typing.article');
    const uri = client.open(path, story);
    // Typing at the end of the text.
    const line = story.split('\n').length - 1;
    let character = story.length - (story.lastIndexOf('\n') + 1);
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      const insert = i === 999 ? '\n"Fin"@inconnu-x.\n' : 'a';
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: insert }],
      });
      character += insert.length;
    }
    const diagnostics: Diagnostic[] = await client.pull(uri);
    assert.ok(diagnostics.some((d) => d.code === 'unknown-entity' && String(d.message).includes('inconnu-x')), JSON.stringify(diagnostics.map((d) => d.message)));
    await hoverLeDrian();
  });
});
