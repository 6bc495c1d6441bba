// Code actions end to end over stdio: each action is asked for as an editor
// asks, its WorkspaceEdit applied here, and the result checked against its
// title (what changed) and against a fresh analysis of the edited text.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tempDir } from '../support/tempDir';
import { LspClient, uriOf } from './lspClient';

const REGISTRY = '@person ana: Ana Pérez\n  aka: Mme Pérez\n@person bob: Bob Martin\n  aka: M. Martin\n';

describe('code actions, applied', () => {
  let client: LspClient;
  let dir: string;
  let count = 0;
  before(async () => {
    dir = tempDir('actions');
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

  it('attribute-all defines, once, the clear speakers the article does not define yet, and attributes their quotes', async () => {
    const text = 'Le maire, Paul Ferrand, a défendu la fermeture. « Nous n\'avons pas le choix », a déclaré Paul Ferrand.\n\n« La piscine coûte trop cher », a ajouté Paul Ferrand.\n\n« C\'est faux », a répondu Bob Martin.\n';
    const { uri, doc } = await open(text);
    const [all] = await actionsAt(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.attributeAll']);
    assert.ok(all, 'offered');
    const result = applied(doc, all);
    assert.equal(
      result,
      '@person ferrand: Paul Ferrand\n\nLe maire, Paul Ferrand, a défendu la fermeture. « Nous n\'avons pas le choix »@ferrand, a déclaré Paul Ferrand.\n\n« La piscine coûte trop cher »@ferrand, a ajouté Paul Ferrand.\n\n« C\'est faux »@bob, a répondu Bob Martin.\n',
    );
    assert.deepEqual(codes((await open(result)).diagnostics), []);
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

  it('offers "Define @id as …" only for an ID a definition can take', async () => {
    const text = '  @person ivan: Ivan\n\n"Da"@Le-Drian et @e\u0301lo et @zed.\n';
    const { uri, doc, diagnostics } = await open(text);
    const defined: string[] = [];
    for (const diagnostic of diagnostics.filter((d) => d.code === 'unknown-entity')) {
      for (const action of await actionsAt(uri, diagnostic.range)) {
        if (!action.title.startsWith('Define @') || !action.title.endsWith('in this document')) continue;
        defined.push(action.title);
        const fresh = await open(applied(doc, action));
        assert.ok(!fresh.diagnostics.some((d) => d.code === 'bad-definition'), `${action.title}: ${codes(fresh.diagnostics).join(' ')}`);
      }
    }
    assert.deepEqual(defined, ['a person', 'an organisation', 'a place', 'a source', 'a work', 'an event', 'another kind of entity (other)'].map((kind) => `Define @zed as ${kind} in this document`));
  });

  it('"Define @id as …" names a bare @id readably and offers every kind of the language, person first, here and in each registry', async () => {
    const text = '"Nous frapperons", a dit @jean-yves-le-drian.\n';
    const { uri, doc, diagnostics } = await open(text);
    const unknown = diagnostics.find((d) => d.code === 'unknown-entity')!;
    const actions = (await actionsAt(uri, unknown.range)).filter((a) => a.title.startsWith('Define @'));
    // Grouped by kind, in the order docs/language.md lists them; each kind here, then in the two registries.
    const kinds = ['person', 'org', 'place', 'source', 'work', 'event', 'other'];
    assert.equal(actions.length, kinds.length * 3, actions.map((a) => a.title).join(' | '));
    assert.equal(actions[0]!.title, 'Define @jean-yves-le-drian as a person in this document');
    assert.equal(actions[3]!.title, 'Define @jean-yves-le-drian as an organisation in this document');
    const here = actions.filter((a) => a.title.endsWith(' in this document'));
    assert.deepEqual(
      here.map((a) => applied(doc, a).split('\n')[0]),
      kinds.map((kind) => `@${kind} jean-yves-le-drian: Jean-Yves Le Drian`),
    );
    // Each one defines the ID: nothing left unknown, nothing malformed.
    for (const action of here) assert.deepEqual(codes((await open(applied(doc, action))).diagnostics).filter((c) => c === 'unknown-entity' || c === 'bad-definition'), [], action.title);
    const registryUri = uriOf(join(dir, 'reg/people.article'));
    const inRegistry = actions.find((a) => a.title === 'Define @jean-yves-le-drian as a place in people.article')!;
    assert.equal(inRegistry.edit!.changes![registryUri]![0]!.newText, '\n@place jean-yves-le-drian: Jean-Yves Le Drian\n');
  });

  it('the name read from an ID: particles in lower case inside a name, an article opening a surname capitalised, the given name before a particle hyphenated', async () => {
    const expected: Record<string, string> = {
      'jean-yves-le-drian': 'Jean-Yves Le Drian',
      'marine-le-pen': 'Marine Le Pen',
      'charles-de-gaulle': 'Charles de Gaulle',
      'jean-de-la-fontaine': 'Jean de la Fontaine',
      'ursula-von-der-leyen': 'Ursula von der Leyen',
      'vincent-van-gogh': 'Vincent van Gogh',
      'bachar-al-assad': 'Bachar al-Assad',
      'jean-d-ormesson': "Jean d'Ormesson",
      'ministere-de-la-defense': 'Ministere de la Defense',
      // A particle that starts the ID starts the name; one that ends it is no particle.
      'le-drian': 'Le Drian',
      'van-gogh': 'Van Gogh',
      'quartier-de': 'Quartier De',
      // No particle: nothing tells a hyphen from a space, and a space is the likelier.
      'jean-dupont': 'Jean Dupont',
      'g20': 'G20',
      'élodie': 'Élodie',
    };
    const ids = Object.keys(expected);
    const { uri, doc, diagnostics } = await open(`${ids.map((id) => `@${id}`).join(' ')}\n`);
    const got: Record<string, string> = {};
    for (const unknown of diagnostics.filter((d) => d.code === 'unknown-entity')) {
      const person = (await actionsAt(uri, unknown.range)).find((a) => a.title.endsWith(' as a person in this document'))!;
      const [, id, name] = /^@person ([^:]+): (.*)$/.exec(applied(doc, person).split('\n')[0]!)!;
      got[id!] = name!;
    }
    assert.deepEqual(got, expected);
  });

  it('"Define @id as …" at the top of a body whose first line is indented keeps that line prose, not a property of the new definition', async () => {
    for (const [text, expected] of [
      ['\tParis: il a vu @zed.\n', '@person zed: Zed\n\n\tParis: il a vu @zed.\n'],
      ['---\r\ntitle: T\r\n---\r\n  Paris: il a vu @zed.\r\n', '---\r\ntitle: T\r\n---\r\n@person zed: Zed\r\n\r\n  Paris: il a vu @zed.\r\n'],
    ]) {
      const { uri, doc, diagnostics } = await open(text);
      const unknown = diagnostics.find((d) => d.code === 'unknown-entity')!;
      const define = (await actionsAt(uri, unknown.range)).find((a) => a.title === 'Define @zed as a person in this document')!;
      assert.equal(applied(doc, define), expected);
      assert.deepEqual(codes((await open(expected)).diagnostics), []);
    }
  });

  it('"Define @id as …" in an empty registry writes the definition as its first line', async () => {
    const { uri, diagnostics } = await open('Texte @zed.\n');
    const unknown = diagnostics.find((d) => d.code === 'unknown-entity')!;
    const action = (await actionsAt(uri, unknown.range)).find((a) => a.title === 'Define @zed as a person in empty.article');
    assert.ok(action);
    const registryUri = uriOf(join(dir, 'reg/empty.article'));
    const registry = TextDocument.create(registryUri, 'articlemark', 1, readFileSync(join(dir, 'reg/empty.article'), 'utf8'));
    assert.equal(TextDocument.applyEdits(registry, action.edit!.changes![registryUri]!), '@person zed: Zed\n');
  });

  it('"Define @id as …" names two registries of the same file name by their paths, so the writer can tell them apart', async () => {
    const root = tempDir('actions');
    writeFileSync(join(root, 'articlemark.json'), JSON.stringify({ registries: ['**/people.article'] }));
    for (const folder of ['desk-a', 'desk-b']) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, 'people.article'), '@person ana: Ana\n');
    }
    writeFileSync(join(root, 'people.article'), '@person bob: Bob\n');
    const text = 'Texte @zed.\n';
    const uri = client.open(join(root, 'story.article'), text);
    const unknown = (await client.pull(uri)).find((d) => d.code === 'unknown-entity')!;
    const titles = (await actionsAt(uri, unknown.range)).map((a) => a.title).filter((t) => t.startsWith('Define @zed as a person'));
    assert.deepEqual(titles.sort(), ['desk-a/people.article', 'desk-b/people.article', 'people.article', 'this document'].map((where) => `Define @zed as a person in ${where}`));
  });

  it('"Close the quote at the end of its paragraph" closes a quote whose paragraph ends with a backslash', async () => {
    for (const text of ['Il dit "ouvert \\\n', 'Il dit «ouvert \\\n', 'Il dit “ouvert \\\\\n']) {
      const { uri, doc, diagnostics } = await open(text);
      const unclosed = diagnostics.find((d) => d.code === 'unclosed-quote')!;
      const close = (await actionsAt(uri, unclosed.range)).find((a) => a.title === 'Close the quote at the end of its paragraph')!;
      const fixed = await open(applied(doc, close));
      assert.ok(!fixed.diagnostics.some((d) => d.code === 'unclosed-quote'), `${JSON.stringify(applied(doc, close))}: ${codes(fixed.diagnostics).join(' ')}`);
    }
  });

  /** The unattributed-quote finding's actions by title, after checking each one's edit against the expected text and that the text it makes is clean. */
  const checkQuoteFixes = async (text: string, expected: Record<string, string>): Promise<CodeAction[]> => {
    const { uri, doc, diagnostics } = await open(text);
    const unattributed = diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.equal(unattributed.length, 1, JSON.stringify(text));
    const actions = (await actionsAt(uri, unattributed[0]!.range)).filter((a) => a.kind === 'quickfix');
    for (const [title, result] of Object.entries(expected)) {
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `${title} not among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(applied(doc, action), result, title);
      assert.deepEqual(codes((await open(result)).diagnostics), [], `${title}: ${JSON.stringify(result)}`);
    }
    return actions;
  };

  it('a block quote without attribution line gets "Attribute to …" (ranked as for a quote) and "Mark as not speech", each writing the line `> — @id`', async () => {
    const text = 'Ana Pérez a déclaré :\n\n> Nous irons.\n> Jusqu\'au bout.\n\nLa suite.\n';
    const actions = await checkQuoteFixes(text, {
      'Attribute to Ana Pérez (@ana)': 'Ana Pérez a déclaré :\n\n> Nous irons.\n> Jusqu\'au bout.\n> — @ana\n\nLa suite.\n',
      'Mark as not speech (@-)': 'Ana Pérez a déclaré :\n\n> Nous irons.\n> Jusqu\'au bout.\n> — @-\n\nLa suite.\n',
    });
    assert.equal(actions[0]!.title, 'Attribute to Ana Pérez (@ana)');
    assert.equal(actions[0]!.isPreferred, true);
    // The file's line breaks, and a last line without one.
    await checkQuoteFixes('Ana Pérez a déclaré :\r\n\r\n>Nous irons.\r\n>Oui.\r\n', {
      'Attribute to Ana Pérez (@ana)': 'Ana Pérez a déclaré :\r\n\r\n>Nous irons.\r\n>Oui.\r\n> — @ana\r\n',
    });
    await checkQuoteFixes('Ana Pérez a déclaré :\r\n\r\n> Nous irons.', {
      'Attribute to Ana Pérez (@ana)': 'Ana Pérez a déclaré :\r\n\r\n> Nous irons.\r\n> — @ana',
    });
  });

  it('a block quote whose last line names the speaker after a dash gets that name as the attribution; another dash line stays quoted', async () => {
    await checkQuoteFixes('> Nous irons.\n> — Mme Pérez, à Lyon\n', {
      'Attribute to Ana Pérez (@ana)': '> Nous irons.\n> — [Mme Pérez](@ana), à Lyon\n',
      'Mark as not speech (@-)': '> Nous irons.\n> — Mme Pérez, à Lyon\n> — @-\n',
    });
    // Dialogue: the last line is words of the quote, not a speaker.
    await checkQuoteFixes('Ana Pérez a raconté :\n\n> — Vous partez ?\n> — Oui.\n', {
      'Attribute to Ana Pérez (@ana)': 'Ana Pérez a raconté :\n\n> — Vous partez ?\n> — Oui.\n> — @ana\n',
    });
  });

  it('"Attribute to …" offers a speaker the article does not define yet, and defines it in the same edit (as import would)', async () => {
    // Plain copy a writer has not marked up: before, no "Attribute to" at all.
    const actions = await checkQuoteFixes('Le maire, M. Paul Ferrand, a défendu la fermeture. « Nous n\'avons pas le choix », a-t-il dit.\n', {
      'Attribute to Paul Ferrand (@ferrand, new definition)':
        '@person ferrand: Paul Ferrand\n  aka: M. Paul Ferrand\n\nLe maire, M. Paul Ferrand, a défendu la fermeture. « Nous n\'avons pas le choix »@ferrand, a-t-il dit.\n',
    });
    assert.equal(actions[0]!.title, 'Attribute to Paul Ferrand (@ferrand, new definition)');
    assert.equal(actions[0]!.isPreferred, true);
    // After the front matter and the definitions already there; an ID in scope of another kind is not reused.
    await checkQuoteFixes('---\ntitle: Piscine\n---\n@work ferrand: Mémoires d\'un maire\n\nDans [ses mémoires](@ferrand), Paul Ferrand défend la fermeture. « Nous n\'avions pas le choix », écrit-il.\n', {
      'Attribute to Paul Ferrand (@ferrand-2, new definition)':
        '---\ntitle: Piscine\n---\n@work ferrand: Mémoires d\'un maire\n@person ferrand-2: Paul Ferrand\n\nDans [ses mémoires](@ferrand), Paul Ferrand défend la fermeture. « Nous n\'avions pas le choix »@ferrand-2, écrit-il.\n',
    });
    // An unnamed source too, as `import` defines one (its finding then asks for the reason it is anonymous).
    const text = 'Le conseil a voté la fermeture. « C\'est un scandale », a lancé un habitant du quartier.\n';
    const { uri, doc, diagnostics } = await open(text);
    const [first] = (await actionsAt(uri, diagnostics.find((d) => d.code === 'unattributed-quote')!.range)).filter((a) => a.kind === 'quickfix');
    assert.equal(first?.title, 'Attribute to un habitant du quartier (@un-habitant-du-quartier, new definition)');
    const result = applied(doc, first);
    assert.equal(result, '@source un-habitant-du-quartier: un habitant du quartier\n\nLe conseil a voté la fermeture. « C\'est un scandale »@un-habitant-du-quartier, a lancé un habitant du quartier.\n');
    assert.deepEqual(codes((await open(result)).diagnostics), ['anonymous-source-without-reason']);
    // A defined speaker is offered as before, and ranked with the others by the engine.
    await checkQuoteFixes('Bob Martin a parlé à Paul Ferrand. « Nous n\'avons pas le choix », a dit Bob Martin.\n', {
      'Attribute to Bob Martin (@bob)': 'Bob Martin a parlé à Paul Ferrand. « Nous n\'avons pas le choix »@bob, a dit Bob Martin.\n',
    });
  });

  it('"Attribute to …" on `"…" @id` replaces the ID typed after the space, and leaves that ID to "Attach"', async () => {
    const actions = await checkQuoteFixes('"Oui" @bob, a dit Ana Pérez.\n', {
      'Attach @bob as the speaker': '"Oui"@bob, a dit Ana Pérez.\n',
      'Attribute to Ana Pérez (@ana) instead of @bob': '"Oui"@ana, a dit Ana Pérez.\n',
      'Mark as not speech (@-) instead of @bob': '"Oui"@-, a dit Ana Pérez.\n',
    });
    // Before: "Attribute to Bob Martin (@bob)" wrote `"Oui"@bob @bob`, and the others left ` @bob` after the new speaker.
    assert.deepEqual(actions.filter((a) => a.title.includes('@bob)')), []);
    await checkQuoteFixes('"Oui" @-, a dit Ana Pérez.\n', {
      'Attach @- (not speech)': '"Oui"@-, a dit Ana Pérez.\n',
      'Attribute to Ana Pérez (@ana) instead of @-': '"Oui"@ana, a dit Ana Pérez.\n',
    });
  });

  it('an unsourced figure gets "Use … as the source" for the entities named in its paragraph, nearest first, and "Mark as needing no source (@-)"', async () => {
    const defs = '@org insee: Insee\n@place lyon: Lyon\n\n';
    const text = `${defs}Selon l'Insee, [3,5 %](#3.5% unit=percent) de hausse à Lyon, dit Bob Martin.\n\nAna Pérez, ailleurs.\n`;
    const { uri, doc, diagnostics } = await open(text);
    const unsourced = diagnostics.find((d) => d.code === 'unsourced-figure')!;
    const actions = await actionsAt(uri, unsourced.range);
    // Not Lyon (a place publishes no figure), not Ana Pérez (another paragraph).
    assert.deepEqual(actions.map((a) => a.title), ['Use Insee (@insee) as the source', 'Use Bob Martin (@bob) as the source', 'Mark as needing no source (@-)']);
    const expected = [' @insee', ' @bob', ' @-'].map((token) => text.replace('#3.5%', `#3.5%${token}`));
    for (const [i, action] of actions.entries()) {
      assert.equal(applied(doc, action), expected[i], action.title);
      assert.deepEqual(codes((await open(expected[i]!)).diagnostics), [], action.title);
    }
  });

  /** For each [text, title, expected]: the finding of `code` has that fix alone, preferred, which makes `expected`, a clean text; for each text of `noFix`, it has none. */
  const checkSoleFix = async (code: string, cases: readonly (readonly [string, string, string])[], noFix: readonly string[]): Promise<void> => {
    for (const [text, title, expected] of cases) {
      const { uri, doc, diagnostics } = await open(text);
      const fixes = await actionsAt(uri, diagnostics.find((d) => d.code === code)!.range);
      assert.deepEqual(fixes.map((a) => [a.title, a.isPreferred]), [[title, true]], text);
      assert.equal(applied(doc, fixes[0]!), expected);
      assert.deepEqual(codes((await open(expected)).diagnostics), [], expected);
    }
    for (const text of noFix) {
      const { uri, diagnostics } = await open(text);
      assert.deepEqual((await actionsAt(uri, diagnostics.find((d) => d.code === code)!.range)).map((a) => a.title), [], text);
    }
  };

  it('a figure value with a decimal comma or grouping points gets the one value it can mean; "#2,900" (2.9 or 2900) gets none', async () => {
    const figure = (value: string): string => `Un recul de [la valeur](${value} @bob), dit Bob Martin.\n`;
    const meant = [['#12,5%', '#12.5%'], ['#~-3,25', '#~-3.25'], ['#2.900.000', '#2_900_000'], ['#1.234,5', '#1_234.5'], ['#1,234.5', '#1_234.5']] as const;
    await checkSoleFix('bad-figure-value', meant.map(([written, value]) => [figure(written), `Write ${value}`, figure(value)] as const), [figure('#2,900')]);
  });

  it('a definition or property line that forgot its colon gets it, after a valid ID or a usual key only', async () => {
    await checkSoleFix(
      'bad-definition',
      [
        ['@person berthier Luc Berthier\n\nLuc Berthier est venu.\n', 'Add the colon after "berthier"', '@person berthier: Luc Berthier\n\nLuc Berthier est venu.\n'],
        ['@person deux: Ana Deux\r\n  Role ministre des armées\r\n\r\nAna Deux est venue.\r\n', 'Add the colon after "Role"', '@person deux: Ana Deux\r\n  Role: ministre des armées\r\n\r\nAna Deux est venue.\r\n'],
      ],
      // Which word ends the ID, which is the key: not clear.
      ['@person luc berthier: Luc\n', '@person Luc Berthier\n', '@person deux: Ana Deux\n  Ana Deux\n'],
    );
  });

  it('an attribute list with `key:value` or two `@` tokens gets the one list it means: `key=value`, `@a+b`', async () => {
    await checkSoleFix(
      'bad-attribute',
      [
        ['["On ne lâchera rien"](@ana lieu:usine), assure Ana Pérez.\n', 'Write lieu=usine', '["On ne lâchera rien"](@ana lieu=usine), assure Ana Pérez.\n'],
        ['[Les deux](@ana  @bob) sont venus.\n', 'Join as @ana+bob', '[Les deux](@ana+bob) sont venus.\n'],
        ['[2 %](#2% @ana\n@bob) de plus.\n', 'Join as @ana+bob', '[2 %](#2% @ana+bob) de plus.\n'],
      ],
      // `@-` and an ID (keep which?), a comment between the tokens (the join would remove it), the same ID twice.
      ['[x](@- @bob) y.\n', '[x](@ana <!-- ? --> @bob) y.\n', '[x](@ana @ana) y.\n'],
    );
  });
});
