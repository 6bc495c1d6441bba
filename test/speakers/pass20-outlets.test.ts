// Tuning pass 20 (outlets, same source, role complements): who a cue points to when the sentence also names the
// outlet the words were given to or relayed by, when the words come "from the same source", and when a role
// description carries a complement of its own. Each pattern found on the new real set's tune half was written again
// here as new invented sentences with other names.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // The outlet the words were given to ("au micro de", "pour") is not their speaker.
  { title: '"La fleuriste a réagi au micro de X TV en déclarant que « … »": the florist, not the channel', text: 'La fleuriste Maëlle Kerbrat-Lozach a connu un samedi agité. Elle a été prise à partie sur le marché.\nLa fleuriste a ensuite réagi au micro de Armor TV en déclarant que certains clients « n\'ont toujours pas compris que je ne fermerai pas le dimanche. C\'est déplorable. »', top: 'Maëlle Kerbrat-Lozach' },
  // A speech verb in a relative clause whose antecedent is a person governs the words over the agency reporting the sentence.
  { title: '"… au président X, qui a promis des « … », a rapporté l\'agence": the president', text: 'Le premier ministre Anselme Roucaute et le ministre de l\'Intérieur ont été reçus en fin de matinée au palais pour faire des propositions au président Vantorre, qui a promis des « mesures fortes pour que cela ne recommence pas », a rapporté l\'AFP. Ils doivent parler lundi.', top: 'Vantorre' },
  { title: '"The governor, who warned that “…,” will …, Reuters reported": the governor, not the agency', text: 'Lawmakers met governor Tamsin Okonkwo-Reyes on Monday. The governor, who warned that "no school will lose a single teacher," will present the budget next week, Reuters reported.', top: 'Tamsin Okonkwo-Reyes' },
  { title: '"La ministre, qui a promis « … », le présentera …, a rapporté l\'agence": the minister', text: 'Les députés ont rencontré lundi la ministre Tamsin Okonkwo-Reyes. La ministre, qui a promis « un budget qui protège chaque école », le présentera la semaine prochaine, a rapporté l\'agence Belga.', top: 'Tamsin Okonkwo-Reyes' },
  // "selon la même source": the last source that spoke, not a name inside the words.
  { title: '"« … », a confié un proche de la ministre. « La ministre X … », selon la même source": the aide', text: 'La ministre Hortense Lemercier-Astruc a reçu les syndicats lundi. « La réforme est prête », a confié un conseiller de la ministre après la réunion. « Hortense Lemercier-Astruc veut aller vite et ne reculera pas », selon la même source.', top: 'un conseiller de la ministre', at: 1 },
  { title: '"“…,” one aide said. “The governor X …,” the same source said": the aide', text: 'Governor Tamsin Okonkwo-Reyes met the unions on Monday. "The bill is ready," one aide said after the meeting. "Tamsin Okonkwo-Reyes will not back down on this," the same source said.', top: 'one aide', at: 1 },
  { title: '"« … », explique-t-il. Le préfet X … « … », selon la même source": the person just quoted', text: 'Le maire de la commune, Gaspard Villeneuve-Harlé, a présenté le budget jeudi. « Nous avons tenu la dépense », explique-t-il. Le préfet Octave Lamarzelle devrait valider le document. « Le préfet Lamarzelle a déjà donné son accord de principe », selon la même source.', top: 'Gaspard Villeneuve-Harlé', at: 1 },
  // A role description with its own complement is not another role's holder.
  { title: '"le ministre des Finances, X … Y, en déplacement à Z, … « … », a dit le ministre de la Santé": Y', text: 'Le ministre des Finances, Aurélien Castagnède, plaide pour un tribunal spécial. Mais Basile Ortolan-Reyes, en déplacement à Dakar, écarte cette piste. « Ce n\'est pas la bonne réponse », a dit le ministre de la Santé.', top: 'Basile Ortolan-Reyes' },
  { title: '"le ministre des Affaires étrangères (never named) … Y, en voyage à Z … « … », a dit le ministre de la Coopération": Y', text: 'Le ministre des Affaires étrangères participait mardi à une réunion à Genève. Mais Basile Ortolan-Reyes, en voyage officiel à Lima, écarte cette piste. « Ce n\'est pas la bonne réponse », a dit le ministre de la Coopération.', top: 'Basile Ortolan-Reyes' },
  { title: 'guard: "la ministre de la Culture, X … « … », a dit la ministre de la Culture": X', text: 'La ministre de la Culture, Solenne Abgrall-Vidal, a visité le musée lundi. Le maire Théodule Brancas l\'accompagnait. « Ce lieu doit rester ouvert », a dit la ministre de la Culture.', top: 'Solenne Abgrall-Vidal' },
];

testPassCases(CASES);
