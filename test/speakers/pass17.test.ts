// Tuning pass 17: real copy rewritten in ways that keep who said what (bench/speakers/perturb.ts) showed where the
// engine's reading depends on a writer's punctuation or layout rather than on the language. Each pattern found on the
// tuned sets was written again here as new invented sentences with other names, and fixed with a rule of language.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCapitalLines } from '../../server/src/core/speakers/capitalLines';
import { blankDatelines } from '../../server/src/core/speakers/datelines';
import { unwrapHardWraps } from '../../server/src/core/text/hardWraps';
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A semicolon ends a clause as a full stop ends a sentence: a pronoun opening the clause after it stands for the
  // subject of the clause before, as it would after a full stop.
  { title: '"La préfecture a écrit aux élus ; elle y affirme que « … »": the prefecture, not the last speaker', text: 'Le maire, Armand Quintrec, a présenté le budget. « Nous tenons les dépenses », a-t-il assuré. La préfecture a écrit aux conseillers ; elle y affirme que « les toits ne tiendront pas un hiver de plus ».', top: 'La préfecture', at: 1, confident: true },
  { title: '"La fédération … a répondu ; elle juge la mesure « … »": the federation', text: 'Le président du club, Hervé Lossouarn, a protesté. « C\'est injuste », a-t-il lancé. La fédération départementale de pêche a répondu mardi ; elle juge la mesure « nécessaire et temporaire ».', top: 'La fédération départementale de pêche', at: 1 },
  { title: '"X said staff would be watching; she wants the pledge "…"": the organiser, not the man quoted before', text: 'Shop owner Fergus Whitlow complained about the rent. "It doubled," he said. Union organiser Mary Oduya said staff would be watching closely; she wants the pledge "in writing, with dates."', top: 'Mary Oduya', at: 1 },
  // A bare quote after a sentence whose last clause, after a semicolon, has its own subject: that subject's words.
  { title: '"« … », raconte-t-il ; la capitaine, X, a marqué sept buts ; elle refuse … « … »": the captain', text: 'L\'entraîneur, Pascal Riou, salue le groupe. « Ils ont tout donné », raconte-t-il ; la capitaine, Inès Marcou, a marqué sept buts ; elle refuse pourtant d\'en tirer gloire. « C\'est la défense qui a gagné. »', top: 'Inès Marcou', at: 1 },
  // Looking back over the sentences before, a sentence cut by semicolons counts once: the lead of an interview
  // write-up still names whose answers follow.
  { title: '"Here is what she said; her answers were edited. / On taxes / "…"": the governor', text: 'Gov. Nadia Perrault-Sims sat down with the Valley Courier\'s editors on Monday for a long talk about the budget. Here is some of what she said; her answers have been edited for length.\n\nOn schools\n\n"We will not cut a single teacher. Not one."', top: 'Nadia Perrault-Sims' },
  // A headline set in capitals is typography: its words are no names or acronyms ("DIRECTION CONFIRME", "JOBS") that a
  // description or a body's subject could stand for; a word the text writes capitalised elsewhere stays a name.
  { title: '"VERNAY : LA DIRECTION CONFIRME 120 SUPPRESSIONS DE POSTES" / "l\'entreprise invoque « … »": not the headline\'s words', text: 'VERNAY : LA DIRECTION CONFIRME 120 SUPPRESSIONS DE POSTES\n\nLes Tanneries Vernay ont annoncé lundi la suppression de 120 postes à Saint-Aulaire. Dans un communiqué, l\'entreprise invoque « la chute des commandes du luxe ».', top: 'l\'entreprise', confident: true },
  { title: '"CRYSTAL MAKER TO SHUT DUNMORE PLANT WITH LOSS OF 140 JOBS" / "The company said … "…"": not "JOBS"', text: 'CRYSTAL MAKER TO SHUT DUNMORE PLANT WITH LOSS OF 140 JOBS\n\nHarwick Crystal has announced it will close its plant in Dunmore at the end of June. The company said in a statement that the site had "lost money for six years."', top: 'The company', confident: true },
  // A section head on a line of its own is nobody's sentence also in copy whose paragraphs are single lines (no blank
  // line after it): the look back goes past it.
  { title: '"… Her answers were edited for length.\\nOn schools\\n"…"" (no blank lines): the mayor, not the paper', text: 'Mayor Colette Brannigan met the editors of the Harbour Gazette on Monday for a long talk about next year\'s budget. Her answers were edited for length.\nOn schools\n"We will not cut a single teacher. Not one."', top: 'Colette Brannigan' },
  // A wire dateline before the first sentence ("LYON, 4 avril (AFP) - ") holds nobody who speaks: its town is not the
  // subject of the sentence it runs into, nor the one "elle" continues.
  { title: '"LYON, 4 avril (AFP) - Le ministre de la Mer, X, a défendu … la jugeant « … »": the minister, not the town', text: 'Réforme des ports : les dockers inquiets\nLYON, 4 avril (AFP) - Le ministre de la Mer, Gaël Kerhervé, a défendu mardi devant le Sénat sa réforme des ports, la jugeant « vitale pour la filière ».', top: 'Gaël Kerhervé', confident: true },
  { title: '"ROUEN, 4 avril (AFP) - L\'association X a déposé un recours. Elle estime que « … »": the association', text: 'ROUEN, 4 avril (AFP) - L\'association Seine Vivante a déposé mardi un recours contre le projet. Elle estime que le chantier menace « les dernières roselières du fleuve ».', top: 'Seine Vivante' },
  // Windows line ends (\r\n) read as line ends: a question on a paragraph of its own still asks for the answer below
  // it, and a section head on a line of its own is still skipped.
  { title: '"Vous repartirez pour un mandat ?" then « … », with Windows line ends: the one interviewed', text: 'La présidente du club, Odile Ferrand, reçoit dans son bureau.\r\n\r\n« Nous avons tenu le budget », assure-t-elle.\r\n\r\n« Les licences augmentent », ajoute-t-elle.\r\n\r\nLe trésorier, Marc Aubel, parle de « rigueur ».\r\n\r\nVous repartirez pour un mandat ?\r\n\r\n« Il est trop tôt pour le dire. »', top: 'Odile Ferrand', at: 3, confident: true },
  { title: '"… Her answers were edited. / On schools / "…"", with Windows line ends: the mayor', text: 'Mayor Colette Brannigan met the editors of the Harbour Gazette on Monday for a long talk about next year\'s budget. Her answers were edited for length.\r\n\r\nOn schools\r\n\r\n"We will not cut a single teacher. Not one."', top: 'Colette Brannigan' },
  // A full stop glued to the next sentence after a straight closing mark ("…".Pour X, …) ends the sentence, as after a
  // curly one: the next sentence's "il" is impersonal, not the speaker of the sentence before.
  { title: '"Selon lui, "…".Pour le collectif …, il s\'agit d\'"…"": not the minister', text: 'Le ministre de la Justice, Rafael Montoya-Vidal, défend sa réforme. Selon lui, "on ne peut pas revenir en arrière sur ce point".Pour le collectif de défense des locataires, il s\'agit d\'"un recul sans précédent".', top: 'le collectif de défense', at: 1 },
  // "the statement states": a document's verb, as "says" is.
  { title: '"“…,” the statement states.": the operator whose statement it is', text: 'The branch is one of 40 under review, according to a statement from operator Hollin Retail. "No final decisions have been made," the statement states. "It is the only place my mum can get her pension." Those are the words of Meera Joshi, 41.', top: 'Hollin Retail', confident: true },
  // Paragraphs that open on an indent (wire copy): a sentence starts after the indent, so what reads a sentence's
  // opening words (a group as its subject, "Les élèves …") reads them there too.
  { title: '"   Les élèves de moyenne section ont écrit une chanson … Ils y racontent : « … »" (indented lines): the pupils', text: '   « Chaque enfant a peint au moins une toile », explique la directrice, Martine Oberlé.\n   Une chanson\n   Les élèves de moyenne section ont aussi écrit une chanson, « La rue qui chante », affichée dans le hall. Ils y racontent leur trajet : « Le matin la rue est grise, le soir elle devient orange. »', top: 'Les élèves de moyenne section', at: 2 },
];

testPassCases(CASES);

test('a line in capitals is read as the rest of the text writes its words, at the same offsets', () => {
  const text = 'POUR VALGORGE, LA FILIÈRE EST SAUVÉE SELON L\'UDSP\n\nLe député Fabrice Valgorge a rencontré l\'UDSP. Pour lui, « rien n\'est perdu ».\n';
  const read = readCapitalLines(text);
  assert.equal(read.length, text.length);
  assert.equal(read.slice(read.indexOf('\n')), text.slice(text.indexOf('\n')));
  assert.equal(read.slice(0, read.indexOf('\n')), "pour Valgorge, la filière est sauvée selon l'UDSP");
  // Lines with a lowercase letter, or fewer than three words in capitals, are left as they are.
  for (const same of ['PARIS, 12 mars (AFP) - Le club a perdu.', 'ONU, OTAN\n\nTexte.']) assert.equal(readCapitalLines(same), same);
});

// Wire copy whose paragraphs open on an indent, hard-wrapped: a full line that ends a sentence is still a wrap when the
// next line is not indented (a wrapping tool does not indent the lines it continues), and each indented line opens a
// paragraph. Before, such a text was not recognised as wrapped at all, and a quote cut by a wrap was lost.
test('indented wire copy, hard-wrapped: lines joined inside paragraphs, paragraphs kept at their indents', () => {
  const input = [
    '   Le conseil municipal de Saint-Brevin a voté lundi soir le budget',
    'de la commune, après trois heures de débats parfois vifs entre la',
    "majorité et l'opposition.",
    '   « Nous ne toucherons pas aux impôts cette année, promis.',
    'Mais il faudra faire des choix », a prévenu le maire, Gilles Penhoat,',
    'devant une salle comble.',
    "   L'opposition, menée par Annick Le Bihan, a voté contre le texte.",
    '   « Ce budget repousse les problèmes à plus tard », a-t-elle jugé.',
  ].join('\n');
  assert.deepEqual(unwrapHardWraps(input).text.split('\n'), [
    "   Le conseil municipal de Saint-Brevin a voté lundi soir le budget de la commune, après trois heures de débats parfois vifs entre la majorité et l'opposition.",
    '   « Nous ne toucherons pas aux impôts cette année, promis. Mais il faudra faire des choix », a prévenu le maire, Gilles Penhoat, devant une salle comble.',
    "   L'opposition, menée par Annick Le Bihan, a voté contre le texte.",
    '   « Ce budget repousse les problèmes à plus tard », a-t-elle jugé.',
  ]);
  // A list wrapped with a hanging indent is no indented copy: its items' continuation lines are joined to them.
  const list = ['- Le budget de fonctionnement augmente de deux pour cent, soit un peu', '  plus que prévu par la majorité.', '- Les investissements baissent de dix pour cent, comme chaque année', '  depuis la fermeture de la papeterie.', '- La dette reste stable, a précisé le maire devant le conseil, et le', '  restera.'].join('\n');
  assert.equal(unwrapHardWraps(list).text.split('\n').length, 3);
});

test('a dateline at a line\'s start is read as blank, at the same offsets; a name with its party before a dash is not one', () => {
  for (const [text, words] of [
    ['PARIS, 12 mars (AFP) - La ministre a parlé.', 'La ministre a parlé.'],
    ['SPRINGVALE, Ohio (AP) — The plant will close.', 'The plant will close.'],
    ['NEW YORK, Oct. 2 (Wire) — "We are open," she said.', '"We are open," she said.'],
    ['Saint-Brevin (AFP) - Le conseil a voté.', 'Le conseil a voté.'],
    ['VERNIOZ. — Salle comble, samedi, pour la fête.', 'Salle comble, samedi, pour la fête.'],
    ['BRIEY. Toute la semaine, le hall accueille une exposition.', 'Toute la semaine, le hall accueille une exposition.'],
  ] as const) {
    const read = blankDatelines(text);
    assert.equal(read.length, text.length);
    assert.equal(read.trimStart(), words);
  }
  for (const text of ['Jean Dupont (PS) - Le maire a répondu.', 'Le maire - qui a dit non - est parti.', 'Texte.\nLe club (EBH) a gagné - de peu.']) assert.equal(blankDatelines(text), text);
});
