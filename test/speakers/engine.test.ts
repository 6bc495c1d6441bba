// The plain-text speaker engine on small inline examples, French and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeSpeakers, findQuotes } from '../../server/src/core/speakers/engine';
import { sentenceStarts } from '../../server/src/core/speakers/sentences';

function speakers(text: string): { top: string | undefined; confident: boolean; notSpeech: boolean }[] {
  const a = analyzeSpeakers(text);
  return a.quotes.map((q) => ({ top: q.candidates[0] ? a.entities[q.candidates[0].entity]!.name : undefined, confident: q.confident, notSpeech: q.notSpeech }));
}

/**
 * Who the engine ranks first. `top` as a string: the best candidate of quote
 * `at` (0 by default); as a list: the best candidate of every quote, in order.
 * `confident`, when given: whether quote `at` is attributed without asking.
 */
interface TopCase {
  readonly title: string;
  readonly text: string;
  readonly top: string | readonly string[];
  readonly at?: number;
  readonly confident?: boolean;
}

const TOP_CASES: readonly TopCase[] = [
  { title: 'French: inverted verb with words between auxiliary and verb', text: 'La maire Claire Dufour a visité le chantier.\n« Nous tiendrons les délais », a d\'ailleurs déclaré Mme Dufour aux journalistes.', top: 'Claire Dufour', confident: true },
  { title: 'French: "a-t-il poursuivi" resolves to the last speaker', text: '« Le projet avance », a déclaré Pierre Garnier.\n« Il reste des obstacles », a-t-il poursuivi.', top: 'Pierre Garnier', at: 1 },
  { title: 'French: selon, and a colon introducing the quote', text: 'Selon Anne Perrot, « la situation est grave ».\nLe directeur Marc Vidal a indiqué : « Rien n\'est décidé ».', top: ['Anne Perrot', 'Marc Vidal'] },
  { title: 'French: a role description points back to the person it described', text: 'Le ministre français de l\'Agriculture Paul Lenoir a rencontré les éleveurs.\n« Nous vous entendons », a souligné le ministre français.', top: 'Paul Lenoir' },
  { title: 'English: "said", "according to", "he added"', text: '"We are ready," said Maria Lopez, the team captain.\nAccording to John Baker, "the deal is done."\n"It was hard," he added.', top: ['Maria Lopez', 'John Baker', 'John Baker'] },
  { title: 'English: subject before "told" with a colon', text: 'Senator Alice Grant told reporters: "This bill will pass."', top: 'Alice Grant', confident: true },
  { title: 'pronoun: the subject of the sentence before wins over a person named as an object', text: 'Tomas Vexler asked for donations to help Ilse Marwood with her defence. He described the case as "a farce from start to finish."', top: 'Tomas Vexler' },
  { title: 'pronoun: a chain of "il" sentences keeps the subject named first', text: 'Le chroniqueur Octave Ferrand est mort samedi. Dès 1976, il fit parler de lui. Alors que le match tournait mal, il avait alors lâché : « Quelle honte ! »', top: 'Octave Ferrand' },
  { title: 'English: "told X" names the addressee, not the speaker', text: 'Lena Orcutt told the board that the suspect "came in alone" and told the police, "everything he knew".', top: ['Lena Orcutt', 'Lena Orcutt'] },
  { title: 'a group subject ("les deux dirigeants") becomes a source', text: 'Les deux dirigeants avaient alors convenu « d\'agir vite ».', top: 'Les deux dirigeants' },
  { title: 'the subject before an apposition, not the place inside it', text: 'Odile Brunet, bergère en Haute-Vallée à l\'époque, se souvient : « C\'était la fête ».', top: 'Odile Brunet' },
  { title: 'inverted role with the name in apposition after it', text: '« Les marges remontent », explique le président de la fédération des raffineurs, Basile Quémeneur.', top: 'Basile Quémeneur' },
  { title: '"comme le précise" inverts the subject', text: 'La mission continue, comme le précise l\'ambassadeur en poste, Gaspard Lheureux : « Nous restons ».', top: 'Gaspard Lheureux' },
  { title: '"d\'après le ministre, X" and a semicolon separating the next speaker', text: 'D\'après le ministre du budget, Aurèle Mandin, « il manque de l\'argent » ; le ministre des finances, Céleste Vautrin, a pour sa part ajouté : « Nous héritons d\'une dette ».', top: ['Aurèle Mandin', 'Céleste Vautrin'] },
  { title: 'a pull quote signed after a dash', text: 'The site went down on Friday.\n\n"It is a long game." - Norbert Quayle\n', top: 'Norbert Quayle' },
  { title: '"according to Y, quoting X": X is the speaker', text: 'According to Bexley Wire, quoting the Northern Press Agency (NPA), the army was told to prepare a "state of readiness".', top: 'Northern Press Agency' },
  { title: 'a quote opening the paragraph after a colon belongs to the sentence before', text: 'Governor Wilma Ardent tweeted from her account:\n\n"Cool project. Come and show it to us."\n', top: 'Wilma Ardent' },
  { title: '"De nombreux habitants … ont déclaré" and "un représentant du groupe" are unnamed sources', text: 'De nombreux habitants, témoins de la scène, ont déclaré : « Ils ont tout cassé ». Sous couvert d\'anonymat, un représentant du groupe admet que le verdict « est le pire scénario ».', top: ['De nombreux habitants', 'un représentant du groupe'] },
  { title: '"Pour l\'organisation …," resolves to the organisation named before, not to itself', text: 'L\'Observatoire Vigie a publié un rapport. Pour l\'organisation militant pour les droits, il existe « une politique de torture ».', top: 'Observatoire Vigie' },
  { title: 'no cue and nobody spoke before: the last person named, weakly', text: 'Rosalind Tebbit a conçu ce code. Le but est qu\'il « soit compris par tous ».', top: 'Rosalind Tebbit', confident: false },
  { title: 'names: French organisations keep their adjective and complement', text: 'La Fédération nordique apporte la même conclusion : « Tout est clair ». L\'Union des potiers ruraux de Varenne a condamné le projet de Rennes et estimé que « rien ne va ».', top: ['Fédération nordique', 'Union des potiers ruraux de Varenne'] },
  { title: 'names: an institutional description stops before a verb or a determiner', text: 'Le fisc défend cette publication, parlant d\'un « effort de transparence ».', top: 'Le fisc' },
  { title: 'pronoun chain: places at the start of a sentence do not stop it', text: 'Le chroniqueur Octave Ferrand est mort. Dès 1976, il fit parler de lui lors du match Bulgarie – Norvège. Alors que le match tournait mal, il avait lâché : « Quelle honte ! »', top: 'Octave Ferrand' },
  // Tuning pass 3: general patterns of news copy, each on hand-written sentences.
  { title: 'inversion whatever the verb: French hyphenated pronoun', text: 'Léonie Brassac a perdu son procès en appel. « Quel gâchis », peste-t-elle.', top: 'Léonie Brassac', confident: true },
  { title: 'inversion whatever the verb: French verb then name', text: '« C\'est fini », peste Léonie Brassac devant le tribunal.', top: 'Léonie Brassac', confident: true },
  { title: 'inversion whatever the verb: English name then past tense', text: '"That is not fair," Ronan Pike grumbled after the vote.', top: 'Ronan Pike', confident: true },
  { title: 'gender from a role in apposition ("La présidente du club, X,")', text: 'La présidente du club, Irène Salvat, a reçu l\'entraîneur Hugo Marlin. « Nous avons avancé », a-t-il déclaré.', top: 'Hugo Marlin' },
  { title: 'gender from the determiner of an epicene role ("la ministre", "le préfet")', text: 'La ministre Agathe Roumier a rencontré le porte-parole Yves Colomb. « Tout est prêt », a-t-il assuré.', top: 'Yves Colomb' },
  { title: '"the company" refers back to the organisation named', text: 'Shares in Orvane Group fell on Monday. The company said the results were "disappointing."', top: 'Orvane Group', confident: true },
  { title: 'an organisation named in apposition to "the utility company"', text: 'The utility company, Kelvar Power, said its crews were "working around the clock." The company said repairs would take "several days."', top: ['Kelvar Power', 'Kelvar Power'] },
  { title: 'French organisation with a lowercase complement', text: '« Les comptes sont insincères », estime la Cour des comptes.', top: 'Cour des comptes' },
  { title: 'the role before "de la X" is the subject, and a person\'s role never resolves to the complement', text: 'Le ministre de l\'Économie, Basile Ferrat, a présenté le budget. « Nous tiendrons », a déclaré le ministre.', top: 'Basile Ferrat', confident: true },
  { title: 'a colon after a clause whose subject is a pronoun', text: 'Lors du procès, Lise Kerbrat a démoli l\'accusation de Yann Dorval, où elle s\'en était prise au juge : « Vous êtes partial ! »', top: 'Lise Kerbrat', confident: true },
  { title: 'a colon after "un rapport de X": the document\'s author', text: 'Un rapport de l\'Observatoire Sentinelle arrive à la même conclusion : « Les chiffres sont faux ».', top: 'Observatoire Sentinelle', confident: true },
  { title: '"said the post by …": the unnamed author', text: '"We are watching you," said the post by an anonymous user.', top: 'an anonymous user' },
  { title: 'a quote opening the paragraph after "X stated,"', text: 'Ronan Pike stated,\n\n"We will appeal the ruling."', top: 'Ronan Pike', confident: true },
  { title: 'an unnamed source between the quote and the verb', text: '"We are investigating," a police spokesman said.', top: 'a police spokesman' },
  { title: 'a named union after its noun ("le syndicat Sud-Mer")', text: '« C\'est inacceptable », dénonce le syndicat Sud-Mer dans un communiqué.', top: 'Sud-Mer' },
  { title: '"the CEO of X, Y": Y speaks, not the company', text: '"Hard times are coming," warned the CEO of Acme Corp, Jonah Smitt.', top: 'Jonah Smitt', confident: true },
  // Tuning pass 4: generalisation, each pattern on hand-written sentences before the rule.
  { title: 'a name after a preposition is a complement: the head of the subject speaks ("Police in X said")', text: 'Police in Dunmore said they were "treating the fire as suspicious."', top: 'Police' },
  { title: 'a described source whose complement is named ("A spokesman for the department said")', text: 'A spokesman for the department said officials were "reviewing the case."', top: 'A spokesman for the department' },
  { title: 'a name with a comma-separated apposition holding a place ("X, 32, a nurse from Y, said")', text: 'Julia Varga, 32, a nurse from Kelby, said she was "shocked" by the news.', top: 'Julia Varga', confident: true },
  { title: 'the name in apposition to a role with a complement is the subject, not the complement', text: 'La présidente de l\'association, Sophie Garrec, dénonce « un abandon total ».', top: 'Sophie Garrec', confident: true },
  { title: 'a verb after the quote with the name before it and an apposition: not an inversion', text: '"This is not over," Rupert Klenn, the defendant\'s lawyer, said outside the court.', top: 'Rupert Klenn', confident: true },
  { title: 'inverted verb: the place after a preposition is not the speaker, the name after it is', text: '« Nous sommes très inquiets », a déclaré à l\'ANP Nathalie Kervella, responsable de l\'ONG.', top: 'Nathalie Kervella', confident: true },
  { title: 'names: Arabic particles joined by a hyphen ("al-", "el-")', text: '"We reject these accusations," said Abdullah al-Harbi, the foreign minister.', top: 'Abdullah al-Harbi', confident: true },
  { title: 'a possessive organisation before a role is not the subject ("X, the club\'s manager, told")', text: '"It\'s too early to say," Evrard, the club\'s manager, told the press.', top: 'Evrard' },
  { title: 'pronoun gender is a preference, not a filter ("le ministre" for a woman)', text: 'Le ministre de l\'Intérieur, Hélène Marcadet, a réagi mardi soir. « Ces violences sont inacceptables », a-t-elle déclaré sur Radio Sud.', top: 'Hélène Marcadet' },
  { title: 'no cue: a quote opening its sentence carries on the subject of the sentence before, not its last name (confident: that sentence\'s speech verb announces it)', text: 'Le ministre Prosper Sérieys a défendu son projet face à la députée Marie Yvetot. « Ce texte est juste et nécessaire. »', top: 'Prosper Sérieys', confident: true },
  { title: 'no cue and no speech verb before: the subject of the sentence before, not confident alone', text: 'Le ministre Prosper Sérieys a visité le chantier avec la députée Marie Yvetot. « Ce texte est juste et nécessaire. »', top: 'Prosper Sérieys', confident: false },
  { title: 'no cue in English: the subject before, not the object ("X praised … against Y\'s side. “…”")', text: 'Coach Aldous Brody praised his defence after the win against Tom Ferris\'s side. "We were solid from start to finish."', top: 'Aldous Brody', confident: true },
  { title: '"X said, according to Reuters": the outlet reports, X speaks', text: '"We are not worried," Walter Brandt said, according to Norvik Press.', top: 'Walter Brandt', confident: true },
  { title: '"Selon l\'agence, X a déclaré": the agency reports, X speaks', text: 'Selon l\'agence Norvik, Odile Brunet a déclaré que la grève était « illégale ».', top: 'Odile Brunet', confident: true },
  { title: '"Reuters quoted X as saying": X speaks', text: 'Norvik Press quoted Walter Brandt as saying the merger was "dead in the water."', top: 'Walter Brandt', confident: true },
  { title: 'a relative clause after a name is not a role in apposition ("X, who heads the commission,")', text: 'Igor Petrov, who heads the commission, dismissed the findings. "The report is full of errors," he told reporters on Thursday.', top: 'Igor Petrov', confident: true },
  { title: 'two speech verbs: the one nearest the quote names its speaker ("X criticised …, with Y stating:")', text: 'The charity criticised the plans, with its director Jane Corrigan stating: "This will hurt the poorest families."', top: 'Jane Corrigan', confident: true },
  { title: 'roles beyond politics: "le préfet", "the detective", "the mother"', text: 'Le préfet de la Gironde, Joachim Ormesson, s\'est rendu sur place. « La situation est maîtrisée », a assuré le préfet.', top: 'Joachim Ormesson', confident: true },
  { title: 'a description no mention carried refers to the subject of the sentences before ("the musician")', text: 'Oskar Lind, the band\'s guitarist, confirmed the split. "It\'s time to move on," the musician said.', top: 'Oskar Lind', confident: true },
  { title: 'a French description synonym ("le policier" for "le commissaire X")', text: 'Le commissaire Éric Vautrin dirige l\'enquête. « Nous avançons », a confié le policier.', top: 'Éric Vautrin', confident: true },
  { title: 'names: "and" inside an organisation named after its noun ("la revue X and Y"), which a pronoun for a person skips', text: 'Le chercheur Prosper Orlan a publié ses travaux. La revue Soil and Loam Letters a publié des photos. « Les résultats sont clairs », résume l\'universitaire.', top: 'Prosper Orlan' },
  { title: 'names: "and" never joins two people', text: 'Hugo Marlin and Irène Salvat met on Monday. "We agree," Marlin said.', top: 'Hugo Marlin' },
  { title: 'a passive speech verb: the agent speaks, not the subject', text: 'Le maire Prosper Gorce a été accusé par l\'opposante Marie Tellier d\'avoir « menti aux habitants ».', top: 'Marie Tellier', confident: true },
  { title: 'a passive speech verb in English ("described by X as")', text: 'The plan was described by economist Ann Oduya as "reckless."', top: 'Ann Oduya', confident: true },
  { title: 'a French reflexive with "être" is active ("s\'est dit")', text: 'Le maire Prosper Gorce s\'est dit « très choqué » par l\'attaque.', top: 'Prosper Gorce', confident: true },
  { title: 'more reporting verbs: "rapporte", "accused"', text: '« Le joueur est parti en colère », rapporte le quotidien Sud Matin. Ann Oduya accused the board of "betraying the fans."', top: ['Sud Matin', 'Ann Oduya'] },
  { title: '"the ministry" refers back to the ministry named before', text: 'Relief Now sent food. The Ministry of Interior said it had deployed "all available resources." The ministry also warned residents to "stay away from rivers."', top: ['Ministry of Interior', 'Ministry of Interior'] },
  { title: '"le tribunal" with no tribunal named before names itself', text: 'Relief Now a fait appel. Le tribunal a estimé que la demande était « irrecevable ».', top: 'Le tribunal' },
  { title: 'a quote whose next sentence points back at it ("C\'est en ces termes que X a répondu")', text: '« Nous ne partirons pas ». C\'est en ces termes que Yvon Tanguy a répondu aux journalistes.', top: 'Yvon Tanguy', confident: true },
  { title: '"Those were the words of X" after a quote', text: '"Never again." Those were the words of Ada Quill after the verdict.', top: 'Ada Quill', confident: true },
  { title: 'a headline quote with nobody before: the first person named after, weakly', text: '"We will rebuild," says mayor after fire\n\nMayor Jane Pollard spoke on Monday after the fire destroyed the town hall.', top: 'Jane Pollard', confident: false },
  { title: 'names: two particles ("von der", "van den", "de los")', text: '"Europe stands united," said Ursula von der Lenten. "The dikes will hold," said Pieter van den Broek. « Le pays est prêt », a déclaré María de los Santos.', top: ['Ursula von der Lenten', 'Pieter van den Broek', 'María de los Santos'] },
  { title: 'names: an elided particle inside a surname ("D\'Orazio")', text: '"This is a great honour," said Massimo D\'Orazio.', top: 'Massimo D\'Orazio', confident: true },
  { title: 'a multi-paragraph quote (each paragraph opening with a mark) is one quote, attributed from the speech clause before it', text: 'The charity Shelterwise criticised the plans, with its director Jane Corrigan stating: "This will hurt the poorest families. It is a disgrace.\n\n"We will fight it in court."\n', top: 'Jane Corrigan', confident: true },
  { title: 'inverted verb, role words, then the name ("said lead author Dr. X", "a estimé la cheffe de file des écologistes X")', text: '"The results are clear," said lead author Dr. Amara Singh of the institute. « Le texte est clair », a estimé la cheffe de file des écologistes Odile Brunet.', top: ['Dr. Amara Singh', 'Odile Brunet'] },
  { title: 'inverted role then a clause naming someone else: the role speaks, not the object', text: 'Le ministre Prosper Gorce est arrivé mardi. « Nous pouvons coopérer », avait relevé le ministre avant de rencontrer M. Ivanov.', top: 'Prosper Gorce' },
  { title: 'a coordinated speech verb after the object\'s complement keeps the clause\'s subject ("X thanked Y for her help and said")', text: 'Hugo Brandt thanked Lisa Moor for her help and said the result was "a team effort."', top: 'Hugo Brandt', confident: true },
  { title: 'a relative clause after the object has its own subject ("X thanked Y, who said")', text: 'Hugo Brandt thanked Lisa Moor, who said the result was "a team effort."', top: 'Lisa Moor' },
  { title: 'a pronoun as the source ("Selon elle,", "according to her", "selon eux")', text: 'La navigatrice Gaëlle Pinson a franchi la ligne devant Marc Léon. Selon elle, « la dernière nuit a été la plus dure ». Sailor Gail Pemberton crossed the line ahead of Mark Lyle. According to her, "the last night was the hardest."', top: ['Gaëlle Pinson', 'Gail Pemberton'] },
  { title: 'names: a surname that is also a common word ("Price") is a name when the full name is in the text', text: 'Samuel Pryce-Price, his deputy, disagreed. Samuel Price spoke later. The price of oil fell. "Nothing has changed," Price said.', top: 'Samuel Price', confident: true },
  { title: 'names: a surname alone before the full name is the same person; "the club manager" is a role, not an organisation', text: '"It is too early to say," Evrard, the club manager, told the press. Mark Evrard has led the club since 2009.', top: 'Mark Evrard', confident: true },
  { title: 'a capitalised role is a description, not a name ("The Prime Minister said", "a ajouté le Premier ministre")', text: 'Prime Minister Martha Kline visited the site on Monday. The Prime Minister said the response had been "swift." Le Premier ministre Hervé Colin a présenté son plan. « Personne ne sera oublié », a ajouté le Premier ministre.', top: ['Martha Kline', 'Hervé Colin'], confident: true },
  { title: 'a document as the source: "selon un communiqué de X", "according to a report released by X"', text: 'According to a statement by Relief Now, the camps were "overcrowded and unsafe." Les camps sont « surpeuplés », selon un rapport publié lundi par Relief Now.', top: ['Relief Now', 'Relief Now'], confident: true },
  { title: 'a one-word partial quote after "a" is speech when a speech verb names who used it ("called the bill a “disgrace”")', text: 'Senator Ruth Gale called the bill a "disgrace."', top: 'Ruth Gale', confident: true },
  { title: 'a colon after a clause with nobody named: a role ("Le ministre a été clair :"), a possessive ("His message was clear:")', text: 'Le ministre de l\'Économie, Basile Ferrat, a présenté le budget devant Anna Weiss. Le ministre a été clair : « Il n\'y aura pas de hausse d\'impôts. » Economy minister Victor Hale presented the budget to Nina Reyes. His message was clear: "There will be no tax rises."', top: ['Basile Ferrat', 'Victor Hale'] },
  // Tuning pass 5: French wire patterns first, each written as invented sentences before the rule.
  { title: 'inverted verb, then a day and a complement before the role and its name ("a estimé jeudi le ministre de X, Y, sur …")', text: '« Il faut agir vite, très vite », a estimé jeudi le ministre de l\'Économie, Bruno Lemarchand, sur une radio publique.', top: 'Bruno Lemarchand', confident: true },
  { title: 'inverted verb, then "à la presse" before the role ("a déclaré mardi soir à la presse le président de …, X")', text: '« Nous attendons des réponses », a déclaré mardi soir à la presse le président de l\'association des victimes, Jacques Morel.', top: 'Jacques Morel', confident: true },
  { title: 'inverted verb, then "auprès de l\'AFP" before the role ("a réagi auprès de l\'AFP la sœur de la victime, X")', text: '« Nous sommes soulagés », a réagi auprès de l\'AFP la sœur de la victime, Sandrine Morin.', top: 'Sandrine Morin', confident: true },
  { title: 'a one-word partial quote after an article is speech when a speech verb governs it ("a dénoncé une « mascarade »")', text: 'Me Éric Dupond-Laval, avocat de la famille, a dénoncé une « mascarade ». Le porte-parole Olivier Verdier a reconnu des « difficultés ».', top: ['Éric Dupond-Laval', 'Olivier Verdier'], confident: true },
  { title: 'an infinitive speech verb takes the clause\'s subject ("a tenu à rappeler", "a fait savoir", "a appelé à")', text: 'Patrick Soulier a fait savoir qu\'il « ne se représenterait pas ». Isabelle Rochefort a tenu à rappeler qu\'elle « n\'a jamais été condamnée ». Dans son discours, le président Emmanuel Marchal a appelé à « l\'unité nationale ».', top: ['Patrick Soulier', 'Isabelle Rochefort', 'Emmanuel Marchal'], confident: true },
  { title: 'pronoun gender: a person whose gender is known to agree beats one whose gender nobody said ("dont la présidente de X, Y … elle")', text: 'Le Premier ministre, Jean Castelnau, a reçu les agriculteurs, dont la présidente de la fédération, Christiane Lambertin. À l\'issue de la réunion, elle a salué « un premier pas ».', top: 'Christiane Lambertin', confident: true },
  { title: 'role synonyms and stems: "le technicien" is the coach ("l\'entraîneur X"), "le dirigeant" the head ("le patron de X Y, Z")', text: 'Le président du club, Jean-Michel Aulasse, a limogé l\'entraîneur Rudi Garcin. « Je n\'ai pas été surpris », a réagi le technicien. Le patron de Nord Transports, Bruno Blin, a annoncé des suppressions de postes, une décision « douloureuse mais nécessaire », selon le dirigeant.', top: ['Rudi Garcin', 'Bruno Blin'] },
  { title: 'a role\'s adjectives after its complement, in either gender ("le chef de la diplomatie chinoise" for "son homologue chinois, X")', text: 'Le secrétaire d\'État américain, John Keller, a rencontré son homologue chinois, Wang Li. « Nous avons eu une discussion constructive », a affirmé le chef de la diplomatie chinoise.', top: 'Wang Li' },
  { title: 'a possessive relational role is someone other than the one the text is about ("Sa rivale a dénoncé")', text: 'Anne Hidalgo-Ruiz a défendu son bilan face à Rachida Datin. « Paris a changé en bien », a affirmé la maire sortante. Sa rivale a dénoncé « une ville sale ».', top: ['Anne Hidalgo-Ruiz', 'Rachida Datin'] },
  { title: '"Cette dernière a répondu", "the latter said": the last person named', text: 'Le chef de l\'opposition, Lionel Jaurès, a critiqué le projet de la ministre Claire Vidal. Cette dernière a répondu qu\'elle « assumait pleinement » ses choix.', top: 'Claire Vidal', confident: true },
  { title: 'an organisation described with adjectives refers back to the one named ("le constructeur européen", "l\'entreprise publique")', text: 'Le groupe Aerolis a annoncé des résultats record. « Nous avons livré plus d\'avions que jamais », s\'est félicité le constructeur européen.', top: 'Aerolis', confident: true },
  { title: 'an organisation described with adjectives, with only one organisation named before ("l\'entreprise publique")', text: 'La RFN a présenté ses excuses aux voyageurs. « Nous comprenons la colère de nos clients », a reconnu l\'entreprise publique.', top: 'RFN', confident: true },
  { title: 'a plural role as a group source, after or before the verb ("ont déclaré les enquêteurs", "Les manifestants scandaient")', text: '« L\'enquête avance », ont déclaré les enquêteurs, sans plus de détails. Les manifestants scandaient « Démission ! » devant la mairie.', top: ['les enquêteurs', 'Les manifestants'] },
  { title: 'an unnamed source, then the name in apposition ("said one resident, X, 67"), or a relative clause ("A witness, who …, said")', text: '"It was terrifying," said one resident, Maria Lopez, 67. A witness, who asked not to be named, said she heard "three loud bangs."', top: ['Maria Lopez', 'A witness'] },
  { title: 'a document with no author after it ("précise le texte"): the one named before', text: 'Le gouvernement malien a annoncé la fin du couvre-feu. « Le calme est revenu dans la capitale », précise le texte.', top: 'Le gouvernement malien', confident: true },
  { title: '"a-t-on appris de source policière", "peut-on lire dans le communiqué de X"', text: '« L\'homme était connu des services de police », a-t-on appris de source policière. « Aucune piste n\'est écartée », peut-on lire dans le communiqué de la Fédération nordique.', top: ['source policière', 'Fédération nordique'] },
  { title: 'French "elle" for an institution when no person fits ("La Cour … Dans son arrêt, elle estime")', text: 'La Cour de cassation a rejeté le pourvoi. Dans son arrêt, elle estime que la procédure « a été respectée ».', top: 'Cour de cassation' },
  { title: 'a description with nobody before it: the first one named after ("a confié la navigatrice. X a bouclé …")', text: '« C\'est le plus beau jour de ma vie », a confié la navigatrice à son arrivée. Isabelle Joschke-Martin a bouclé son tour du monde en 80 jours.', top: 'Isabelle Joschke-Martin', confident: false },
  { title: 'a sentence ending on its speech verb announces the quote after it ("X a réagi. « … »")', text: 'Le maire de la commune, Didier Pellerin, a réagi. « C\'est un drame pour tout le village. »', top: 'Didier Pellerin', confident: true },
  { title: 'a colon after a role that follows a leading complement ("Après la rencontre, l\'attaquant s\'est montré satisfait :")', text: 'Kylian Bamba a inscrit un doublé samedi soir. Après la rencontre, l\'attaquant s\'est montré satisfait : « On a su répondre présent. »', top: 'Kylian Bamba' },
  { title: 'a description before a name in apposition introduces it, not an organisation named before ("Le syndicat majoritaire, le X, réclame")', text: 'La Direction de l\'aviation civile (DAC) a demandé aux compagnies de réduire leurs vols.\n\nLe syndicat majoritaire, le SNPA, réclame « des moyens supplémentaires ».', top: 'SNPA', confident: true },
  { title: 'a role then a complement with a name after it ("a déclaré l\'élu à l\'agence X"): the complement is not the speaker', text: 'Le maire de l\'île, Sergio Ortelli, s\'est dit soulagé. « Les habitants attendaient cette nouvelle », a déclaré l\'élu à l\'agence Nuova.', top: 'Sergio Ortelli', confident: true },
  { title: 'names: an organisation\'s adjective, then its lowercase complement ("l\'Association canadienne des libertés civiles")', text: 'Pour l\'Association canadienne des libertés civiles, il s\'agit d\'une « atteinte grave aux droits fondamentaux ».', top: 'Association canadienne des libertés civiles', confident: true },
  { title: 'a trade named by its ending is a role ("le biologiste", "la climatologue")', text: '« C\'est une découverte importante », explique Antoine Fouquet, qui a dirigé l\'étude. Le biologiste précise que l\'espèce est « probablement menacée ».', top: ['Antoine Fouquet', 'Antoine Fouquet'], confident: true },
  { title: 'plural groups with a possessive, an adjective or "font état de"; "certains"', text: 'L\'étude a été publiée mardi. Ses auteurs appellent à « renforcer la protection » de la zone. Les médecins généralistes font état d\'une « forte affluence ». Sur les forums, certains parlent d\'un « gâchis ».', top: ['Ses auteurs', 'Les médecins généralistes', 'certains'] },
  { title: 'a possessive role then its name in apposition, with a title the name does not keep ("a déclaré son avocat, Me X, à …")', text: 'Le procès de Jacques Lemaire s\'est ouvert lundi. « Mon client conteste les faits », a déclaré son avocat, Me Thierry Dumoulin, à l\'ouverture de l\'audience.', top: 'Thierry Dumoulin', confident: true },
  { title: '"ont confié les deux réalisateurs", "selon le distributeur X"', text: 'Le film a dépassé les 15 millions d\'entrées. « Nous n\'aurions jamais imaginé un tel succès », ont confié les deux réalisateurs au Journal du dimanche. Selon le distributeur Gaumont-Sud, le film pourrait devenir « le plus grand succès de l\'année ».', top: ['les deux réalisateurs', 'Gaumont-Sud'] },
  { title: 'an acronym in brackets after a name is its short form ("l\'Union nationale de l\'apiculture française (UNAF)")', text: 'La mortalité des abeilles a atteint un record, selon l\'Union nationale de l\'apiculture française (UNAF). L\'UNAF accuse les pesticides et demande leur interdiction « immédiate et totale ».', top: 'Union nationale de l\'apiculture française', confident: true },
  { title: 'an unnamed source with an apposition before the verb ("Un de ses conseillers, sous couvert d\'anonymat, reconnaît")', text: 'Le ministère a fait savoir qu\'une étude était en cours. Un de ses conseillers, sous couvert d\'anonymat, reconnaît toutefois que « le dossier est sensible ».', top: 'Un de ses conseillers' },
  { title: 'the head of the subject after a determiner, not its complement ("Le Haut-Commissariat … de l\'X")', text: 'Le Haut-Commissariat aux réfugiés de l\'ONU a dénoncé vendredi des « violations graves ».', top: 'Haut-Commissariat', confident: true },
  { title: 'the head of the subject after a title, not its complement ("Professor Y of the X")', text: 'Professor Laura Piddock of the University of Birmingham said the findings were "exciting."', top: 'Laura Piddock', confident: true },
  { title: 'more reporting verbs: "a rejeté des accusations « … »"', text: 'L\'ambassadeur syrien, Fayçal Khabbaz, a rejeté des accusations « sans fondement ».', top: 'Fayçal Khabbaz', confident: true },
  { title: 'lowercase words describing the name after an inverted verb ("said harbour master X")', text: '"We have never seen waves like this," said harbour master Colin Ferris.', top: 'Colin Ferris', confident: true },
  { title: 'an indefinite head before a complement with an organisation noun ("A spokesperson for the county council said")', text: 'The storm cut power to thousands of homes. A spokesperson for the county council said crews were "working flat out" to clear fallen trees.', top: 'A spokesperson for the county council' },
  { title: 'names: words that make a name an organisation\'s ("Northern Air", "X Energy")', text: 'Northern Air cancelled more than 200 flights on Friday. The airline said the action was "unjustified and deeply regrettable."', top: 'Northern Air', confident: true },
  { title: 'a quote after the speaker\'s own quote: names in the rest of the speaker\'s sentence do not break the run ("said X, who led the team. “…”")', text: '"The results were striking," said Dr Helen Marsh, who led the team. "People who slept well remembered almost twice as much."', top: ['Dr Helen Marsh', 'Dr Helen Marsh'], confident: true },
  { title: 'a sentence opening on a description continues the one it describes ("Le basketteur de 32 ans … Il disait")', text: 'Le meneur de jeu Tony Parkeur a prolongé son contrat. « C\'est ma maison », a réagi le joueur.\n\nSon entraîneur, Gregg Popovitch, n\'a pas caché sa satisfaction. « Tony est le cœur de cette équipe », a-t-il déclaré.\n\nLe basketteur de 32 ans avait été élu meilleur joueur de la finale en 2007. Il disait alors vouloir « gagner encore et encore ».', top: ['Tony Parkeur', 'Gregg Popovitch', 'Tony Parkeur'] },
  { title: 'the subject of the sentence right before beats an earlier speaker for "il" ("X n\'a pas caché sa satisfaction. « … », a-t-il déclaré")', text: '« Je suis très heureux », a réagi le meneur Tony Parkeur.\n\nSon entraîneur, Gregg Popovitch, n\'a pas caché sa satisfaction. « Tony est le cœur de cette équipe », a-t-il déclaré.', top: ['Tony Parkeur', 'Gregg Popovitch'], confident: true },
  { title: 'French "il" for the institution that is the subject of the sentence before, when its article agrees', text: 'Le porte-parole du groupe, Sanda Boumama, a justifié ces destructions. Le gouvernement malien a condamné ces destructions. Dans un communiqué, il dénonce « une furie destructrice ».', top: 'Le gouvernement malien', confident: true },
  { title: 'an unnamed source after "selon" ("Selon des proches")', text: 'Le dissident Hu Jiali a été libéré dimanche. Selon des proches, l\'homme serait « très affaibli » par sa détention.', top: 'des proches', confident: true },
  { title: 'a role after a prefix ("leur coprésident, X")', text: 'Les Verts ont dénoncé un contrat « sans ambition ». « Ce gouvernement n\'a aucune vision », a estimé leur coprésident, Cem Özdemirci.', top: ['Verts', 'Cem Özdemirci'] },
  { title: '"l\'opposition" speaks ("L\'opposition municipale parle d\'un « … »")', text: 'L\'adjoint au maire, Fabien Robert, défend l\'initiative. L\'opposition municipale parle au contraire d\'un « gaspillage d\'argent public ».', top: 'L\'opposition municipale', confident: true },
  { title: 'names: a club name ("Westford United") is an organisation that "the club" refers back to, and "have" is no adjective', text: 'Westford United have sacked manager Paul Tennant. The club said in a statement that it had "reluctantly" decided to make a change.', top: 'Westford United', confident: true },
  { title: 'an inverted verb, then a capitalised role and the name ("a commenté le Premier ministre X")', text: 'La reine a ouvert les Jeux vendredi soir. « C\'était à la fois drôle et grandiose », a commenté le Premier ministre David Camerone.', top: 'David Camerone', confident: true },
  { title: 'incidental words between commas are skipped ("Le ministre, lui, défend"), and "défend" is a speech verb', text: 'Les enseignants ont manifesté contre la réforme voulue par le ministre de l\'Éducation, Vincent Peillon. Sa secrétaire générale, Sophie Sihr, estime que « les conditions ne sont pas réunies ». Le ministre, lui, défend un texte « dans l\'intérêt de l\'enfant ».', top: ['Sophie Sihr', 'Vincent Peillon'] },
  { title: 'a work named right before its title is not speech, whoever speaks in the sentence ("Dans son livre « … », elle raconte")', text: 'La pneumologue Irène Frachon a révélé l\'affaire. Dans son livre « Combien de morts ? », elle raconte son combat.', top: 'Irène Frachon', confident: false },
  { title: 'a plural group after "selon" ("Selon les experts qui …"), and "the critics who called"', text: 'Un animal a été aperçu jeudi. Selon les experts qui ont examiné les empreintes, il s\'agirait plutôt d\'un « gros chat ».', top: 'les experts', confident: true },
  { title: 'a participle opening a sentence is no name ("Asked about the critics who called the book “bleak,” she laughed")', text: 'Jane Holloway\'s novel was published this week. Asked about the critics who called the book "bleak," she laughed.', top: 'the critics' },
  { title: 'a newspaper\'s headline ("titrait « … »")', text: 'La presse était unanime samedi : le quotidien The Guardian titrait « Une nuit de folie ».', top: 'The Guardian' },
  { title: 'an unnamed source description stops before a phrase about anonymity ("un diplomate européen sous couvert d\'anonymat")', text: '« Nous n\'avons rien à cacher », résume un diplomate européen sous couvert d\'anonymat.', top: 'un diplomate européen' },
  { title: '"Même son de cloche chez X :" names the speaker before the colon', text: 'Les éleveurs sont inquiets. Même son de cloche chez les agriculteurs de la FNSEA : « Nous sommes à bout ».', top: 'FNSEA', confident: true },
  { title: 'a description followed by a name without a comma introduces it ("Le quotidien régional Le Courrier annonce …")', text: 'Le quotidien régional Le Courrier annonce que le maire « va démissionner ». « Sa décision est prise », indique le quotidien.', top: ['Le Courrier', 'Le Courrier'] },
  { title: 'English plural groups and "police" without an article ("Organisers blamed", "according to police")', text: 'Police said around 15,000 people took part. Organisers blamed the police for "heavy-handed tactics." According to police, the suspect "acted alone."', top: ['Organisers', 'Police'] },
  { title: 'a description followed by its name in apposition starts a sentence about that name, not about an earlier holder of a similar role', text: 'Le chef de la protection civile, Franco Gabrielli, a indiqué que 3 000 personnes avaient été évacuées. « La priorité est de trouver un toit pour tout le monde », a-t-il ajouté.\n\nLe président du Conseil, Mario Monti, a interrompu sa visite. Il a promis que l\'État serait « aux côtés des sinistrés ».', top: ['Franco Gabrielli', 'Mario Monti'], confident: true },
  { title: 'a role\'s nationality adjective weighs as much as the role noun ("Le ministre russe" for "son homologue russe, M. X")', text: 'Le ministre français de la Défense Paul Lenoir a rencontré lundi son homologue russe Sergueï Ivanov. Le ministre russe a pour sa part expliqué que les deux pays devaient « préciser leur coopération ».', top: 'Sergueï Ivanov', confident: true },
  { title: 'incidental adjectives between commas after the verb ("a confié, très ému, le chanteur X")', text: 'Le ministre a salué un artiste généreux. « C\'était un frère », a confié, très ému, le chanteur Michel Berger.', top: 'Michel Berger', confident: true },
  { title: 'plural organisations as a group ("The charities are asking", "Les syndicats ont dénoncé")', text: 'Hedgehog numbers have halved, according to a report by two wildlife charities. The charities are asking gardeners to create "hedgehog highways" in their fences.', top: 'The charities' },
  { title: 'a passive whose agent follows the quote ("a été qualifié d\'« historique » par le Premier ministre grec, X")', text: 'Les ministres se sont mis d\'accord mardi. Le plan a été qualifié d\'« historique » par le Premier ministre grec, Lucas Papadimos.', top: 'Lucas Papadimos', confident: true },
  { title: '"Selon le quotidien allemand X": the name ranks before its description', text: 'Selon le quotidien allemand Handelsblatt, plusieurs pays restent « sceptiques ».', top: 'Handelsblatt', confident: true },
  { title: 'a role nobody in the text holds is an unnamed source ("Dans sa décision, le juge estime")', text: 'Le tribunal de Lille a ordonné l\'évacuation du camp. Dans sa décision, le juge estime que le terrain présente « des risques graves ».', top: 'le juge', confident: true },
  { title: 'a reflexive inverted verb ("« … », s\'interroge sa porte-parole, X")', text: 'L\'association a déploré une décision « inhumaine ». « Où voulez-vous que ces gens aillent ? », s\'interroge sa porte-parole, Malik Salemkour, dans un entretien.', top: ["L'association", 'Malik Salemkour'] },
  { title: 'an organisation with a lowercase noun complement ("La préfecture de police a conseillé")', text: 'La préfecture de police a conseillé aux automobilistes de « différer leurs déplacements ».', top: 'La préfecture de police', confident: true },
  { title: 'an unnamed source stops before the verb\'s complement ("a expliqué un responsable de X à l\'AFP")', text: '« Nous n\'avons jamais vu autant de camions bloqués », a expliqué un responsable de la direction des routes à l\'AFP.', top: 'un responsable de la direction des routes', confident: true },
  { title: 'a demonym after a lowercase article describes the subject ("a déclaré le Guadeloupéen")', text: 'Le judoka français Teddy Rinard a remporté samedi son sixième titre. « Je suis entré dans l\'histoire », a déclaré le Guadeloupéen après sa victoire.', top: 'Teddy Rinard' },
  { title: 'a verb after "et" and a quote coordinates, it does not invert ("a dénoncé un jugement « injuste » et annoncé un pourvoi")', text: 'À la sortie de l\'audience, son avocat, Me David Koubbi, a dénoncé un jugement « injuste » et annoncé un pourvoi en cassation.', top: 'David Koubbi', confident: true },
  { title: '"s\'est dite « satisfaite »", and an organisation with two adjectives ("l\'Agence spatiale européenne")', text: 'La Société générale s\'est dite « satisfaite » de cette décision. L\'Agence spatiale européenne parle, elle, d\'un « succès scientifique majeur ».', top: ['Société générale', 'Agence spatiale européenne'], confident: true },
  { title: 'names: "of" joins a college to its complement ("The Royal College of X")', text: 'The Royal College of Emergency Medicine described the situation as "a crisis."', top: 'Royal College of Emergency Medicine', confident: true },
  { title: 'a capitalised word inside a sentence is no verb ("posted on Twitter"), and English "on" is no pronoun', text: 'NASA administrator Charles Bolden called the mission "a giant leap." Kelley\'s twin brother, Mark, a retired astronaut, posted on Twitter: "Welcome home, brother!"', top: ['Charles Bolden', 'Mark'] },
  { title: 'a place after the role is its complement when a person follows in apposition ("s\'insurge le président de la région X, Y")', text: '« C\'est un abandon des territoires ruraux », s\'insurge le président de la région Limousin, Gérard Vandenbroucke.', top: 'Gérard Vandenbroucke', confident: true },
  { title: 'a French past participle right after a noun qualifies it ("des lignes de trains X jugées « non rentables »"): no speaker from it', text: 'La compagnie ferroviaire a annoncé jeudi la suppression de lignes de trains Intercités jugées « non rentables ».', top: 'La compagnie ferroviaire' },
  { title: 'a plural group with a lowercase complement ("Les associations de défense de l\'environnement demandent")', text: 'Le ministère a réagi. Les associations de défense de l\'environnement demandent des mesures « plus ambitieuses ».', top: 'Les associations de défense de l\'environnement', confident: true },
  { title: 'a document as the subject ("The memo, dated October 20, says"): the author named in the sentence before', text: 'A leaked memo shows that Northshire County Council plans to close 12 libraries. The memo, dated October 20, says the closures are "unavoidable."', top: 'Northshire County Council', confident: true },
  { title: 'an unnamed member right before the verb, after a name in a complement ("On the group\'s X page, one member wrote:")', text: 'Campaigners reacted angrily. On the group\'s Facebook page, one member wrote: "This is cultural vandalism."', top: 'one member', confident: true },
  { title: 'a name qualifying the role after it ("A Department of Health spokesman said")', text: 'The association rejected the claims. A Department of Health spokesman said: "We are looking carefully at the evidence."', top: 'A Department of Health spokesman', confident: true },
  { title: '"tout en appelant X à « … »": the participle takes the main clause\'s subject, not the name after it', text: 'Pierre Moscovici, commissaire européen, a jugé jeudi les prévisions « réalistes », tout en appelant Paris à « poursuivre les réformes ».', top: ['Pierre Moscovici', 'Pierre Moscovici'], confident: true },
  { title: 'an unnamed source before the verb stops before an adverb ("Un conseiller a toutefois indiqué")', text: 'Le cabinet du ministre n\'a pas souhaité réagir. Un conseiller a toutefois indiqué que le dossier était « à l\'étude ».', top: 'Un conseiller', confident: true },
  { title: '"Selon un sondage X", and a name after a preposition is a weak subject ("62 % des Y jugent")', text: 'Selon un sondage Ifop publié dimanche, 62 % des Français jugent la réforme « injuste ».', top: 'Ifop' },
  { title: 'a collective as an unnamed group ("La foule scandait"), and "a remercié"', text: 'La foule scandait « Liberté ! » devant le palais. Dans un message posté sur Facebook, le maire de la commune, Joël Guerriau, a remercié « tous les bénévoles ».', top: ['La foule', 'Joël Guerriau'] },
  { title: 'names: a coordinated lowercase complement and its acronym ("le Bureau d\'enquêtes et d\'analyses (BEA)")', text: '« Nous avons retrouvé l\'épave », a annoncé mercredi le Bureau d\'enquêtes et d\'analyses (BEA).', top: 'Bureau d\'enquêtes et d\'analyses', confident: true },
  { title: '"la juridiction" refers back to the court described before', text: 'Le tribunal administratif a donné raison aux riverains. Dans son jugement, la juridiction souligne que le projet « méconnaît les règles d\'urbanisme ».', top: 'Le tribunal administratif', confident: true },
  { title: 'a capitalised demonym after a lowercase article, written lowercase elsewhere ("l\'attaquant suédois X … a lancé le Suédois")', text: 'L\'attaquant suédois Zlatan Ibra a signé mercredi un contrat. Le joueur a été présenté à la presse.\n\n« Je suis venu pour gagner des titres », a lancé le Suédois.', top: 'Zlatan Ibra', confident: true },
  { title: '"a fait part de sa « consternation »"', text: 'L\'annonce a provoqué la stupeur. À Paris, l\'Élysée a fait part de sa « consternation ».', top: 'Élysée' },
  { title: 'a sentence with a speech verb and no quote before a quote: its subject, above the last speaker, confidently', text: 'Le ministre allemand, Wolfgang Ritter, s\'est dit « irrité ».\n\nGeorges Kallis a défendu sa décision mardi matin. « Le référendum renforcera le pays. »', top: ['Wolfgang Ritter', 'Georges Kallis'], at: 1, confident: true },
  { title: '"-t-on" with where the words come from ("explique-t-on dans l\'entourage du ministre", "indique-t-on à X")', text: '« Rien n\'est arrêté », explique-t-on dans l\'entourage du ministre. « La décision sera prise la semaine prochaine », indique-t-on à Matignon.', top: ['l\'entourage du ministre', 'Matignon'], confident: true },
  { title: 'an incise between commas after the verb ("a déclaré, lors d\'une conférence de presse à X, le ministre …, Y")', text: '« Nous suivons la situation heure par heure », a déclaré, lors d\'une conférence de presse à Paris, le ministre des Affaires étrangères, Alain Juppin.', top: 'Alain Juppin', confident: true },
  { title: 'a pronoun with nobody before: the person named in the next sentence, never confident', text: 'La chanteuse a annulé sa tournée. « Je dois prendre soin de moi », a-t-elle écrit sur Instagram. Céline Dionne souffre d\'une maladie rare.', top: 'Céline Dionne', confident: false },
  { title: 'an apposition after "et" gives its role ("et la rectrice, X, … a déclaré la rectrice")', text: 'Le directeur de l\'établissement, Marc Lefort, et la rectrice, Anne Bisagni, ont reçu les parents. « Nous avons entendu leurs inquiétudes », a déclaré la rectrice.', top: 'Anne Bisagni', confident: true },
];

for (const c of TOP_CASES) {
  test(c.title, () => {
    const r = speakers(c.text);
    const at = c.at ?? 0;
    if (typeof c.top === 'string') assert.equal(r[at]!.top, c.top);
    else assert.deepEqual(r.map((x) => x.top), c.top);
    if (c.confident !== undefined) assert.equal(r[at]!.confident, c.confident);
  });
}

test('a work named before its title is not speech ("l\'opéra-rock « … »", "son tube « … »")', () => {
  const r = speakers('« C\'était un frère », a confié le chanteur Michel Berger, qui avait travaillé avec lui sur l\'opéra-rock « Starmania ». Son tube « L\'Aziza » avait été récompensé.');
  assert.deepEqual(r.map((x) => x.notSpeech), [false, true, true]);
});

test('names: a headline rubric before the colon is no entity; a lone name with an age or a person\'s role in apposition is a person', () => {
  const a = analyzeSpeakers('Société : un homme retrouve sa fille\n\nAlain, 52 ans, n\'en revient pas. « Je pensais ne jamais la revoir », confie-t-il.');
  assert.ok(!a.entities.some((e) => e.name === 'Société'));
  assert.equal(a.entities.find((e) => e.name === 'Alain')?.kind, 'person');
  assert.equal(a.entities[a.quotes[0]!.candidates[0]!.entity]!.name, 'Alain');
});

test('a headline rubric before a colon is no speaker ("Cinéma : « … »")', () => {
  const r = speakers('Cinéma : « Les Intouchés » bat des records\n\nLe film a dépassé les 15 millions d\'entrées.');
  assert.equal(r[0]!.confident, false);
});

test('a naming participle is not speech, even with a speech-like verb nearby ("a user labelled “X”")', () => {
  const r = speakers('The attack was launched by a user labelled "Nightjar" on Monday.');
  assert.equal(r[0]!.confident, false);
});

test('not speech: a work, then what it is about, right before the quote ("un rapport … sur « … »")', () => {
  const r = speakers('Selon un rapport établi par l\'Office Vert sur « Les revenus des ménages », la crise a touché les plus pauvres.');
  assert.ok(r[0]!.notSpeech);
  assert.equal(r[0]!.confident, false);
});

test('not speech: a title of a work named as such is not attributed', () => {
  const r = speakers('The museum opened an exhibition titled "Faces of the City" on Monday.');
  assert.ok(r[0]!.notSpeech);
  assert.equal(r[0]!.confident, false);
});

test('unnamed source described after the verb becomes a source', () => {
  const a = analyzeSpeakers('« Rien ne change », a affirmé une source proche du dossier.');
  const top = a.quotes[0]!.candidates[0]!;
  assert.equal(a.entities[top.entity]!.kind, 'source');
});

test('an unnamed "message" is a weak speaker, never confident', () => {
  const r = speakers('When they reach the site, all they get is a message stating, "The page is gone."');
  assert.equal(r[0]!.confident, false);
});

test('terms stay terms even in a sentence with a cue', () => {
  const r = speakers('Selon l\'agence, la note passe de « A3 » à « Baa3 ». Le général Ravel proclamait la victoire du « oui ». "We are done," Orbitex says on "The Final Browser Countdown".');
  assert.ok(r[0]!.notSpeech && r[1]!.notSpeech && r[2]!.notSpeech);
  assert.ok([0, 1, 2, 4].every((i) => !r[i]!.confident));
  assert.equal(r[3]!.notSpeech, false);
  assert.ok(r[4]!.notSpeech);
});

test('a name after "named" is not speech even after "according to"', () => {
  const r = speakers('According to the coach, Ferdinand Ostrow, the robot, named "Better Idea of Small Girls," scored two points.');
  assert.ok(r[0]!.notSpeech);
});

test('names: "of" does not join a person to the outlet after her', () => {
  const a = analyzeSpeakers('Writing in a blog post, Hector Vale of The Daily Lantern dubbed it a war. He characterized the conflict as "a small skirmish".');
  assert.ok(a.entities.some((e) => e.name === 'Hector Vale'));
  assert.equal(a.entities[a.quotes[0]!.candidates[0]!.entity]!.name, 'Hector Vale');
});

test('names: an acronym ending a sentence does not swallow the next word', () => {
  const a = analyzeSpeakers('Il est mort d\'un AVC. Commentateur célèbre, Octave Ferrand avait dit : « Adieu ».');
  assert.ok(!a.entities.some((e) => e.name.includes('AVC.')));
});

test('names: a particle after an honorific\'s dot starts the surname ("M. Le Goff"); after an initial, a sentence', () => {
  const a = analyzeSpeakers('Le député Yann-Erwan Le Kerrec est venu. « Nous avons convenu », a déclaré M. Le Kerrec. Puis Mme De Wael a parlé.');
  const person = a.entities.find((e) => e.name === 'Yann-Erwan Le Kerrec');
  assert.deepEqual(person?.aliases, ['M. Le Kerrec']);
  assert.ok(a.entities.some((e) => e.name === 'Mme De Wael'), a.entities.map((e) => e.name).join(', '));
  assert.equal(a.entities[a.quotes[0]!.candidates[0]!.entity], person);
  const b = analyzeSpeakers('Le témoin est Sophie M. La police a ouvert une enquête.');
  assert.ok(!b.entities.some((e) => /M\. La/u.test(e.name)), b.entities.map((e) => e.name).join(', '));
});

test('names: "la Coupe du Monde" is not cut into "du Monde"', () => {
  const a = analyzeSpeakers('Il commenta la finale de la Coupe du Monde en 1998.');
  assert.ok(!a.entities.some((e) => e.name === 'du Monde'));
});

test('not speech: words talked about ("means", "so-called", "la loi dite")', () => {
  const r = speakers('In sailing slang, "ping out" means leaving the race, Ronan Pike said. His so-called "reforms" never passed. Le ministre a défendu la loi dite « sécurité globale ».');
  assert.ok(r.every((x) => x.notSpeech && !x.confident));
});

test('a multi-paragraph quote is one quote, reported from its first mark to its closing mark, as the language reads it', () => {
  const text = '« Cela prendra du temps.\n\n« Mais nous y arriverons », a dit Prosper Gorce.';
  assert.deepEqual(findQuotes(text), [{ open: 0, end: text.indexOf(', a dit') }]);
  const [quote] = analyzeSpeakers(text).quotes;
  assert.equal(quote?.candidates[0] !== undefined, true);
});

test('a French quote ending "… impôts. »" ends its sentence when a capital follows', () => {
  const text = 'Il a été clair : « Pas de hausse d\'impôts. » Le lendemain, tout change.';
  const starts = sentenceStarts(text, findQuotes(text));
  assert.ok(starts.includes(text.indexOf('Le lendemain')));
});

test('a full stop that ends a quote ends its sentence; "!" and "?" do not ("…!" Smith said)', () => {
  const text = 'They were granted "parole." The end came. "Stop!" Smith said.';
  const starts = sentenceStarts(text, findQuotes(text));
  assert.ok(starts.includes(text.indexOf('The end')));
  assert.ok(!starts.includes(text.indexOf('Smith')));
});

test('names: a name in apposition to an organisation noun is an organisation', () => {
  const a = analyzeSpeakers('The utility company, Kelvar Power, said its crews were "working around the clock."');
  assert.equal(a.entities.find((e) => e.name === 'Kelvar Power')?.kind, 'org');
});
