// Cancellation and request ordering over the protocol (issue #4): every
// request the server advertises answers RequestCancelled when cancelled, or a
// complete answer for one version of the workspace, never a partial or mixed
// one; and the next requests are right. Outcomes never depend on timing: what
// must be read together goes out in one write (LspClient.together), and where
// the timing varies the test accepts each correct outcome.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc';
import type { SemanticTokens, SemanticTokensDelta, ServerCapabilities, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { exampleWorkspace, LspClient, positionOf, type RawMessage, type RawResponse } from './lspClient';

const REQUEST_CANCELLED = -32800;
const CONTENT_MODIFIED = -32801;

/** An answer without its result IDs (they differ from one answer to the next by design). */
const content = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null, (key, v: unknown) => (key === 'resultId' ? undefined : v)));

/** The examples plus 30 copies of the story: enough articles that workspace-wide requests yield to the event loop between files. */
function workspaceWithCopies(): { dir: string; story: string } {
  const dir = exampleWorkspace();
  const story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, `copy-${String(i).padStart(2, '0')}.article`), story);
  return { dir, story };
}

describe('cancellation and request ordering over the protocol', () => {
  let client: LspClient;
  let dir: string;
  let story: string;
  /** A ~1 MB article (the example story's body, repeated): slow enough that a cancel may arrive while a request runs. */
  let big: string;
  let bigUri: string;
  let version = 1;
  let ids = 0;
  const nextId = (): string => `c${++ids}`;

  /** An edit and its undo: the text stays the same, but the version moves and its analysis must be made again. */
  const touch = (): RawMessage[] => {
    const start = { line: 0, character: 0 };
    const edits: TextDocumentContentChangeEvent[][] = [[{ range: { start, end: start }, text: 'x' }], [{ range: { start, end: { line: 0, character: 1 } }, text: '' }]];
    return edits.map((contentChanges) => ({ method: 'textDocument/didChange', params: { textDocument: { uri: bigUri, version: ++version }, contentChanges } }));
  };

  before(async () => {
    ({ dir, story } = workspaceWithCopies());
    client = await LspClient.start({ folders: [dir] });
    const body = story.replace(/^---[\s\S]*?\n---\n/, '');
    big = `${story}\n${body.repeat(Math.ceil(1_000_000 / body.length))}`;
    bigUri = client.open(join(dir, 'big.article'), big);
    await client.pull(bigUri);
  });
  after(async () => {
    assert.equal(client.exited, undefined, 'the server never exits on its own');
    await client.stop();
  });

  /** One request of every kind the server advertises, on the big article. */
  const requests = (): [string, object][] => {
    const textDocument = { uri: bigUri };
    const position = positionOf(big, '(@le-drian)', 3, 40);
    const lines = big.split('\n');
    const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } };
    return [
      ['textDocument/hover', { textDocument, position }],
      ['textDocument/definition', { textDocument, position }],
      ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
      ['textDocument/prepareRename', { textDocument, position }],
      ['textDocument/rename', { textDocument, position, newName: 'ministre' }],
      ['textDocument/documentHighlight', { textDocument, position }],
      ['textDocument/completion', { textDocument, position }],
      ['textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: [], only: ['quickfix'] } }],
      ['textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: [], only: ['source.attributeAll'] } }],
      ['textDocument/documentSymbol', { textDocument }],
      ['workspace/symbol', { query: 'dri' }],
      ['textDocument/foldingRange', { textDocument }],
      ['textDocument/selectionRange', { textDocument, positions: [position] }],
      ['textDocument/semanticTokens/full', { textDocument }],
      ['textDocument/semanticTokens/range', { textDocument, range: whole }],
      ['textDocument/documentLink', { textDocument }],
      ['textDocument/inlayHint', { textDocument, range: whole }],
      ['textDocument/diagnostic', { textDocument }],
      ['articlemark/quotes', { textDocument }],
    ];
  };

  it('tries every request kind the server advertises', () => {
    // A provider advertised later must join the list above (the delta request is tested on its own below).
    const methods = new Set(requests().map(([method]) => method));
    const byCapability: Partial<Record<keyof ServerCapabilities, string[]>> = {
      hoverProvider: ['textDocument/hover'],
      definitionProvider: ['textDocument/definition'],
      referencesProvider: ['textDocument/references'],
      renameProvider: ['textDocument/rename', 'textDocument/prepareRename'],
      documentHighlightProvider: ['textDocument/documentHighlight'],
      completionProvider: ['textDocument/completion'],
      codeActionProvider: ['textDocument/codeAction'],
      documentSymbolProvider: ['textDocument/documentSymbol'],
      workspaceSymbolProvider: ['workspace/symbol'],
      foldingRangeProvider: ['textDocument/foldingRange'],
      selectionRangeProvider: ['textDocument/selectionRange'],
      semanticTokensProvider: ['textDocument/semanticTokens/full', 'textDocument/semanticTokens/range'],
      documentLinkProvider: ['textDocument/documentLink'],
      inlayHintProvider: ['textDocument/inlayHint'],
      diagnosticProvider: ['textDocument/diagnostic'],
    };
    for (const capability of Object.keys(client.capabilities) as (keyof ServerCapabilities)[]) {
      if (capability === 'textDocumentSync' || capability === 'workspace') continue;
      const wanted = byCapability[capability];
      assert.ok(wanted, `no cancellation test for ${capability}`);
      for (const method of wanted) assert.ok(methods.has(method), method);
    }
    const kinds = (client.capabilities.codeActionProvider as { codeActionKinds?: string[] }).codeActionKinds;
    assert.deepEqual(kinds, ['quickfix', 'source.attributeAll']);
  });

  it('answers RequestCancelled to each kind cancelled right after an edit, then answers it in full', async () => {
    for (const [method, params] of requests()) {
      const expected = content(await client.request(method, params));
      const id = nextId();
      const answers = client.together([...touch(), { id, method, params }, { method: '$/cancelRequest', params: { id } }]);
      const answer = await answers[id]!;
      assert.equal(answer.error?.code, REQUEST_CANCELLED, `${method}: ${JSON.stringify(answer).slice(0, 200)}`);
      assert.deepEqual(content(await client.request(method, params)), expected, method);
    }
  });

  it('answers each kind cancelled while it runs with RequestCancelled or its whole answer', async () => {
    for (const [method, params] of requests()) {
      const expected = content(await client.request(method, params));
      // The edit makes the request analyse the big article again; the cancel follows as soon as the request is out.
      for (const message of touch()) void client.connection.sendNotification(message.method, message.params);
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest(method, params, source.token);
      setImmediate(() => source.cancel());
      try {
        assert.deepEqual(content(await pending), expected, `${method}: a partial or stale answer`);
      } catch (error) {
        if (!(error instanceof ResponseError)) throw error;
        assert.equal(error.code, REQUEST_CANCELLED, method);
      }
      assert.deepEqual(content(await client.request(method, params)), expected, `${method} after the cancel`);
    }
  });

  it('keeps the last semantic tokens and diagnostics a cancelled request did not replace', async () => {
    const textDocument = { uri: bigUri };
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
    const report = await client.pullReport(bigUri);
    const id = nextId();
    const pullId = nextId();
    const answers = client.together([
      ...touch(),
      { id, method: 'textDocument/semanticTokens/full/delta', params: { textDocument, previousResultId: tokens.resultId } },
      { id: pullId, method: 'textDocument/diagnostic', params: { textDocument, previousResultId: report.resultId } },
      { method: '$/cancelRequest', params: { id } },
      { method: '$/cancelRequest', params: { id: pullId } },
    ]);
    assert.equal((await answers[id]!).error?.code, REQUEST_CANCELLED);
    assert.equal((await answers[pullId]!).error?.code, REQUEST_CANCELLED);
    // Same text: the delta from what the client holds is empty, and the findings are unchanged.
    const delta = await client.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: tokens.resultId });
    assert.deepEqual(delta.edits, []);
    assert.equal((await client.pullReport(bigUri, report.resultId)).kind, 'unchanged');
  });

  describe('an edit that arrives while a workspace-wide request runs', () => {
    let path: string;
    let uri: string;
    let text: string;
    let edits = 1;
    const at = (): { line: number; character: number } => positionOf(text, '@services-russes', 3, 1);
    before(async () => {
      // An article defining its own entity, in front of every other file of the workspace.
      path = join(dir, 'a.article');
      text = story;
      uri = client.open(path, text);
      await client.pull(uri);
    });

    /** Three lines and a few characters added at the top: every range of the article moves. */
    const shift = (): RawMessage => {
      const start = { line: 0, character: 0 };
      const added = 'Mise à jour\n\n\n';
      text = added + text;
      return { method: 'textDocument/didChange', params: { textDocument: { uri, version: ++edits }, contentChanges: [{ range: { start, end: start }, text: added }] } };
    };

    for (const method of ['textDocument/references', 'textDocument/rename', 'workspace/symbol']) {
      const paramsOf = (): object =>
        method === 'workspace/symbol'
          ? { query: 'services-russes' }
          : { textDocument: { uri }, position: at(), ...(method === 'textDocument/rename' ? { newName: 'services' } : { context: { includeDeclaration: true } }) };

      it(`${method}: answers ContentModified rather than mix the two versions, then answers for the new one`, async () => {
        const params = paramsOf();
        const before = content(await client.request(method, params));
        const id = nextId();
        // The edit is read with the request: it is applied when the request first yields, between two files.
        const answer = await client.together([{ id, method, params }, shift()])[id]!;
        const now = content(await client.request(method, paramsOf()));
        assert.notDeepEqual(now, before, 'the edit moved the ranges');
        if (answer.error) assert.equal(answer.error.code, CONTENT_MODIFIED, JSON.stringify(answer.error));
        else assert.ok([JSON.stringify(before), JSON.stringify(now)].includes(JSON.stringify(content(answer.result))), `an answer for neither version: ${JSON.stringify(answer.result).slice(0, 400)}`);
      });

      it(`${method}: answers RequestCancelled when an edit comes between the request and its cancel`, async () => {
        const params = paramsOf();
        const id = nextId();
        const answer = await client.together([{ id, method, params }, shift(), { method: '$/cancelRequest', params: { id } }])[id]!;
        assert.equal(answer.error?.code, REQUEST_CANCELLED);
        const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: at() });
        assert.match(hover.contents.value, /services secrets russes/);
      });
    }
  });

  it('ignores cancels of unknown and finished requests, and a cancel sent before its request', async () => {
    const params = { textDocument: { uri: bigUri }, position: positionOf(big, '(@le-drian)', 3) };
    const expected = content(await client.request('textDocument/hover', params));
    const finished = nextId();
    assert.deepEqual(content((await client.together([{ id: finished, method: 'textDocument/hover', params }])[finished]!).result), expected);
    const cancels: RawMessage[] = [];
    for (let i = 0; i < 2_000; i++) cancels.push({ method: '$/cancelRequest', params: { id: i % 2 === 0 ? 900_000 + i : `unknown-${i}` } });
    cancels.push({ method: '$/cancelRequest', params: { id: finished } });
    const early = nextId();
    // A cancel read before its request names nothing running: the request is then answered (the client gave up on it anyway).
    cancels.push({ method: '$/cancelRequest', params: { id: early } });
    const answers = client.together([...cancels, { id: early, method: 'textDocument/hover', params }]);
    assert.deepEqual(content((await answers[early]!).result), expected);
    assert.deepEqual(content(await client.request('textDocument/hover', params)), expected);
  });

  it('answers each of a burst of requests, half of them cancelled, in full or RequestCancelled', async () => {
    const params = { textDocument: { uri: bigUri }, position: positionOf(big, '(@le-drian)', 3), context: { includeDeclaration: true } };
    const expected = content(await client.request('textDocument/references', params));
    const messages: RawMessage[] = [];
    const sent: string[] = [];
    for (let i = 0; i < 40; i++) {
      const id = nextId();
      sent.push(id);
      messages.push({ id, method: 'textDocument/references', params });
      if (i % 2 === 0) messages.push({ method: '$/cancelRequest', params: { id } });
    }
    const answers = client.together(messages);
    const outcomes: RawResponse[] = await Promise.all(sent.map((id) => answers[id]!));
    outcomes.forEach((answer, i) => {
      if (i % 2 === 0) assert.equal(answer.error?.code, REQUEST_CANCELLED, `request ${i}`);
      else assert.deepEqual(content(answer.result), expected, `request ${i}`);
    });
  });
});

describe('shutdown and exit while a request runs', () => {
  const start = async (): Promise<{ client: LspClient; params: object }> => {
    const { dir, story } = workspaceWithCopies();
    const client = await LspClient.start({ folders: [dir] });
    const uri = client.open(join(dir, 'le-drian-choigou.article'));
    return { client, params: { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3), context: { includeDeclaration: true } } };
  };
  const exitCode = (client: LspClient): Promise<number | null> => new Promise((resolveExit) => client.process.on('exit', resolveExit));
  let running: LspClient | undefined;
  afterEach(() => {
    // A failed check must not leave the server running (the test would never end).
    running?.process.kill();
    running?.connection.dispose();
  });

  it('finishes the running request, answers shutdown, refuses later requests with InvalidRequest, and exits with 0', async () => {
    const { client, params } = await start();
    running = client;
    const expected = content(await client.request('textDocument/references', params));
    const answers = client.together([
      { id: 'running', method: 'textDocument/references', params },
      { id: 'shutdown', method: 'shutdown' },
      { id: 'late', method: 'textDocument/references', params },
    ]);
    assert.deepEqual(content((await answers['running']!).result), expected);
    assert.equal((await answers['shutdown']!).result, null);
    assert.equal((await answers['late']!).error?.code, -32600);
    const exited = exitCode(client);
    client.together([{ method: 'exit' }]);
    assert.equal(await exited, 0);
  });

  it('exits at once on exit while a request runs (code 1: no shutdown came first)', async () => {
    const { client, params } = await start();
    running = client;
    await client.request('textDocument/references', params);
    const exited = exitCode(client);
    client.together([{ id: 'running', method: 'textDocument/references', params }, { method: 'exit' }]);
    assert.equal(await exited, 1);
  });
});
