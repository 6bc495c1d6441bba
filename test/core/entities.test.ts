import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { parse, type DefinitionBlock } from '../../server/src/core';
import { analyze, codes, only } from './helpers';

const defs = (text: string): DefinitionBlock[] => parse(text).blocks.filter((b): b is DefinitionBlock => b.type === 'definition');

test('definition: kind, id, name, properties, aka adding up, continuation lines', () => {
  const text = '@person le-drian: Jean-Yves Le Drian\n  aka: M. Le Drian; le ministre français\n  role: ministre\n    de la Défense\n  aka: Le Drian\n\nText.\n';
  const [d] = defs(text);
  assert.ok(d);
  assert.equal(d.kind, 'person');
  assert.equal(d.id, 'le-drian');
  assert.equal(d.name, 'Jean-Yves Le Drian');
  assert.equal(text.slice(d.idSpan.start, d.idSpan.end), 'le-drian');
  assert.equal(text.slice(d.nameSpan.start, d.nameSpan.end), 'Jean-Yves Le Drian');
  assert.equal(text.slice(d.kindSpan.start, d.kindSpan.end), 'person');
  const a = analyze(text);
  const entity = a.model.localEntities[0]!;
  assert.deepEqual(entity.aliases, ['M. Le Drian', 'le ministre français', 'Le Drian']);
  assert.match(entity.properties['role']!, /^ministre\s+de la Défense$/);
  assert.equal('aka' in entity.properties, false);
});

test('a comment in a definition or property line is not part of the name or value (spans stay exact)', () => {
  const text = '@person jean: Jean <!-- vérifier -->\n  role: ministre <!-- à\nconfirmer -->\n  aka: <!-- x -->M. Dupont\n@person paul: Paul <!-- 2e prénom ? -->Martin\n\n"Oui"@jean, "Non"@paul\n';
  const [jean, paul] = defs(text);
  assert.equal(jean!.name, 'Jean');
  assert.equal(text.slice(jean!.nameSpan.start, jean!.nameSpan.end), 'Jean');
  const role = jean!.properties.find((p) => p.key === 'role')!;
  assert.equal(role.value, 'ministre');
  assert.equal(text.slice(role.valueSpan.start, role.valueSpan.end), 'ministre');
  const a = analyze(text);
  assert.deepEqual(codes(a), []);
  const [first, second] = a.model.localEntities;
  assert.deepEqual(first!.aliases, ['M. Dupont']);
  assert.equal(first!.properties['role'], 'ministre');
  // A comment inside a name reads as one space, in the tree as in the entity; its span is the name as written.
  assert.equal(paul!.name, 'Paul Martin');
  assert.equal(text.slice(paul!.nameSpan.start, paul!.nameSpan.end), 'Paul <!-- 2e prénom ? -->Martin');
  assert.equal(second!.name, 'Paul Martin');
});

/** The definitions of `text` as [name, written name, [key, value, written value]…], and its entities' names and aliases. */
function readBack(text: string): { defs: unknown[]; entities: unknown[]; problems: string[] } {
  const a = analyze(text);
  return {
    defs: defs(text).map((d) => [d.name, text.slice(d.nameSpan.start, d.nameSpan.end), ...d.properties.map((p) => [p.key, p.value, text.slice(p.valueSpan.start, p.valueSpan.end)])]),
    entities: a.model.localEntities.map((e) => [e.name, e.aliases, e.properties]),
    problems: codes(a),
  };
}

for (const [eol, label] of [['\n', 'LF'], ['\r\n', 'CRLF']] as const) {
  test(`a comment in a name, a value or an alias reads as one space between words, none at either end (${label})`, () => {
    const lines = [
      '@person jean: Jean <!-- 2e prénom ? --> Dupont',
      '  role: ministre <!-- TK --> des armées',
      '  aka: A <!-- x; y --> B; C',
      '@person ana: <!-- ? -->Ana 😀<!-- a --><!-- b -->Pérez <!-- fin -->',
      '  role: <!-- début --> porte-parole <!-- à',
      'vérifier -->',
      '    du <!-- x -->\t<!-- y --> gouvernement',
      '    et <!-- sur',
      'deux lignes --> du parti <!-- fin -->',
      '',
      'Hier, Jean Dupont et Ana 😀 Pérez ont parlé.',
      '',
    ];
    const text = lines.join(eol);
    assert.deepEqual(readBack(text), {
      defs: [
        ['Jean Dupont', 'Jean <!-- 2e prénom ? --> Dupont', ['role', 'ministre des armées', 'ministre <!-- TK --> des armées'], ['aka', 'A B; C', 'A <!-- x; y --> B; C']],
        [
          'Ana 😀 Pérez',
          'Ana 😀<!-- a --><!-- b -->Pérez',
          ['role', 'porte-parole du gouvernement et du parti', text.slice(text.indexOf('porte-parole'), text.indexOf(`du parti <!-- fin -->`) + 'du parti <!-- fin -->'.length)],
        ],
      ],
      entities: [
        ['Jean Dupont', ['A B', 'C'], { role: 'ministre des armées' }],
        ['Ana 😀 Pérez', [], { role: 'porte-parole du gouvernement et du parti' }],
      ],
      problems: [],
    });
  });
}

test('a run of spaces with no comment in it stays as written in the tree; the entity shows single spaces', () => {
  const text = '@person jean: Jean  Dupont <!-- x -->\n  role: ministre  des <!-- y --> armées\n  aka: A\t B <!-- z -->\n\n"Oui"@jean\n';
  assert.deepEqual(readBack(text), {
    defs: [['Jean  Dupont', 'Jean  Dupont', ['role', 'ministre  des armées', 'ministre  des <!-- y --> armées'], ['aka', 'A\t B', 'A\t B']]],
    entities: [['Jean Dupont', ['A B'], { role: 'ministre des armées' }]],
    problems: [],
  });
});

test('the implicit-mention matcher finds a name whose definition holds a comment', () => {
  const text = '@person jean: Jean <!-- 2e prénom ? --> Dupont\n  aka: le <!-- x --> ministre\n\nHier, Jean Dupont a parlé ; le ministre aussi.\n';
  assert.deepEqual(
    analyze(text).model.mentions.filter((m) => m.form === 'implicit').map((m) => [m.id, text.slice(m.span.start, m.span.end)]),
    [['jean', 'Jean Dupont'], ['jean', 'le ministre']],
  );
});

test('an indented definition is prose: its unknown-entity says to remove the indentation, and the fix does', () => {
  const text = 'Texte.\n\n \t@person jean: Jean Dupont\n\n"Oui"@jean, a dit le @person du jour.\n';
  const found = analyze(text).diagnostics.filter((d) => d.code === 'unknown-entity');
  const indented = found.find((d) => d.message.includes('only at the start of a line'))!;
  assert.equal(indented.message, '`@person id: Name` defines an entity only at the start of a line: remove the spaces before it.');
  const edit = indented.fixes![0]!.edits[0]!;
  assert.deepEqual(edit.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
  const lines = text.split('\n');
  lines[2] = lines[2]!.slice(edit.range.end.character);
  const fixed = lines.join('\n');
  assert.ok(fixed.includes('\n\n@person jean: Jean Dupont\n'));
  // Elsewhere in prose the kind word is an ordinary unknown ID, and after the fix only that one is left.
  assert.equal(found.length, 3);
  assert.deepEqual(analyze(fixed).diagnostics.filter((d) => d.code === 'unknown-entity').map((d) => d.message), ['No entity "person" is defined for this article.']);
});

test('definition interrupts a paragraph; a blank or unindented line ends it', () => {
  const tree = parse('Some text\n@org ei: groupe Etat islamique\n  aka: EI\nMore text.\n');
  assert.deepEqual(tree.blocks.map((b) => b.type), ['paragraph', 'definition', 'paragraph']);
});

test('source entities are anonymous by default; anonymous: no; reason', () => {
  const a = analyze('@source s1: une source\n@source s2: une autre\n  reason: protégée\n@source s3: le parquet\n  anonymous: no\n\n"X"@s1 "Y"@s2 "Z"@s3\n');
  const [s1, s2, s3] = a.model.localEntities;
  assert.equal(s1!.anonymous, true);
  assert.equal(s3!.anonymous, false);
  const reasons = only(a, 'anonymous-source-without-reason');
  assert.equal(reasons.length, 1);
  assert.equal(reasons[0]!.severity, 'information');
  assert.equal(reasons[0]!.range.start.line, 0);
  void s2;
});

test('bad-definition: an @KIND line that is not a definition; kind words cannot be IDs; bad ids', () => {
  for (const line of ['@person berthier Luc Berthier', '@person Berthier: Luc', '@org person: X', '@person a--b: X', '@person a-: X', '@place 9ville: X']) {
    const a = analyze(`${line}\n`);
    assert.deepEqual(codes(a), ['bad-definition'], line);
    assert.equal(a.diagnostics[0]!.range.start.line, 0);
  }
  // Not a kind word: plain text (a bare mention), not a bad definition.
  assert.equal(only(analyze('@personne x: y\n'), 'bad-definition').length, 0);
  // A definition with no name says so (it repeated the general shape, which the line already had).
  assert.match(only(analyze('@person vide:\n'), 'bad-definition')[0]!.message, /^The definition of "vide" has no name: write it after the colon/);
  assert.match(only(analyze('@person berthier Luc Berthier\n'), 'bad-definition')[0]!.message, /^An entity definition is written `@KIND id: Name`/);
});

test('bad-definition: a bad ID is reported with a suggested ID only when that one is valid, named in the message', () => {
  const finding = (line: string) => only(analyze(`${line}\n`), 'bad-definition')[0]!;
  assert.deepEqual(finding('@person Le-Drian: X').data, { suggestion: 'le-drian' });
  assert.match(finding('@person Le-Drian: X').message, /Did you mean "le-drian"\?$/);
  assert.deepEqual(finding('@person le--drian: X').data, { suggestion: 'le-drian' });
  // A kind word in any case, and digits alone, have no valid ID to suggest (they gave "person" and "").
  for (const line of ['@org person: X', '@org Person: X', '@person 123: X']) {
    assert.equal(finding(line).data, undefined, line);
    assert.doesNotMatch(finding(line).message, /Did you mean/, line);
  }
  assert.match(finding('@org person: X').message, /not a kind word/);
  // The suggestion is also the quick fix, on the ID alone.
  const text = '@person Le-Drian: X\n';
  const [fix] = finding('@person Le-Drian: X').fixes ?? [];
  assert.equal(fix?.title, 'Use the ID "le-drian"');
  assert.equal(applyEdits(text, fix!.edits), '@person le-drian: X\n');
});

/** `text` with the edits applied (ranges on one line, as the findings here are). */
function applyEdits(text: string, edits: readonly { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }): number => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((x, y) => offset(y.range.start) - offset(x.range.start))) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

// An accent typed as a separate character (U+0301 after the letter, as some keyboards and PDF copies give) looks
// like the composed letter: the messages say what is wrong, and the fixes compose it.
test('an ID with a decomposed accent: definition, attribute and bare mention say so, and the fix composes it', () => {
  const decomposed = 'e\u0301lodie';
  const definition = `@person ${decomposed}: Élodie\n`;
  const bad = only(analyze(definition), 'bad-definition')[0]!;
  assert.match(bad.message, /accent written as a separate character/);
  assert.equal(applyEdits(definition, bad.fixes![0]!.edits), '@person élodie: Élodie\n');

  const text = `@person élodie: Élodie\n\n« Oui »[Élodie](@${decomposed}), dit @${decomposed}.\n`;
  const a = analyze(text);
  const attribute = only(a, 'bad-attribute')[0]!;
  assert.match(attribute.message, /accent written as a separate character/);
  assert.equal(text.slice(text.indexOf(decomposed), text.indexOf(decomposed) + decomposed.length), decomposed);
  const fixedOnce = applyEdits(text, attribute.fixes![0]!.edits);
  assert.equal(fixedOnce, `@person élodie: Élodie\n\n« Oui »[Élodie](@élodie), dit @${decomposed}.\n`);
  const unknown = only(analyze(fixedOnce), 'unknown-entity')[0]!;
  assert.match(unknown.message, /separate character.*"élodie", with the composed letter, is\./);
  assert.equal(applyEdits(fixedOnce, unknown.fixes![0]!.edits), `@person élodie: Élodie\n\n« Oui »[Élodie](@élodie), dit @élodie.\n`);
});

test('duplicate-property: a repeated key other than aka keeps the last value with a warning', () => {
  const a = analyze('@person x: X\n  role: one\n  role: two\n  aka: A\n  aka: B\n\n@x said.\n');
  assert.deepEqual(codes(a), ['duplicate-property']);
  assert.equal(a.diagnostics[0]!.severity, 'warning');
  assert.equal(a.diagnostics[0]!.range.start.line, 2);
  assert.equal(a.model.localEntities[0]!.properties['role'], 'two');
  assert.deepEqual(a.model.localEntities[0]!.aliases, ['A', 'B']);
});

test('duplicate-entity in one document, unused-entity faded', () => {
  const a = analyze('@person x: X\n@person x: Y\n@person y: Z\n\n@x.\n');
  const dup = only(a, 'duplicate-entity');
  assert.equal(dup.length, 1);
  assert.equal(dup[0]!.range.start.line, 1);
  assert.equal(dup[0]!.related?.[0]?.range.start.line, 0);
  const unused = only(a, 'unused-entity');
  assert.equal(unused.length, 1);
  assert.equal(unused[0]!.severity, 'hint');
  assert.equal(unused[0]!.unnecessary, true);
  assert.equal(unused[0]!.range.start.line, 2);
});

test('mentions: bracket, bare, with IDs spans; unknown-entity with candidates', () => {
  const text = '@person le-drian: Jean-Yves Le Drian\n\n[Le ministre](@le-drian) et @le-drian. Puis @le-drain et l\'@le-drian.\n';
  const a = analyze(text);
  const explicit = a.model.mentions.filter((m) => m.form !== 'implicit');
  assert.deepEqual(explicit.map((m) => [m.form, m.id, text.slice(m.span.start, m.span.end)]), [
    ['bracket', 'le-drian', 'le-drian'],
    ['bare', 'le-drian', 'le-drian'],
    ['bare', 'le-drain', 'le-drain'],
    ['bare', 'le-drian', 'le-drian'],
  ]);
  const bracket = explicit[0]!;
  assert.equal(text.slice(bracket.textSpan!.start, bracket.textSpan!.end), 'Le ministre');
  const unknown = only(a, 'unknown-entity');
  assert.equal(unknown.length, 1);
  assert.deepEqual((unknown[0]!.data as { candidates: string[] }).candidates, ['le-drian']);
  assert.equal(unknown[0]!.fixes?.[0]?.edits[0]?.newText, 'le-drian');
});

test('bare @: handles and e-mail addresses are plain text; @id. at sentence end is a mention', () => {
  // A `_` or `.` after a letter beyond ASCII makes a handle too (`@élysée.fr`).
  const text = '@person le-drian: L\n\nÉcrire à a@b.fr ou à @Jean ou @jean.dupont ou @jean_d ou @élysée.fr ou @é_d, dit @le-drian.\n';
  const a = analyze(text);
  const bare = a.model.mentions.filter((m) => m.form === 'bare');
  assert.deepEqual(bare.map((m) => text.slice(m.span.start, m.span.end)), ['le-drian']);
  assert.equal(bare[0]!.entity?.id, 'le-drian');
  assert.deepEqual(codes(a), []);
});

test('implicit mentions: whole words, first letter either case, apostrophe and hyphen boundaries, longest match', () => {
  const text = "@org ei: groupe Etat islamique\n  aka: EI; Daech\n@person ld: Jean-Yves Le Drian\n  aka: Le Drian; le ministre français; le ministre\n\nL'EI et l'anti-EI, pas EIB ni LEI. Groupe Etat islamique. Le ministre français parle, le ministre aussi; Le  Drian.\n";
  const a = analyze(text);
  const implicit = a.model.mentions.filter((m) => m.form === 'implicit').map((m) => [m.id, text.slice(m.span.start, m.span.end)]);
  assert.deepEqual(implicit, [
    ['ei', 'EI'],
    ['ei', 'EI'],
    ['ei', 'Groupe Etat islamique'],
    ['ld', 'Le ministre français'],
    ['ld', 'le ministre'],
    ['ld', 'Le  Drian'],
  ]);
  // Implicit mentions count as uses.
  assert.equal(only(a, 'unused-entity').length, 0);
});

test('implicit mentions: a tie between two entities is ambiguous', () => {
  const text = '@person a: Anne Martin\n  aka: Martin\n@person b: Bruno Martin\n  aka: Martin\n\nMartin a parlé.\n';
  const a = analyze(text);
  const m = a.model.mentions.find((x) => x.form === 'implicit')!;
  assert.deepEqual([...m.ambiguous!].sort(), ['a', 'b']);
  assert.equal(m.entity, undefined);
});

test('implicit mentions are not found in code, URLs, comments, IDs or marked mentions', () => {
  const text = '@org ei: EI\n\n`EI` https://ei.example/EI <!-- EI --> @ei [EI](@ei)\n';
  const a = analyze(text);
  assert.equal(a.model.mentions.filter((m) => m.form === 'implicit').length, 0);
});

test('implicit mentions are not found inside e-mail addresses or social handles, only around them', () => {
  const text = '@person paul: Paul Martin\n  aka: Paul\n\nWrite to paul@example.com, paul.martin+presse@example.fr, @Paul_Smith or @paul.bsky.social. Paul (@PaulM) said so; ask Paul.\n';
  const a = analyze(text);
  const implicit = a.model.mentions.filter((m) => m.form === 'implicit').map((m) => [text.slice(m.span.start, m.span.end), m.span.start]);
  assert.deepEqual(implicit, [
    ['Paul', text.indexOf('Paul (')],
    ['Paul', text.lastIndexOf('Paul.')],
  ]);
  // Only inside an address or a handle: the entity is not used.
  const unused = analyze('@person paul: Paul Martin\n  aka: Paul\n\nWrite to paul@example.com or @Paul_Smith.\n');
  assert.deepEqual(only(unused, 'unused-entity').map((d) => d.data?.['id']), ['paul']);
});

test('an ambiguous implicit mention is a use of every entity it may name', () => {
  const a = analyze('@person jean-a: Jean Dupont\n  aka: Dupont\n@person paul-b: Paul Dupont\n  aka: Dupont\n\nDupont est arrivé.\n');
  assert.deepEqual(
    a.diagnostics.filter((d) => d.code === 'unused-entity').map((d) => d.data?.['id']),
    [],
  );
});

test('unused-entity: a name inside a longer name of another entity is not a use', () => {
  // The text search for unused entities first looks for their names alone ("Paris" is there), then lets the full matching decide.
  const text = '@place paris: Paris\n@org psg: Paris Saint-Germain\n\n@psg a gagné. Paris Saint-Germain encore.\n';
  const a = analyze(text);
  assert.deepEqual(only(a, 'unused-entity').map((d) => d.data?.['id']), ['paris']);
  assert.deepEqual(a.model.mentions.filter((m) => m.form === 'implicit').map((m) => m.id), ['psg']);
});

test('unused-entity agrees with the implicit mentions on corpus text (names of the text defined, some marked)', () => {
  const dir = join(__dirname, '../fixtures/corpus/wikinews-fr');
  for (const file of readdirSync(dir).sort().slice(0, 20)) {
    const prose = readFileSync(join(dir, file), 'utf8');
    const words = [...new Set(prose.match(/\b\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}+)?\b/gu) ?? [])].slice(0, 12);
    // Half the names are real words of the text, some marked with @; the other half named nowhere.
    const defined = words.map((w, i) => `@other e${i}: ${i % 3 === 2 ? `${w}zz` : w}`).join('\n');
    const marked = words.length > 0 ? '\n\n@e0\n' : '\n';
    const a = analyze(`${defined}\n\n${prose}${marked}`);
    const named = new Set(a.model.mentions.flatMap((m) => [m.id, ...(m.ambiguous ?? [])]));
    const expected = words.map((_, i) => `e${i}`).filter((id) => !named.has(id));
    assert.deepEqual(only(a, 'unused-entity').map((d) => d.data?.['id']), expected, file);
  }
});
