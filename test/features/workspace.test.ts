// Workspace behaviour over the protocol: files changed on disk (watched),
// several workspace folders, features that read closed files, the IPC
// transport, and what an edit to one document leaves alone.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import {
  FileChangeType,
  type Diagnostic,
  type Hover,
  type Location,
  type PublishDiagnosticsParams,
  type SymbolInformation,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { tempDir } from '../support/tempDir';
import { LspClient, positionOf, SERVER, uriOf } from './lspClient';

// ------------------------------------------------------------ fixtures

const FRONT = (title: string): string => `---\ntitle: ${title}\nlang: en\n---\n`;

/** Two projects, each with its own articlemark.json and registry folder, so an ID can mean different people. */
const ALPHA: Record<string, string> = {
  'articlemark.json': '{ "registries": ["registry/*.article"] }\n',
  'registry/people.article': '@person ceo: Alice Martin\n  aka: Ms Martin\n\n@org acme: Acme Corporation\n',
  'story.article': `${FRONT('Results')}[Alice Martin](@ceo) runs [Acme](@acme). "We are growing"@ceo, she said. TK\n`,
  'other.article': `${FRONT('Interview')}[Ms Martin](@ceo) spoke at length. "Fine"@ceo\n`,
};
const BETA: Record<string, string> = {
  'articlemark.json': '{ "registries": ["entities/*.article"] }\n',
  'entities/people.article': '@person ceo: Bob Stone\n\n@place harbour: Old Harbour\n',
  'story.article': `${FRONT('Harbour')}[Bob Stone](@ceo) visited the [harbour](@harbour) with [Acme](@acme).\n`,
};

function writeTree(root: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) write(join(root, name), text);
  return root;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const freshRoot = (): string => tempDir('ws');

// ------------------------------------------------------------ client helpers

/** Counts the server's workspace/diagnostic/refresh requests; `next()` resolves on the next one. */
function refreshes(client: LspClient): { next(): Promise<void>; count(): number } {
  let seen = 0;
  let waiters: (() => void)[] = [];
  client.connection.onRequest('workspace/diagnostic/refresh', () => {
    seen++;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
    return null;
  });
  return { next: () => new Promise<void>((resolve) => waiters.push(resolve)), count: () => seen };
}

/**
 * Resolves once the server asked for its settings: the last step of its
 * `initialized` handler, after it subscribed to workspace folder changes.
 * Installed right after `start`, before any message of the server can be read.
 */
function settingsRequested(client: LspClient): Promise<void> {
  return new Promise((resolve) => {
    client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      resolve();
      return params.items.map(() => ({}));
    });
  });
}

function changed(client: LspClient, ...changes: { path: string; type: FileChangeType }[]): Promise<void> {
  return client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uriOf(c.path), type: c.type })) });
}

/** Fails instead of hanging when the server never sends what a test waits for. */
function within<T>(promise: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();
const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);
const hoverText = (hover: Hover | null): string => (hover?.contents as { value: string } | undefined)?.value ?? '';

/** Applies LSP edits (non-overlapping) to a text, last first. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offset = (p: { line: number; character: number }): number => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  };
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

/** The text a location covers in a file on disk. */
function textAt(path: string, location: Location): string {
  const lines = readFileSync(path, 'utf8').split('\n');
  const { start, end } = location.range;
  assert.equal(start.line, end.line, 'single-line reference');
  return lines[start.line]!.slice(start.character, end.character);
}

// ------------------------------------------------------------ 1. file watching

describe('file watching: registries and articlemark.json changed on disk', () => {
  let client: LspClient;
  let refresh: ReturnType<typeof refreshes>;
  let root: string;
  let story: string;
  before(async () => {
    root = writeTree(freshRoot(), ALPHA);
    client = await LspClient.start({ folders: [root] });
    refresh = refreshes(client);
    story = client.open(join(root, 'story.article'));
  });
  after(() => client.stop());

  it('asks the client to watch articles and articlemark.json, and anything created or deleted (a folder reports only itself)', async () => {
    await client.pull(story);
    assert.deepEqual(
      client.registrations.map((r) => [r.method, r.registerOptions]),
      [['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/*.article' }, { globPattern: '**/articlemark.json' }, { globPattern: '**/*', kind: 5 }] }]],
    );
  });

  it('re-checks an open article when its registry changes on disk, after asking the client to re-pull', async () => {
    assert.deepEqual(codes(await client.pull(story)), ['placeholder']);
    const registry = join(root, 'registry/people.article');
    write(registry, '@person ceo: Alice Martin\n  aka: Ms Martin\n');
    const refreshed = refresh.next();
    await changed(client, { path: registry, type: FileChangeType.Changed });
    await within(refreshed, 'workspace/diagnostic/refresh');
    const after = await client.pull(story);
    assert.deepEqual(codes(after), ['placeholder', 'unknown-entity']);
    const unknown = after.find((d) => d.code === 'unknown-entity')!;
    assert.match(messageOf(unknown), /acme/);
    assert.equal(unknown.range.start.line, positionOf(ALPHA['story.article']!, '@acme').line);

    write(registry, ALPHA['registry/people.article']!);
    const restored = refresh.next();
    await changed(client, { path: registry, type: FileChangeType.Changed });
    await within(restored, 'workspace/diagnostic/refresh');
    assert.deepEqual(codes(await client.pull(story)), ['placeholder']);
  });

  it('moves the definition of a registry entity when lines are added above it on disk', async () => {
    const registry = join(root, 'registry/people.article');
    const at = { textDocument: { uri: story }, position: positionOf(ALPHA['story.article']!, '(@acme)', 3) };
    const before = await client.request<Location>('textDocument/definition', at);
    assert.deepEqual(before.range.start, positionOf(ALPHA['registry/people.article']!, 'acme:'));
    assert.match(hoverText(await client.request<Hover>('textDocument/hover', at)), /Defined in registry\/people\\\.article, line 4/);

    const moved = `@person cfo: Carl Hunt\n\n${ALPHA['registry/people.article']!}`;
    write(registry, moved);
    const refreshed = refresh.next();
    await changed(client, { path: registry, type: FileChangeType.Changed });
    await within(refreshed, 'workspace/diagnostic/refresh');
    const after = await client.request<Location>('textDocument/definition', at);
    assert.deepEqual(after.range.start, positionOf(moved, 'acme:'));
    assert.match(hoverText(await client.request<Hover>('textDocument/hover', at)), /Defined in registry\/people\\\.article, line 6/);

    write(registry, ALPHA['registry/people.article']!);
    const restored = refresh.next();
    await changed(client, { path: registry, type: FileChangeType.Changed });
    await within(restored, 'workspace/diagnostic/refresh');
  });

  it('picks up a registry file created and then deleted on disk', async () => {
    const text = `${ALPHA['story.article']!}Then [Zed Young](@zed) joined.\n`;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: story, version: 2 }, contentChanges: [{ text }] });
    assert.deepEqual(codes(await client.pull(story)), ['placeholder', 'unknown-entity']);

    const extra = join(root, 'registry/extra.article');
    write(extra, '@person zed: Zed Young\n');
    let refreshed = refresh.next();
    await changed(client, { path: extra, type: FileChangeType.Created });
    await within(refreshed, 'workspace/diagnostic/refresh');
    assert.deepEqual(codes(await client.pull(story)), ['placeholder']);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: story }, position: positionOf(text, '(@zed)', 3) });
    assert.match(hoverText(hover), /Zed Young/);

    rmSync(extra);
    refreshed = refresh.next();
    await changed(client, { path: extra, type: FileChangeType.Deleted });
    await within(refreshed, 'workspace/diagnostic/refresh');
    assert.deepEqual(codes(await client.pull(story)), ['placeholder', 'unknown-entity']);
    // Back to the original text for the next test.
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: story, version: 3 }, contentChanges: [{ text: ALPHA['story.article']! }] });
  });

  it('follows articlemark.json: a rule switched off disappears, switched to error changes severity', async () => {
    const config = join(root, 'articlemark.json');
    const before = await client.pull(story);
    assert.equal(before.find((d) => d.code === 'placeholder')?.severity, 2, 'placeholder is a warning by default');

    write(config, '{ "registries": ["registry/*.article"], "rules": { "placeholder": "off" } }\n');
    let refreshed = refresh.next();
    await changed(client, { path: config, type: FileChangeType.Changed });
    await within(refreshed, 'workspace/diagnostic/refresh');
    assert.deepEqual(await client.pull(story), []);

    write(config, '{ "registries": ["registry/*.article"], "rules": { "placeholder": "error" } }\n');
    refreshed = refresh.next();
    await changed(client, { path: config, type: FileChangeType.Changed });
    await within(refreshed, 'workspace/diagnostic/refresh');
    const now = await client.pull(story);
    assert.deepEqual(codes(now), ['placeholder']);
    assert.equal(now[0]!.severity, 1);

    write(config, ALPHA['articlemark.json']!);
    refreshed = refresh.next();
    await changed(client, { path: config, type: FileChangeType.Changed });
    await within(refreshed, 'workspace/diagnostic/refresh');
    assert.equal((await client.pull(story)).find((d) => d.code === 'placeholder')?.severity, 2);
  });

  it('pushes fresh diagnostics to a client that does not pull when a registry changes on disk', async () => {
    const push = await LspClient.start({ folders: [root], pull: false });
    try {
      const uri = push.open(join(root, 'story.article'));
      assert.deepEqual(codes((await within(push.nextPublish(uri), 'publishDiagnostics')).diagnostics), ['placeholder']);
      const registry = join(root, 'registry/people.article');
      write(registry, '@org acme: Acme Corporation\n');
      const next = push.nextPublish(uri);
      await changed(push, { path: registry, type: FileChangeType.Changed });
      const published: PublishDiagnosticsParams = await within(next, 'publishDiagnostics');
      assert.deepEqual(codes(published.diagnostics), ['placeholder', 'unknown-entity', 'unknown-entity']);
    } finally {
      write(join(root, 'registry/people.article'), ALPHA['registry/people.article']!);
      await push.stop();
    }
  });
});

// ------------------------------------------------------------ 2. multi-root

describe('multi-root: two workspace folders, each with its own configuration and registry', () => {
  let client: LspClient;
  let alpha: string;
  let beta: string;
  let ready: Promise<void>;
  before(async () => {
    const root = freshRoot();
    alpha = writeTree(join(root, 'alpha'), ALPHA);
    beta = writeTree(join(root, 'beta'), BETA);
    client = await LspClient.start({ folders: [alpha, beta] });
    ready = settingsRequested(client);
  });
  after(() => client.stop());

  it('resolves an ID per folder: hover, definition and diagnostics', async () => {
    const alphaStory = client.open(join(alpha, 'story.article'));
    const betaStory = client.open(join(beta, 'story.article'));
    const alphaHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: alphaStory }, position: positionOf(ALPHA['story.article']!, '(@ceo)', 3) });
    const betaHover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: betaStory }, position: positionOf(BETA['story.article']!, '(@ceo)', 3) });
    assert.match(hoverText(alphaHover), /Alice Martin/);
    assert.match(hoverText(betaHover), /Bob Stone/);
    const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri: betaStory }, position: positionOf(BETA['story.article']!, '(@ceo)', 3) });
    assert.equal(definition.uri, uriOf(join(beta, 'entities/people.article')));
    // Alpha's acme is not beta's: unknown there, and alpha's placeholder rule applies only to alpha.
    assert.deepEqual(codes(await client.pull(alphaStory)), ['placeholder']);
    const betaDiagnostics = await client.pull(betaStory);
    assert.deepEqual(codes(betaDiagnostics), ['unknown-entity']);
    assert.match(messageOf(betaDiagnostics[0]!), /acme/);
  });

  it('finds references to an ID only in the folder that defines it', async () => {
    const betaStory = uriOf(join(beta, 'story.article'));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: betaStory }, position: positionOf(BETA['story.article']!, '(@ceo)', 3), context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => r.uri), [betaStory], 'one mention, in beta');
    const alphaStory = uriOf(join(alpha, 'story.article'));
    const alphaRefs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: alphaStory }, position: positionOf(ALPHA['story.article']!, '(@ceo)', 3), context: { includeDeclaration: true } });
    assert.equal(alphaRefs.length, 5, 'declaration and two mentions in each alpha article');
    for (const ref of alphaRefs) assert.ok(ref.uri.startsWith(`${uriOf(alpha)}/`), `${ref.uri} is in alpha`);
  });

  it('lists the entities of both folders as workspace symbols', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    const names = symbols.map((s) => `${s.name} ${s.containerName}`).sort();
    assert.deepEqual(names, ['@acme Acme Corporation', '@ceo Alice Martin', '@ceo Bob Stone', '@harbour Old Harbour']);
    const bob = symbols.find((s) => s.containerName === 'Bob Stone')!;
    assert.equal(bob.location.uri, uriOf(join(beta, 'entities/people.article')));
    const byAlias = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'ms mar' });
    assert.deepEqual(byAlias.map((s) => s.containerName), ['Alice Martin']);
    // LSP asks for loose matching (the editor filters again): characters in order, accents and a leading @ aside.
    // A substring match found nothing for these.
    for (const query of ['@acme', 'hrbr', 'ÀCMÉ', 'Old Hr']) {
      const loose = await client.request<SymbolInformation[]>('workspace/symbol', { query });
      assert.equal(loose.length, 1, `${query}: ${loose.map((s) => s.name).join(',')}`);
    }
  });

  it('updates workspace symbols when folders are removed and added', async () => {
    await within(ready, 'workspace/configuration request');
    const gamma = writeTree(join(dirname(alpha), 'gamma'), { 'registry.article': '@org guild: Writers Guild\n' });
    const list = async (): Promise<string[]> => (await client.request<SymbolInformation[]>('workspace/symbol', { query: '' })).map((s) => s.name).sort();
    // The beta story is open: close it so that only the folder decides.
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uriOf(join(beta, 'story.article')) } });

    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: uriOf(beta), name: 'folder1' }] } });
    assert.deepEqual(await list(), ['@acme', '@ceo']);

    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: uriOf(gamma), name: 'gamma' }, { uri: uriOf(beta), name: 'folder1' }], removed: [] } });
    assert.deepEqual(await list(), ['@acme', '@ceo', '@ceo', '@guild', '@harbour']);
  });
});

// ------------------------------------------------------------ 3. closed files

describe('references and rename reach articles that are not open (read from disk)', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = writeTree(freshRoot(), ALPHA);
    client = await LspClient.start({ folders: [root] });
  });
  after(() => client.stop());

  it('finds references in a closed article, from an article and from the registry', async () => {
    const story = client.open(join(root, 'story.article'));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: story }, position: positionOf(ALPHA['story.article']!, '(@ceo)', 3), context: { includeDeclaration: true } });
    const other = join(root, 'other.article');
    const inOther = refs.filter((r) => r.uri === uriOf(other));
    assert.equal(inOther.length, 2, JSON.stringify(refs));
    for (const ref of inOther) assert.match(textAt(other, ref), /ceo/);
    const declaration = refs.find((r) => r.uri === uriOf(join(root, 'registry/people.article')));
    assert.ok(declaration, 'the definition in the (closed) registry');
    assert.equal(textAt(join(root, 'registry/people.article'), declaration), 'ceo');

    // From the registry, nothing else open but it: both articles.
    const registryText = ALPHA['registry/people.article']!;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: story } });
    const registry = client.open(join(root, 'registry/people.article'));
    const fromRegistry = await client.request<Location[]>('textDocument/references', { textDocument: { uri: registry }, position: positionOf(registryText, 'ceo:'), context: { includeDeclaration: false } });
    const files = [...new Set(fromRegistry.map((r) => r.uri))].sort();
    assert.deepEqual(files, [uriOf(other), uriOf(join(root, 'story.article'))].sort());
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: registry } });
  });

  it('renames in closed articles and the closed registry, and the edits produce the renamed text', async () => {
    const story = client.open(join(root, 'story.article'));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: story }, position: positionOf(ALPHA['story.article']!, '(@ceo)', 3), newName: 'chief' });
    const changes = edit.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), ['other.article', 'registry/people.article', 'story.article'].map((f) => uriOf(join(root, f))).sort());
    const expect = (name: string): void => {
      const text = ALPHA[name]!;
      assert.equal(applyEdits(text, changes[uriOf(join(root, name))]!), text.replace(/@ceo\b/g, '@chief').replace(/^@person ceo:/m, '@person chief:'), name);
    };
    for (const name of ['story.article', 'other.article', 'registry/people.article']) expect(name);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: story } });
  });

  it('refuses a new ID that already names another entity where the edits go, which would merge the two', async () => {
    // The article defines its own @cfo; the registry defines @ceo and @acme.
    const text = `${ALPHA['story.article']!}@person cfo: Carl Fo\n\n[Carl](@cfo) signed.\n`;
    const story = client.open(join(root, 'story.article'), text);
    const renameTo = (at: string, newName: string): Promise<WorkspaceEdit> =>
      client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: story }, position: positionOf(text, at, 3), newName });
    // Into the registry's own other ID: the registry would define acme twice, the first (Alice) winning for Acme's mentions.
    await assert.rejects(renameTo('(@ceo)', 'acme'), /"acme" already names Acme Corporation/);
    // Into an ID the article defines: its @ceo mentions would mean Carl.
    await assert.rejects(renameTo('(@ceo)', 'cfo'), /"cfo" already names Carl Fo in story\.article/);
    // The article's own entity into a registry ID: its local definition would shadow Alice for the article.
    await assert.rejects(renameTo('(@cfo)', 'ceo'), /"ceo" already names Alice Martin \(defined in people\.article\) for story\.article/);
    // A free ID, and the ID itself, still rename.
    assert.equal(Object.keys((await renameTo('(@cfo)', 'treasurer')).changes ?? {}).length, 1);
    assert.equal(Object.keys((await renameTo('(@ceo)', 'ceo')).changes ?? {}).length, 3);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: story } });
  });

  it('follows closed articles created, changed and deleted on disk', async () => {
    const story = client.open(join(root, 'story.article'));
    const ask = (): Promise<Location[]> =>
      client.request<Location[]>('textDocument/references', { textDocument: { uri: story }, position: positionOf(ALPHA['story.article']!, '(@ceo)', 3), context: { includeDeclaration: false } });
    const late = join(root, 'late/late.article');
    const lateText = `${FRONT('Late')}\n\nLater, [Alice](@ceo) left.\n`;
    write(late, lateText);
    await changed(client, { path: late, type: FileChangeType.Created });
    const withLate = (await ask()).filter((r) => r.uri === uriOf(late));
    assert.equal(withLate.length, 1);
    assert.deepEqual(withLate[0]!.range.start.line, positionOf(lateText, '@ceo').line);

    const other = join(root, 'other.article');
    const moved = `${FRONT('Interview')}\n\n\nIn short: "Fine"@ceo\n`;
    write(other, moved);
    await changed(client, { path: other, type: FileChangeType.Changed });
    const inOther = (await ask()).filter((r) => r.uri === uriOf(other));
    assert.deepEqual(inOther.map((r) => r.range.start), [positionOf(moved, 'ceo')]);

    rmSync(late);
    await changed(client, { path: late, type: FileChangeType.Deleted });
    assert.equal((await ask()).filter((r) => r.uri === uriOf(late)).length, 0);
  });
});

describe('a client that spells file URIs its own way (as VS Code does)', () => {
  // VS Code percent-encodes `(`, `)`, `@`, `+` … in paths, Node's pathToFileURL does not:
  // one file then reaches the server under two URIs, the index's and the editor's.
  const vscodeUri = (path: string): string => `file://${path.split('/').map((part) => encodeURIComponent(part).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)).join('/')}`;
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = writeTree(join(freshRoot(), 'alpha (copy)'), ALPHA);
    client = await LspClient.start({ folders: [folder] });
  });
  after(() => client.stop());

  it('reports each file once in references, rename and workspace symbols, in the editor’s spelling', async () => {
    const open = (name: string): string => {
      const uri = vscodeUri(join(folder, name));
      assert.notEqual(uri, uriOf(join(folder, name)), 'the two spellings differ');
      void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'articlemark', version: 1, text: ALPHA[name]! } });
      return uri;
    };
    const story = open('story.article');
    const registry = open('registry/people.article');
    const position = positionOf(ALPHA['story.article']!, '(@ceo)', 3);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: story }, position, context: { includeDeclaration: false } });
    const inStory = refs.filter((r) => decodeURIComponent(r.uri) === decodeURIComponent(story));
    assert.equal(inStory.length, 2, JSON.stringify(refs));
    assert.ok(inStory.every((r) => r.uri === story), 'in the editor’s spelling');

    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: story }, position, newName: 'chief' });
    const files = Object.keys(edit.changes ?? {}).map(decodeURIComponent).sort();
    assert.deepEqual(files, [...new Set(files)], 'one entry per file');
    assert.equal(files.length, 3);

    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.deepEqual(symbols.map((s) => s.name).sort(), ['@acme', '@ceo']);
    assert.ok(symbols.every((s) => s.location.uri === registry));

    const declared = await client.request<Location>('textDocument/definition', { textDocument: { uri: story }, position });
    assert.equal(declared.uri, registry, 'definition in the editor’s spelling');
  });
});

// ------------------------------------------------------------ 4. IPC transport

describe('IPC transport (--node-ipc)', () => {
  it('initializes, checks an opened document, answers a hover and exits cleanly on shutdown', async () => {
    const root = writeTree(freshRoot(), ALPHA);
    const child = fork(SERVER, ['--node-ipc'], { silent: true });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    try {
      const init = await connection.sendRequest<{ capabilities: { diagnosticProvider?: unknown; hoverProvider?: boolean } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true, workspaceFolders: true } },
        workspaceFolders: [{ uri: uriOf(root), name: 'alpha' }],
      });
      assert.ok(init.capabilities.diagnosticProvider, 'pull diagnostics advertised');
      await connection.sendNotification('initialized', {});
      const uri = uriOf(join(root, 'story.article'));
      const text = `${ALPHA['story.article']!}"Unsigned"@nobody\n`;
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'articlemark', version: 1, text } });
      const report = await connection.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.deepEqual(codes(report.items), ['placeholder', 'unknown-entity']);
      const hover = await connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '(@acme)', 3) });
      assert.match(hoverText(hover), /Acme Corporation/);
      await connection.sendRequest('shutdown', null);
      await connection.sendNotification('exit');
      assert.equal(await within(exited, 'exit'), 0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
  });
});

// ------------------------------------------------------------ 5. after a keystroke

describe('an edit to one article leaves other analyses alone', () => {
  // The server exposes no analysis counter, so this watches a side channel: a
  // registry file written to disk WITHOUT a watch event is seen only by an
  // analysis that re-reads the project's registries. Editing an article that
  // nothing depends on must not drop those caches, so the other article keeps
  // its result; editing a registry must re-check the article that uses it.
  let client: LspClient;
  let refresh: ReturnType<typeof refreshes>;
  let root: string;
  before(async () => {
    root = writeTree(freshRoot(), {
      ...ALPHA,
      'second.article': `${FRONT('Second')}[Zed Young](@zed) and [Alice Martin](@ceo).\n`,
    });
    client = await LspClient.start({ folders: [root] });
    refresh = refreshes(client);
  });
  after(() => client.stop());

  it('keeps the other document’s analysis after a keystroke, re-checks dependents after a registry edit', async () => {
    const story = client.open(join(root, 'story.article'));
    const second = client.open(join(root, 'second.article'));
    assert.deepEqual(codes(await client.pull(second)), ['unknown-entity']);
    assert.deepEqual(codes(await client.pull(story)), ['placeholder']);

    write(join(root, 'registry/unannounced.article'), '@person zed: Zed Young\n');
    const before = refresh.count();
    const end = positionOf(ALPHA['story.article']!, 'TK', 2);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: story, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: ' TODO' }],
    });
    assert.deepEqual(codes(await client.pull(story)), ['placeholder', 'placeholder'], 'the edited document is re-checked');
    assert.deepEqual(codes(await client.pull(second)), ['unknown-entity'], 'the other document was not re-analysed');
    assert.equal(refresh.count(), before, 'no refresh for an edit nobody depends on');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: story } });
    assert.deepEqual(codes(await client.pull(second)), ['unknown-entity']);
    assert.equal(refresh.count(), before, 'no refresh for closing a document nobody depends on');

    // An edit to a registry: the article that uses it is re-checked (and now sees the unannounced file too).
    const registryPath = join(root, 'registry/people.article');
    // Opening a registry asks for a refresh by itself: let that one pass first.
    const opened = refresh.next();
    const registry = client.open(registryPath);
    await within(opened, 'workspace/diagnostic/refresh');
    const refreshed = refresh.next();
    const registryEnd = positionOf(ALPHA['registry/people.article']!, 'Corporation', 'Corporation'.length);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: registry, version: 2 },
      contentChanges: [{ range: { start: registryEnd, end: registryEnd }, text: '\n  aka: Acme' }],
    });
    await within(refreshed, 'workspace/diagnostic/refresh');
    assert.deepEqual(await client.pull(second), []);
  });
});

describe('a `uses` file with prose is a dependency like a registry', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = writeTree(freshRoot(), {
      'background.article': `${FRONT('Background')}@person ann: Ann Lee\n\nSome prose about [Ann Lee](@ann).\n`,
      'story.article': `---\ntitle: Story\nuses: background.article\n---\n[Ann Lee](@ann) met [Zed Young](@zed).\n`,
    });
    client = await LspClient.start({ folders: [root] });
  });
  after(() => client.stop());

  it('an unsaved definition in the used file resolves the article at once, with a refresh', async () => {
    const refresh = refreshes(client);
    const story = client.open(join(root, 'story.article'));
    assert.deepEqual(codes(await client.pull(story)), ['unknown-entity']);
    const background = client.open(join(root, 'background.article'));
    await client.pull(background);
    const refreshed = refresh.next();
    const at = positionOf(readFileSync(join(root, 'background.article'), 'utf8'), '@person ann');
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: background, version: 2 },
      contentChanges: [{ range: { start: at, end: at }, text: '@person zed: Zed Young\n' }],
    });
    await within(refreshed, 'workspace/diagnostic/refresh');
    assert.deepEqual(codes(await client.pull(story)), []);

    // Closed unsaved: the disk copy, without Zed, is the truth again.
    const closed = refresh.next();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: background } });
    await within(closed, 'workspace/diagnostic/refresh');
    assert.deepEqual(codes(await client.pull(story)), ['unknown-entity']);
  });
});

describe('files changed on disk that no watched-file event reports are read again when an article opens', () => {
  const ARTICLE = `${FRONT('Loose')}"Hello"@zed, said @yan.\n`;
  const BEFORE = '@person zed: Zed Ray\n';
  const AFTER = '@person zed: Zed Ray\n@person yan: Yan Li\n';

  /** Opens the article, changes the registry on disk with no event, closes and reopens the article: the writer's way to refresh. */
  async function reopenAfterDiskChange(client: LspClient, article: string, registry: string): Promise<Diagnostic[]> {
    const uri = client.open(article);
    assert.deepEqual(codes(await client.pull(uri)), ['unknown-entity']);
    write(registry, AFTER);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.open(article);
    return client.pull(uri);
  }

  it('an article outside every workspace folder, and the `uses` file beside it', async () => {
    const root = freshRoot();
    const folder = writeTree(join(root, 'folder'), { 'a.article': 'Text.\n' });
    writeTree(join(root, 'loose'), { 'people.article': BEFORE, 'story.article': ARTICLE.replace('---\n"', 'uses: people.article\n---\n"') });
    const client = await LspClient.start({ folders: [folder] });
    try {
      assert.deepEqual(await reopenAfterDiskChange(client, join(root, 'loose/story.article'), join(root, 'loose/people.article')), []);
    } finally {
      await client.stop();
    }
  });

  it('a registry in the workspace, with an editor that does not report changes on disk', async () => {
    const root = writeTree(freshRoot(), { 'articlemark.json': '{ "registries": ["registry/*.article"] }\n', 'registry/people.article': BEFORE, 'story.article': ARTICLE });
    const client = await LspClient.start({ folders: [root], watchFiles: false });
    try {
      assert.deepEqual(await reopenAfterDiskChange(client, join(root, 'story.article'), join(root, 'registry/people.article')), []);
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: uriOf(join(root, 'story.article')) }, position: positionOf(ARTICLE, '@yan', 2) });
      assert.match(hoverText(hover), /Yan Li/);
    } finally {
      await client.stop();
    }
  });
});

describe('workspace folders added right after initialized', () => {
  it('are indexed (the server subscribes before its first await)', async () => {
    const a = writeTree(freshRoot(), { 'registry.article': '@person ann: Ann Lee\n' });
    const b = writeTree(freshRoot(), { 'registry.article': '@person bob: Bob Ray\n' });
    const client = await LspClient.start({ folders: [a] });
    try {
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: uriOf(b), name: 'b' }], removed: [] },
      });
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
      const names = symbols.map((s) => s.name);
      assert.ok(names.includes('@ann') && names.includes('@bob'), names.join(', '));
    } finally {
      await client.stop();
    }
  });
});

describe('problems of articlemark.json are shown on that file', () => {
  const CONFIG = '{\n  "rules": { "no-such-rule": "error", "placeholder": "loud" },\n  "registries": ["registry/*.article", "registry/*.artcle"]\n}\n';
  let client: LspClient;
  let root: string;
  let config: string;
  let story: string;
  before(async () => {
    root = writeTree(freshRoot(), { ...ALPHA, 'articlemark.json': CONFIG });
    config = uriOf(join(root, 'articlemark.json'));
    client = await LspClient.start({ folders: [root] });
    story = client.open(join(root, 'story.article'));
  });
  after(() => client.stop());

  it('publishes each problem at the name it is about, and the rest of the file still applies', async () => {
    const published = client.nextPublish(config);
    const findings = await client.pull(story);
    // The good registry pattern applies: @ceo and @acme resolve.
    assert.ok(!codes(findings).includes('unknown-entity'), codes(findings).join());
    const { diagnostics } = await within(published, 'diagnostics of articlemark.json');
    const shown = diagnostics.map((d) => ({ message: messageOf(d), at: CONFIG.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character), severity: d.severity }));
    assert.deepEqual(shown, [
      { message: 'unknown rule code "no-such-rule" in "rules"', at: '"no-such-rule"', severity: 2 },
      { message: '"placeholder": severity must be one of error, warning, information, hint, off, not "loud"', at: '"placeholder"', severity: 2 },
      { message: 'no file matches "registry/*.artcle" in "registries"', at: '"registries"', severity: 2 },
    ]);
  });

  it('points at where JSON parsing stopped, and clears the problems once the file is fixed', async () => {
    const path = join(root, 'articlemark.json');
    write(path, '{\n  "registries": ["registry/*.article"],\n}\n');
    let published = client.nextPublish(config);
    await changed(client, { path, type: FileChangeType.Changed });
    await client.pull(story);
    const broken = (await within(published, 'diagnostics of the broken file')).diagnostics;
    assert.equal(broken.length, 1);
    assert.equal(broken[0]!.severity, 1);
    assert.match(messageOf(broken[0]!), /^not valid JSON: .*: the default configuration applies$/);
    assert.deepEqual(broken[0]!.range.start, { line: 2, character: 0 }, 'the } after the trailing comma');

    write(path, ALPHA['articlemark.json']!);
    published = client.nextPublish(config);
    await changed(client, { path, type: FileChangeType.Changed });
    await client.pull(story);
    assert.deepEqual((await within(published, 'cleared diagnostics')).diagnostics, []);
  });

  it('clears them when the file is deleted', async () => {
    const path = join(root, 'articlemark.json');
    write(path, '{ "lang": 3 }\n');
    let published = client.nextPublish(config);
    await changed(client, { path, type: FileChangeType.Changed });
    await client.pull(story);
    assert.deepEqual((await within(published, 'the lang problem')).diagnostics.map(messageOf), ['"lang" must be a language tag such as "fr"']);
    rmSync(path);
    published = client.nextPublish(config);
    await changed(client, { path, type: FileChangeType.Deleted });
    assert.deepEqual((await within(published, 'cleared diagnostics')).diagnostics, []);
  });

  it('names a registry file the patterns match that cannot be read (the article only sees its IDs unknown), until it is fixed', async () => {
    const path = join(root, 'articlemark.json');
    write(path, ALPHA['articlemark.json']!);
    const registry = join(root, 'registry/people.article');
    // Saved as Latin-1 by another tool: "é" is one byte that is not UTF-8.
    writeFileSync(registry, Buffer.from('@person ceo: Ren\xe9 Martin\n', 'latin1'));
    let published = client.nextPublish(config);
    await changed(client, { path, type: FileChangeType.Created }, { path: registry, type: FileChangeType.Changed });
    assert.ok(codes(await client.pull(story)).includes('unknown-entity'));
    const { diagnostics } = await within(published, 'diagnostics of articlemark.json');
    assert.deepEqual(diagnostics.map(messageOf), ['registry file "registry/people.article": not valid UTF-8 text, not checked (save it as UTF-8); its entities are not loaded']);
    assert.equal(ALPHA['articlemark.json']!.split('\n')[diagnostics[0]!.range.start.line]!.slice(diagnostics[0]!.range.start.character, diagnostics[0]!.range.end.character), '"registries"');

    write(registry, ALPHA['registry/people.article']!);
    published = client.nextPublish(config);
    await changed(client, { path: registry, type: FileChangeType.Changed });
    assert.ok(!codes(await client.pull(story)).includes('unknown-entity'));
    assert.deepEqual((await within(published, 'cleared diagnostics')).diagnostics, []);
  });
});
