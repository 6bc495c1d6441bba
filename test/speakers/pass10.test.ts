// Tuning pass 10: French Wikinews-style copy with hard attributions (the speaker
// named in the next sentence, descriptions, unnamed sources), found as errors on
// the invented articles of bench/speakers/invented9, each written again here as
// new invented sentences with other names and wording, and fixed with a rule of language.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A next sentence that points back at the words names their owner, maybe after a few role words.
  { title: '"« … » Ces propos sont ceux de X": X, not the one quoted before', text: 'Le préfet, Amaury Lescombes, a défendu son arrêté. « Il fallait agir », a-t-il dit.\n\nLes riverains protestent. « On nous a oubliés. » Ces propos sont ceux de Josette Vernadal, qui habite le quartier depuis quarante ans.', top: 'Josette Vernadal', at: 1, confident: true },
  { title: '"“…” That warning came from the harbour master, X": X', text: 'Skipper Ewan Colquhoun said the catch was poor. "It was a bad week," he said. "The storm season is getting longer." That warning came from the harbour master, Ingrid Solberg-Rae, who has worked the port for 20 years.', top: 'Ingrid Solberg-Rae', at: 1, confident: true },
  { title: '"“…” Those were the words of union steward X": X, not the manager quoted before', text: 'Plant manager Colm Drysdale said the line would restart. "We expect no delay," he said.\n\n"Nobody asked the night shift." Those were the words of union steward Beatriz Ollerenshaw, who spoke outside the gates.', top: 'Beatriz Ollerenshaw', at: 1, confident: true },
  // A quote opening its paragraph, then a sentence opening on a newcomer: the newcomer's words.
  { title: '"« … » Le syndicaliste X ne décolère pas.": the newcomer, not the last speaker', text: 'Le directeur, Hugues Malvezin, a présenté le plan. « Aucun emploi ne sera supprimé », a-t-il assuré.\n\n« Personne ne croit à ces promesses. » Le syndicaliste Firmin Castagnède ne décolère pas. Il a appelé à la grève.', top: 'Firmin Castagnède', at: 1, confident: true },
  { title: '… but a quote in the middle of a paragraph keeps the last speaker', text: 'Le directeur, Hugues Malvezin, a présenté le plan. « Aucun emploi ne sera supprimé », a-t-il assuré. « Nous investirons. » Le syndicaliste Firmin Castagnède reste sceptique.', top: 'Hugues Malvezin', at: 1 },
  { title: '… nor does someone already named take the words', text: 'Le directeur, Hugues Malvezin, a présenté le plan à Firmin Castagnède. « Aucun emploi ne sera supprimé », a-t-il assuré.\n\n« Nous investirons dans la ligne. » Firmin Castagnède est resté silencieux.', top: 'Hugues Malvezin', at: 1 },
  // An unnamed source's description: no dangling relative pronoun, and no relative clause cut short at a name.
  { title: '"Son trésorier, un commerçant qui a souhaité rester anonyme, dit …": the description ends before "qui"', text: 'Le club de boules compte 80 membres. Son trésorier, un commerçant du centre-ville qui a souhaité rester anonyme, dit craindre « une saison blanche ».', top: 'un commerçant du centre-ville', kind: 'source' },
  { title: '"A nurse who has worked at the Kelso ward for years said …": the head, not half a clause', text: 'Staff were divided. A nurse who has worked at the Kelso ward for nine years said she felt "let down."', top: 'A nurse', kind: 'source' },
  { title: '… while a whole relative clause stays in the description', text: 'Staff were divided. One porter who has worked nights for a decade said the move was "overdue."', top: 'One porter who has worked nights for a decade', kind: 'source' },
  { title: '… and a clause that runs to the speech verb stays whole, even ending on a place', text: 'Le quai était bondé. Une infirmière qui travaille de nuit à Mulhouse soupire : « Encore une heure de perdue. »', top: 'Une infirmière qui travaille de nuit à Mulhouse', kind: 'source' },
  // Role nouns of the book trade, vets and lab scientists refer back to the one they described.
  { title: '"animée par le libraire X … Pour le libraire, … « … »": X', text: 'La soirée était animée par le libraire Gaétan Ruffenach. Le poète Anselin Morvèze a lu trois textes. « C\'était magnifique », a-t-il dit.\n\nSelon le libraire, la salle était « comble ».', top: 'Gaétan Ruffenach', at: 1 },
  { title: '"Son éditeur, X, … Selon l\'éditeur, … « … »": X, not the author quoted before', text: 'La poétesse Ysaline Carbonnel a signé cent livres. « Je suis comblée », a-t-elle dit.\n\nSon éditeur, Hubert Lancelin, a annoncé un second tirage. Selon l\'éditeur, le recueil est vendu « dans dix pays ».', top: 'Hubert Lancelin', at: 1 },
  { title: '"la vétérinaire X … conclut la praticienne": X', text: 'Le préfet a ordonné l\'abattage. « La situation est grave », rappelle la vétérinaire Solenn Kerhervé. Le maire, Aymeric Doussot, regrette la mesure. « Il faudra du temps », conclut la praticienne.', top: 'Solenn Kerhervé', at: 1 },
  // A bookshop named with a capitalised article is no person a pronoun stands for.
  { title: '"la librairie La Page X … « … », a-t-elle dit": the writer, not the bookshop', text: 'La romancière Ysoline Dargelès était l\'invitée de la librairie La Page Blanche.\n\nLe public l\'a interrogée sur son enfance. « Tout vient de là », a-t-elle dit.', top: 'Ysoline Dargelès' },
  // The same with a host described as "le libraire" in the sentence before the writer speaks.
  { title: '"« … », a-t-elle expliqué. « … »" after a bookshop and a host: her, not the host of the sentence before', text: 'La romancière Ysoline Dargelès était l\'invitée de la librairie La Page Blanche, pour une rencontre animée par le libraire Corentin Abadie.\n\nLe libraire a d\'abord interrogé l\'écrivaine sur son enfance. « Tout vient de là », a-t-elle expliqué. « Mon père tenait une imprimerie. »', top: 'Ysoline Dargelès', at: 1 },
];

testPassCases(CASES);
