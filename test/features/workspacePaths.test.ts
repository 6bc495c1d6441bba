// Workspace paths over the protocol: one file reached by several paths (symlinked
// folders, files and registries, nested workspace folders), file names that need
// encoding, and folders created, renamed or deleted on disk.
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Location, SymbolInformation, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { tempDir } from '../support/tempDir';
import { LspClient, positionOf, uriOf } from './lspClient';

const FRONT = (title: string): string => `---\ntitle: ${title}\nlang: en\n---\n`;

function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();
/** `uri:line:character` of each location, for comparing lists. */
const spots = (locations: readonly Location[]): string[] => locations.map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`);
const editCount = (edit: WorkspaceEdit): Record<string, number> => Object.fromEntries(Object.entries(edit.changes ?? {}).map(([uri, edits]: [string, TextEdit[]]) => [uri, edits.length]));

describe('one file reached by several paths through symlinks', () => {
  const STORY = `${FRONT('Story')}[Alice Martin](@ceo) spoke. "Hi"@ceo\n`;
  const mentions = (uri: string): string[] => [positionOf(STORY, '@ceo', 1), positionOf(STORY, '@ceo', 1, 1)].map((p) => `${uri}:${p.line}:${p.character}`);
  let client: LspClient;
  let project: string;
  let shared: string;
  before(async () => {
    const root = tempDir('paths');
    shared = join(root, 'shared');
    project = join(root, 'project');
    write(join(shared, 'people.article'), '@person ceo: Alice Martin\n');
    write(join(project, 'articlemark.json'), '{ "registries": ["registry/**/*.article"] }\n');
    // The newsroom's registry, linked in; and a link back up the registry tree, which lists it again.
    mkdirSync(join(project, 'registry'));
    symlinkSync('../../shared/people.article', join(project, 'registry/people.article'));
    symlinkSync('.', join(project, 'registry/up'));
    write(join(project, 'desk/story.article'), STORY);
    symlinkSync('desk', join(project, 'desk-link'));
    client = await LspClient.start({ folders: [project, shared] });
  });
  after(() => client.stop());

  it('reads a registry listed twice by its glob once: no duplicate entity', async () => {
    const registry = client.open(join(project, 'registry/people.article'));
    assert.deepEqual(codes(await client.pull(registry)), []);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: registry } });
  });

  it('lists each file once in references, rename and workspace symbols', async () => {
    const story = client.open(join(project, 'desk/story.article'));
    const position = positionOf(STORY, '(@ceo)', 3);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: story }, position, context: { includeDeclaration: true } });
    assert.deepEqual(spots(refs), [`${uriOf(join(project, 'registry/people.article'))}:0:8`, ...mentions(story)]);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: story }, position, newName: 'chief' });
    assert.deepEqual(editCount(edit), { [story]: 2, [uriOf(join(project, 'registry/people.article'))]: 1 });
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'ceo' });
    assert.equal(symbols.length, 1, JSON.stringify(symbols));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: story } });
  });

  it('finds the mentions of an entity from its registry opened by its real path, and renames them', async () => {
    const registry = client.open(join(shared, 'people.article'));
    const position = { line: 0, character: 9 };
    // Closed, the story is named by its first path in sorted order, as in `articlemark check`.
    const story = uriOf(join(project, 'desk-link/story.article'));
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: registry }, position, context: { includeDeclaration: false } });
    assert.deepEqual(spots(refs), mentions(story));
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: registry }, position, newName: 'chief' });
    assert.deepEqual(editCount(edit), { [registry]: 1, [story]: 2 });
  });
});

describe('file names that need encoding: spaces, #, %, accents written as e + U+0301', () => {
  const NFD = 'cafe\u0301';
  let client: LspClient;
  let folder: string;
  before(async () => {
    folder = join(tempDir('paths'), 'desk #2 100%');
    write(join(folder, `registry ${NFD}/people #1.article`), '@person ceo: Alice Martin\n');
    client = await LspClient.start({ folders: [folder] });
  });
  after(() => client.stop());

  it('completes a `uses` path YAML would cut short quoted, and the article then reads that registry', async () => {
    const path = join(folder, `${NFD} 50%.article`);
    const typed = '---\ntitle: T\nuses: reg\n---\n[Alice Martin](@ceo) spoke.\n';
    const uri = client.open(write(path, typed));
    const items = await client.request<{ label: string; textEdit: TextEdit }[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(typed, 'uses: reg', 9) });
    const item = items.find((i) => i.label === `registry ${NFD}/people #1.article`);
    assert.ok(item, items.map((i) => i.label).join(', '));
    const completed = typed.replace('uses: reg', `uses: ${item.textEdit.newText}`);
    client.change(uri, 2, [{ text: completed }]);
    assert.deepEqual(codes(await client.pull(uri)), []);
    const links = await client.request<{ target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(links.map((l) => l.target), [uriOf(join(folder, `registry ${NFD}/people #1.article`))]);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(completed, '@ceo', 1), context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((r) => decodeURIComponent(r.uri)).sort(), [`file://${folder}/registry ${NFD}/people #1.article`, `file://${path}`].sort());
  });
});

describe('folders renamed or deleted on disk (an editor reports one event for the folder, none for its files)', () => {
  const STORY = `---\ntitle: Story\nuses: background/people.article\n---\n[Alice Martin](@ceo) met [Bob Stone](@bob).\n`;
  let client: LspClient;
  let root: string;
  before(async () => {
    root = tempDir('paths');
    write(join(root, 'articlemark.json'), '{ "registries": ["registry/**/*.article"] }\n');
    write(join(root, 'registry/people.article'), '@person ceo: Alice Martin\n');
    write(join(root, 'background/people.article'), '@person bob: Bob Stone\n');
    write(join(root, 'desk/story.article'), STORY.replace('uses: ', 'uses: ../'));
    write(join(root, 'desk/other.article'), `${FRONT('Other')}"Fine"@ceo\n`);
    client = await LspClient.start({ folders: [root] });
  });
  after(() => client.stop());

  const folderEvent = (path: string, type: 1 | 3): Promise<void> =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });

  it('forgets a registry folder and a `uses` folder deleted as a whole', async () => {
    const story = client.open(join(root, 'desk/story.article'));
    assert.deepEqual(codes(await client.pull(story)), []);
    rmSync(join(root, 'registry'), { recursive: true });
    rmSync(join(root, 'background'), { recursive: true });
    await folderEvent(join(root, 'registry'), 3);
    await folderEvent(join(root, 'background'), 3);
    assert.deepEqual(codes(await client.pull(story)), ['missing-registry', 'unknown-entity', 'unknown-entity']);
    write(join(root, 'registry/people.article'), '@person ceo: Alice Martin\n');
    write(join(root, 'background/people.article'), '@person bob: Bob Stone\n');
    await folderEvent(join(root, 'registry'), 1);
    await folderEvent(join(root, 'background'), 1);
    assert.deepEqual(codes(await client.pull(story)), []);
  });

  it('follows the articles of a renamed folder in references and rename', async () => {
    const story = uriOf(join(root, 'desk/story.article'));
    const position = positionOf(STORY, '(@ceo)', 3);
    const files = async (): Promise<string[]> => {
      const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: story }, position, context: { includeDeclaration: false } });
      return [...new Set(refs.map((r) => r.uri))].sort();
    };
    assert.deepEqual(await files(), [uriOf(join(root, 'desk/other.article')), story]);
    renameSync(join(root, 'desk/other.article'), join(root, 'other.article'));
    renameSync(join(root, 'desk'), join(root, 'politics'));
    renameSync(join(root, 'other.article'), join(root, 'politics/other.article'));
    mkdirSync(join(root, 'desk'));
    renameSync(join(root, 'politics/story.article'), join(root, 'desk/story.article'));
    await folderEvent(join(root, 'desk'), 3);
    await folderEvent(join(root, 'politics'), 1);
    await folderEvent(join(root, 'desk'), 1);
    assert.deepEqual(await files(), [uriOf(join(root, 'politics/other.article')), story].sort());
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: story }, position, newName: 'chief' });
    assert.deepEqual(Object.keys(edit.changes ?? {}).sort(), [uriOf(join(root, 'politics/other.article')), uriOf(join(root, 'registry/people.article')), story].sort());
  });
});
