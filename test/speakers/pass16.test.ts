// Tuning pass 16: invented15 (a regional daily and Wikinews as real copy writes them) and the errors left on the tuned
// sets. Each pattern was written again here as new invented sentences with other names and wording, and fixed with a
// rule of language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createContext } from '../../server/src/core/speakers/context';
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A demonstrative pronoun (celui-ci, celle-ci) is no name: it stands for the last one named of its grammatical gender,
  // a body by its article.
  { title: '"Le club a saisi le comité départemental. Celui-ci estime que … « … »": the committee', text: 'Le club a saisi le comité départemental. Celui-ci estime que la sanction est « proportionnée et juste ».', top: 'le comité départemental', confident: true },
  { title: '"Il a écrit à la fédération. Celle-ci répond que … « … »": the federation, not the man', text: 'Le président du club, Gaston Verlhac, a écrit à la fédération. Celle-ci répond que le dossier sera étudié « en commission ».', top: 'la fédération' },
  { title: '"X a interrogé sa voisine, Y. Celle-ci affirme avoir vu « … »": the woman named last', text: 'Le gendarme Marc Dubreuil a interrogé une voisine, Agnès Pellerin. Celle-ci affirme avoir vu « une voiture grise ».', top: 'Agnès Pellerin' },
  // "Aux yeux de X" is "selon X": the named, or the one described, holds the view quoted.
  { title: '"Aux yeux du maire, pourtant, « … »": the mayor named paragraphs before, not the last speaker', text: 'Le maire, Paul Ravanel, a défendu le projet de salle des fêtes.\n\nLe conseiller d\'opposition Yves Cambefort l\'a jugé « trop cher ».\n\nAux yeux du maire, pourtant, « la salle actuelle ne tiendra pas dix ans de plus ».', top: 'Paul Ravanel', at: 1 },
  { title: '"Aux yeux de X, la réforme reste « … »": X', text: 'Aux yeux de Lucie Marsal, la réforme des rythmes scolaires reste « une erreur coûteuse ».', top: 'Lucie Marsal', confident: true },
  // A name inside a relative clause set off after the subject is not the subject a bare quote goes on with.
  { title: '"L\'ancien ailier, qui dirige le club depuis 2001, compte écrire à la ligue. « … »": not the club', text: 'Pour le président du club, Henri Marsolle, « trois essais refusés, c\'est trop ». L\'ancien ailier, qui dirige le club depuis 2001, compte écrire à la ligue. « Je veux des explications, pas des excuses. »', top: 'Henri Marsolle', at: 1 },
  { title: '"The veteran, who has run the club since 2001, will write to the league. "…"": not the club', text: 'The club chairman, Roy Featherstone, criticised the referee. "Three tries disallowed is too many," he said. The veteran, who has run the Harbour Rowing Club since 2001, will write to the league. "I want answers, not apologies."', top: 'Roy Featherstone', at: 1 },
  // The chambers of agriculture, commerce and trades are bodies that speak, named by their common noun and complement.
  { title: '"Pour la chambre d\'agriculture, la situation est « … »": the chamber, not the last speaker', text: 'Le responsable du marché, Paul Fabrol, parle de « prix cassés ». Pour la chambre d\'agriculture, la situation est « la plus grave depuis vingt ans ».', top: 'la chambre d\'agriculture', at: 1, kind: 'org' },
  { title: '"La chambre des métiers a publié un communiqué. Elle juge la mesure « … »": the chamber', text: 'Le boulanger Rémi Castagnède a fermé sa boutique en juin. La chambre des métiers a publié un communiqué mardi. Elle juge la mesure « brutale et mal préparée ».', top: 'La chambre des métiers' },
  // A quote standing as its own sentence, then a sentence bringing in someone new after an apposition set off by a
  // comma: the newcomer's words; also after a French "?" or "!" and a capital, and after a sentence about nobody.
  { title: '"« … » Cariste depuis 1998, X ne décolère pas.": the newcomer, not the firm quoted before', text: 'La direction du groupe Vérac a confirmé la fermeture du site. Le groupe promet « un plan social exemplaire ».\n\n« J\'ai donné vingt-deux ans à cette usine. On me remercie avec une lettre. » Cariste depuis 1998, Denis Lamoureux ne décolère pas. Il a appris la nouvelle par la radio.', top: 'Denis Lamoureux', at: 1, confident: true },
  { title: '"Devant les grilles, la colère était froide. « … ? » Cariste depuis 1998, X …": after a sentence about nobody and a question mark', text: 'La direction du groupe Vérac a confirmé la fermeture du site. Le groupe promet « un plan social exemplaire ».\n\nDevant les grilles, la colère était froide. « Et moi, à 52 ans, qu\'est-ce que je vais faire ? » Cariste depuis 1998, Denis Lamoureux ne décolère pas. Il a appris la nouvelle par la radio.', top: 'Denis Lamoureux', at: 1 },
  { title: '"“…” A welder at the X plant for 19 years, Y says …": the welder, not the plant', text: 'Rowan Mill confirmed the closure on Monday. The company promised "a fair deal for every worker."\n\n"We were told nothing until the gates were locked." A welder at the Rowan Mill plant for 19 years, Gary Pilkington says he feels betrayed.', top: 'Gary Pilkington', at: 1 },
  { title: '"Ils réclament … « On a trié … » Agent depuis douze ans, X raconte …": words in the plural after a group, not confidently the one brought in', text: 'Les agents de la déchetterie de Vernouillet ont cessé le travail lundi. Ils réclament deux postes de plus.\n\n« On a trié des tonnes de cartons à deux pendant tout l\'été. » Agent depuis douze ans, Maryse Coustal raconte les journées sans pause. Elle a écrit au maire.', top: 'Maryse Coustal', confident: false },
  // "sous le nom de", "sous l'appellation", "under the name": a name follows, whatever the sentence's speech verb.
  { title: '"Il a annoncé deux sentiers, sous le nom de « … »": not speech', text: 'Le maire, Jean-Paul Escaffre, a annoncé le balisage de deux sentiers au printemps, sous le nom de « Chemin des meuniers ».', top: null },
  { title: '"The club said it would play on under the name "…"": not speech', text: 'The club said on Friday that it would play next season under the name "Harbour United" after the merger.', top: null },
  // "the release quotes her as saying": the pronoun speaks, not the document or the last speaker.
  { title: '"“…,” the release quotes her as saying.": the councillor, not the man quoted before', text: 'Councillor Ruth Alderbrook, the council leader, has asked for a meeting, according to a press release from the borough council. Keith Dale, a union official, said the news was "a shock." "This is a devastating blow for the town," the release quotes her as saying.', top: 'Ruth Alderbrook', at: 1 },
  // A feminine determiner before a masculine role form ("la substitut", "la procureur") is a woman, as older copy wrote.
  { title: '"« … », a estimé la substitut du procureur, X, … Elle a jugé « … »": the prosecutor, not the judge named before', text: 'La présidente, Annick Bertrandou, l\'a interrompu : « Avec quoi ? »\n\n« Ce dossier est celui d\'une confiance trahie », a estimé la substitut du procureur, Claire Vaysse, qui avait requis deux ans. Elle a jugé « peu crédibles » les promesses du prévenu.', top: 'Claire Vaysse', at: 2 },
  { title: '"La procureur X a requis … L\'avocat, Y, a plaidé … Elle a dénoncé « … »": a woman, though named by an epicene first name', text: 'La procureur Dominique Castex a requis un an de prison. L\'avocat du prévenu, Marcel Daubèze, a plaidé la relaxe. Elle a dénoncé « un mépris total des victimes ».', top: 'Dominique Castex' },
];

testPassCases(CASES);

// "aux yeux" followed by a word that only starts like an article ("durs", "desséchés") is no "aux yeux de": the cue
// rewrite once made "selon le  rs" of it, a cue pointing at whatever followed.
test('"aux yeux durs", "aux yeux desséchés" are not read as "selon"; "aux yeux du maire", "aux yeux d\'X" are', () => {
  const read = (text: string): string => createContext({ text, quotes: [], entities: [], mentions: [], sentenceStarts: [0], lang: 'fr' }).text;
  for (const text of ['Le pêcheur aux yeux durs regarde la mer.', 'Une femme aux yeux desséchés se tait.', 'Un chat aux yeux de braise dormait.']) {
    assert.equal(read(text).includes('elon'), text.includes('de braise'), text);
  }
  assert.match(read('Aux yeux du maire, le projet tient.'), /^Selon le +maire, le projet tient\.$/u);
  assert.match(read("Aux yeux d'Odile, tout va bien."), /^Selon +Odile, tout va bien\.$/u);
});
