import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, InlayHint, Location, SelectionRange, SemanticTokens, SymbolInformation } from 'vscode-languageserver-protocol';
import { tempDir } from '../support/tempDir';
import { exampleWorkspace, LspClient, positionOf } from './lspClient';

/** Headings of levels cycling through `levels`, each followed by a line of text and a blank line. */
function sections(levels: readonly number[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i++) text += `${'#'.repeat(levels[i % levels.length]!)} Section ${i}\n\nText ${i}.\n\n`;
  return text;
}

describe('diagnostics, code actions and document features over the protocol', () => {
  let client: LspClient;
  let dir: string;
  let faultyUri: string;
  let story: string;
  let storyUri: string;
  before(async () => {
    dir = exampleWorkspace();
    client = await LspClient.start({ folders: [dir] });
    faultyUri = client.open(join(dir, 'faulty.article'));
    story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
    storyUri = client.open(join(dir, 'le-drian-choigou.article'));
  });
  after(() => client.stop());

  it('pulls every expected finding of faulty.article, with code, severity and line', async () => {
    const diagnostics = await client.pull(faultyUri);
    const expected = JSON.parse(readFileSync(join(dir, 'faulty.expected.json'), 'utf8')) as { code: string; line: number; severity: string }[];
    const severities = ['', 'error', 'warning', 'information', 'hint'];
    const got = diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}:${severities[d.severity!]}`).sort();
    assert.deepEqual(got, expected.map((e) => `${e.code}@${e.line}:${e.severity}`).sort());
    const unused = diagnostics.find((d) => d.code === 'unused-entity')!;
    assert.deepEqual(unused.tags, [1]);
    assert.ok(diagnostics.find((d) => d.code === 'duplicate-entity')?.relatedInformation?.length);
    assert.deepEqual(await client.pull(storyUri), []);
  });

  it('answers a pull that names the current result "unchanged", also after an edit that moves no finding', async () => {
    const bare = tempDir('results');
    const uri = client.open(join(bare, 'results.article'), '"Une citation sans auteur."\n\nLe ministre a parlé.\n');
    const first = await client.pullReport(uri);
    assert.equal(first.kind, 'full');
    assert.ok(first.resultId);
    assert.deepEqual(first.kind === 'full' && first.items.map((d) => `${d.code}@${d.range.start.line}`), ['unattributed-quote@0']);
    assert.deepEqual(await client.pullReport(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // Typing after the finding changes none of it (its range, message, data): the client keeps what it shows.
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } }, text: 'x' }],
    });
    assert.deepEqual(await client.pullReport(uri, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // A new line above the quote moves its finding: a full report with a new ID.
    void client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    const moved = await client.pullReport(uri, first.resultId);
    assert.equal(moved.kind, 'full');
    assert.notEqual(moved.resultId, first.resultId);
    assert.deepEqual(moved.kind === 'full' && moved.items.map((d) => `${d.code}@${d.range.start.line}`), ['unattributed-quote@1']);
    // An ID the server never gave (a restarted server's, say) gets the full report.
    assert.equal((await client.pullReport(uri, 'not-ours')).kind, 'full');
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('offers ranked "Attribute to …" and "Mark as not speech" for an unattributed quote', async () => {
    const diagnostics = await client.pull(faultyUri);
    const unattributed = diagnostics.find((d) => d.code === 'unattributed-quote')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: faultyUri }, range: unattributed.range, context: { diagnostics: [unattributed] } });
    const attribute = actions.filter((a) => a.title.startsWith('Attribute to'));
    assert.ok(attribute.length > 0, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(attribute[0]!.isPreferred, true);
    assert.match(attribute[0]!.title, /Quillard/);
    const edit = attribute[0]!.edit!.changes![faultyUri]![0]!;
    assert.equal(edit.newText, '@quillard');
    assert.deepEqual(edit.range.start, edit.range.end, 'inserts only');
    assert.ok(actions.some((a) => a.title.startsWith('Mark as not speech')));
  });

  it('offers "Did you mean" and "Define @id as …" for an unknown ID', async () => {
    const diagnostics = await client.pull(faultyUri);
    const unknown = diagnostics.find((d) => d.code === 'unknown-entity')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: faultyUri }, range: unknown.range, context: { diagnostics: [unknown] } });
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Change to @quillard'), titles.join(' | '));
    assert.ok(titles.includes('Define @quilard as a person in this document'));
    assert.ok(titles.includes('Define @quilard as a person in newsroom.article'));
  });

  it('offers "Close the quote at the end of its paragraph" and "Make the « literal" for a quote left open; the second leaves nothing to report', async () => {
    const text = '---\ntitle: T\n---\nIl a écrit « sans jamais fermer.\n';
    const uri = client.open(join(dir, 'unclosed.article'), text);
    const unclosed = (await client.pull(uri)).find((d) => d.code === 'unclosed-quote')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unclosed.range, context: { diagnostics: [unclosed] } });
    const literal = actions.find((a) => a.title === 'Make the « literal (\\«)');
    assert.ok(actions.some((a) => a.title === 'Close the quote at the end of its paragraph'), actions.map((a) => a.title).join(' | '));
    assert.ok(literal, actions.map((a) => a.title).join(' | '));
    const [edit] = Object.values(literal.edit!.changes!).flat();
    assert.deepEqual([edit!.range.start, edit!.newText], [{ line: 3, character: 11 }, '\\']);
    client.change(uri, 2, [{ range: edit!.range, text: edit!.newText }]);
    assert.deepEqual((await client.pull(uri)).map((d) => String(d.code)).filter((c) => c.includes('quote')), []);
  });

  it('writes "Define @id as …" with the line breaks of a CRLF article and a CRLF registry', async () => {
    const crlfDir = exampleWorkspace();
    const registryPath = join(crlfDir, 'registry/newsroom.article');
    writeFileSync(registryPath, readFileSync(registryPath, 'utf8').replace(/\n/g, '\r\n'));
    const text = '---\r\ntitle: T\r\n---\r\n@person ana: Ana\r\n\r\n"Oui"@ana, dit [Zed](@zed).\r\n';
    const uri = client.open(join(crlfDir, 'crlf.article'), text);
    const unknown = (await client.pull(uri)).find((d) => d.code === 'unknown-entity')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } });
    const edits = actions.filter((a) => a.title.startsWith('Define @zed as a person')).flatMap((a) => Object.values(a.edit!.changes!).flat());
    assert.equal(edits.length, 2, actions.map((a) => a.title).join(' | '));
    for (const edit of edits) assert.doesNotMatch(edit.newText, /(?<!\r)\n/, JSON.stringify(edit.newText));
    const [inDocument] = edits;
    assert.deepEqual(inDocument!.range.start, { line: 3, character: 16 });
    assert.equal(inDocument!.newText, '\r\n@person zed: Zed');
  });

  it('checks an untitled document (a new file not saved yet) as if saved at the top of the workspace folder', async () => {
    const uri = 'untitled:Untitled-1';
    const text = '@person ana: Ana\n@person ana: Ana B\n\n"Oui"@ana, dit [M. Le Drian](@le-drian) à @zed.\n';
    void client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'articlemark', version: 1, text } });
    const diagnostics = await client.pull(uri);
    const unknown = diagnostics.filter((d) => d.code === 'unknown-entity');
    assert.deepEqual(unknown.map((d) => d.range.start), [positionOf(text, 'zed')], 'the registry of the folder resolves @le-drian');
    const duplicate = diagnostics.find((d) => d.code === 'duplicate-entity');
    assert.deepEqual(duplicate?.relatedInformation?.map((r) => r.location), [{ uri, range: { start: positionOf(text, 'ana:'), end: positionOf(text, 'ana:', 3) } }]);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '@le-drian', 2) });
    assert.match((hover.contents as { value: string }).value, /Jean\\-Yves Le Drian/);
    const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: positionOf(text, '@ana,', 2) });
    assert.equal(definition.uri, uri);
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: positionOf(text, '@zed'), end: positionOf(text, '@zed', 4) }, text: 'TK' }] });
    assert.deepEqual((await client.pull(uri)).map((d) => d.code).sort(), ['duplicate-entity', 'missing-front-matter-key', 'placeholder']);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual(await client.pull(uri), []);
  });

  it('offers "Mark as mention" on implicit alias text, and the attribute-all source action', async () => {
    const text = `${story}\n"Nous verrons bien", a déclaré M. Choïgou.\n`;
    const uri = client.open(join(dir, 'implicit.article'), text);
    const position = positionOf(text, 'déclaré M. Choïgou', 9);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    const mark = actions.find((a) => a.title.includes('as a mention of @choigou'));
    assert.ok(mark, actions.map((a) => a.title).join(' | '));
    assert.equal(mark.edit!.changes![uri]![0]!.newText, '[M. Choïgou](@choigou)');
    // A name next to a speech verb is a clear speaker: attribute-all writes it.
    const own = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source.attributeAll'] } });
    assert.ok(own[0]?.edit!.changes![uri]!.some((e) => e.newText === '@choigou'), JSON.stringify(own));
    // Attribute-all takes exactly the quotes the engine is confident about, as the review request reports them.
    const review = await client.request<{ quotes: { unattributed: boolean; clearSpeaker?: string }[] }>('articlemark/quotes', { textDocument: { uri: faultyUri } });
    const clear = review.quotes.filter((q) => q.clearSpeaker !== undefined).map((q) => `@${q.clearSpeaker}`);
    const source = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: faultyUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.attributeAll'] } });
    if (clear.length === 0) assert.deepEqual(source, []);
    else {
      assert.equal(source[0]!.kind, 'source.attributeAll');
      assert.deepEqual(source[0]!.edit!.changes![faultyUri]!.map((e) => e.newText), clear);
    }
    const quickOnly = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], only: ['source.attributeAll'] } });
    assert.ok(quickOnly.every((a) => a.kind === 'source.attributeAll'), 'only filters kinds');
  });

  it('leaves attribute-all out of the automatic requests (the lightbulb after every cursor move), not out of asked ones', async () => {
    const text = `${story}\n"Nous verrons bien", a déclaré M. Choïgou.\n`;
    const uri = client.open(join(dir, 'lightbulb.article'), text);
    const position = positionOf(text, 'Le ministre', 2);
    const ask = (context: Record<string, unknown>): Promise<CodeAction[]> =>
      client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [], ...context } });
    const kinds = (actions: CodeAction[]): (string | undefined)[] => actions.map((a) => a.kind);
    assert.ok(!kinds(await ask({ triggerKind: 2 })).includes('source.attributeAll'), 'automatic, no kinds named: no source action');
    assert.ok(kinds(await ask({ triggerKind: 1 })).includes('source.attributeAll'), 'invoked: the source action is there');
    assert.ok(kinds(await ask({ triggerKind: 2, only: ['source'] })).includes('source.attributeAll'), 'automatic but asking for source actions (on save): there');
    assert.ok(kinds(await ask({})).includes('source.attributeAll'), 'a client that does not say how it asked gets it');
  });

  it('completes IDs after @ (by name too), kinds at line start, property and front matter keys, uses paths', async () => {
    const text = `---\ntitle: T\nuses: \n---\n@person x-y: X\n  \n\nBonjour @Choï\n@\n`;
    const uri = client.open(join(dir, 'complete.article'), text);
    const ids = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '@Choï', 5) });
    const choigou = ids.find((i) => i.label === 'choigou');
    assert.ok(choigou && choigou.filterText?.includes('Sergueï Choïgou'), `ids: ${ids.map((i) => i.label).join(',')}`);
    const kinds = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '\n@\n', 2) });
    assert.ok(['person', 'org', 'place', 'source'].every((k) => kinds.some((i) => i.label === k)), `kinds: ${kinds.map((i) => i.label).join(',')}`);
    const props = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'X\n  ', 4) });
    assert.ok(props.some((i) => i.label === 'aka') && props.some((i) => i.label === 'role'), `props: ${props.map((i) => i.label).join(',')}`);
    const keys = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'uses: \n', 7) });
    assert.ok(keys.some((i) => i.label === 'lang') && !keys.some((i) => i.label === 'title'), `keys: ${keys.map((i) => i.label).join(',')}`);
    const uses = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'uses: ', 6) });
    assert.ok(uses.some((i) => i.label === 'registry/newsroom.article'), `uses: ${uses.map((i) => i.label).join(',')}`);
  });

  it('offers the article\'s own entities first after @, and person first among kinds', async () => {
    // Alphabetical order put a registry's dozens of IDs before the article's own, and `event` before `person`.
    const text = '@person zz-local: Zoé Local\n\nBonjour @\n@\n';
    const uri = client.open(join(dir, 'complete-order.article'), text);
    const bySortText = (items: CompletionItem[]): string[] => [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : a.sortText! > b.sortText! ? 1 : 0)).map((i) => i.label);
    const ids = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, 'Bonjour @', 9) });
    assert.ok(ids.length > 10, `ids: ${ids.length}`);
    assert.equal(bySortText(ids)[0], 'zz-local');
    const kinds = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '\n@\n', 2) });
    assert.deepEqual(bySortText(kinds).slice(0, 3), ['person', 'org', 'place']);
  });

  it('completes the second ID of a list after +, replacing only what was typed after it', async () => {
    // Only the first ID was completed: after `+` the server answered nothing.
    // The editor asks by itself after `+` too: VS Code's quick suggestions are off in articles (they offered words of prose).
    assert.ok(client.capabilities.completionProvider?.triggerCharacters?.includes('+'));
    const text = 'Les [ministres](@le-drian+cho) et "Bonjour"@moscou+cho.\n';
    const uri = client.open(join(dir, 'complete-plus.article'), text);
    for (const at of [positionOf(text, '+cho)', 4), positionOf(text, '+cho.', 4)]) {
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: at });
      const choigou = items.find((i) => i.label === 'choigou');
      assert.ok(choigou, `ids: ${items.map((i) => i.label).join(',')}`);
      assert.deepEqual((choigou.textEdit as { range: unknown }).range, { start: { line: 0, character: at.character - 3 }, end: at });
    }
  });

  it('offers the property keys that fit the definition: none it already gives, date for works and events, reason where anonymity needs one', async () => {
    const text = '@person ana: Ana Pérez\n  role: maire\n  \n\n@source cadre: un cadre\n  \n\n@work rapport: Le rapport\n  \n\n@person x: X\n  anonymous: yes\n  \n\nTexte.\n';
    const uri = client.open(join(dir, 'complete-keys.article'), text);
    const keysAt = async (line: number): Promise<string[]> =>
      (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } })).map((i) => i.label);
    assert.deepEqual(await keysAt(2), ['aka', 'wikidata', 'url', 'anonymous'], 'a person with a role');
    assert.deepEqual(await keysAt(5), ['aka', 'role', 'wikidata', 'url', 'reason', 'anonymous'], 'a source');
    assert.deepEqual(await keysAt(8), ['aka', 'role', 'wikidata', 'url', 'anonymous', 'date'], 'a work');
    assert.deepEqual(await keysAt(12), ['aka', 'role', 'wikidata', 'url', 'reason'], 'a person made anonymous');
    // On a key being typed over, that key is offered again (it is the one replaced).
    assert.ok((await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 3 } })).some((i) => i.label === 'role'));
  });

  it('offers reason where the model reads the entity as anonymous (its last anonymous value), in a lone-CR file too', async () => {
    // A source made named needs no reason (anonymous-source-without-reason does not ask); a person is anonymous with
    // any value but no, as the model reads it; the last of two values counts.
    const text = '@source cadre: un cadre\r  anonymous: no\r  \r\r@person x: X\r  anonymous: 1\r  \r\r@person y: Y\r  anonymous: yes\r  role: r\r  anonymous: no\r\rTexte.\r';
    const uri = client.open(join(dir, 'complete-keys-cr.article'), text);
    const keysAt = async (line: number): Promise<string[]> =>
      (await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } })).map((i) => i.label);
    assert.deepEqual(await keysAt(2), ['aka', 'role', 'wikidata', 'url'], 'a source with anonymous: no');
    assert.deepEqual(await keysAt(6), ['aka', 'role', 'wikidata', 'url', 'reason'], 'a person with anonymous: 1');
    // Typed over the first anonymous line: the role and the anonymous given on the lines after it count as given,
    // and the last value is no.
    assert.deepEqual(await keysAt(9), ['aka', 'wikidata', 'url'], 'a person with anonymous: yes, a role, then anonymous: no');
  });

  it('completes property keys under a definition in a CRLF file too', async () => {
    const text = '@person x-y: X\r\n  role: r\r\n  \r\n\r\nBonjour.\r\n';
    const uri = client.open(join(dir, 'complete-crlf.article'), text);
    const props = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.ok(props.some((i) => i.label === 'aka'), `props: ${props.map((i) => i.label).join(',')}`);
    // Two lines below the definition, past the blank line that ends it: no keys.
    assert.deepEqual(await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 0 } }), []);
  });

  it('lists symbols, workspace symbols, folding, selection ranges, tokens, links, inlay hints and quotes', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: storyUri } });
    assert.ok(symbols.some((s) => s.name === '@services-russes'));
    const quotes = symbols.find((s) => s.name === 'Quotes')!;
    assert.ok(quotes.children!.some((c) => c.name === 'Jean-Yves Le Drian' && c.children!.length >= 5));
    const ws = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Choïgou' });
    assert.ok(ws.some((s) => s.name === '@choigou' && s.location.uri.endsWith('newsroom.article')));
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: storyUri } });
    assert.ok(folds.some((f) => f.startLine === 0 && f.endLine === 7), 'front matter');
    const selection = await client.request<SelectionRange[]>('textDocument/selectionRange', { textDocument: { uri: storyUri }, positions: [positionOf(story, '(@moscou)', 4)] });
    let depth = 0;
    for (let r: SelectionRange | undefined = selection[0]; r; r = r.parent) depth++;
    assert.ok(depth >= 4, `depth ${depth}`);
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: storyUri } });
    assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: storyUri } });
    assert.ok(links.some((l) => l.target?.endsWith('registry/newsroom.article')));
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: storyUri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
    assert.ok(hints.some((h) => h.label === 'Jean-Yves Le Drian'));
    const review = await client.request<{ quotes: { unattributed: boolean; speakers: { id: string }[]; text: string }[] }>('articlemark/quotes', { textDocument: { uri: faultyUri } });
    assert.ok(review.quotes.some((q) => q.unattributed));
    assert.ok(review.quotes.some((q) => q.speakers.some((s) => s.id === 'syndicaliste')));
    // The review list and the Problems panel agree: the quotes it calls unattributed are exactly the reported ones.
    const pulled = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: faultyUri } });
    const reported = pulled.items.filter((d) => d.code === 'unattributed-quote').length;
    assert.equal(review.quotes.filter((q) => q.unattributed).length, reported);
    const clean = await client.request<{ quotes: { unattributed: boolean }[] }>('articlemark/quotes', { textDocument: { uri: storyUri } });
    assert.equal(clean.quotes.filter((q) => q.unattributed).length, 0, "the clean story's heading 'words' are not unattributed quotes");
  });

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

  it('folds each of 40,000 sections of a large file to its own end', { timeout: 60_000 }, async () => {
    // Levels 2, 3, 2, 3 …: a level-2 section ends before the next level-2 heading, a level-3 one before the next heading.
    const count = 40_000;
    const uri = client.open(join(dir, 'many-sections.article'), sections([2, 3], count));
    await client.pull(uri);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.equal(folds.length, count);
    const wrong = folds.findIndex((fold, i) => fold.startLine !== 4 * i || fold.endLine !== Math.min(4 * (i % 2 === 0 ? i + 2 : i + 1), 4 * count) - 2);
    assert.equal(wrong, -1, `fold ${wrong}: ${JSON.stringify(folds[wrong])}`);
  });

  it('publishes again when settings that change severities arrive after the first diagnostics', { timeout: 15_000 }, async () => {
    let release: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (release = resolve));
    const push = await LspClient.start({ folders: [dir], pull: false, settings: { rules: { placeholder: 'off' } }, settingsAfter: late });
    try {
      const uri = push.open(join(dir, 'faulty.article'));
      const first = await push.nextPublish(uri);
      assert.ok(first.diagnostics.some((d: Diagnostic) => d.code === 'placeholder'), 'before the settings: the default severity');
      const next = push.nextPublish(uri);
      release();
      const again = await next;
      assert.ok(again.diagnostics.some((d: Diagnostic) => d.code === 'unattributed-quote'));
      assert.ok(!again.diagnostics.some((d: Diagnostic) => d.code === 'placeholder'), 'placeholder turned off by the late settings');
    } finally {
      await push.stop();
    }
  });

  it('pushes diagnostics to a client that does not pull, and honours settings', async () => {
    const push = await LspClient.start({ folders: [dir], pull: false, settings: { rules: { 'unused-entity': 'error', placeholder: 'off' }, inlayHints: { enabled: false } } });
    try {
      await new Promise((r) => setTimeout(r, 200));
      const uri = push.open(join(dir, 'faulty.article'));
      const published = await push.nextPublish(uri);
      const codes = published.diagnostics.map((d: Diagnostic) => d.code);
      assert.ok(codes.includes('unattributed-quote'));
      assert.ok(!codes.includes('placeholder'), 'placeholder turned off in settings');
      assert.equal(published.diagnostics.find((d: Diagnostic) => d.code === 'unused-entity')?.severity, 1);
      // The file wins: articlemark.json says missing-front-matter-key is a warning.
      assert.equal(published.diagnostics.find((d: Diagnostic) => d.code === 'missing-front-matter-key')?.severity, 2);
      const hints = await push.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } } });
      assert.deepEqual(hints, []);
    } finally {
      await push.stop();
    }
  });
});
