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
];

testPassCases(CASES);
