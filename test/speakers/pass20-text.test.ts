// Tuning pass 20 (reading real web copy): what scraped copy does to names, sources and cues. Invisible characters
// (soft hyphens, zero-width spaces, word joiners) left in or after a name by a web page's markup; a middle initial
// inside an incise; speech verbs spelt as real copy spells them ("a tweetté"); an inverted unnamed subject "l'un des
// + noun"; an unnamed source's description that runs on into a complement of time or place. Each pattern found on the
// real set's tune half is written again here as new invented sentences with other names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';
import { testPassCases, type PassCase } from './speakerCases';

const SHY = '\u00ad';

const CASES: readonly PassCase[] = [
  // Invisible characters after or inside a name: the name is read as if they were not there.
  { title: 'soft hyphens after a name: "… », précisait le directeur X Y-Z + three soft hyphens + de la société …": X Y-Z, not the man named before', text: `Le maire de la commune, Gaspard Théodoly, était aussi présent à la réunion. « Nous avons signé avec trois fournisseurs », précisait dans la matinée le directeur Anatole Vasseur-Quintin${SHY}${SHY}${SHY} de la société Bois Fendu, lequel veut s'étendre au nord.`, top: 'Anatole Vasseur-Quintin', at: 0 },
  { title: 'a soft hyphen inside a surname: "… », a dit Mme X Guille-soft-hyphen-mot": the surname whole', text: `Le préfet, Honorin Dabadie, a ouvert la séance. « La route sera fermée tout l'été », a expliqué l'ingénieure Solveig Guille${SHY}mot, chargée du chantier.`, top: 'Solveig Guillemot', at: 0 },
  { title: 'a zero-width space and a word joiner between first name and surname: one name', text: 'Le recteur, Aurèle Bonnefous, a visité l\'école. « Les classes seront dédoublées », a assuré la directrice Clémence\u200b\u2060 Ribaudeau devant les parents.', top: 'Clémence Ribaudeau', at: 0 },
  { title: 'English: a soft hyphen after a name, "… ,” said coach X Y + soft hyphen + of the club', text: `Club chairman Wendell Ashgrove opened the meeting. "We need a bigger stadium," said coach Perpetua Stallworth${SHY} of the Harbour Rovers, who took over in May.`, top: 'Perpetua Stallworth', at: 0 },
];

testPassCases(CASES);

test('invisible characters: offsets of quotes and mentions are those of the text as given, ranges exact', () => {
  const text = `Le maire, Gaspard Théodoly, a parlé.${SHY} « Nous signerons », a dit le directeur Anatole Vasseur-Quintin${SHY}${SHY} de la société.\u200b « Le chantier commence lundi », a-t-il ajouté.`;
  const a = analyzeSpeakers(text);
  assert.equal(a.quotes.length, 2);
  for (const q of a.quotes) {
    assert.equal(text[q.quote.open], '«');
    assert.equal(text[q.quote.end - 1], '»');
  }
  const named = a.mentions.filter((m) => a.entities[m.entity]!.name === 'Anatole Vasseur-Quintin');
  assert.ok(named.length > 0, 'the name is found');
  for (const m of named) assert.equal(text.slice(m.start, m.end), 'Anatole Vasseur-Quintin');
  const mayor = a.mentions.find((m) => a.entities[m.entity]!.name === 'Gaspard Théodoly');
  assert.ok(mayor);
  assert.equal(text.slice(mayor.start, mayor.end), 'Gaspard Théodoly');
});

test('invisible characters inside a quote and a name: the quotes given by the caller are read at their offsets', () => {
  const text = `La ministre Odile Ferrand${SHY}-Lacaze était en visite. « Les crédits sont${SHY} débloqués », a-t-elle annoncé.`;
  const open = text.indexOf('«');
  const end = text.indexOf('»') + 1;
  const a = analyzeSpeakers(text, { quotes: [{ open, end }] });
  assert.deepEqual(a.quotes.map((q) => q.quote), [{ open, end }]);
  const top = a.entities[a.quotes[0]!.candidates[0]!.entity]!;
  assert.equal(top.name, 'Odile Ferrand-Lacaze');
  const m = a.mentions.find((x) => x.entity === a.quotes[0]!.candidates[0]!.entity)!;
  assert.equal(text.slice(m.start, m.end), `Odile Ferrand${SHY}-Lacaze`);
});

testPassCases([
  // "plus tôt" / "plus tard" between the verb and its inverted subject, like "hier" or "mardi soir".
  { title: '"… », précisait plus tôt dans la journée le producteur X": X, not the subject of the sentence before', text: 'Le patron du club, Gaspard Théodoly, était aussi dans la salle. « Nous avons signé avec trois fournisseurs », précisait plus tôt dans la journée le producteur Anatole Vasseur-Quintin de la société Bois Fendu.', top: 'Anatole Vasseur-Quintin' },
  { title: '"… », a répondu plus tard la porte-parole X": X', text: 'Le maire, Honorin Dabadie, a quitté la séance. « Le dossier n\'est pas clos », a répondu plus tard la porte-parole Maïwenn Kerboriou.', top: 'Maïwenn Kerboriou' },
]);

testPassCases([
  // An incise inside the marks that names its speaker, a middle initial allowed: the named person, known from elsewhere.
  { title: '"« …, souffle X T. Y au bout du fil. Z est venue … »": X T. Y, not Z nor the subject before', text: 'Le quatuor a déjà croisé la chanteuse Ludivine Sarrazol en tournée. « C’est complètement fou, souffle Ambroise T. Vallancourt au bout du fil. Ludivine Sarrazol est venue nous voir en coulisse. Elle veut travailler avec nous. » Le groupe repart lundi. « On y croit », confie Ambroise T. Vallancourt.', top: 'Ambroise T. Vallancourt' },
  { title: '"« …, dit Y. … »": the surname of someone named before', text: 'Le chanteur Ambroise Vallancourt a croisé Ludivine Sarrazol en tournée. Ludivine Sarrazol a signé avec un label. « C’est complètement fou, dit Vallancourt. Nous partons demain. »', top: 'Ambroise Vallancourt' },
]);

testPassCases([
  // "tweeter" as real copy spells it.
  { title: '"“…”, a tweetté une correspondante locale": the unnamed correspondent, not the police named before', text: 'La police a bouclé le quartier de la gare en fin de matinée. “Les pompiers arrivent, la rue est fermée jusqu’au pont”, a tweetté une correspondante locale.', top: 'une correspondante locale' },
  { title: '"“…”, a tweetté le quotidien régional X": the daily (named without its elided article), not its description', text: 'Les secours sont intervenus à Varennes-sur-Lys samedi. “Trois blessés légers après la collision sur la rocade”, a tweetté le quotidien régional L’Écho des Vallées.', top: 'Écho des Vallées' },
]);

testPassCases([
  // A description, then the name it describes opened by its capitalised article: the name speaks.
  { title: '"“…”, a tweeté le journal local La X": the paper named, not its description', text: 'Les secours sont intervenus à Varennes-sur-Lys samedi. “Trois blessés légers après la collision sur la rocade”, a tweeté le journal local La Sentinelle.', top: 'Sentinelle' },
  { title: '"“…”, a indiqué la radio régionale La X": the station named', text: 'Les secours sont intervenus samedi près du port. “Trois blessés légers”, a indiqué la radio régionale La Clameur.', top: 'Clameur' },
]);

testPassCases([
  // "l'un des / l'une des + noun", before or after the verb: one unnamed member of a group speaks.
  { title: '"« … », a affirmé l\'un des spectateurs lyonnais": that spectator, not the performer named before', text: 'Le comédien Bastien Ferrolet a ouvert la soirée mardi. « On est venus pour lui, on repartira ravis », a affirmé l’un des spectateurs lyonnais. Plusieurs autres étaient là par hasard.', top: 'l’un des spectateurs lyonnais' },
  { title: '"« … », a raconté l\'une des bénévoles du festival": that volunteer', text: 'Le comédien Bastien Ferrolet a ouvert la soirée mardi. « On est venus pour lui », a raconté l\'une des bénévoles du festival.', top: 'l\'une des bénévoles du festival' },
  { title: '"L\'un des spectateurs a confié : « … »": the spectator before the verb', text: 'Le comédien Bastien Ferrolet a ouvert la soirée mardi. L’un des spectateurs lyonnais a confié : « On est venus pour lui. »', top: 'L’un des spectateurs lyonnais' },
  { title: '"L\'une de ses voisines raconte : « … »": one neighbour, not all of them', text: 'Le comédien Bastien Ferrolet a ouvert la soirée mardi. L’une de ses voisines raconte : « Il chantait tous les soirs. »', top: 'L’une de ses voisines' },
]);

testPassCases([
  // An unnamed source's description stops before a complement of time or circumstance.
  { title: '"… », a confié un proche du maire après une réunion mardi soir à la mairie avec …": "un proche du maire"', text: 'Le maire, Victorin Lestrade, a reçu les commerçants. « Il n\'y aura pas de fermeture », a confié un proche du maire après une réunion mardi soir à la mairie avec les trois adjoints chargés du dossier.', top: 'un proche du maire', confident: true },
  { title: '"… », a confié un proche du maire lundi soir": the day is not the source', text: 'Le maire, Victorin Lestrade, a reçu les commerçants. « Il n\'y aura pas de fermeture », a confié un proche du maire lundi soir.', top: 'un proche du maire' },
  { title: '"… », a confié une source municipale à l\'issue du conseil": the occasion is not the source', text: 'Le maire, Victorin Lestrade, a reçu les commerçants. « Il n\'y aura pas de fermeture », a confié une source municipale à l\'issue du conseil.', top: 'une source municipale' },
  { title: '"…," said an aide to the mayor after a meeting on Monday …: "an aide to the mayor"', text: 'Mayor Victor Lestrange met the shopkeepers. "There will be no closure," said an aide to the mayor after a meeting on Monday at the town hall with three deputies.', top: 'an aide to the mayor' },
]);

testPassCases([
  // An incise at the end of the quote's sentence with an unnamed source inverted after its verb: the source speaks.
  { title: '"Les pompiers ont bouclé «par précaution» la rue, a ajouté une source municipale": the source, not the mayor', text: 'Le maire, Victorin Lestrade, était sur place. Les pompiers sont intervenus en bouclant «par précaution» la rue du port, a ajouté une source municipale.', top: 'une source municipale' },
  { title: '"Firefighters sealed off the street “as a precaution”, said a council official": the official', text: 'The mayor, Victor Lestrange, was there. Firefighters sealed off the street "as a precaution" before noon, said a council official.', top: 'a council official' },
]);
