// Semantic tokens over the protocol: the whole list, the visible range, and
// the edit from the previous answer after a keystroke (`full/delta`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver-protocol';
import { tokenEdits } from '../../server/src/features/semanticTokens';
import { LspClient, positionOf, startOnExampleStory } from './lspClient';

/** What a client does with a delta: apply its edits, last first, to the data it holds. */
function applyEdits(data: readonly number[], edits: readonly SemanticTokensEdit[]): number[] {
  const result = [...data];
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return result;
}

/** Tokens as absolute [line, character, length, type, modifiers] rows. */
function rows(data: readonly number[]): number[][] {
  const out: number[][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    out.push([line, character, data[i + 2]!, data[i + 3]!, data[i + 4]!]);
  }
  return out;
}

describe('semantic tokens over the protocol', () => {
  let client: LspClient;
  let story: string;
  let uri: string;
  let dir: string;
  before(async () => {
    ({ client, dir, story, uri } = await startOnExampleStory());
  });
  after(() => client.stop());

  it('advertises full, delta and range', () => {
    assert.deepEqual(client.capabilities.semanticTokensProvider?.full, { delta: true });
    assert.equal(client.capabilities.semanticTokensProvider?.range, true);
  });

  it('answers a delta with the edit that turns the previous answer into a fresh full one', async () => {
    const first = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.ok(first.resultId && first.data.length > 0);
    // Type a new mention in the middle: tokens after it on its line move, the rest stay.
    const at = positionOf(story, '(@le-drian)', 0);
    client.change(uri, 2, [{ range: { start: at, end: at }, text: '@choigou ' }]);
    const delta = await client.request<SemanticTokensDelta>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(delta.edits, 'an edit, not the whole list');
    assert.equal(delta.edits.length, 1);
    assert.ok(delta.edits[0]!.data!.length < first.data.length / 4, 'a small edit');
    const fresh = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.deepEqual(applyEdits(first.data, delta.edits), fresh.data);
    assert.notEqual(delta.resultId, first.resultId);
  });

  it('answers a delta from an answer it no longer holds with the whole list', async () => {
    const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const answer = await client.request<SemanticTokens & Partial<SemanticTokensDelta>>('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: 'not-an-answer' });
    assert.equal(answer.edits, undefined);
    assert.deepEqual(answer.data, full.data);
  });

  it('answers a range with exactly the tokens of the full list inside it', async () => {
    const full = rows((await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
    const range = { start: { line: 20, character: 0 }, end: { line: 40, character: 0 } };
    const part = rows((await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range })).data);
    assert.ok(part.length > 0);
    assert.deepEqual(part, full.filter(([line]) => line! >= 20 && line! < 40));
  });

  it('asks the editor to refresh the tokens of open articles when a registry they read changes', async () => {
    const legend = client.capabilities.semanticTokensProvider!.legend;
    const variable = legend.tokenTypes.indexOf('variable');
    const bit = (modifier: string): number => 1 << legend.tokenModifiers.indexOf(modifier);
    const id = positionOf(story, '(@le-drian)', 2);
    /** The modifiers of the token on the ID of (@le-drian) in the article. */
    const modifiersOnId = async (): Promise<number | undefined> => {
      const tokens = rows((await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } })).data);
      return tokens.find(([line, character, , type]) => line === id.line && character === id.character && type === variable)?.[4];
    };
    // The article as it was opened (an earlier test typed into it).
    client.change(uri, 10, [{ text: story }]);
    assert.equal((await modifiersOnId())! & bit('person'), bit('person'));
    const registryPath = join(dir, 'registry/newsroom.article');
    const registry = readFileSync(registryPath, 'utf8');
    const registryUri = client.open(registryPath, registry);
    await client.pull(registryUri);
    const before = client.refreshes.filter((m) => m === 'workspace/semanticTokens/refresh').length;
    client.change(registryUri, 2, [{ text: registry.replace('@person le-drian:', '@org le-drian:') }]);
    await client.pull(registryUri);
    assert.ok(client.refreshes.filter((m) => m === 'workspace/semanticTokens/refresh').length > before, 'no semantic tokens refresh');
    assert.ok(client.refreshes.includes('workspace/inlayHint/refresh'), 'no inlay hint refresh');
    const after = (await modifiersOnId())!;
    assert.equal(after & bit('org'), bit('org'));
    assert.equal(after & bit('person'), 0);
  });
});

it('tokenEdits gives one edit that turns any list into any other', () => {
  const list = fc.array(fc.nat(4), { maxLength: 40 });
  fc.assert(
    fc.property(list, list, (before, after) => {
      const edits = tokenEdits(before, after);
      assert.deepEqual(applyEdits(before, edits), after);
      assert.ok(edits.length <= 1);
      if (edits.length === 1) assert.ok(edits[0]!.deleteCount + edits[0]!.data!.length > 0);
    }),
    { numRuns: 2000 },
  );
});
