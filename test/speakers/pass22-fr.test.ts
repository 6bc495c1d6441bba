// Tuning pass 22 (French real press, press2's tune half): a capitalised group's name as a noun's complement after
// "de"; a one-word quote after "ajouter du"; a participle agreeing with a noun after the quote, whose agent said
// something else; a bare participle after a quote, which no inversion makes a speech verb. Each pattern found on the
// tune half is written again here as new invented sentences with other names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakers, testPassCases } from './speakerCases';

testPassCases([
  // "une marche nocturne de « Bonnets rouges »": the group's name, a complement of the noun, even after an adjective.
  { title: '"en marge d\'une marche nocturne de « Bonnets rouges », a indiqué le parquet": no speech', text: 'Un homme a été interpellé jeudi à Brest, en marge d\'une marche nocturne de "Bonnets rouges", a indiqué vendredi le parquet de Quimper.', top: null },
  { title: 'a lowercase partial quote after "dans un communiqué que des" stays the body\'s words', text: 'La préfecture de Vannes a indiqué lundi dans un communiqué que des « contrôles renforcés » seraient menés aux abords du port.', top: 'La préfecture de Vannes', confident: true },
  { title: '"un rassemblement de « Faucheurs volontaires »": no speech', text: 'La gendarmerie a dispersé mardi un rassemblement de «Faucheurs volontaires», a précisé la préfecture.', top: null },
  // "pour ajouter du « … »": adding a thing, no speech verb governing the word.
  { title: '"pour ajouter du « suspense »": a scare quote', text: 'Au Portugal, pour ajouter du « suspense » à la finale, des supporters auraient lancé une fausse rumeur, selon la police.', top: null },
]);

testPassCases([
  // "«…» confiée à la brigade (BR)": a bare participle after the quote qualifies the quoted noun; it is no inverted verb.
  { title: '"Le procureur a annoncé ouvrir une « enquête préliminaire » confiée à la brigade criminelle (BC)": the prosecutor', text: "Le parquet de Lorient a annoncé à la presse ouvrir une \"enquête préliminaire\" confiée à la brigade criminelle (BC) de la ville.", top: 'Le parquet de Lorient' },
]);

test('an agreeing participle after the quote and a new noun phrase qualifies that noun: its agent did not say the quote', () => {
  const got = speakers("Le ministre délégué aux comptes publics a évalué mardi à «4 ou 5 milliards d'euros» le coût des aides annoncées par la présidente Mathilde Ferrand.")[0]!;
  assert.ok(!(got.top === 'Mathilde Ferrand' && got.confident), `top ${got.top} confident ${got.confident}`);
});

testPassCases([
  // Still: the participle right before the quote, or right after it within the quote's noun phrase, takes its agent.
  { title: '"des lignes jugées « non rentables » par X": X', text: 'La compagnie ferme des lignes jugées «non rentables» par Mathilde Ferrand.', top: 'Mathilde Ferrand' },
  { title: '"« …, » a confié X": an inversion with its auxiliary', text: '«Nous reprendrons le travail lundi», a confié Mathilde Ferrand.', top: 'Mathilde Ferrand', confident: true },
]);

// "Le PDG de X Y Prénom Nom": the body's name runs into its head's first name and surname; the holder is a person,
// named alone (not "de X Y Prénom Nom", a body), so that "il / elle" later finds them.
for (const c of [
  { text: "Les travaux commenceront au printemps. Le PDG de Norvik Naval Sylvie Castagne s'est félicitée de l'accord en promettant de «tenir les délais». «Ce chantier nous occupera dix ans», a-t-elle ajouté.", at: 1, top: 'Sylvie Castagne' },
  { text: "Le directeur général de Halvard Textiles Bruno Lacaze a déclaré mardi : «Nous ne fermerons aucune usine.»", at: 0, top: 'Bruno Lacaze' },
]) {
  test(`"${c.text.slice(0, 60)}…": ${c.top}, a person, confidently`, () => {
    const got = speakers(c.text)[c.at]!;
    assert.equal(got.top, c.top);
    assert.equal(got.kind, 'person');
    assert.equal(got.confident, true);
  });
}
