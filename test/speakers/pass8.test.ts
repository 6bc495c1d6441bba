// Tuning pass 8: patterns of more real-news styles (politics pages, parliamentary
// reports, court reports, faits divers, press-release rewrites, union disputes),
// found as errors on the invented articles of bench/speakers/invented5, each
// written again here as new invented sentences with other names and wording, and
// fixed with a rule of language. Also the names `import` writes for bodies named by
// a common noun and its complement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // Unnamed sources: the description stops before the copula and before a complement of place.
  { title: '"Un sénateur de la majorité est plus sévère : « … »": the senator, without "est plus"', text: 'Le texte a été adopté de justesse. Un sénateur de la majorité est plus sévère : « On a voté à l\'aveugle. »', top: 'Un sénateur de la majorité', confident: true, kind: 'source' },
  { title: '"« … », a hurlé une élue depuis les bancs du fond": the elected woman, without the place', text: 'La ministre a défendu son budget. « Mensonge ! », a hurlé une élue depuis les bancs du fond.', top: 'une élue', kind: 'source' },
  // The determiner of an epicene role tells the gender: "le ministre" is not the woman minister.
  { title: '"la ministre X … le ministre délégué, Y … « … », a répondu le ministre": Y', text: 'La ministre de la Culture, Odette Ravenel, a défendu la réforme. Le député Gaspard Iturri a ensuite interrogé le ministre délégué au Numérique, Bastien Lhoumeau, sur les antennes. « Les travaux commenceront en mai », a répondu le ministre.', top: 'Bastien Lhoumeau', confident: true },
  { title: '"… « … », a répondu la ministre": still the woman minister', text: 'La ministre de la Culture, Odette Ravenel, a défendu la réforme. Le député Gaspard Iturri a ensuite interrogé le ministre délégué au Numérique, Bastien Lhoumeau, sur les antennes. « Rien n\'est décidé », a répondu la ministre.', top: 'Odette Ravenel' },
  // The head's determiner, not a noun in its complement, gives an apposition's gender.
  { title: '"La substitute du procureur, X, … « … », a-t-elle lancé" after a man: X', text: 'Le prévenu, Lucien Ferrat, a nié les faits. La substitute du procureur, Maëva Dontenville, a requis trois ans. « Les preuves sont accablantes », a-t-elle lancé.', top: 'Maëva Dontenville', confident: true },
  // Outlets named without "quotidien": their name's words make them organisations, never speakers of what they carry.
  { title: '"a-t-elle confié à X Hebdo" … "La syndicaliste dit préférer « … »": the trade unionist, not the weekly', text: 'La déléguée de l\'union locale, Rosine Kervella, refuse la grève. « Ce serait une erreur », a-t-elle confié à Cornouaille Hebdo. La syndicaliste dit préférer « une pétition ».', top: 'Rosine Kervella', at: 1 },
  // Titles and source lists: an apposition naming the kind of work, a line "« title » — outlet, date".
  { title: '"citant « X », le premier roman de Y": a title, not the juror\'s words', text: 'Un libraire a regretté ce choix, citant « Les Heures lentes », le premier roman de Fanny Corlay.', top: null },
  { title: 'a sources line "« … » — Outlet, date" is a title', text: 'Le festival a fermé ses portes dimanche.\n\nSources\n\n « Le festival de Grézac referme ses portes » — Radio Causses, 4 juillet 2026\n', top: null },
  // Documents and pointers back at the words.
  { title: '"according to a statement from X. “…,” the statement says": X', text: 'The depot will close in June, according to a statement from owner Halberd Logistics. "We thank our staff for their loyalty," the statement says.', top: 'Halberd Logistics', confident: true },
  { title: '"“…” Those are the words of X, …": X, over the speaker of the paragraph before', text: 'Parents say they are "furious" about the change.\n\n"My son will have to walk two miles in the dark." Those are the words of Delia Forsythe, a mother of three.', top: 'Delia Forsythe', at: 1, confident: true },
  // An apposition after "à / grâce à" names the role of the person after it.
  { title: '"grâce à leur gardien, X, … « … », a déclaré le portier, selon le quotidien Y": X, not the paper', text: 'Menés à la pause, les joueurs ont gagné grâce à leur gardien, Anselme Voutier, auteur de 14 arrêts. « On a tenu », a déclaré le portier à l\'issue du match, selon le quotidien Le Réveil des Vosges.', top: 'Anselme Voutier', confident: true },
];

testPassCases(CASES);

// The names of organisations (what `import` writes as entity definitions and the quick fix offers).
function orgNames(text: string): string[] {
  return analyzeSpeakers(text).entities.filter((e) => e.kind === 'org').map((e) => e.name);
}

test('"le ministère grec de la Santé" is one organisation, and "le ministère" after it the same one', () => {
  const a = analyzeSpeakers('Dans un communiqué, le ministère grec de la Santé a salué « un progrès ». Le ministère a ajouté : « Nous suivrons. »');
  assert.deepEqual(a.entities.filter((e) => e.kind === 'org').map((e) => e.name), ['le ministère grec de la Santé']);
  assert.equal(new Set(a.quotes.map((q) => q.candidates[0]?.entity)).size, 1);
});

test('a name and its acronym in brackets: the acronym\'s letters say where the name starts, lowercase words included', () => {
  assert.deepEqual(orgNames('Les frappes visaient le mouvement Aube nouvelle du Sud (ANS) depuis mars.'), ['Aube nouvelle du Sud']);
  assert.deepEqual(orgNames('La direction générale des douanes (DGD) a saisi trois tonnes.'), ['La direction générale des douanes']);
  // Initials that do not spell the acronym (a party after a person) change nothing.
  assert.ok(!orgNames('Le député Anselme Rivoire (UDR) a protesté.').some((n) => /Rivoire/u.test(n)));
});

test('an organisation with adjectives and a lowercase complement keeps its complement ("la direction régionale de l’environnement")', () => {
  assert.ok(orgNames('Selon la direction régionale de l\'environnement, la pêche reprendra lundi.').includes('la direction régionale de l\'environnement'));
});

test('the person after "le trésorier du Club X," is a person, with a man\'s gender', () => {
  const a = analyzeSpeakers('Le tribunal a jugé mardi l\'ancien trésorier du Cercle nautique de Sète, Raymond Aubagne, pour abus de confiance.');
  const e = a.entities.find((x) => x.name === 'Raymond Aubagne');
  assert.equal(e?.kind, 'person');
  assert.equal(e?.gender, 'm');
});

test('a verb starting with "de" is no complement: "l\'équipe devait « … »" names "l\'équipe", not "l\'équipe devait"', () => {
  assert.ok(!orgNames('Le capitaine a ajouté que l\'équipe devait « retrouver son jeu ».').some((n) => /devait/u.test(n)));
});

test('a person\'s name from the body wins over the headline\'s as long ("Late X" in the title, "Substitute Y X" in the text)', () => {
  const a = analyzeSpeakers('Late Okoro goal sends Millbrook through\n\nSubstitute Remi Okoro scored in the last minute on Saturday. "I just hit it," Okoro said.\n');
  const e = a.entities.find((x) => x.kind === 'person' && /Okoro/u.test(x.name));
  assert.equal(e?.name, 'Remi Okoro');
});
