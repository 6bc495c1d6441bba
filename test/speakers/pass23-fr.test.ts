// Tuning pass 23 (French, broad rules only): the author of a document is the speaker of its quoted words, also when
// the body is named in lowercase after a participle ("le communiqué mis en ligne par le ministère de la X", "une note
// diffusée par le syndicat"); names of events, pacts and fairs opening on a common noun are things, not speakers.
// Each pattern is written here as new invented sentences in other words than the tune half's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';
import { speakers, testPassCases } from './speakerCases';

// 1. A document and its author: the body in lowercase is a speaker; the document's quotes are its own.
testPassCases([
  { title: '"indique le communiqué mis en ligne par le ministère de la X": the ministry', text: "Les deux ministres se sont vues lundi à Lisbonne. «Les essais ont été concluants», indique le communiqué mis en ligne par le ministère de la Mer à Porto.", top: 'le ministère de la Mer à Porto', confident: true },
  { title: '"précise un texte publié par la préfecture de X": the prefecture', text: "«La circulation restera coupée jusqu'à jeudi», précise un texte publié mardi par la préfecture de Vannes.", top: 'la préfecture de Vannes', confident: true },
  { title: '"selon une note diffusée par le syndicat des X": the union', text: "«Les effectifs ne suffisent plus», selon une note diffusée par le syndicat des contrôleurs aériens.", top: 'le syndicat des contrôleurs', confident: true },
  { title: '"indique un communiqué du ministère de la X": the ministry', text: "«Aucune victime n'est à déplorer», indique un communiqué du ministère de la Santé.", top: 'ministère de la Santé', confident: true },
  { title: 'guard (passed before): "souligne le rapport rendu public par la cour des comptes": the court', text: "«Les dépenses ont dérapé dès 2019», souligne le rapport rendu public jeudi par la cour des comptes.", top: 'la cour des comptes' },
  { title: 'guard (passed before): "Dans un texte signé par le conseil de l\'ordre, …": the council', text: "Dans un texte signé par le conseil de l'ordre des médecins, on peut lire : «Nous refusons toute sanction collective.»", top: "le conseil de l'ordre" },
]);

// A ministry named with the capital it sits in ("le ministère de la Défense à Berlin"): the place tells which
// country's ministry speaks, and belongs to its name; not an addressee with an article, nor a place before more words.
testPassCases([
  { title: '"a indiqué le ministère de l\'Intérieur à Rome.": the ministry at Rome', text: "«Les contrôles seront renforcés», a indiqué le ministère de l'Intérieur à Rome.", top: "le ministère de l'Intérieur à Rome", confident: true },
  { title: '"selon le ministère des Affaires étrangères à Madrid,": the ministry at Madrid', text: "Selon le ministère des Affaires étrangères à Madrid, «aucun ressortissant n'a été blessé».", top: 'le ministère des Affaires étrangères à Madrid' },
  { title: 'guard: "a indiqué le ministère de la Santé à l\'AFP": the addressee stays out of the name', text: "«Trois cas ont été confirmés», a indiqué le ministère de la Santé à l'AFP.", top: 'le ministère de la Santé', confident: true },
]);

test('guard: a place followed by more of the clause is no seat of the ministry', () => {
  const got = speakers("«Nous signerons lundi», a déclaré le ministère de la Culture à Lyon devant des élus.")[0]!;
  assert.equal(got.top, 'le ministère de la Culture');
});

// … and the next quotes of the same document stay its author's.
test('the next quotes of a document published by a lowercase body stay that body\'s', () => {
  const got = speakers("Les deux ministres se sont vues lundi à Lisbonne. «Les essais ont été concluants», indique le communiqué mis en ligne par le ministère de la Mer à Porto. «Les ministres ont validé la première phase», précise-t-il.");
  assert.equal(got[0]!.top, 'le ministère de la Mer à Porto');
  assert.equal(got[1]!.top, 'le ministère de la Mer à Porto');
});

// Guards: what must not change.
testPassCases([
  { title: 'guard: "a indiqué le ministère de la X" still the ministry', text: '«Nous partirons demain», a indiqué le ministère de la Culture.', top: 'le ministère de la Culture', confident: true },
  { title: 'guard: "selon la préfecture de X" still the prefecture', text: '«Le pont restera fermé», selon la préfecture de Vannes.', top: 'la préfecture de Vannes', confident: true },
  { title: 'guard: a person who speaks after a document is named still speaks', text: "Le rapport publié par la préfecture a été discuté mardi. «Il faut agir vite», a déclaré Mathilde Ferrand.", top: 'Mathilde Ferrand', confident: true },
]);

// 2. Names of events, agreements, fairs and plans that open on a common noun are things: no person, no speaker.
for (const c of [
  { text: "Le Pacte de Varsovie divise la majorité. «C'est un texte dangereux», a-t-il estimé.", name: 'Pacte de Varsovie' },
  { text: "Le Traité de Nice a été ratifié mardi. «Une étape historique», a-t-il commenté.", name: 'Traité de Nice' },
  { text: "Au Salon du Livre, l'auteure était ravie. «Quel public !», a-t-il lancé.", name: 'Salon du Livre' },
  { text: "Le Plan Orsec a été déclenché dans la nuit. «La situation est sous contrôle», a-t-il assuré.", name: 'Plan Orsec' },
  { text: "Le Sommet de Lomé s'est achevé dimanche. «Nous avons avancé», a-t-il affirmé.", name: 'Sommet de Lomé' },
  { text: "La Foire de Caen ouvre ses portes samedi. «Nous attendons du monde», a-t-il annoncé.", name: 'Foire de Caen' },
  { text: "The Ghent Treaty was signed on Monday. “It is a fair deal,” he said.", name: 'Ghent Treaty' },
]) {
  test(`"${c.name}" is a thing, not offered as the speaker of "il / he"`, () => {
    const a = analyzeSpeakers(c.text);
    const e = a.entities.find((x) => x.name === c.name);
    assert.ok(!e || e.kind !== 'person', `kind ${e?.kind}`);
    const q = a.quotes[0]!;
    const top = q.candidates[0] ? a.entities[q.candidates[0].entity]!.name : undefined;
    assert.notEqual(top, c.name);
  });
}

// Guards: a person whose first word is no event noun stays a person; an event's name does not hide a speaker.
testPassCases([
  { title: 'guard: "Le Salon du X ouvre. « … », a déclaré Prénom Nom": the person', text: "Le Salon du Livre ouvre jeudi. «Nous attendons trente mille visiteurs», a déclaré Mathilde Ferrand.", top: 'Mathilde Ferrand', confident: true },
  { title: 'guard: "Le Traité de X … « … », a-t-elle dit" after a person: the person', text: "Mathilde Ferrand a défendu mardi le Traité de Nice. «C'est un bon texte», a-t-elle dit.", top: 'Mathilde Ferrand', confident: true },
]);

// 3. "a dénoncé pour sa part la présidente du groupe X": a phrase that sets the speaker against the one before comes
// between the inverted verb and its subject, and names nobody.
testPassCases([
  { title: '"a dénoncé pour sa part la présidente du groupe": the chairwoman', text: "Le texte a été adopté mardi. «Il menace la liberté de la presse», a dénoncé pour sa part la présidente du groupe écologiste.", top: 'la présidente du groupe écologiste', confident: true },
  { title: '"a estimé de son côté le maire de la commune": the mayor', text: "Le chantier a pris du retard. «Nous tiendrons les délais», a estimé de son côté le maire de la commune.", top: 'le maire de la commune', confident: true },
  { title: '"a regretté quant à elle la directrice de l\'école": the headmistress', text: "La grève a été reconduite. «Les élèves sont les premiers pénalisés», a regretté quant à elle la directrice de l'école.", top: "la directrice de l'école", confident: true },
  { title: '"ont répliqué de leur côté les syndicats": the unions', text: "La direction a maintenu son plan. «C'est une provocation», ont répliqué de leur côté les syndicats.", top: 'les syndicats' },
  { title: 'guard (passed before): "“…,” said in turn the mayor": the mayor', text: "The council voted the budget. “We will cut no service,” said in turn the mayor of the town.", top: 'the mayor of the town' },
]);

// 4. "interpeller" is "to arrest" in crime copy: with the police or suspects in the sentence it is no speech verb, so
// the source the sentence closes on speaks; a quote it introduces in politics, or its inversion, is still speech.
testPassCases([
  { title: '"La gendarmerie est intervenue en interpellant « … » les suspects, a ajouté une source": the source', text: 'La gendarmerie est intervenue en interpellant «sans difficulté» les deux suspects, a ajouté une source policière.', top: 'une source policière', confident: true },
  { title: '"Les policiers ont interpellé « … » le conducteur, a précisé le parquet": the prosecutors', text: 'Les policiers ont interpellé «en douceur» le conducteur, a précisé le parquet.', top: 'le parquet', confident: true },
  { title: '"Les gendarmes ont interpellé « dans la nuit » deux hommes, selon la préfecture": the prefecture', text: 'Les gendarmes ont interpellé «dans la nuit» deux hommes, selon la préfecture.', top: 'la préfecture' },
  { title: 'guard: "« … », a interpellé la maire devant les policiers": the mayor', text: '«Où sont les moyens promis ?», a interpellé la maire devant les policiers municipaux.', top: 'la maire', confident: true },
  { title: 'guard: "Le député a interpellé le ministre : « … »": the MP', text: "Le député a interpellé le ministre : «Qu'allez-vous faire pour les agriculteurs ?»", top: 'Le député', confident: true },
]);

// 5. Found when merging the pass: a body noun read again inside another phrase's tail is no body after a preposition
// of place ("les bagarres dans la cour": the schoolyard, not a court); the person named before speaks.
testPassCases([
  { title: '"Les bagarres dans la cour ont diminué, et les élèves « … »": the headmaster named before', text: "Le directeur, Paul Girard, se dit satisfait. Les bagarres dans la cour ont diminué, et les élèves « jouent de nouveau ensemble ». « Ils se parlent », ajoute-t-il.", top: 'Paul Girard' },
  { title: 'guard: "le communiqué publié par le ministère de la Santé": the ministry', text: "« Aucun cas n'a été confirmé », indique le communiqué publié par le ministère de la Santé.", top: 'le ministère de la Santé' },
]);
