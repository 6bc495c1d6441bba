// The structure features over the protocol, on articles built to stress them:
// smart selection out through the sections, and the outline's quote groups
// and names. Every range is checked against the text it covers.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, SelectionRange, SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempDir } from '../support/tempDir';
import { LspClient } from './lspClient';

describe('structure features over the protocol', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = tempDir('structure');
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

  it('gives no quote group a range over other speakers\' quotes or the text between its quotes', async () => {
    // Editors read a symbol whose range holds the cursor as "the cursor is in it": VS Code's breadcrumbs named the
    // Unattributed group on a quote of Ana's, and sticky scroll pinned each group's first quote over what followed.
    const text = '@person ana: Ana Pérez\n\n"Un"@ana, dit-elle.\n\n"Deux", dit quelqu\'un.\n\nUn paragraphe sans citation.\n\n"Trois"@ana encore.\n';
    const { uri, doc } = open(text);
    const quotes = (await symbols(uri)).find((s) => s.name === 'Quotes')!;
    const contains = (range: DocumentSymbol['range'], offset: number): boolean => doc.offsetAt(range.start) <= offset && offset < doc.offsetAt(range.end);
    const groups = quotes.children!.map((group) => group.name);
    assert.deepEqual(groups, ['Ana Pérez', 'Unattributed']);
    for (const group of quotes.children!) {
      for (const other of quotes.children!) {
        if (other === group) continue;
        for (const quote of other.children!) assert.ok(!contains(group.range, doc.offsetAt(quote.range.start)), `${group.name} holds "${quote.name}" of ${other.name}`);
      }
    }
    const plain = text.indexOf('Un paragraphe');
    const holding = [quotes, ...quotes.children!, ...quotes.children!.flatMap((group) => group.children!)].filter((s) => contains(s.range, plain));
    assert.deepEqual(holding.map((s) => s.name), []);
    // Each quote still spans its own words, and a group starts at its first quote.
    const ana = quotes.children![0]!;
    assert.deepEqual(ana.children!.map((quote) => doc.getText(quote.range)), ['"Un"', '"Trois"']);
    assert.equal(doc.getText(ana.range), '"Un"');
  });

  it('names headings and quotes in the outline by their words: comments left out, an emoji never cut in half', async () => {
    const long = `${'a'.repeat(58)}😀 et la suite`;
    const { uri } = open(`# Titre <!-- note\nsur deux lignes --> suite\n\n"${long}"@-\n\n"mot <!-- à vérifier --> juste"@-\n`);
    const outline = await symbols(uri);
    assert.deepEqual(outline[0]!.name, 'Titre suite');
    const quotes = outline.find((s) => s.name === 'Quotes')!.children![0]!.children!.map((q) => q.name);
    assert.deepEqual(quotes, [`${'a'.repeat(58)}…`, 'mot juste']);
  });

  it('colours the marks of a heading\'s single-quoted words as unattributed only when the project checks them', async () => {
    const text = "# Le Drian veut 'intensifier' la coopération\n\n# « Jusqu'au bout »\n";
    /** The texts of the `string` tokens with the `unattributed` modifier. */
    const unattributedMarks = async (uri: string, doc: TextDocument): Promise<string[]> => {
      const legend = client.capabilities.semanticTokensProvider!.legend;
      const { data } = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
      const marks: string[] = [];
      let line = 0;
      let character = 0;
      for (let i = 0; i < data.length; i += 5) {
        line += data[i]!;
        character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
        const unattributed = (data[i + 4]! & (1 << legend.tokenModifiers.indexOf('unattributed'))) !== 0;
        if (legend.tokenTypes[data[i + 3]!] === 'string' && unattributed) marks.push(`${line}:${doc.getText({ start: { line, character }, end: { line, character: character + data[i + 2]! } })}`);
      }
      return marks;
    };
    const plain = open(text);
    assert.deepEqual(await unattributedMarks(plain.uri, plain.doc), ['2:«', '2:»']);
    mkdirSync(join(dir, 'checked'));
    writeFileSync(join(dir, 'checked', 'articlemark.json'), '{ "checkHeadingQuotes": true }');
    const uri = client.open(join(dir, 'checked', 'headline.article'), text);
    assert.deepEqual(await unattributedMarks(uri, TextDocument.create(uri, 'articlemark', 1, text)), ["0:'", "0:'", '2:«', '2:»']);
  });
});
