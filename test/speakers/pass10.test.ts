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
];

testPassCases(CASES);
