// Completing in the middle of a word: a client that takes InsertReplaceEdit (LSP 3.16, as VS Code)
// gets an `insert` range ending at the cursor and a `replace` range running to the end of the word,
// so that replacing `@an|a` by `ana` gives `@ana`, not `@anaa`; other clients keep the plain TextEdit.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, InsertReplaceEdit, Range, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempDir } from '../support/tempDir';
import { LspClient } from './lspClient';

const DEFINITIONS = '@person ana: Ana Lopez\n@person le-drian: Jean-Yves Le Drian\n  role: ministre\n\n';

/** `text` with its `|` taken out, and the position where it was (in UTF-16 code units). */
function cursor(text: string): { text: string; position: { line: number; character: number } } {
  const offset = text.indexOf('|');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  return { text: clean, position: TextDocument.create('file:///x', 'articlemark', 1, clean).positionAt(offset) };
}

/** Characters `start` to `end` (UTF-16 code units) of `line`, which must reach that far. */
function span(text: string, line: number, start: number, end: number): Range {
  assert.ok(text.split('\n')[line]!.length >= end);
  return { start: { line, character: start }, end: { line, character: end } };
}

const apply = (text: string, range: Range, newText: string): string => TextDocument.applyEdits(TextDocument.create('file:///x', 'articlemark', 1, text), [{ range, newText }]);

describe('completion in the middle of a word: insert and replace ranges', () => {
  let folder: string;
  let withReplace: LspClient;
  let plain: LspClient;
  let count = 0;
  before(async () => {
    folder = tempDir('replace');
    for (const file of ['registry/📰people.article', 'registry/desk #2.article']) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), '@person bob: Bob Stone\n');
    }
    [withReplace, plain] = await Promise.all([LspClient.start({ folders: [folder], insertReplace: true }), LspClient.start({ folders: [folder] })]);
  });
  after(() => Promise.all([withReplace.stop(), plain.stop()]));

  /** The item labelled `label` at the `|` of `marked`, from each client. */
  async function complete(marked: string, label: string): Promise<{ text: string; replacing: CompletionItem; inserting: CompletionItem }> {
    const { text, position } = cursor(marked);
    const path = join(folder, `case${count++}.article`);
    const ask = async (client: LspClient): Promise<CompletionItem> => {
      const uri = client.open(path, text);
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
      const item = items.find((i) => i.label === label);
      assert.ok(item, `no ${label} at ${JSON.stringify(marked)}: ${items.map((i) => i.label).join(', ')}`);
      return item;
    };
    const [replacing, inserting] = await Promise.all([ask(withReplace), ask(plain)]);
    return { text, replacing, inserting };
  }

  /** Both clients' edits: `insert`/`replace` for the one that takes them, the insert range alone for the other; and the text once replaced. */
  function check(result: { text: string; replacing: CompletionItem; inserting: CompletionItem }, insert: Range, replace: Range, replaced: string): void {
    const edit = result.replacing.textEdit as InsertReplaceEdit;
    assert.deepEqual({ insert: edit.insert, replace: edit.replace }, { insert, replace }, 'InsertReplaceEdit');
    assert.equal(apply(result.text, edit.replace, edit.newText), replaced);
    const plainEdit = result.inserting.textEdit as TextEdit & Partial<InsertReplaceEdit>;
    assert.deepEqual(plainEdit.range, insert, 'plain TextEdit: the insert range');
    assert.equal(plainEdit.replace, undefined);
    assert.equal(plainEdit.newText, edit.newText);
  }

  it('an ID after @, after an astral character: the ID characters after the cursor', async () => {
    // `😀` is two code units: `@` is at 11 on the line.
    const result = await complete(`${DEFINITIONS}😀 « Oui » @an|a, dit-elle.\n`, 'ana');
    check(result, span(result.text, 4, 12, 14), span(result.text, 4, 12, 15), `${DEFINITIONS}😀 « Oui » @ana, dit-elle.\n`);
  });

  it('an ID in a bracket mention and the second ID of a list: up to `)` and to `+`', async () => {
    const mention = await complete(`${DEFINITIONS}[Le 🇫🇷 ministre](@le-dr|ian) parle.\n`, 'le-drian');
    check(mention, span(mention.text, 4, 20, 25), span(mention.text, 4, 20, 28), `${DEFINITIONS}[Le 🇫🇷 ministre](@le-drian) parle.\n`);
    const list = await complete(`${DEFINITIONS}« Oui » @le-drian+a|na+bob.\n`, 'ana');
    check(list, span(list.text, 4, 18, 19), span(list.text, 4, 18, 21), `${DEFINITIONS}« Oui » @le-drian+ana+bob.\n`);
    // Devanagari vowel signs and virama are marks (\p{M}), which IDs may hold, before the cursor and after it.
    const marks = await complete('@person a-नमस्ते: Namaste\n\n« Oui » @a-नमस्|ते.\n', 'a-नमस्ते');
    check(marks, span(marks.text, 2, 9, 15), span(marks.text, 2, 9, 17), '@person a-नमस्ते: Namaste\n\n« Oui » @a-नमस्ते.\n');
  });

  it('a kind at the start of a line: the kind and the spaces after it, which the item brings', async () => {
    const result = await complete(`${DEFINITIONS}@pe|rson  zoe: Zoé\n`, 'person');
    check(result, span(result.text, 4, 1, 3), span(result.text, 4, 1, 9), `${DEFINITIONS}@person zoe: Zoé\n`);
  });

  it('a property key under a definition: the key and its `: `', async () => {
    const result = await complete('@person ana: Ana Lopez\n  ro|le: ministre\n', 'role');
    check(result, span(result.text, 1, 2, 4), span(result.text, 1, 2, 8), '@person ana: Ana Lopez\n  role: ministre\n');
  });

  it('a front matter key, the one under the cursor offered though present', async () => {
    const result = await complete('---\nti|tle: T\nlang: fr\n---\nBonjour.\n', 'title');
    check(result, span(result.text, 1, 0, 2), span(result.text, 1, 0, 7), '---\ntitle: T\nlang: fr\n---\nBonjour.\n');
  });

  it('a `uses` path: up to whitespace, or the end of a flow-list item', async () => {
    const line = await complete('---\nuses: re|gistry/📰people.article # ours\n---\nBonjour.\n', 'registry/📰people.article');
    // `📰` counts two: the path runs from 6 to 31.
    check(line, span(line.text, 1, 6, 8), span(line.text, 1, 6, 31), '---\nuses: registry/📰people.article # ours\n---\nBonjour.\n');
    const list = await complete('---\nuses: [registry/📰people.article, reg|istry/x.article]\n---\nBonjour.\n', 'registry/desk #2.article');
    check(list, span(list.text, 1, 34, 37), span(list.text, 1, 34, 52), '---\nuses: [registry/📰people.article, "registry/desk #2.article"]\n---\nBonjour.\n');
  });

  it('a `uses` path typed with its opening quote still filters: the quote leads the filter text', async () => {
    const { replacing, inserting } = await complete('---\nuses: "reg|\n---\nBonjour.\n', 'registry/desk #2.article');
    assert.equal(replacing.filterText, '"registry/desk #2.article');
    assert.equal(inserting.filterText, '"registry/desk #2.article');
    assert.equal(replacing.textEdit?.newText, '"registry/desk #2.article"');
  });

  it('a quoted `uses` path: spaces and commas inside the quotes are part of it, up to its closing quote', async () => {
    // A space before the cursor: the typed prefix starts at the quote, not after the space.
    const typed = await complete('---\nuses: "registry/desk #|\n---\nBonjour.\n', 'registry/desk #2.article');
    check(typed, span(typed.text, 1, 6, 22), span(typed.text, 1, 6, 22), '---\nuses: "registry/desk #2.article"\n---\nBonjour.\n');
    // A space after the cursor: the whole quoted path is replaced, its closing quote included.
    const inside = await complete('---\nuses: "reg|istry/desk #1.article" # old\n---\nBonjour.\n', 'registry/desk #2.article');
    check(inside, span(inside.text, 1, 6, 10), span(inside.text, 1, 6, 32), '---\nuses: "registry/desk #2.article" # old\n---\nBonjour.\n');
    // In a flow list, single-quoted, with a comma inside.
    const list = await complete("---\nuses: [a.article, 'x, y|.article', b.article]\n---\nBonjour.\n", 'registry/desk #2.article');
    check(list, span(list.text, 1, 18, 23), span(list.text, 1, 18, 32), '---\nuses: [a.article, "registry/desk #2.article", b.article]\n---\nBonjour.\n');
  });
});
