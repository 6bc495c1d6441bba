// What `import` defines, read as an editor would (QA of issue 7): a ship, a place, an event, a product or a term's
// acronym written like a name is no person or organisation; a nationality or trade noun before a name is not part
// of it; a description stops before a verb and its object. Invented sentences, names made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeForImport, importPlainText } from '../../server/src/core/speakers/importText';

/** The definition lines of the article import writes. */
function definitions(input: string): string[] {
  return importPlainText(input).article.split('\n').filter((l) => /^@(?:person|org|source) /u.test(l));
}

test('import: a ship named after a person is not defined as a person', () => {
  const defs = definitions('Exercice naval\n\nLa marine a envoyé le navire Marguerite Dallenne au large, puis son porte-avions nucléaire Honoré Vastrel. « Nous partons demain », a déclaré le capitaine Loïc Basquin.\n');
  assert.deepEqual(defs, ['@person basquin: Loïc Basquin']);
});

test('import: places, events and products written like names are not people', () => {
  const defs = definitions([
    'Storm hits the coast',
    '',
    'Residents of Harrowgate County, North Pelbury and Delmont City were told to stay home before the Brackley Cup.',
    '"It will pass by Friday," said Pauline West, a spokeswoman for the county.',
    'Engineers ran Fenwold XP for weeks, and Space Shuttle Orwind flew again while a Brenlow A330 landed.',
  ].join('\n'));
  assert.deepEqual(defs, ['@person west: Pauline West']);
});

test('import: a surname written in capitals, a particle\'s included, is a person\'s, not short capitals of a product', () => {
  const defs = definitions('Conseil municipal\n\nMarc LE BRIS, maire de la commune, a déclaré : « Nous sommes prêts. » Anne DE VILLIERS, son adjointe, a ajouté : « Nous restons. »\n');
  const people = defs.filter((d) => d.startsWith('@person')).map((d) => d.replace(/:.*/u, ''));
  assert.deepEqual(people, ['@person le-bris', '@person de-villiers']);
});

test('import: a French place or event whose last word is a compass point, or that opens with an event word, is not a person', () => {
  const defs = definitions('Sport\n\nLa Coupe de Valmoray se jouera dans le Grand Ouest, puis en Corvanie du Sud. « Nous serons prêts », a dit Odile Vernassal.\n');
  assert.deepEqual(defs, ['@person vernassal: Odile Vernassal']);
});

test('import: the acronym of a term (time zone, economic or medical term) is no organisation', () => {
  const defs = definitions('Croissance en berne\n\nLe PIB a reculé de 2 % à 10 h GMT, après la hausse de la TVA, a indiqué Odile Vernassal.\n');
  assert.deepEqual(defs, ['@person vernassal: Odile Vernassal']);
});

test('import: a nationality after a French article, or a trade before a known first name, is not part of the name', () => {
  const fr = definitions('Ski nordique\n\nLa Norvégienne Greta Solvhaug a remporté l\'épreuve devant l\'Autrichienne Maria Kettlwieser. « Je suis ravie », a dit Solvhaug.\n');
  assert.deepEqual(fr, ['@person solvhaug: Greta Solvhaug', '@person kettlwieser: Maria Kettlwieser']);
  const en = definitions('Markets\n\nTrader Paul Mendrick said prices had doubled.\n');
  assert.deepEqual(en, ['@person mendrick: Paul Mendrick']);
  // After "the", three capitalised words may be a body's name: left whole.
  const body = definitions('Union vote\n\nThe ballot was called by the Amalgamated Kiln Stokers after the closure.\n');
  assert.ok(body.some((d) => d.endsWith(': Amalgamated Kiln Stokers')), body.join('\n'));
});

test('import: a description stops before a verb with its object or a preposition; a sentence opener is no part of a name', () => {
  const defs = definitions('Fermeture\n\nChez Dravelle Industries, la direction a confirmé mardi la fermeture. La police fédérale transfère le dossier au parquet. La gendarmerie nationale durant la nuit a bouclé le secteur.\n');
  assert.ok(defs.includes('@org dravelle-industries: Dravelle Industries'), defs.join('\n'));
  assert.ok(defs.includes('@org la-police-federale: La police fédérale'), defs.join('\n'));
  assert.ok(defs.includes('@org la-gendarmerie-nationale: La gendarmerie nationale'), defs.join('\n'));
  assert.ok(!defs.some((d) => /transfère|durant|: Chez /u.test(d)), defs.join('\n'));
});

test('suggest: a lone name written only after a preposition of place is not offered as a speaker', () => {
  const input = 'Visite officielle\nLe ministre Paul Verdanne a rencontré lundi à Castelroux son homologue Anne Ferrabel, avec qui il a convenu de renforcer les « échanges militaires » dans la région.\n';
  const { analysis } = analyzeForImport(input);
  const names = analysis.quotes[0]!.candidates.map((c) => analysis.entities[c.entity]!.name);
  assert.deepEqual(names, ['Paul Verdanne', 'Anne Ferrabel']);
});
