// Awkward text over the protocol: lone CR line ends, a byte-order mark in the
// text the editor sends, accents typed as combining marks, astral letters,
// comments inside an attribute list or a link's parentheses. Each
// range is checked against the text it covers, in UTF-16 code units.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, DocumentLink, DocumentSymbol, Hover, Location, MarkupContent, Range, SelectionRange, SemanticTokens } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempDir } from '../support/tempDir';
import { LspClient, uriOf } from './lspClient';

const ARTICLE = [
  '---',
  'title: Essai 😀',
  'lang: fr',
  'uses: reg.article',
  '---',
  '@person ana: Ana 😀 Pérez',
  '',
  '😀 Le «bonjour» dit Ana 😀 Pérez, puis "au revoir" et @reg1 et @zut.',
  '',
].join('\n');

describe('awkward text over the protocol', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = tempDir('awkward');
    writeFileSync(join(dir, 'reg.article'), '@person reg1: Reg One\n');
    client = await LspClient.start({ folders: [dir] });
  });
  after(() => client.stop());

  const open = (name: string, text: string): { uri: string; doc: TextDocument } => {
    const uri = client.open(join(dir, name), text);
    return { uri, doc: TextDocument.create(uri, 'articlemark', 1, text) };
  };
  const actionsFor = async (uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
  const summary = (doc: TextDocument, diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => `${String(d.code)} ${JSON.stringify(d.range)} ${doc.getText(d.range)}`);

  it('reads a document with lone CR line ends as the same document with LF: front matter, ranges, fixes', async () => {
    const lf = open('lf.article', ARTICLE);
    const cr = open('cr.article', ARTICLE.replace(/\n/g, '\r'));
    const lfDiagnostics = await client.pull(lf.uri);
    const crDiagnostics = await client.pull(cr.uri);
    assert.ok(!crDiagnostics.some((d) => d.code === 'bad-front-matter'), JSON.stringify(summary(cr.doc, crDiagnostics)));
    assert.deepEqual(summary(cr.doc, crDiagnostics), summary(lf.doc, lfDiagnostics));
    // `uses` applies: @reg1 is the registry's.
    const reg1 = await client.request<Location>('textDocument/definition', { textDocument: { uri: cr.uri }, position: cr.doc.positionAt(ARTICLE.indexOf('@reg1') + 2) });
    assert.equal(reg1.uri, uriOf(join(dir, 'reg.article')));
    // The same quick fixes (the speakers a quote's fix offers included), and lines inserted with the file's own line break.
    for (let i = 0; i < lfDiagnostics.length; i++) {
      const lfActions = await actionsFor(lf.uri, lfDiagnostics[i]!);
      const crActions = await actionsFor(cr.uri, crDiagnostics[i]!);
      assert.deepEqual(
        crActions.map((a) => a.title),
        lfActions.map((a) => a.title),
      );
      for (let k = 0; k < crActions.length; k++) {
        const crText = TextDocument.applyEdits(cr.doc, crActions[k]!.edit!.changes![cr.uri]!);
        const lfText = TextDocument.applyEdits(lf.doc, lfActions[k]!.edit!.changes![lf.uri]!);
        assert.equal(crText, lfText.replace(/\n/g, '\r'), crActions[k]!.title);
      }
    }
  });

  it('reads the body after a byte-order mark the editor sends: a definition or heading on the first line is one', async () => {
    const text = '\uFEFF@person ana: Ana\n\n"Bonjour"@ana et @zut.\n';
    const { uri, doc } = open('bom.article', text);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(summary(doc, diagnostics), ['unknown-entity {"start":{"line":2,"character":18},"end":{"line":2,"character":21}} zut']);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const ana = symbols.find((s) => s.name === '@ana');
    assert.ok(ana, JSON.stringify(symbols.map((s) => s.name)));
    assert.equal(doc.getText(ana.selectionRange), 'ana');

    const heading = open('bom-heading.article', '\uFEFF# Titre\n\nTexte.\n');
    const headingSymbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: heading.uri } });
    assert.deepEqual(headingSymbols.map((s) => heading.doc.getText(s.selectionRange)), ['# Titre']);

    // A definition added at the top goes after the mark, on a line of its own, a blank line between it and the prose.
    const top = open('bom-top.article', '\uFEFF"x"@zut\n');
    const [unknown] = await client.pull(top.uri);
    const define = (await actionsFor(top.uri, unknown!)).find((a) => a.title === 'Define @zut as a person in this document')!;
    assert.equal(TextDocument.applyEdits(top.doc, define.edit!.changes![top.uri]!), '\uFEFF@person zut: Zut\n\n"x"@zut\n');
  });

  it('selects a whole word with an accent typed as a combining mark, or an astral letter', async () => {
    const text = 'Le [E\u0301lodie](@zut) et 𠮷野家 arrivent.\n';
    const { uri, doc } = open('words.article', text);
    const innermost = async (offset: number): Promise<string> => {
      const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri }, positions: [doc.positionAt(offset)] });
      return doc.getText(selection!.range as Range);
    };
    for (const offset of [text.indexOf('E'), text.indexOf('lodie'), text.indexOf('die')]) assert.equal(await innermost(offset), 'E\u0301lodie', `at ${offset}`);
    for (const offset of [text.indexOf('𠮷'), text.indexOf('野'), text.indexOf('家') + 1]) assert.equal(await innermost(offset), '𠮷野家', `at ${offset}`);
  });

  it('reads a comment inside (…) as hidden: its ) closes nothing, the ID and the address after it are found', async () => {
    const text = '@person ana: Ana 😀 Pérez\n\n😀 [Ana](@ana <!-- ) 😀 -->) et [le site](<!-- ( --> https://e.fr/a) puis [elle](<!-- 😀 -->@ana).\n';
    const { uri, doc } = open('paren-comments.article', text);
    assert.deepEqual(summary(doc, await client.pull(uri)), []);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(
      links.map((l) => [doc.getText(l.range), l.target]),
      [['https://e.fr/a', 'https://e.fr/a']],
    );
    const lastId = text.lastIndexOf('@ana') + 1;
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(lastId) });
    assert.match((hover.contents as MarkupContent).value, /Ana 😀 Pérez/);
    // One token per ID, each exactly on `ana` (after the definition's own).
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const ids: string[] = [];
    for (let i = 0, line = 0, character = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i]!;
      character = tokens.data[i] === 0 ? character + tokens.data[i + 1]! : tokens.data[i + 1]!;
      ids.push(`${line}:${character} ${doc.getText({ start: { line, character }, end: { line, character: character + tokens.data[i + 2]! } })}`);
    }
    assert.deepEqual(ids, ['0:1 person', '0:8 ana', `2:${text.indexOf('@ana') - text.indexOf('😀 [') + 1} ana`, `2:${lastId - text.indexOf('😀 [')} ana`]);
  });

  it('hovers a definition whose name, role and alias hold comments with each comment read as one space', async () => {
    const text = '@person jean: Jean <!-- 2e prénom ? --> Dupont\r\n  role: ministre <!-- TK --> des armées\r\n  aka: 😀 <!-- x --> A; B\r\n\r\n"Oui"@jean.\r\n';
    const { uri, doc } = open('name-comments.article', text);
    assert.deepEqual(summary(doc, await client.pull(uri)), []);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: doc.positionAt(text.lastIndexOf('@jean') + 1) });
    const card = (hover.contents as MarkupContent).value;
    assert.match(card, /^\*\*Jean Dupont\*\* — person/);
    assert.match(card, /^Role: ministre des armées$/m);
    assert.match(card, /^Also: 😀 A; B$/m);
  });

  it('the quotes view gets the quoted words without the spaces French typography puts inside the marks', async () => {
    const text = '@person ana: Ana Pérez\n\n«\u00a0Bonjour\u00a0» @ana, puis «\u202fau revoir » @ana et “ ok ” @ana.\n';
    const { uri } = open('spaces.article', text);
    await client.pull(uri);
    const review = await client.request<{ quotes: { text: string }[] }>('articlemark/quotes', { textDocument: { uri } });
    assert.deepEqual(review.quotes.map((q) => q.text), ['Bonjour', 'au revoir', 'ok']);
  });
});
