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

test('import: a nationality before a known first name and a surname is no part of the person\'s name', () => {
  const fr = definitions('Sommet\n\nLe dossier a été abordé avec le Luxembourgeois Jean-Paul Le Morvelec. « Rien n\'est fait », a dit Jean-Paul Le Morvelec.\n');
  assert.ok(fr.includes('@person le-morvelec: Jean-Paul Le Morvelec'), fr.join('\n'));
  assert.ok(!fr.some((d) => /Luxembourgeois/u.test(d)), fr.join('\n'));
  const en = definitions('Airline cuts\n\nStaff doubt the plans of the group\'s boss, Norwegian Ben Talvik, to cut costs. "We will cut," said Ben Talvik.\n');
  assert.ok(en.includes('@person talvik: Ben Talvik'), en.join('\n'));
});

test('import: after a role held at a country, the country run into the holder\'s name is not part of it', () => {
  const defs = definitions('Robots\n\nThe team had been denied visas to enter the Grand Duchy until May. According to the envoy to the Grand Duchy Tarik Waldane, the team is ready. "We are ready," said Tarik Waldane.\n');
  assert.ok(defs.some((d) => /^@person waldane: Tarik Waldane$/u.test(d)), defs.join('\n'));
  assert.ok(!defs.some((d) => /duchy-tarik/u.test(d)), defs.join('\n'));
});

test('import: a square, a building or a station named like a person is not defined', () => {
  const defs = definitions('Manifestation\n\nÀ Valbrune, les heurts ont eu lieu place de la Halle, puis Place de la Concorde-Neuve. Le recteur de la Grande Mosquée de Valbrune, Karim Salouane, a appelé au calme. « Rentrez chez vous », a dit Karim Salouane.\n');
  assert.deepEqual(defs, ['@person salouane: Karim Salouane']);
  const en = definitions('Support\n\nThe crew posted support via its account Orbital Research Station Image: Twitter. "Go," said Lena Vorst.\n');
  assert.ok(!en.some((d) => /Station/u.test(d)), en.join('\n'));
});

test('import: a paper named after "dans" is a body, not a person', () => {
  const defs = definitions('Revue de presse\n\nC\'est « un gâchis », regrette Odon Ferrat dans Nord Vigie. Dans L\'Ouest Cantalien, Ysé Morand s\'inquiète.\n');
  assert.ok(defs.some((d) => /^@org [\w-]+: Nord Vigie$/u.test(d)), defs.join('\n'));
  assert.ok(defs.some((d) => /^@org [\w-]+: Ouest Cantalien$/u.test(d)), defs.join('\n'));
  assert.ok(!defs.some((d) => /^@person [\w-]+: (?:Nord Vigie|Ouest Cantalien)$/u.test(d)), defs.join('\n'));
});

test('import: "X and Y" at a sentence\'s end is no one person, whatever the next sentence names', () => {
  const defs = definitions('Tax probe\n\nThe island hosts several firms, including Brindle and Quorvex.\n\nThe Weekly Courier said the probe would widen. "We will see," said Ansel Dravik.\n');
  assert.ok(!defs.some((d) => /Brindle and Quorvex/u.test(d)), defs.join('\n'));
  assert.ok(defs.includes('@person dravik: Ansel Dravik'), defs.join('\n'));
});

test('import: an English body\'s name does not run into the lowercase word after it; a French one takes its plural adjective', () => {
  const en = definitions('Talks\n\nThe ministers met during the recent United Nations general assembly, and he was taken to the Harrow Regional Medical Center outside Dunmore. "He is fine," said Ivo Pellan.\n');
  assert.ok(!en.some((d) => /general|outside/u.test(d)), en.join('\n'));
  assert.ok(en.some((d) => /^@org [\w-]+: Harrow Regional Medical Center$/u.test(d)), en.join('\n'));
  const fr = definitions('Enquête\n\nLa commission d\'enquête des Nations unies sur les crimes commis à Valdrac rendra son rapport. « Rien n\'est prêt », a dit Anouk Perrel.\n');
  assert.ok(fr.some((d) => /^@org [\w-]+: Nations unies$/u.test(d)), fr.join('\n'));
  assert.ok(!fr.some((d) => /: Nations$/u.test(d)), fr.join('\n'));
});

test('import: a description does not run into its verb, and a paper\'s name keeps its "de la" place', () => {
  const defs = definitions('Fraude\n\nLa fraude a été signalée et les autorités suisses cherchent à savoir qui l\'a commise. Dans le Journal de la Basse-Varenne, Loïc Tardel écrit : « C\'est grave ».\n');
  assert.ok(!defs.some((d) => /cherchent/u.test(d)), defs.join('\n'));
  assert.ok(defs.some((d) => /^@org [\w-]+: Journal de la Basse-Varenne$/u.test(d)), defs.join('\n'));
  assert.ok(!defs.some((d) => /: Journal$/u.test(d)), defs.join('\n'));
});

test('import: a place the copy names alone, then as the first word of two, opens an outlet\'s or a place\'s name, not a person\'s', () => {
  const en = definitions('Speed cameras\n\nDrivers in Valdria are angry. "It will lead to deaths," the minister told Valdria Onda. Protesters marched near the Valdria Embankment. "Enough," said Pia Koller.\n');
  assert.ok(en.some((d) => /^@org [\w-]+: Valdria Onda$/u.test(d)), en.join('\n'));
  assert.ok(!en.some((d) => /^@person [\w-]+: Valdria /u.test(d)), en.join('\n'));
  assert.ok(en.includes('@person koller: Pia Koller'), en.join('\n'));
  const fr = definitions('Radars\n\nEn Valdrie, la colère monte. Selon Valdrie Ondes, le ministre hésite. « Assez », a dit Pia Koller.\n');
  assert.ok(fr.some((d) => /^@org [\w-]+: Valdrie Ondes$/u.test(d)), fr.join('\n'));
});

test('import: a role\'s modifier opening a sentence before the role noun is no body ("Former president X")', () => {
  const defs = definitions('Dinner\n\nThe chef cooked for the guests. Former president Oskar Lindqvard was there. Senior researcher Ama Tovey came too. "It was fine," said Oskar Lindqvard.\n');
  assert.ok(!defs.some((d) => /: (?:Former|Senior)$/u.test(d)), defs.join('\n'));
  assert.ok(defs.includes('@person lindqvard: Oskar Lindqvard'), defs.join('\n'));
});
