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
