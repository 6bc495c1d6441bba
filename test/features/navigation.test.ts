import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentHighlight, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, positionOf, startOnExampleStory, uriOf } from './lspClient';

describe('navigation over the protocol (seed story and its registry)', () => {
  let client: LspClient;
  let dir: string;
  let story: string;
  let uri: string;
  before(async () => {
    ({ client, dir, story, uri } = await startOnExampleStory());
  });
  after(() => client.stop());

  it('hovers a bracket mention with the registry entity card, escaped', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3) });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Jean\\-Yves Le Drian/);
    assert.match(value, /person/);
    assert.match(value, /wikidata\.org\/wiki\/Q15916/);
    assert.match(value, /newsroom\\\.article, line \d+/);
    assert.doesNotMatch(value, /command:/);
  });

  it('hovers an attribution suffix, an implicit alias, a quote and a figure', async () => {
    const suffix = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(story, '"@le-drian', 3) });
    assert.match((suffix.contents as { value: string }).value, /Le Drian/);
    const figure = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(story, '#~2900', 2) });
    const figureText = (figure.contents as { value: string }).value;
    assert.match(figureText, /2900/);
    assert.match(figureText, /approximately/);
    assert.match(figureText, /services secrets russes/);
    const quote = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(story, "Ce n'est pas s'allier", 5) });
    assert.match((quote.contents as { value: string }).value, /Said by \*\*Jean\\-Yves Le Drian\*\*/);
  });

  it('jumps to the definition in the registry', async () => {
    const location = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionOf(story, '(@choigou)', 3) });
    assert.equal(location.uri, uriOf(join(dir, 'registry/newsroom.article')));
    const registry = readFileSync(join(dir, 'registry/newsroom.article'), 'utf8');
    assert.deepEqual(location.range.start, positionOf(registry, 'choigou:'));
  });

  it('finds references across files, and highlights in the document', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3), context: { includeDeclaration: true } });
    assert.ok(refs.some((r) => r.uri.endsWith('registry/newsroom.article')), 'declaration in the registry');
    const inStory = refs.filter((r) => r.uri === uri);
    assert.ok(inStory.length >= 8, `mentions in the story: ${inStory.length}`);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3) });
    assert.equal(highlights.length, inStory.length);
  });

  it('renames an ID everywhere in the workspace, definition included', async () => {
    const position = positionOf(story, '(@moscou)', 3);
    const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position });
    assert.equal(prepared.placeholder, 'moscou');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: 'moskva' });
    const registryUri = uriOf(join(dir, 'registry/newsroom.article'));
    assert.ok(edit.changes?.[uri]?.length, 'edits in the story');
    assert.equal(edit.changes?.[registryUri]?.length, 1, 'the definition in the registry');
    for (const edits of Object.values(edit.changes ?? {})) for (const e of edits) assert.equal(e.newText, 'moskva');
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'Not An Id' }), /"Not An Id" is not a valid ID/);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: 'person' }), /not a kind word/);
    const none = await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 0 } });
    assert.equal(none, null);
  });

  it("a block quote's attribution line is one mention: one rename edit, one reference, one unknown-entity", async () => {
    // It was read as an attribution and as a bare or bracket mention at the same place: two identical rename edits, which editors refuse to apply.
    const text = '@person pdg: Paul Garnier\n\n> Nous fermerons.\n> — @pdg, à Pontvieux\n\n> Nous verrons.\n> — [Le PDG](@pdg)\n\n> Jamais.\n> — @pgd\n';
    const path = join(dir, 'block-quotes.article');
    writeFileSync(path, text);
    const blockUri = client.open(path, text);
    const diagnostics = await client.pull(blockUri);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'unknown-entity').map((d) => d.range.start.line), [9]);
    const position = positionOf(text, '@pdg,', 1);
    const refs = await client.request<Location[]>('textDocument/references', { textDocument: { uri: blockUri }, position, context: { includeDeclaration: false } });
    assert.deepEqual(refs.map((r) => r.range.start), [positionOf(text, '@pdg,', 1), positionOf(text, '@pdg)', 1)]);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: blockUri }, position, newName: 'garnier' });
    const starts = (edit.changes?.[blockUri] ?? []).map((e) => e.range.start).sort((a, b) => a.line - b.line);
    assert.deepEqual(starts, [positionOf(text, 'pdg:'), positionOf(text, '@pdg,', 1), positionOf(text, '@pdg)', 1)]);
  });
});
