// An unnamed speaker described by a role and its complement is named by the whole description: "La présidente du
// département a dénoncé « … »" was given to an entity named "La présidente du", and "La ministre de la Santé a promis
// « … »", with nobody named before, to "Santé". Found by pass 24's probe (a participle's or coordinated verb's subject
// came out cut); each sentence written for this file.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  { title: '"La présidente du département a dénoncé …": the whole description', text: "La présidente du département a dénoncé « un abandon de l'État ».", top: 'La présidente du département', confident: true },
  { title: '"Le gardien de but a reconnu …": the whole description', text: 'Le gardien de but a reconnu « une erreur de placement ».', top: 'Le gardien de but', confident: true },
  { title: '"Le président du club a limogé l\'entraîneur et a évoqué …": the whole description, across the coordination', text: "Le président du club a limogé l'entraîneur et a évoqué « une saison ratée ».", top: 'Le président du club', confident: true },
  { title: '"La ministre de la Santé a promis …", nobody named: the description, not the ministry\'s name', text: 'La ministre de la Santé a promis « des moyens dès janvier ».', top: 'La ministre de la Santé', confident: true },
  { title: '"Le directeur de l\'hôpital a reconnu …", nobody named: the director, not the hospital', text: "Le directeur de l'hôpital a reconnu « des retards inacceptables ».", top: "Le directeur de l'hôpital", confident: true },
  { title: 'guard: the minister named before keeps the words', text: 'Paul Roux a été nommé ministre en mai. Le ministre de la Santé a promis « des moyens dès janvier ».', top: 'Paul Roux' },
  { title: 'guard: "Le maire a dit …": two words name it', text: 'Le maire a dit « oui » sans attendre.', top: 'Le maire', confident: true },
];

testPassCases(CASES);
