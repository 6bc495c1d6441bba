// Tuning pass 21 (French real press, what pass 20 left): a participle of a speech verb whose clause runs past a
// quoted title; "selon X" that gives the source of a figure, not of a quote further on; an unnamed group as the
// antecedent of "qui" or of "venus + infinitive"; a body named by a list of complements. Each pattern found on the
// francophone set's tune half is written again here as new invented sentences with other names.
import { testPassCases } from './speakerCases';

testPassCases([
  // A participle after a comma takes its clause's subject, even past a quoted title before it.
  { title: '"X, …, avait adressé une lettre à « Y », s\'excusant de ne pouvoir « hélas » …": X', text: "La police a compté 3000 marcheurs. Le secrétaire général de l'Union, principal syndicat du port, Firmin Lestrade, avait adressé une lettre de soutien à «Les Amis du Quai», s'excusant de ne pouvoir «malheureusement» y participer en raison d'un déplacement.", top: 'Firmin Lestrade', at: 1, confident: true },
  { title: '"X avait envoyé un message à « Y », regrettant de ne pouvoir « … »": X', text: 'Le président du club, Firmin Lestrade, avait envoyé un message de soutien à «Les Amis du Quai», regrettant de ne pouvoir «hélas» se joindre à eux.', top: 'Firmin Lestrade', at: 1, confident: true },
  { title: 'the quoted title before the participle stays no speech', text: 'Le président du club, Firmin Lestrade, avait envoyé un message de soutien à «Les Amis du Quai», regrettant de ne pouvoir «hélas» se joindre à eux.', top: null, at: 0 },
]);

testPassCases([
  // An indefinite or counted group, then a relative ("qui", "venus") holding the speech verb: the group speaks, not a
  // source given for a figure earlier in the sentence nor the sentence's subject.
  { title: '"3000 personnes, selon la police, et 5000, selon les syndicats, ont croisé le chemin de riverains, qui les ont hués en scandant « … »": the residents', text: 'À Nantes, entre 3000 personnes, selon la police, et 5000, selon les syndicats, ont aussi croisé le chemin de riverains, qui les ont hués en scandant «rentrez chez vous».', top: 'riverains', confident: true },
  { title: '"des pêcheurs, qui scandaient « … »": the fishermen', text: 'Le ministre Octave Brémond a été accueilli au port par des pêcheurs, qui scandaient «pas de quotas».', top: 'des pêcheurs', confident: true },
  { title: '"les gendarmes ont arrêté une dizaine de jeunes parmi environ 150 riverains venus dénoncer le caractère « absurde » du projet": the residents', text: 'À Lille, où 900 personnes ont défilé, les gendarmes avaient arrêté une dizaine de jeunes parmi environ 150 riverains venus dénoncer le caractère «absurde» du projet.', top: 'environ 150 riverains', confident: true },
  { title: 'a singular relative after "des + plural" is about the head: "l\'office des forêts, qui a estimé « … »"', text: "Le préfet a reçu l'office des forêts, qui a estimé le projet «absurde».", top: "l'office des forêts" },
]);

testPassCases([
  // "selon X" right after a figure is the figure's source, not the source of a quote further on in the sentence.
  { title: '"La préfecture … . 800 personnes, selon la préfecture, ont croisé des riverains, qui les ont hués en scandant « … »": the residents, confidently', text: 'La préfecture avait interdit le rassemblement de la veille. À Roanne, 800 personnes, selon la préfecture, ont croisé des riverains, qui les ont hués en scandant «rentrez chez vous».', top: 'des riverains', confident: true },
  { title: '"« 3000 personnes », selon la police": the figure is in the quote, the police is its source', text: 'Les chiffres sont tombés dans la soirée: «3000 personnes», selon la police.', top: 'la police' },
  { title: '"Selon la police, « … »" after a figure in an earlier sentence: the police', text: 'Quelque 3000 personnes selon la police ont défilé. Selon la police, «tout s\'est bien passé».', top: 'la police', confident: true },
]);

testPassCases([
  // A plural body named by a list of complements is one speaker, named whole; its bare quotes later are its.
  { title: '"« … », ont indiqué les ministères de l\'Intérieur, de la Justice et des Finances dans un communiqué": the ministries, named whole', text: "Deux groupes de travail ont été créés. «Les conclusions sont attendues en mai», ont indiqué les ministères de l'Intérieur, de la Justice et des Finances dans un communiqué commun.", top: "les ministères de l'Intérieur, de la Justice et des Finances", confident: true },
  { title: 'with an adjective after the head: "ont annoncé les syndicats départementaux de la Santé, du Rail et de l\'Education"', text: "La grève est reconduite. «La décision a été prise à regret», ont annoncé les syndicats départementaux de la Santé, du Rail et de l'Education.", top: "les syndicats départementaux de la Santé, du Rail et de l'Education" },
  { title: 'a lowercase complement is no list of names: "ont indiqué les enquêteurs de la gendarmerie" stays "les enquêteurs"', text: "Le marché est fermé. «Les travaux dureront un mois», ont indiqué les enquêteurs de la gendarmerie.", top: 'les enquêteurs' },
]);
