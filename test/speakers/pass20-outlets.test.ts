// Tuning pass 20 (outlets, same source, role complements): who a cue points to when the sentence also names the
// outlet the words were given to or relayed by, when the words come "from the same source", and when a role
// description carries a complement of its own. Each pattern found on the new real set's tune half was written again
// here as new invented sentences with other names.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // The outlet the words were given to ("au micro de", "pour") is not their speaker.
  { title: '"La fleuriste a réagi au micro de X TV en déclarant que « … »": the florist, not the channel', text: 'La fleuriste Maëlle Kerbrat-Lozach a connu un samedi agité. Elle a été prise à partie sur le marché.\nLa fleuriste a ensuite réagi au micro de Armor TV en déclarant que certains clients « n\'ont toujours pas compris que je ne fermerai pas le dimanche. C\'est déplorable. »', top: 'Maëlle Kerbrat-Lozach' },
  // A speech verb in a relative clause whose antecedent is a person governs the words over the agency reporting the sentence.
  // "selon la même source": the last source that spoke, not a name inside the words.
  // A role description with its own complement is not another role's holder.
  { title: '"le ministre des Finances, X … Y, en déplacement à Z, … « … », a dit le ministre de la Santé": Y', text: 'Le ministre des Finances, Aurélien Castagnède, plaide pour un tribunal spécial. Mais Basile Ortolan-Reyes, en déplacement à Dakar, écarte cette piste. « Ce n\'est pas la bonne réponse », a dit le ministre de la Santé.', top: 'Basile Ortolan-Reyes' },
  { title: '"le ministre des Affaires étrangères (never named) … Y, en voyage à Z … « … », a dit le ministre de la Coopération": Y', text: 'Le ministre des Affaires étrangères participait mardi à une réunion à Genève. Mais Basile Ortolan-Reyes, en voyage officiel à Lima, écarte cette piste. « Ce n\'est pas la bonne réponse », a dit le ministre de la Coopération.', top: 'Basile Ortolan-Reyes' },
  { title: 'guard: "la ministre de la Culture, X … « … », a dit la ministre de la Culture": X', text: 'La ministre de la Culture, Solenne Abgrall-Vidal, a visité le musée lundi. Le maire Théodule Brancas l\'accompagnait. « Ce lieu doit rester ouvert », a dit la ministre de la Culture.', top: 'Solenne Abgrall-Vidal' },
];

testPassCases(CASES);
