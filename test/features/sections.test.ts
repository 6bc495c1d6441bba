import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { exampleWorkspace, LspClient } from './lspClient';

/** Headings of levels cycling through `levels`, each followed by a line of text and a blank line. */
function sections(levels: readonly number[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += `${'#'.repeat(levels[i % levels.length]!)} Section ${i}\n\nText ${i}.\n\n`;
  return text;
}

describe('sections: folding and outline of headings', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = exampleWorkspace();
    client = await LspClient.start({ folders: [dir] });
  });
  after(() => client.stop());

  it('folds each section to the last line before the next heading of the same or a higher level', async () => {
    const levels = [1, 2, 3, 3, 2, 4, 1, 3];
    const text = sections(levels, 16);
    const uri = client.open(join(dir, 'sections.article'), text);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    // Heading i is on line 4i, its text on 4i + 2; the section of the last heading of its level ends at the text's last line.
    const expected = levels.concat(levels).map((level, i, all) => {
      const next = all.findIndex((other, j) => j > i && other <= level);
      return { startLine: 4 * i, endLine: next < 0 ? 4 * all.length - 2 : 4 * next - 2 };
    });
    assert.deepEqual(folds, expected);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols.map((s) => s.name), ['Section 0', 'Section 6', 'Section 8', 'Section 14']);
    assert.deepEqual(symbols[0]!.children!.map((s) => s.name), ['Section 1', 'Section 4']);
  });

  it('folds a file of 40,000 headings without looking ahead from each one', { timeout: 60_000 }, async () => {
    const text = sections([2, 3], 40_000);
    const uri = client.open(join(dir, 'many-sections.article'), text);
    await client.pull(uri);
    const started = performance.now();
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const elapsed = performance.now() - started;
    assert.equal(folds.length, 40_000);
    // A scan per heading took ~6 s here; one pass, with the transport, ~0.2 s.
    assert.ok(elapsed < 1500, `${Math.round(elapsed)} ms`);
  });
});
