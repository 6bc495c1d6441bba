// Requests in a workspace whose registry holds thousands of entities (a
// newsroom's whole list of people and organisations): answers stay bounded and
// right. Sizes and counts are checked, never times.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { MAX_ID_ITEMS } from '../../server/src/features/completion';
import { exampleWorkspace, LspClient, positionOf } from './lspClient';

const ENTITIES = 5_000;
let client: LspClient;
let dir: string;

before(async () => {
  dir = exampleWorkspace();
  const lines: string[] = [];
  for (let i = 0; i < ENTITIES; i++) lines.push(`@person agent-${i}: Agent Numéro ${i}`, `  aka: Numéro ${i}`);
  writeFileSync(join(dir, 'registry', 'agents.article'), `${lines.join('\n')}\n`);
  client = await LspClient.start({ folders: [dir] });
});
after(() => client.stop());

it(`completion after @ among ${ENTITIES} entities: the first ${MAX_ID_ITEMS}, marked incomplete, those that start with the typed ID first`, async () => {
  const text = '---\ntitle: T\n---\nSelon @ et @agent-4 et @le-dr\n';
  const uri = client.open(join(dir, 'scope.article'), text);
  await client.pull(uri);
  const afterAt = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '@ et', 1) });
  assert.equal(afterAt.isIncomplete, true);
  assert.equal(afterAt.items.length, MAX_ID_ITEMS);
  // Typing on narrows the answer: the IDs starting with agent-4 (1,111 of them) come before the others that hold it.
  const typed = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '@agent-4', 8) });
  assert.equal(typed.isIncomplete, true);
  assert.equal(typed.items.length, MAX_ID_ITEMS);
  assert.ok(typed.items.every((item) => item.label.startsWith('agent-4')));
  // Few matches: the whole list, as before (a plain array).
  const few = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '@le-dr', 6) });
  assert.ok(Array.isArray(few));
  assert.deepEqual(few.map((item) => item.label), ['le-drian']);
});
