// Tuning pass 7: patterns of other news styles (wire copy, court and sports
// reports, regional dailies, interviews), found as errors on the invented
// articles of bench/speakers/invented3, each written again here as new invented
// sentences with other names and wording, and fixed with a rule of language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';
import { named, speakers, type Case } from './speakerCases';

const CASES: readonly Case[] = [
  // Wire copy: dotted acronyms inside a title, possessive appositions, names qualifying a role.
  { title: 'English: "U.S. Attorney X wrote" does not end the sentence at "U.S."', text: 'The suit was filed on Monday. "The agency broke the law for years," U.S. Attorney Moira Castellane wrote in the complaint.', top: 'Moira Castellane', confident: true },
  { title: 'English: "… in the U.S. The company said" still ends the sentence', text: 'Sales of the model fell sharply in the U.S. The company said it was "disappointed but not worried."', top: 'The company', confident: true },
  { title: 'English: "X\'s lawyer, Y, asked …. “…,” she said": Y, not X', text: 'Corwin Baptiste was convicted in May. Baptiste\'s lawyer, Petra Vance, asked for leniency. "He has suffered enough," she said outside court.', top: 'Petra Vance', confident: true },
  { title: 'English: "Dunmore United boss X was unhappy. “…,” he said": the boss, not the last speaker', text: 'Ellis Varga scored twice. "I felt sharp from the start," Varga said.\n\nDunmore United boss Dale Emmott was unhappy with the pitch. "It was like playing on sand," he said.', top: ['Ellis Varga', 'Dale Emmott'], at: 1, confident: true },
  // Names given with a verb of calling are names, judgements are speech.
  { title: 'English: "what police called “Operation Night Harbor”" is a name, not speech', text: 'The raids were part of what police called "Operation Night Harbor."', top: [] },
  { title: 'English: "called the ruling “a disgrace”" is still speech', text: 'Senator Ilse Morrow called the ruling "a disgrace."', top: 'Ilse Morrow' },
  { title: '« un dispositif appelé « Cap Horizon » » is a name', text: 'La ville teste depuis mars un dispositif appelé « Cap Horizon ».', top: [] },
  // An outlet that reports the words is not their speaker.
  { title: '"Le sous-préfet « attend … », rapporte la radio locale X": an unnamed sub-prefect, not the radio', text: 'La réunion a été reportée. Le sous-préfet « attend des garanties écrites », rapporte la radio locale Radio Sillon.', top: 'Le sous-préfet' },
  { title: '"X « regrette … », rapporte le quotidien Y": X', text: 'Le maire, Anatole Brunel, n\'a pas assisté au conseil. Le maire « regrette une décision hâtive », rapporte le quotidien Le Courrier des Combes.', top: 'Anatole Brunel' },
  { title: 'a name after "au quotidien" is a newspaper, not a person', text: '« La route est coupée depuis lundi », a indiqué un agriculteur au quotidien La Voix des Plaines.', top: 'un agriculteur' },
  { title: 'a subject named before a partial quote that goes on from it speaks', text: 'Le conseil s\'est réuni jeudi. Ninon Castagner « ne voit aucune raison de reculer ».', top: 'Ninon Castagner', confident: true },
  { title: '"Selon une source, le ministère « … »": the source\'s words about the ministry', text: 'Selon une source syndicale, la direction « prépare un plan social ».', top: 'une source syndicale' },
  // Court and regional copy: management bodies, possessive roles, titles before an apposed name.
  { title: '"La direction du X … juge …. Dans un courrier, elle affirme": the management body, for both quotes', text: 'La direction du Centre hospitalier de Valbrune juge la mesure « inapplicable ». Dans un courrier, elle affirme que « rien n\'a été prévu ».', top: ['La direction du Centre hospitalier de Valbrune', 'La direction du Centre hospitalier de Valbrune'] },
  { title: 'an acronym qualifying a common noun ("des balises GPS") is no entity to speak', text: 'Des balises GPS avaient été cachées dans les ruches. Le syndicat agricole départemental, qui se portera partie civile, réclame « des sanctions exemplaires ».', top: 'Le syndicat agricole départemental', confident: true },
  { title: '"Pour son avocat, Me X, « … »": X', text: 'Le prévenu a gardé le silence. Pour son avocat, Me Gaspard Lioret, « le dossier est vide ».', top: 'Gaspard Lioret', confident: true },
  { title: '"L\'avocat de la défense, Me X, … Il …, a-t-il affirmé": X, not the other "avocat" named before', text: 'L\'avocat général, Marc Soubise, a requis dix ans. L\'avocat de la défense, Me Gaspard Lioret, plaidera jeudi. Il entend demander l\'acquittement. « Mon client n\'a rien fait », a-t-il affirmé.', top: 'Gaspard Lioret', confident: true },
  { title: '"un X interrogé par le quotidien Y": the one interviewed speaks, not the paper', text: 'La crue a surpris les habitants. « Les eaux montent trop vite », a affirmé un hydrologue interrogé par le quotidien Le Matin du Val.', top: 'un hydrologue', confident: true },
  { title: '"a écrit sur les réseaux sociaux la X chargée de Y": a complement with an adjective, then an unnamed official', text: 'La région a voté le budget. « Nous sommes prêts », a écrit sur les réseaux sociaux la secrétaire générale chargée des transports.', top: 'la secrétaire générale chargée des transports', confident: true },
  { title: '"a déclaré sur les réseaux sociaux le maire, X": "sur les" is not "sur le"', text: '« Tout est prêt », a déclaré sur les réseaux sociaux le maire, Firmin Aucler.', top: 'Firmin Aucler', confident: true },
  // Sports and interviews: a title before a name, the interviewer's question, a headline quote.
  { title: '"Dans les vestiaires, le président lorrain X jubilait. « … »": X, not the one described "lorrain" before', text: 'L\'entraîneur lorrain, Bastien Fouque, a salué le courage de son équipe. « Ils ont tout donné », a-t-il dit.\nCôté visiteur, le capitaine Marc Orlin a pesté : « On leur offre le match. »\nDans les vestiaires, le président lorrain Aurèle Vasseur jubilait, entouré de ses partenaires. « On y a toujours cru. »', top: 'Aurèle Vasseur', at: 2 },
  { title: 'an interview: the quote after the interviewer\'s question is the answer of the one quoted most', text: 'Le maire, Hector Delval, nous a reçus en mairie. « Les travaux ont pris du retard », explique-t-il. « Nous avons dû changer d\'entreprise », ajoute-t-il.\n\nL\'opposant Rémi Caze juge qu\'il « se trompe de priorités ».\n\nVous serez candidat en mars ?\n\n« Je le dirai en janvier, pas avant. »', top: 'Hector Delval', at: 3, confident: true },
  { title: 'a headline "First Last : « … »" names its speaker', text: 'Hélène Marchetti-Roux : « La ligne sera rouverte en mai »\n\nLa présidente de la région a répondu à nos questions sur les transports.', top: 'Hélène Marchetti-Roux', confident: true },
  { title: 'a one-word rubric before a headline\'s colon is still no speaker', text: 'Justice : « Une peine exemplaire » pour le chauffard de Valmy\n\nLe tribunal a condamné jeudi un automobiliste.', top: [] },
  // Verbs of manner as speech cues, and a description after an unnamed one.
  { title: 'verbs of manner: "rigole l\'ailier X", "a savouré le capitaine, X", "laughed coach X"', text: '« On a eu chaud », rigole l\'ailier Tom Ferrat. « C\'était écrit », a savouré le capitaine, Loïc Barre.', top: ['Tom Ferrat', 'Loïc Barre'] },
  { title: 'English: "laughed coach X", "X shrugged"', text: '"We got lucky today," laughed coach Dana Kiel. "It happens," Mo Reyes shrugged.', top: ['Dana Kiel', 'Mo Reyes'] },
  { title: 'a description after a sentence about someone unnamed is not confidently the subject before', text: 'L\'entraîneur Yann Pellec a salué son équipe. « Rien à dire », a-t-il dit.\nLe héros de la soirée, surnommé « Le Mur », n\'en revenait pas. « Je n\'ai rien vu venir », a rigolé le buteur.', top: 'Yann Pellec', at: 2, confident: false },
  // Found on fresh probe sentences written after the invented3 rules (not kept in any set).
  { title: '"a réaffirmé devant les députés la Première ministre, X": a verb said again', text: '« Nous ne céderons pas », a réaffirmé mardi devant les députés la Première ministre, Adèle Mauvoisin.', top: 'Adèle Mauvoisin', confident: true },
  { title: '"X (PS) a qualifié …": the party in brackets is not the subject', text: 'La maire de Villeneuve, Sabine Orcel (PS), a qualifié la décision de « scandaleuse ».', top: 'Sabine Orcel', confident: true },
  { title: 'English: "a senior Democratic aide told Reuters": an unnamed source, not "Democratic"', text: '"We have the votes," a senior Democratic aide told Reuters.', top: 'a senior Democratic aide', confident: true },
  { title: 'English: "A White House spokeswoman, X, said … she": X is the subject the pronoun continues', text: 'Officials met on Friday. A Harbor Authority spokeswoman, Karen Dill, said talks went well. Asked about delays, she said the work was "on schedule."', top: 'Karen Dill', confident: true },
  { title: 'a pronoun continuing someone described and never named is that description ("Le Premier ministre X a démissionné. …, il a dénoncé")', text: 'Le Premier ministre moldave a démissionné dimanche. Dans une allocution télévisée, il a dénoncé « des blocages insurmontables ».\n\nL\'ONG Terre Vive s\'inquiète.', top: 'Le Premier ministre moldave', confident: true },
  { title: 'a description after a sentence opening on an unnamed group ("Les secours …") does not jump paragraphs confidently', text: 'Lucienne Barre se souvient. « On a tout perdu », raconte-t-elle.\n\nLes secours ont été dépêchés sur place. Le maire, lui, a demandé « une enquête approfondie ».', top: 'Lucienne Barre', at: 1, confident: false },
  { title: '"le club" with no club among several organisations named before is a body of its own, not the one named most', text: 'La CGT a dénoncé « un rendez-vous manqué ». La CFDT a appelé à « la mobilisation ».\n\nLe club a annoncé le départ de son entraîneur. « Nous le remercions pour son travail », indique le communiqué.', top: 'Le club', at: 2 },
  { title: '"l\'agence" refers back to the organisation whose name holds the word', text: 'L\'Agence régionale de santé a publié un rapport. Selon le syndicat Sud, « rien ne change ». L\'agence a répondu que « les moyens suivront ».', top: 'Agence régionale de santé', at: 1 },
];

for (const c of CASES) {
  test(c.title, () => {
    const r = speakers(c.text);
    const at = c.at ?? 0;
    if (typeof c.top === 'string') assert.ok(named(r[at]?.top, c.top), `${r[at]?.top} is not ${c.top}`);
    else if (c.top.length === 0) assert.ok(r.length > 0 && r.every((x) => x.notSpeech || !x.confident), 'not speech, or not attributed');
    else assert.deepEqual(r.map((x, i) => (named(x.top, c.top[i]!) ? c.top[i] : x.top)), c.top);
    if (c.confident !== undefined) assert.equal(r[at]!.confident, c.confident);
  });
}

test('a newspaper named after "au quotidien" is an organisation', () => {
  const a = analyzeSpeakers('« Nous manquons de bras », a confié la gérante au quotidien L\'Écho des Vignes.');
  assert.equal(a.entities.find((e) => e.name.includes('Écho des Vignes'))?.kind, 'org');
});
