// Tuning pass 18: copy that gives each sentence its own paragraph, as web copy does (the perturb rewrite
// `sentence-paragraphs`). The engine leans on the writer's paragraphs to say who goes on speaking; each pattern found
// on the tuned sets was written again here as new invented sentences with other names, and fixed with a rule of
// language.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A sentence pointing back at the words ("Those were the words of X", "Ces mots sont ceux de X") points at the last
  // words before it, also when the quote ends the paragraph before: the words are X's, not the last speaker's.
  { title: '""…"\\n\\nThose were the words of X": X, not the chair quoted before', text: 'Board chair Idris Penhallow defended the sale of the old ferry. "We cannot keep a boat we cannot insure," he said.\n\n"This town is selling its history for scrap."\n\nThose were the words of councillor Morwenna Tregaskis, who sits on the harbour board.', top: 'Morwenna Tregaskis', at: 1, confident: true },
  { title: '"« … »\\n\\nCes mots sont ceux de X": X, not the mayor', text: 'Le maire, Aurélien Casteret, a défendu la fermeture du marché couvert. « Nous n\'avons plus les moyens », a-t-il dit.\n\n« C\'est la mort du quartier. »\n\nCes mots sont ceux de Lison Perrichon, commerçante depuis vingt ans.', top: 'Lison Perrichon', at: 1, confident: true },
  { title: '""…"\\n\\nThat warning came from the fire chief, X": the chief', text: 'Developer Roshan Malhotra-Keys said the tower was safe. "Every floor meets the code," he said.\n\n"One stairwell for thirty floors is not enough."\n\nThat warning came from the fire chief, Gwendolyn Ashcombe.', top: 'Gwendolyn Ashcombe', at: 1 },
  // A sentence announcing the words ("X a nuancé le bilan.", "X defended the plan.") announces the
  // quote that opens the next paragraph as it does the quote after it in its own paragraph.
  { title: '"Pour finir, la trésorière de l\'association a nuancé le bilan.\n\n« … »": the treasurer, not the president', text: 'Le président de l\'association, Raoul Vernet-Lagarde, a salué une année record. « Nous avons doublé nos adhérents », a-t-il affirmé.\n\nPour finir, la trésorière de l\'association a nuancé le bilan.\n\n« Les subventions baissent, et nos dépenses montent. »', top: 'la trésorière de l\'association', at: 1 },
];

testPassCases(CASES);
