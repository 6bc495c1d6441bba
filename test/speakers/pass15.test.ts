// Tuning pass 15: errors left on the tuned batches (invented9, invented11, invented13). Each pattern was written
// again here as new invented sentences with other names and wording, and fixed with a rule of language.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A question, then a new sentence saying who answered: the question is not the answerer's, the answer that follows is.
  { title: '"La juge, X, a interrogé le témoin. « … ? » Y a répondu sans hésiter.": the question is the judge\'s', text: 'La juge d\'instruction, Agnès Varenne, a interrogé le témoin sur la soirée du drame. « Avez-vous vu la voiture repartir ? » Marc Bastoul a répondu sans hésiter. « Oui, elle roulait très vite ».', top: 'Agnès Varenne' },
  { title: '"« … ? » Y a répondu sans hésiter. « … »": the answer is the one who answered', text: 'La juge d\'instruction, Agnès Varenne, a interrogé le témoin sur la soirée du drame. « Avez-vous vu la voiture repartir ? » Marc Bastoul a répondu sans hésiter. « Oui, elle roulait très vite ».', top: 'Marc Bastoul', at: 1 },
  { title: '"Le maire, X, a été interpellé. « … ? » Y lui a rétorqué : « … »": the question is not the one retorting', text: 'Le président de l\'association, Roland Malvézy, a pris la parole en premier. « Qui va payer la facture ? » La maire, Colette Vaissière, lui a rétorqué que l\'État s\'y était engagé.', top: 'Roland Malvézy' },
  // … but a question the answering clause sets after it, inverted, is the answerer's own ("« Pourquoi pas ? », a répondu X").
  { title: '"« Pourquoi pas ? » a répondu X.": an answer that is a question stays the answerer\'s', text: 'Le journaliste a demandé au ministre s\'il serait candidat. « Pourquoi pas ? » a répondu Hervé Castelnau en souriant.', top: 'Hervé Castelnau' },
  { title: '"“Why not?” Smith replied.": in English the subject may come first', text: 'Reporters asked the mayor whether she would run again. "Why not?" Janet Pemberly replied with a smile.', top: 'Janet Pemberly' },
  // The bodies of local government and of schools speak as institutions: "elle / il" after one that is the whole subject
  // of the sentence before go on with it, whatever the verb.
  { title: '"La commune a vendu le terrain en mai. Elle défend un projet qui doit « … »": the commune, not the woman quoted before', text: 'Une urbaniste, Odile Pracomtal, a relu le dossier. « Il manque une étude de circulation », a-t-elle noté.\n\nLa commune a vendu le terrain en mai. Elle défend un projet qui doit « garder les familles au bourg ».', top: 'La commune', at: 1 },
  { title: '"Le rectorat suit l\'essai de près. Il envisage de l\'étendre, à condition que « … »": the education authority', text: 'Un professeur de sport, Armand Pélissou, approuve l\'essai. « Les élèves bougent plus », a-t-il dit.\n\nLe rectorat suit l\'essai de près. Il envisage de l\'étendre, à condition que les équipes « le demandent elles-mêmes ».', top: 'Le rectorat', at: 1 },
  { title: '"La municipalité a renoncé au parking. Elle préfère « … »": the municipality', text: 'Le commerçant Gilbert Carcenac regrette ce choix. « Mes clients viennent en voiture », a-t-il dit.\n\nLa municipalité a renoncé au parking souterrain. Elle préfère « une place rendue aux piétons ».', top: 'La municipalité', at: 1 },
  // The same with a person: "She wants the deal "…"" is hers, not the man quoted before.
  { title: '"Nurse X said staff would strike. She wants the pay rise "…"": the nurse, not the man quoted before', text: 'The manager, Trevor Abbotsley, defended the rota. "We have no more money," he said. Ward nurse Priya Calloway-Hind said staff would vote on a strike. She wants the pay rise "backdated to April, in full".', top: 'Priya Calloway-Hind', at: 1 },
  // A rule or a norm named after "conformément à la", "en vertu du": a term, whoever the sentence's subject is.
  { title: '"Le rectorat rappelle que …, conformément à la « règle des trois ans » …": not speech', text: 'Le rectorat rappelle que le poste restera ouvert, conformément à la « règle des trois ans » prévue par la convention.', top: null },
  { title: '"La mairie a refusé, en vertu du « principe de précaution » …": not speech', text: 'La mairie a refusé le permis en vertu du « principe de précaution » inscrit dans le plan local.', top: null },
  // A role in apposition right after a dateline's dash is the name's role as anywhere: "le chef de l'État" is then the
  // president, not the rival named last.
  { title: '"12 mai 2026. - Le président sortant de X, Y, a été réélu. … le chef de l\'État a salué « … »": the president', text: 'Morlanie : le président sortant réélu\n\n12 mai 2026. - Le président sortant de la République de Morlanie, Milan Orescu-Varga, a été réélu dimanche avec 58 % des voix. Son principal adversaire, l\'ancien ministre de l\'Économie Pavel Drenko, obtient 31 %.\n\nDevant ses partisans, le chef de l\'État a salué « une victoire de tout le pays ».', top: 'Milan Orescu-Varga' },
];

testPassCases(CASES);
