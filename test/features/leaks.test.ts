// A long editing session must not leave the server holding more than its open
// documents need: documents opened and closed under many paths (files and
// untitled), `uses` paths typed letter by letter, registries and
// configurations created and deleted on disk, workspace folders added and
// removed. Counted through the test-only request ARTICLEMARK_TEST_HOOKS=1 adds.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { tempDir } from '../support/tempDir';
import { exampleWorkspace, LspClient, positionOf, uriOf } from './lspClient';

type Retained = Record<string, number>;

describe('a long session keeps only what its open documents need', () => {
  let client: LspClient;
  let dir: string;
  let story: string;
  let baseline: Retained;

  const retained = async (): Promise<Retained> => {
    // Let the last notifications, the pushes and the idle indexing run first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return client.request<Retained>('articlemark/test/retained', null);
  };
  const close = (uri: string): void => void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const watched = (changes: { path: string; type: FileChangeType }[]): void =>
    void client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(({ path, type }) => ({ uri: uriOf(path), type })) });
  /** What an editor asks of a document it shows, and a keystroke. */
  const use = async (uri: string): Promise<void> => {
    const position = positionOf(story, '(@le-drian)', 3);
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const tokens = await client.request<{ resultId: string }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    client.change(uri, 2, [{ range: { start: position, end: position }, text: 'x' }]);
    await client.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: tokens.resultId });
    await client.pull(uri);
  };
  /** The counts that must come back to where they were: those of the one document left open. */
  const assertBack = (now: Retained, what: string): void => {
    for (const key of Object.keys(baseline)) {
      if (key === 'heapUsed' || key === 'configsByDir' || key === 'listedFiles') continue;
      assert.ok((now[key] ?? 0) <= (baseline[key] ?? 0), `${what}: ${key} ${baseline[key]} → ${now[key]}`);
    }
  };

  before(async () => {
    dir = exampleWorkspace();
    story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
    client = await LspClient.start({ folders: [dir], env: { ARTICLEMARK_TEST_HOOKS: '1' } });
    const uri = client.open(join(dir, 'le-drian-choigou.article'));
    await client.pull(uri);
    // A hover reads the registry's lines, kept until it changes.
    await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3) });
    baseline = await retained();
    assert.equal(baseline['documents'], 1);
  });
  after(() => client.stop());

  it('documents opened, used and closed under many paths, files and untitled', async () => {
    const outside = tempDir('outside');
    for (let i = 0; i < 40; i++) {
      const path = i % 2 ? join(dir, `drafts/${i}`, 'draft.article') : join(outside, `story ${i}`, 'story.article');
      const uri = client.open(path, story);
      await use(uri);
      close(uri);
      const untitled = `untitled:Untitled-${i}`;
      void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: untitled, languageId: 'articlemark', version: 1, text: story } });
      await use(untitled);
      close(untitled);
    }
    assertBack(await retained(), 'after 80 documents');
  });

  it('requests about a document after its close', async () => {
    const path = join(dir, 'closed.article');
    writeFileSync(path, readFileSync(join(dir, 'faulty.article'), 'utf8'));
    watched([{ path, type: FileChangeType.Created }]);
    for (let i = 0; i < 5; i++) {
      const uri = client.open(path);
      await use(uri);
      close(uri);
      // A client may still ask (a debounced pull, a request queued before the close): answered from the disk, not remembered.
      const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
      assert.ok(tokens.data.length > 0);
      await client.request('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: '1' });
      assert.ok((await client.pull(uri)).length > 0);
    }
    // Its analysis from the disk is kept like any workspace file's, until the file changes.
    rmSync(path);
    watched([{ path, type: FileChangeType.Deleted }]);
    const now = await retained();
    assertBack(now, 'after requests about closed documents');
    assert.deepEqual([now['tokenHistory'], now['diagnosticReports']], [baseline['tokenHistory'] ?? 0, baseline['diagnosticReports']]);
  });

  it('a `uses` path typed letter by letter', async () => {
    const uri = client.open(join(dir, 'typing.article'), '---\nuses: \n---\n"Oui"@le-drian\n');
    const path = 'registry/some-registry-not-there.article';
    for (let i = 0; i < path.length; i++) {
      client.change(uri, i + 2, [{ range: { start: { line: 1, character: 6 + i }, end: { line: 1, character: 6 + i } }, text: path[i]! }]);
      await client.pull(uri);
    }
    const open = await retained();
    assert.ok(open['files']! <= baseline['files']! + 1, `files while typing: ${open['files']}`);
    close(uri);
    assertBack(await retained(), 'after typing');
  });

  it('registries and configurations created, changed and deleted on disk', async () => {
    for (let i = 0; i < 20; i++) {
      const project = join(dir, `project-${i}`);
      const registry = join(project, 'registry/people.article');
      const config = join(project, 'articlemark.json');
      mkdirSync(join(project, 'registry'), { recursive: true });
      writeFileSync(registry, `@person p${i}: P ${i}\n`);
      writeFileSync(config, '{ "registries": ["registry/*.article", "missing/*.article"] }');
      watched([{ path: registry, type: FileChangeType.Created }, { path: config, type: FileChangeType.Created }]);
      const uri = client.open(join(project, 'a.article'), `"Oui"@p${i}\n`);
      await client.pull(uri);
      writeFileSync(registry, `@person p${i}: Person ${i}\n`);
      watched([{ path: registry, type: FileChangeType.Changed }]);
      await client.pull(uri);
      close(uri);
      rmSync(project, { recursive: true });
      watched([{ path: registry, type: FileChangeType.Deleted }, { path: config, type: FileChangeType.Deleted }]);
    }
    assertBack(await retained(), 'after 20 projects');
  });

  it('workspace folders added, used and removed', async () => {
    const configs: string[] = [];
    for (let i = 0; i < 20; i++) {
      const folder = tempDir('folder');
      configs.push(uriOf(join(folder, 'articlemark.json')));
      cpSync(join(dir, 'registry'), join(folder, 'registry'), { recursive: true });
      writeFileSync(join(folder, 'articlemark.json'), '{ "registries": ["registry/*.article", "missing/*.article"] }');
      writeFileSync(join(folder, 'other.article'), story);
      const event = (added: string[], removed: string[]) => ({ event: { added: added.map((f) => ({ uri: uriOf(f), name: 'f' })), removed: removed.map((f) => ({ uri: uriOf(f), name: 'f' })) } });
      void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', event([folder], []));
      const uri = client.open(join(folder, 'a.article'), story);
      await use(uri);
      await client.request('textDocument/references', { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3), context: { includeDeclaration: true } });
      close(uri);
      void client.connection.sendNotification('workspace/didChangeWorkspaceFolders', event([], [folder]));
      rmSync(folder, { recursive: true });
    }
    const now = await retained();
    assertBack(now, 'after 20 folders');
    assert.equal(now['folders'], 1);
    // Their configurations' problems (a pattern that matches nothing) were shown, and went with them.
    assert.deepEqual(configs.map((uri) => client.published.get(uri)?.diagnostics.length), configs.map(() => 0));
  });
});
