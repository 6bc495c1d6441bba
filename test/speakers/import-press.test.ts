// What `import` defines on scraped press copy (QA of issue 7, the two press sets): a rubric run into the lead, a
// description right before the name it describes, a title's capitalised article and a channel's number. Invented
// sentences, names made up for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importPlainText } from '../../server/src/core/speakers/importText';

/** The definition lines of the article import writes. */
function definitions(input: string): string[] {
  return importPlainText(input).article.split('\n').filter((l) => /^@(?:person|org|source) /u.test(l));
}

test('import: a rubric word glued to the first word of the lead is no person', () => {
  const defs = definitions('Grève des dockers au port\n\nSociété Depuis le début du mois, les dockers bloquent le port. « Nous tiendrons », a déclaré Odile Marchetaux.\n');
  assert.deepEqual(defs, ['@person marchetaux: Odile Marchetaux']);
  const en = definitions('Harbour strike goes on\n\nBusiness Since the start of the month, dockers have blocked the harbour. "We will hold," said Wendell Prask.\n');
  assert.deepEqual(en, ['@person prask: Wendell Prask']);
});

test('import: a description right before the name it describes is no organisation of its own', () => {
  const defs = definitions('Audiences\n\nLa chaîne de télévision Vox-Télé a perdu des téléspectateurs, selon le groupe audiovisuel Ardenne Média. « Nous allons réagir », a indiqué Paule Ternier.\n');
  assert.ok(!defs.some((d) => /chaine-de-television|le-groupe-audiovisuel/u.test(d)), defs.join('\n'));
  assert.ok(defs.some((d) => /^@org [\w-]+: Vox-Télé$/u.test(d)), defs.join('\n'));
  assert.ok(defs.some((d) => /^@org [\w-]+: Ardenne Média$/u.test(d)), defs.join('\n'));
  const en = definitions('Ratings slide\n\nThe insurance company Brolley Mutual lost clients, and the militant group Red Dawn Front claimed the attack. "We will respond," said Ivo Maddern.\n');
  assert.ok(!en.some((d) => /the-insurance-company|the-militant-group/u.test(d)), en.join('\n'));
  assert.ok(en.some((d) => /^@org [\w-]+: Brolley Mutual$/u.test(d)), en.join('\n'));
});

test('import: a one-word name after an organisation noun keeps its adjective of kind', () => {
  const defs = definitions('Attentat\n\nLe groupe radical Aurore islamique a revendiqué l\'attaque, tandis que l\'entreprise Marvane emploie 300 personnes. « Nous condamnons », a dit Lise Porquet.\n');
  assert.ok(defs.some((d) => /^@org [\w-]+: Aurore islamique$/u.test(d)), defs.join('\n'));
  assert.ok(!defs.some((d) => /emploie/u.test(d)), defs.join('\n'));
});

test('import: a title\'s capitalised article and a station\'s number are part of the name', () => {
  const defs = definitions('Revue de presse\n\nSelon le quotidien régional La Gazette Orvalaise, les travaux reprennent. « Rien n\'est décidé », a dit à la radio Valmont 2 le maire, Hervé Dussange.\n');
  assert.ok(defs.includes('@org la-gazette-orvalaise: La Gazette Orvalaise'), defs.join('\n'));
  assert.ok(defs.some((d) => /^@org [\w-]+: Valmont 2$/u.test(d)), defs.join('\n'));
  // The title named again without its article is the same paper.
  const again = definitions('Revue de presse\n\nLe quotidien Le Veilleur a publié l\'enquête. Le Veilleur cite Nadia Orsel. « C\'est grave », a-t-elle dit. Veilleur a refusé.\n');
  assert.equal(again.filter((d) => /Veilleur/u.test(d)).length, 1, again.join('\n'));
});

test('import: a day after a description is no name it describes ("the police Monday")', () => {
  const defs = definitions('Arrest made\n\nThe police Monday arrested a man in Castlebridge. "He was armed," the police said.\n');
  assert.ok(defs.some((d) => /^@org [\w-]+: [Tt]he police$/u.test(d)), defs.join('\n'));
});
