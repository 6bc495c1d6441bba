// Code actions end to end over stdio: each action is asked for as an editor
// asks, its WorkspaceEdit applied here, and the result checked against its
// title (what changed) and against a fresh analysis of the edited text.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient } from './lspClient';

const REGISTRY = '@person ana: Ana Pérez\n  aka: Mme Pérez\n@person bob: Bob Martin\n  aka: M. Martin\n';

describe('code actions, applied', () => {
  let client: LspClient;
  let dir: string;
  let count = 0;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'articlemark-actions-'));
    writeFileSync(join(dir, 'articlemark.json'), JSON.stringify({ registries: ['reg/*.article'] }));
    mkdirSync(join(dir, 'reg'));
    writeFileSync(join(dir, 'reg/people.article'), REGISTRY);
    writeFileSync(join(dir, 'reg/empty.article'), '');
    client = await LspClient.start({ folders: [dir] });
  });
  after(() => client.stop());

  /** Opens `text` as a new article; its diagnostics and a way to ask for actions. */
  const open = async (text: string): Promise<{ uri: string; doc: TextDocument; diagnostics: Diagnostic[] }> => {
    const path = join(dir, `a${count++}.article`);
    writeFileSync(path, text);
    const uri = client.open(path, text);
    return { uri, doc: TextDocument.create(uri, 'articlemark', 1, text), diagnostics: await client.pull(uri) };
  };
  const actionsAt = (uri: string, range: Range, only?: string[]): Promise<CodeAction[]> =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [], triggerKind: 1, ...(only ? { only } : {}) } });
  const applied = (doc: TextDocument, action: CodeAction): string => TextDocument.applyEdits(doc, action.edit!.changes![doc.uri]!);
  const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code)).sort();

  it('attribute-all leaves alone a quote whose writer typed the speaker after a space, unless attaching it is the clear attribution', async () => {
    const text = '"Non" @bob, a dit Bob Martin.\n\n"Oui" @ana, a dit Bob Martin.\n\n«\u00a0Jamais\u00a0» @-, a dit Bob Martin.\n\n"Peut-être", a dit Bob Martin.\n';
    const { uri, doc } = await open(text);
    const [all] = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.attributeAll']);
    assert.ok(all, 'offered');
    assert.equal(
      applied(doc, all),
      '"Non"@bob, a dit Bob Martin.\n\n"Oui" @ana, a dit Bob Martin.\n\n«\u00a0Jamais\u00a0» @-, a dit Bob Martin.\n\n"Peut-être"@bob, a dit Bob Martin.\n',
    );
  });

  it('"Attach" names every ID it attaches, and is not offered for a social handle', async () => {
    const text = '"Oui" @ana+bob, disent-ils.\n\n"Non" @ana_b.\n\n"Si" @anaB.\n\n"Bof" @ana.monde\n';
    const { uri, doc, diagnostics } = await open(text);
    const titles: string[] = [];
    for (const diagnostic of diagnostics.filter((d) => d.code === 'unattributed-quote')) {
      for (const action of await actionsAt(uri, diagnostic.range)) {
        if (!action.title.startsWith('Attach')) continue;
        titles.push(action.title);
        assert.deepEqual(codes(await (await open(applied(doc, action))).diagnostics).filter((c) => c !== 'unattributed-quote'), [], action.title);
      }
    }
    assert.deepEqual(titles, ['Attach @ana+bob as the speakers']);
  });

  it('"Close the quote here" closes a quote whose paragraph ends with a backslash', async () => {
    for (const text of ['Il dit "ouvert \\\n', 'Il dit «ouvert \\\n', 'Il dit “ouvert \\\\\n']) {
      const { uri, doc, diagnostics } = await open(text);
      const unclosed = diagnostics.find((d) => d.code === 'unclosed-quote')!;
      const close = (await actionsAt(uri, unclosed.range)).find((a) => a.title === 'Close the quote here')!;
      const fixed = await open(applied(doc, close));
      assert.ok(!fixed.diagnostics.some((d) => d.code === 'unclosed-quote'), `${JSON.stringify(applied(doc, close))}: ${codes(fixed.diagnostics).join(' ')}`);
    }
  });
});
