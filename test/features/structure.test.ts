// The structure features over the protocol, on articles built to stress them:
// smart selection out through the sections, and the outline's quote groups
// and names. Every range is checked against the text it covers.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, SelectionRange } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './lspClient';

describe('structure features over the protocol', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'articlemark-structure-'));
    client = await LspClient.start({ folders: [dir] });
  });
  after(() => client.stop());

  let opened = 0;
  const open = (text: string): { uri: string; doc: TextDocument } => {
    const uri = client.open(join(dir, `doc${++opened}.article`), text);
    return { uri, doc: TextDocument.create(uri, 'articlemark', 1, text) };
  };
  const symbols = (uri: string): Promise<DocumentSymbol[]> => client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  /** The texts smart selection grows through from `offset`, innermost first. */
  const selections = async (uri: string, doc: TextDocument, offset: number): Promise<string[]> => {
    const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [doc.positionAt(offset)] });
    const texts: string[] = [];
    for (let s: SelectionRange | undefined = selection; s; s = s.parent) texts.push(doc.getText(s.range));
    return texts;
  };

  it('grows a selection from a word out through its section and the sections around it', async () => {
    const text = '# Un\r\n\r\n## Deux 😀\r\n\r\nLe texte.\r\n\r\n## Trois\r\n\r\nfin\r\n\r\n# Quatre\r\ndernier';
    const { uri, doc } = open(text);
    assert.deepEqual(await selections(uri, doc, text.indexOf('texte')), [
      'texte',
      'Le texte.',
      '## Deux 😀\r\n\r\nLe texte.',
      '# Un\r\n\r\n## Deux 😀\r\n\r\nLe texte.\r\n\r\n## Trois\r\n\r\nfin',
      text,
    ]);
    // The heading line itself, and the last section (its last line has no line break).
    assert.deepEqual((await selections(uri, doc, text.indexOf('Trois'))).slice(0, 3), ['Trois', '## Trois', '## Trois\r\n\r\nfin']);
    assert.deepEqual(await selections(uri, doc, text.indexOf('dernier')), ['dernier', '# Quatre\r\ndernier', text]);
  });

  it('names quotes with an undefined speaker by that ID in the outline, not as unattributed', async () => {
    const { uri } = open('@person ana: Ana Pérez\n\n"Un"@ana et "deux"@zed puis "trois"@ana+zed. Et "quatre".\n\n> cité\n> — @zed\n');
    const quotes = (await symbols(uri)).find((s) => s.name === 'Quotes')!;
    assert.deepEqual(
      quotes.children!.map((group) => [group.name, group.children!.map((q) => q.name)]),
      [
        ['Ana Pérez', ['Un']],
        ['@zed (not defined)', ['deux', 'cité']],
        ['Ana Pérez + @zed (not defined)', ['trois']],
        ['Unattributed', ['quatre']],
      ],
    );
  });

  it('names headings and quotes in the outline by their words: comments left out, an emoji never cut in half', async () => {
    const long = `${'a'.repeat(58)}😀 et la suite`;
    const { uri } = open(`# Titre <!-- note\nsur deux lignes --> suite\n\n"${long}"@-\n\n"mot <!-- à vérifier --> juste"@-\n`);
    const outline = await symbols(uri);
    assert.deepEqual(outline[0]!.name, 'Titre suite');
    const quotes = outline.find((s) => s.name === 'Quotes')!.children![0]!.children!.map((q) => q.name);
    assert.deepEqual(quotes, [`${'a'.repeat(58)}…`, 'mot juste']);
  });
});
