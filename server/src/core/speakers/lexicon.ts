// Word lists the speaker engine reads: speech verbs (French and English, all
// the inflections news copy uses), titles, role and organisation nouns and the
// capitalised function words that are not names. Generic vocabulary only: no
// proper name from any article belongs here.

/** French first-group speech verbs, by stem (déclar-er → déclar). */
const FR_ER_STEMS = [
  'déclar', 'affirm', 'ajout', 'précis', 'expliqu', 'estim', 'soulign', 'indiqu', 'assur', 'annonc', 'confi', 'lanc',
  'insist', 'relev', 'salu', 'rappel', 'rappell', 'not', 'observ', 'comment', 'avou', 'dénonc', 'regrett', 'déplor', 'jug',
  'considér', 'considèr', 'menac', 'réag', 'tweet', 'twitt', 'racont', 'témoign', 'confirm', 'martel', 'plaid', 'exclam',
  'interrog', 'demand', 'exhort', 'répét', 'résum', 'détaill', 'signal', 'mentionn', 'évoqu', 'qualifi', 'ironis', 'lâch',
  'gliss', 'rétorqu', 'répliqu', 'protest', 'critiqu', 'accus', 'félicit', 'espér', 'souhait', 'pens', 'fustig', 'prévoi',
  'argu', 'avanc', 'tranch', 'prévien', 'concéd', 'concèd', 'reconn', 'résum', 'clam', 'proclam', 'annonç', 'lanç', 'jug',
  'analys', 'décri', 'poursuiv', 'souffl', 'murmur', 'cri', 'sembl', 'constat', 'conclu', 'prôn', 'invoqu', 'nuanc', 'parl',
  'soupir', 'réjou', 'indign', 'inquiét', 'inquièt', 'étonn', 'agac', 'alarm', 'plaisant', 'tempêt', 'certifi',
  'rassur', 'réclam', 'exig', 'martèl', 'enchaîn', 'enchain', 'renchér', 'embray', 'reprend', 'fulmin',
  'interpell', 'exprim', 'confess', 'postul', 'object', 'opin', 'rectifi', 'corrig', 'suggér', 'suggèr', 'prédi',
  'défend', 'contest', 'réfut', 'répét', 'répèt', 'insinu', 'raill', 'moqu', 'cingl', 'grinc',
  'rapport', 'condamn', 'alert', 'jur', 'assén', 'complét', 'complèt', 'formul', 'ni', 'énumér', 'tonn', 'pest',
  'scand', 'conseill', 'remerci', 'rejet', 'rejett', 'balay', 'récus', 'tanc', 'brocard', 'étrill', 'épingl', 's\'insurg', 'insurg', 'emport', 'épanch', 'justifi', 'vant', 'loué', 'lou', 'égratign', 'tacl', 'recommand', 'implor',
  'suppli', 'prédis', 'pronostiqu', 'préconis', 'théoris', 'philosoph', 'bott', 'esquiv', 'résist', 'tempér', 'modér', 'relativis',
  // Pass 7: verbs of manner the regional and sports press uses as speech cues ("« … », rigole le buteur", "s'esclaffe-t-elle",
  // "savoure l'entraîneur", "abonde son adjoint"). Verbs that mostly take a thing ("approuver un texte", "terminer la
  // course", "développer un projet") are left out.
  'rigol', 'esclaff', 'abond', 'acquiesc', 'ripost', 'persist', 'chuchot', 'hurl', 'écri', 'attest', 'relat',
  'argument', 'savour', 'exult', 'jubil', 'enthousiasm', 'émerveill', 'désol', 'lament', 'excus', 'grimac', 'impatient',
  'offusqu', 'grogn', 'maugré', 'bougonn', 'persifl', 'badin', 'blagu', 'taquin', 'remémor', 'étrangl', 'narr',
  // Verbs said again ("a réaffirmé", "réitère", "a redéclaré").
  'réaffirm', 'réitér', 'réitèr', 'redéclar', 'réexpliqu',
  // Pass 11: "a révélé son avocate à l'AFP" (real wire copy: who made the news known).
  'révél', 'révèl',
  // Pass 20: how real copy spells "tweeter" too ("a tweetté une journaliste locale").
  'tweett',
  // Pass 24: the spelling before "a" and "o" of "juger" and "dénoncer" ("…, jugeant les propositions « … »", "dénonçant").
  'juge', 'dénonç',
];
// The infinitive ("er") for a verb after another ("a tenu à préciser", "a voulu rassurer", "pour dénoncer"): its subject is the clause's.
const FR_ER_ENDINGS = ['e', 'es', 'ent', 'é', 'ée', 'és', 'ées', 'ait', 'aient', 'a', 'ant', 'era', 'erait', 'eront', 'ions', 'ons', 'ez', 'èrent', 'ât', 'er'];
/** Irregular French speech verbs, every form news copy uses. */
const FR_IRREGULAR = [
  // Pass 7: "« … », rit-elle", "garantit le maire".
  'rit', 'riait', 'garantit', 'garanti', 'garantissent', 'émeut',
  'dit', 'dis', 'disent', 'disait', 'disaient', 'dira', 'dirait', 'disant', 'dite', 'dites', 'dits',
  'écrit', 'écrivent', 'écrivait', 'écrivaient', 'écrivant',
  'reconnu', 'reconnue', 'reconnaît', 'reconnait', 'reconnaissent', 'reconnaissait', 'reconnaissant',
  'admis', 'admet', 'admettent', 'admettait', 'admettant', 'promis', 'promet', 'promettent', 'promettant',
  'poursuivi', 'poursuit', 'poursuivent', 'poursuivait', 'poursuivant',
  'conclu', 'conclut', 'concluent', 'concluait', 'concluant',
  'répondu', 'répond', 'répondent', 'répondait', 'répondant',
  'soutenu', 'soutient', 'soutiennent', 'soutenait', 'soutenant',
  'prévenu', 'prévient', 'préviennent', 'prévenait', 'prévenant',
  'averti', 'avertit', 'avertissent', 'avertissait', 'avertissant',
  'convenu', 'convient', 'conviennent', 'convenait', 'convenaient',
  'craint', 'craignent', 'craignait', 'cru', 'croit', 'croient', 'croyait',
  'interrompu', 'sourit', 'souri', 'maintenu', 'maintient', 'maintiennent',
  'décrit', 'décrivent', 'décrivait', 'décrivant', 'souvient', 'souvenait', 'souvenu', 'souvenue', 'souvenant',
  'réjoui', 'réjouie', 'réjouit', 'réjouissent', 'réjouissait', 'réjouissant', 'réagi', 'réagit', 'réagissent', 'réagissait', 'réagissant',
  'prédit', 'prédisent', 'prédisait', 'prédisant', 'contredit', 'redit', 'démenti', 'dément', 'démentent', 'démentait', 'démentant',
  'reprend', 'reprennent', 'reprenait', 'reprenant', 'renchérit', 'renchéri', 'renchérissent', 'renchérissait',
  'rétorque', 'admise', 'écrite', 'écrits', 'écrites', 'lisait', 'estimé', 'prévenue',
  'concède', 'suggère', 'répète', 'considère', 'espère', 'soutenue', 'promise', 'reconnaîtra',
  'répondra', 'dirait', 'ajoutera', 'souligne', 'confie', 'affirme',
  // Verbs in -re whose stem is no -er stem: "défend", "prétend", "se plaint".
  'défend', 'défendent', 'défendait', 'défendaient', 'défendu', 'défendue', 'défendant', 'défendre',
  'prétend', 'prétendent', 'prétendait', 'prétendaient', 'prétendu', 'prétendant', 'prétendre',
  'plaint', 'plaignent', 'plaignait', 'plaignaient', 'plaindre',
  // A newspaper's headline ("titrait « … »"); not "titre", a noun ("à titre personnel").
  'titrait', 'titraient', 'titrent', 'titrant',
  // Infinitives of the irregular verbs ("a tenu à dire", "a refusé de répondre").
  'dire', 'écrire', 'répondre', 'reconnaître', 'reconnaitre', 'admettre', 'promettre', 'poursuivre', 'conclure', 'soutenir',
  'prévenir', 'avertir', 'réagir', 'démentir', 'décrire', 'prédire', 'redire', 'maintenir', 'convenir', 'renchérir',
];

// Bare forms that are mostly nouns in news copy ("praise", "call", "report", "state") are left out.
const EN_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'stated', 'stating', 'explain', 'explains', 'explained', 'explaining', 'note', 'notes', 'noted', 'noting',
  'claim', 'claims', 'claimed', 'claiming', 'argue', 'argues', 'argued', 'arguing', 'announce', 'announces', 'announced',
  'comments', 'commented', 'commenting', 'remark', 'remarked', 'reply', 'replies', 'replied',
  'respond', 'responds', 'responded', 'insist', 'insists', 'insisted', 'warn', 'warns', 'warned',   'write', 'writes', 'wrote', 'written', 'writing', 'tweeted', 'tweeting', 'ask', 'asks', 'asked',
  'answered', 'declare', 'declares', 'declared', 'describe', 'describes', 'described', 'describing',
  'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied', 'admit', 'admits', 'admitted', 'acknowledge',
  'acknowledged', 'suggest', 'suggests', 'suggested', 'urge', 'urges', 'urged', 'reveal', 'revealed', 'continue',
  'continued', 'continues', 'conclude', 'concluded', 'concludes', 'recall', 'recalled', 'recalls', 'complain',
  'complained', 'praised', 'criticize', 'criticized', 'criticised', 'exclaim', 'exclaimed', 'maintain',
  'maintained', 'assert', 'asserts', 'asserted', 'asserting', 'characterize', 'characterized', 'characterised',
  'dub', 'dubbed', 'quoted', 'quotes', 'quoting', 'reiterate', 'reiterated', 'promised', 'predict',
  'predicted', 'boast', 'boasted', 'joked', 'concede', 'conceded', 'agree', 'agreed', 'believe', 'believes',
  'believed', 'think', 'thinks', 'thought', 'reported', 'pointed', 'called', 'calls',
  'posted', 'recounted', 'recounts', 'recalling', 'insisting', 'warns', 'vowed', 'vows', 'pledged', 'pledges',
  'demanded', 'demands', 'stressed', 'stresses', 'stressing', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'underlined', 'observed', 'observes', 'mused', 'quipped', 'shouted', 'yelled', 'cried', 'whispered', 'sighed', 'lamented',
  'laments', 'conceded', 'concedes', 'acknowledges', 'acknowledging', 'countered', 'counters', 'retorted', 'objected',
  'protested', 'cautioned', 'cautions', 'announcing', 'announcing', 'estimates', 'predicts', 'testified',
  'alleged', 'alleges', 'contended', 'contends', 'disputed', 'echoed', 'added', 'told', 'texted', 'emailed',
  'messaged', 'blogged', 'wrote', 'replies', 'replying', 'answering', 'answers', 'responding', 'questioned', 'wondered',
  'wonders', 'conclude', 'concluding', 'elaborated', 'clarified', 'summarized', 'summarised', 'confided', 'confessed',
  'declaring', 'urging', 'welcomed', 'welcomes', 'hailed', 'hails', 'condemned', 'condemns', 'slammed', 'slams', 'blasted',
  'denounced', 'denounces', 'apologized', 'apologised', 'apologizes', 'apologises', 'thanked', 'explains',   'comments', 'declares', 'confirms', 'reveals', 'reveal', 'describing', 'calling', 'insists',
  // Pass 4: more reporting verbs of wire copy (accusing, assuring, highlighting). Naming verbs (labelled, termed) are left
  // out: their participle names things ("a user labelled “X”").
  'mentioned', 'mentions', 'estimated', 'opined', 'accused', 'accuses', 'accusing',
  'defended', 'defends', 'threatened', 'threatens', 'informed', 'advised', 'proclaimed', 'affirmed', 'affirms', 'reaffirmed',
  'assured', 'assures', 'highlighted', 'indicated', 'indicates', 'signalled', 'signaled', 'recommended', 'requested', 'pleaded',
  'appealed', 'expressed', 'expresses', 'contended', 'lamenting', 'noting', 'adding', 'warning', 'arguing', 'claiming',
  'explaining', 'telling', 'stating', 'says', 'summed', 'quipped', 'snapped', 'retorted', 'joked', 'jokes', 'boasts', 'griped',
  'grumbled', 'scoffed', 'fumed', 'raged', 'charged', 'remarks', 'observes', 'speculated', 'speculates', 'surmised', 'hinted',
  'chanted', 'chanting', 'responded', 'reacted', 'blamed', 'blames', 'blaming', 'asking',
  // Pass 7: verbs of manner wire and sports copy put after a quote ("“…,” he laughed", "she shrugged").
  'laughed', 'laughs', 'smiled', 'smiles', 'shrugged', 'gushed', 'marveled', 'marvelled', 'underscored', 'groaned', 'chuckled',
  'beamed', 'teased', 'bristled', 'seethed', 'reasoned', 'disagreed', 'grinned', 'deadpanned', 'conceding',
  // Pass 21: verbs of writing on walls ("vandals scrawled “…” on the door"): whoever wrote the words is their author.
  // Not "painted", "sprayed": they take paint and gas as often as words.
  'scrawled', 'scrawling', 'daubed', 'daubing', 'graffitied',
  // Pass 23: the participle of a verb whose other forms are here ("…, denouncing it as a “…”").
  'denouncing',
];

const frForms = [...FR_ER_STEMS.flatMap((stem) => FR_ER_ENDINGS.map((ending) => stem + ending)), ...FR_IRREGULAR];
const FR_SET = new Set(frForms.map((w) => w.toLowerCase()));
const EN_SET = new Set(EN_VERBS);

/** Whether `word` (lowercase) is a speech-verb form in either language. */
export function isSpeechVerb(word: string): boolean {
  const lower = word.toLowerCase();
  return FR_SET.has(lower) || EN_SET.has(lower);
}

/**
 * Words that are speech verbs only in a phrase: "a fait savoir que" (made known), "a appelé à" / "appelle à"
 * (called for; "appelé" alone names things), "y voit" (sees in it: an opinion), "the statement states".
 */
export function isSpeechPhrase(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const before = text.slice(Math.max(0, start - 12), start);
  // "a fait savoir que", "fait valoir que" (made known, argued).
  if (word === 'savoir' || word === 'valoir') return /\b(?:fait|faire|fera|fasse|font|faisait|faisaient)\s+$/iu.test(before);
  // "a appelé à", "a appelé ses compatriotes à": called for.
  if (/^(?:appel(?:é|ée|és|ées|le|lent|ait|aient|ant|er|lera))$/u.test(word)) return /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:à|au|aux)\s/u.test(text.slice(end, end + 50));
  if (/^(?:voit|voient|voyait|voyaient)$/u.test(word)) return /\by\s+$/iu.test(before);
  // "a fait part de sa « consternation »": made known.
  if (word === 'part') return /\b(?:fait|font|faisait|faisaient|fera|feront|faire)\s+$/iu.test(before) && /^\s*(?:de|du|des|d['’])/iu.test(text.slice(end, end + 5));
  // "the statement states", "the report states that", "he states": "state(s)" is a verb after a document or a pronoun
  // (mostly a noun elsewhere: "member states", "the state said").
  if (word === 'states' || word === 'state') return /\b(?:statement|report|release|letter|filing|complaint|memo|notice|post|ruling|judgment|judgement|he|she|it|they|we|i)\s+$/iu.test(text.slice(Math.max(0, start - 14), start));
  // "font état d'une « forte affluence »": report.
  if (word === 'état') return /\b(?:fait|font|faisait|faisaient|fera|feront|faire)\s+$/iu.test(before) && /^\s*(?:de|du|des|d['’])/iu.test(text.slice(end, end + 5));
  return false;
}

/** "according to", "selon", "d'après", "in the words of": the speaker follows. */
export const SOURCE_PREPOSITION = /(?:\bselon|\bd['’]après|\baccording\s+to|\bsuivant|\bin\s+the\s+words\s+of)\s+$/iu;

/** Titles before a person's name; the name after them is a person. */
export const PERSON_TITLES = new Set([
  'm', 'mme', 'mlle', 'mm', 'dr', 'pr', 'me', 'mgr', 'mr', 'mrs', 'ms', 'miss', 'sir', 'lady', 'lord', 'dame', 'prof',
  'monsieur', 'madame', 'docteur', 'professeur', 'maître', 'président', 'présidente', 'president', 'premier', 'première',
  'ministre', 'minister', 'secretary', 'senator', 'sénateur', 'sénatrice', 'député', 'députée', 'maire', 'mayor',
  'governor', 'gouverneur', 'général', 'general', 'colonel', 'captain', 'capitaine', 'pape', 'pope', 'king', 'queen',
  'roi', 'reine', 'prince', 'princess', 'princesse', 'ambassador', 'ambassadeur', 'ambassadrice', 'judge', 'juge',
  'coach', 'entraîneur', 'sergeant', 'officer', 'chancellor', 'chancelière', 'chancelier', 'rep', 'sen', 'gov', 'gen',
  'lt', 'col', 'capt', 'sgt', 'st', 'saint', 'father', 'père', 'sœur', 'soeur', 'rabbi', 'imam', 'cardinal', 'bishop',
  'évêque', 'archbishop', 'spokesman', 'spokeswoman', 'spokesperson', 'porte-parole', 'director', 'directeur', 'directrice',
  'chef', 'chief', 'ceo', 'founder', 'fondateur', 'fondatrice', 'skipper', 'navigateur', 'navigatrice', 'homologue',
  'préfet', 'préfète', 'procureur', 'procureure', 'commissaire', 'inspecteur', 'inspectrice', 'lieutenant', 'commandant', 'amiral',
  'sheriff', 'detective', 'inspector', 'constable', 'commissioner', 'superintendent', 'lieutenant', 'commander', 'admiral',
  'justice', 'prosecutor', 'representative', 'congressman', 'congresswoman', 'councillor', 'councilor', 'councilman', 'councilwoman',
  'premier', 'reverend', 'rev', 'pastor', 'sheikh', 'cheikh', 'emir', 'émir', 'sultan', 'ayatollah', 'abbé', 'rabbin',
  'vice-président', 'vice-présidente', 'vice-president', 'mp', 'eurodéputé', 'eurodéputée', 'conseiller', 'conseillère',
]);

/** Lowercase role nouns that stand for a speaker named earlier ("le ministre", "the spokeswoman"). */
export const ROLE_NOUNS = new Set([
  // Pass 10: the book trade, vets and lab scientists, as French Wikinews copy refers back to them.
  'libraire', 'éditeur', 'éditrice', 'écrivaine', 'praticien', 'praticienne', 'vétérinaire', 'biologiste', 'microbiologiste', 'biochimiste',
  'doctorant', 'doctorante', 'bookseller', 'editor', 'vet', 'veterinarian',
  // Pass 8: officers of clubs and associations, the prosecutor's deputies.
  'trésorier', 'trésorière', 'substitut', 'substitute', 'treasurer',
  // Pass 9: a person by age ("said the teenager", matched against "a 17-year-old").
  'teenager', 'teen',
  'ministre', 'président', 'présidente', 'porte-parole', 'directeur', 'directrice', 'chef', 'maire', 'député', 'députée',
  'sénateur', 'sénatrice', 'juge', 'avocat', 'avocate', 'universitaire', 'chercheur', 'chercheuse', 'professeur', 'expert',
  'experte', 'responsable', 'dirigeant', 'dirigeante', 'secrétaire', 'patron', 'patronne', 'entraîneur', 'sélectionneur',
  'agent', 'agente', 'randonneur', 'randonneuse', 'passager', 'passagère', 'passenger', 'hiker', 'climber', 'alpiniste',
  'navigateur', 'navigatrice', 'skipper', 'marin', 'pape', 'souverain', 'scientifique', 'astronaute', 'fondateur',
  'fondatrice', 'militant', 'militante', 'candidat', 'candidate', 'élu', 'élue', 'sociologue', 'économiste', 'auteur',
  'auteure', 'autrice', 'écrivain', 'réalisateur', 'réalisatrice', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'joueur',
  'joueuse', 'athlète', 'pilote', 'commandant', 'général', 'ambassadeur', 'ambassadrice', 'diplomate', 'homme', 'femme',
  'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chief', 'mayor', 'senator', 'judge',
  'lawyer', 'attorney', 'solicitor', 'barrister', 'professor', 'researcher', 'scientist', 'expert', 'official', 'leader', 'secretary', 'coach',
  'manager', 'player', 'founder', 'ceo', 'chairman', 'chairwoman', 'chair', 'governor', 'ambassador', 'author', 'writer',
  'poster', 'blogger', 'singer', 'actor', 'actress', 'artist', 'captain', 'man', 'woman', 'officer', 'activist', 'candidate',
  'analyst', 'teacher', 'doctor', 'pope', 'king', 'queen', 'prince', 'driver', 'pilot', 'astronaut', 'engineer',
  'complice', 'collègue', 'partenaire', 'associé', 'associée', 'ami', 'amie', 'épouse', 'mari', 'graphiste', 'designer',
  'colleague', 'partner', 'friend', 'wife', 'husband', 'witness', 'témoin', 'habitant', 'habitante', 'resident',
  // Pass 4: the roles news copy uses to refer back to a person, beyond politics (justice, police, work, family, sport, arts).
  'cheffe', 'préfet', 'préfète', 'procureur', 'procureure', 'magistrat', 'magistrate', 'commissaire', 'policier', 'policière', 'gendarme',
  'enquêteur', 'enquêtrice', 'inspecteur', 'inspectrice', 'officier', 'soldat', 'militaire', 'colonel', 'capitaine', 'lieutenant',
  'amiral', 'conseiller', 'conseillère', 'adjoint', 'adjointe', 'vice-président', 'vice-présidente', 'gardien', 'gardienne', 'portier',
  'attaquant', 'attaquante', 'défenseur', 'buteur', 'coach', 'technicien', 'enseignant', 'enseignante', 'professeure', 'instituteur',
  'institutrice', 'étudiant', 'étudiante', 'élève', 'lycéen', 'lycéenne', 'médecin', 'infirmier', 'infirmière', 'chirurgien',
  'chirurgienne', 'pompier', 'agriculteur', 'agricultrice', 'éleveur', 'éleveuse', 'ouvrier', 'ouvrière', 'salarié', 'salariée',
  'employé', 'employée', 'commerçant', 'commerçante', 'artisan', 'entrepreneur', 'entrepreneuse', 'pdg', 'gérant', 'gérante',
  'prélat', 'évêque', 'archevêque', 'prêtre', 'curé', 'imam', 'rabbin', 'pasteur', 'opposant', 'opposante', 'rival', 'rivale',
  'adversaire', 'syndicaliste', 'délégué', 'déléguée', 'représentant', 'représentante', 'manifestant', 'manifestante', 'victime',
  'survivant', 'survivante', 'rescapé', 'rescapée', 'père', 'mère', 'fils', 'fille', 'frère', 'sœur', 'veuve', 'journaliste',
  'reporter', 'correspondant', 'correspondante', 'photographe', 'historien', 'historienne', 'philosophe', 'politologue', 'juriste',
  'spécialiste', 'analyste', 'consultant', 'consultante', 'ingénieur', 'architecte', 'artiste', 'musicien', 'musicienne', 'comédien',
  'comédienne', 'cinéaste', 'romancier', 'romancière', 'poète', 'peintre', 'sculpteur', 'créateur', 'créatrice', 'cycliste',
  'coureur', 'coureuse', 'nageur', 'nageuse', 'champion', 'championne', 'vainqueur', 'chancelier', 'chancelière', 'gouverneur',
  'monarque', 'roi', 'reine', 'prince', 'princesse', 'négociateur', 'négociatrice', 'médiateur', 'médiatrice', 'émissaire', 'envoyé',
  'envoyée', 'consul', 'édile', 'parlementaire', 'eurodéputé', 'eurodéputée', 'retraité', 'retraitée', 'propriétaire', 'voisin',
  'voisine', 'spectateur', 'spectatrice', 'supporter', 'touriste', 'réfugié', 'réfugiée', 'migrant', 'migrante', 'détenu', 'détenue',
  'plaignant', 'plaignante', 'prévenu', 'prévenue', 'accusé', 'accusée', 'quadragénaire', 'quinquagénaire', 'sexagénaire', 'septuagénaire', 'octogénaire', 'trentenaire',
  'sheriff', 'prosecutor', 'detective', 'inspector', 'constable', 'commissioner', 'superintendent', 'policeman', 'policewoman',
  'trooper', 'soldier', 'sergeant', 'colonel', 'commander', 'admiral', 'lieutenant', 'veteran', 'executive', 'vice-president',
  'head', 'boss', 'owner', 'co-founder', 'economist', 'historian', 'lecturer', 'student', 'pupil', 'principal', 'headteacher',
  'headmaster', 'headmistress', 'nurse', 'surgeon', 'physician', 'paramedic', 'firefighter', 'farmer', 'worker', 'employee',
  'shopkeeper', 'neighbour', 'neighbor', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'widow', 'parent',
  'grandmother', 'grandfather', 'victim', 'survivor', 'protester', 'protestor', 'demonstrator', 'organiser', 'organizer',
  'campaigner', 'volunteer', 'representative', 'delegate', 'negotiator', 'mediator', 'envoy', 'diplomat', 'consul', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'councillor', 'councilor', 'councilman', 'councilwoman', 'mp', 'premier', 'chancellor',
  'monarch', 'princess', 'journalist', 'reporter', 'correspondent', 'editor', 'photographer', 'columnist', 'critic', 'curator',
  'musician', 'guitarist', 'drummer', 'composer', 'filmmaker', 'novelist', 'poet', 'painter', 'sculptor', 'architect', 'programmer',
  'developer', 'scholar', 'academic', 'biologist', 'physicist', 'chemist', 'astronomer', 'psychologist', 'sociologist', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'cyclist', 'runner', 'swimmer', 'boxer', 'champion', 'sailor', 'climber',
  'supporter', 'spectator', 'tourist', 'passenger', 'customer', 'commentator', 'pundit', 'observer', 'insider', 'administrator',
  'treasurer', 'magistrate', 'juror', 'defendant', 'plaintiff', 'prisoner', 'inmate', 'detainee', 'refugee', 'migrant', 'pensioner',
  'retiree', 'priest', 'bishop', 'archbishop', 'cardinal', 'imam', 'rabbi', 'pastor', 'monk', 'nun', 'businessman', 'businesswoman',
  'recteur', 'rectrice', 'doyen', 'doyenne', 'proviseur', 'proviseure', 'inspecteur', 'maîtresse', 'animateur', 'animatrice',
  'présentateur', 'présentatrice', 'chroniqueur', 'chroniqueuse', 'éditorialiste', 'rédacteur', 'rédactrice', 'directeur',
  'member', 'membre', 'aide', 'adviser', 'advisor', 'staffer', 'insider', 'source',
  // Pass 21: people known by what they did, who leave words on walls or chant them ("vandals scrawled “…”").
  'vandal', 'rioter', 'looter', 'hooligan',
  // Pass 5: sport.
  'basketteur', 'basketteuse', 'footballeur', 'footballeuse', 'handballeur', 'handballeuse', 'rugbyman', 'tennisman', 'golfeur',
  'golfeuse', 'skieur', 'skieuse', 'boxeur', 'boxeuse', 'judoka', 'sprinteur', 'sprinteuse', 'meneur', 'meneuse', 'patineur',
  'patineuse', 'sportif', 'sportive', 'capitaine', 'milieu', 'international', 'internationale', 'quarterback', 'batsman', 'bowler',
  // Pass 14: people local copy names as a group ("les bénévoles", "les riverains", "les soignants").
  'bénévole', 'riverain', 'riveraine', 'soignant', 'soignante', 'supportrice', 'adhérent', 'adhérente', 'coéquipier', 'coéquipière',
  'résident', 'résidente', 'travailleur', 'travailleuse', 'boulanger', 'boulangère', 'principale',
]);

/** Words with these endings name a trade or a field ("biologiste", "climatologue", "physicien", "géographe", "economist"). */
const ROLE_ENDING = /^[\p{Ll}-]{3,}(?:logue|iste|icien|icienne|graphe|ologist|ician|onomist)$/u;
const NOT_ROLES = new Set(['liste', 'piste', 'batiste', 'catalogue', 'dialogue', 'prologue', 'épilogue', 'monologue', 'décalogue', 'existe', 'insiste', 'persiste', 'résiste', 'assiste', 'consiste', 'subsiste', 'twiste']);

/** A role noun of the list, or a word whose ending names a trade (singular, lowercase). */
export function isRoleWord(word: string): boolean {
  // "coprésident", "co-founder", "vice-chancelier", "ex-ministre": the role after its prefix.
  const bare = word.replace(/^(?:co|vice|ex|sous|deputy|former)-?(?=\p{L}{4})/u, '');
  return ROLE_NOUNS.has(word) || ROLE_NOUNS.has(bare) || (ROLE_ENDING.test(word) && !NOT_ROLES.has(word));
}

/** Lowercase nouns naming an organisation that speaks ("le gouvernement", "the police", "le quotidien"). */
export const ORG_NOUNS = new Set([
  'gouvernement', 'ministère', 'autorités', 'fisc', 'douane', 'ong', 'ngo', 'police', 'gendarmerie', 'armée', 'parquet', 'préfecture', 'mairie', 'justice',
  'entreprise', 'société', 'groupe', 'compagnie', 'agence', 'organisation', 'association', 'syndicat', 'parti', 'quotidien',
  'journal', 'hebdomadaire', 'magazine', 'chaîne', 'fédération', 'commission', 'conseil', 'comité', 'tribunal', 'cour',
  'université', 'institut', 'fondation', 'club', 'équipe', 'constructeur', 'opérateur', 'régime', 'administration',
  'government', 'ministry', 'authorities', 'department', 'agency', 'company', 'firm', 'group', 'organisation', 'organization',
  'association', 'union', 'party', 'newspaper', 'paper', 'magazine', 'network', 'federation', 'commission', 'council',
  'committee', 'court', 'university', 'institute', 'foundation', 'club', 'team', 'administration', 'regime', 'military',
  'army', 'board', 'campaign', 'office', 'website', 'site', 'report', 'statement', 'communiqué', 'rapport', 'lettre',
  'institution', 'charity', 'bank', 'banque', 'airline', 'regulator', 'watchdog', 'broadcaster', 'publisher', 'retailer',
  'manufacturer', 'startup', 'laboratoire', 'studio', 'revue', 'cabinet', 'label', 'think-tank', 'ministries',
  'usine', 'factory', 'firme', 'holding', 'marque', 'brand', 'enseigne',
  // Pass 9: more sites of a business ("the X plant, which employed …").
  'plant', 'store', 'bakery', 'brewery', 'shipyard', 'warehouse',
  // Pass 9: bodies of inspection and control ("l'inspection générale de …").
  'inspection',
  // Pass 10: shops and venues named with a capitalised article ("la librairie La Page X"), which are no person.
  'librairie', 'bookshop', 'bookstore', 'boutique', 'galerie', 'gallery', 'théâtre', 'theatre', 'cinéma',
  // Pass 5: more nouns wire copy uses for a body that speaks ("l'organisme", "l'exécutif", "the carmaker").
  'organisme', 'instance', 'collectif', 'mouvement', 'établissement', 'exécutif', 'géant', 'opérateur', 'assureur', 'hôpital',
  'opposition', 'majorité', 'juridiction',
  'body', 'giant', 'carmaker', 'automaker', 'insurer', 'lender', 'operator', 'utility', 'hospital', 'outlet',
  // Pass 7: media by their kind ("la radio locale X", "the daily X", "le site d'information X").
  'radio', 'télévision', 'station', 'daily', 'tabloid', 'gazette',
  // The management of a company or a body speaks as one ("la direction de l'usine", "the management").
  'direction', 'management',
  // Pass 15: the bodies of local government and of schools, named by their common noun ("La commune a vendu le
  // terrain. Elle défend …", "le rectorat").
  'commune', 'municipalité', 'intercommunalité', 'rectorat',
  // Pass 23: English nouns for a group that speaks as one ("the yellow vest movement is calling for", "the coalition
  // warned"), as "mouvement" and "collectif" are in French.
  'movement', 'coalition', 'alliance', 'collective', 'lobby', 'caucus', 'league', 'consortium',
]);

/** Words inside a capitalised sequence that make it an organisation. */
export const ORG_HEADS = new Set([
  // Pass 8: words that make a name an outlet's even with no "quotidien" before it ("dans X Matin", "à X Hebdo").
  'hebdo', 'matin', 'soir', 'gazette', 'dépêche', 'infos', 'courrier',
  'ministère', 'ministry', 'commission', 'agency', 'agence', 'party', 'parti', 'union', 'association', 'watch', 'council',
  'conseil', 'organisation', 'organization', 'inc', 'ltd', 'corp', 'llc', 'group', 'groupe', 'police', 'université',
  'university', 'department', 'office', 'bureau', 'institute', 'institut', 'fondation', 'foundation', 'company',
  'corporation', 'nations', 'committee', 'comité', 'service', 'services', 'bank', 'banque', 'court', 'cour', 'tribunal',
  'assemblée', 'sénat', 'senate', 'congress', 'congrès', 'army', 'armée', 'federation', 'fédération', 'news', 'times',
  'post', 'journal', 'press', 'presse', 'herald', 'tribune', 'club', 'fc', 'team', 'équipe', 'church', 'église', 'school',
  'école', 'hospital', 'hôpital', 'centre', 'center', 'network', 'réseau', 'airlines', 'network', 'television', 'radio',
  'tv', 'society', 'société', 'compagnie', 'league', 'ligue', 'board', 'authority', 'autorité', 'forces', 'force',
  'network', 'gouvernement', 'government', 'administration', 'front', 'mouvement', 'movement', 'alliance', 'coalition',
  'observatoire', 'observatory', 'agence', 'amnesty', 'international', 'unicef', 'fund', 'fonds', 'trust', 'partners',
  'systems', 'technologies', 'labs', 'laboratoire', 'museum', 'musée', 'gallery', 'galerie', 'weekly', 'daily', 'magazine',
  // Pass 5: more words that make a name an organisation's.
  'commissariat', 'haut-commissariat', 'secrétariat', 'délégation', 'direction', 'inspection', 'préfecture', 'gendarmerie',
  'air', 'airways', 'motors', 'energy', 'power', 'media', 'pharma', 'capital', 'holdings', 'aviation', 'rail', 'railways',
  'telecom', 'insurance', 'énergie', 'transports', 'médias', 'éditions', 'assurances', 'institution', 'ministries',
  'united', 'rovers', 'athletic', 'wanderers', 'olympique', 'sporting', 'college', 'collège', 'academy', 'académie', 'chamber',
  'chambre', 'confederation', 'confédération', 'syndicat',
  // Pass 9: English newspapers' name words ("the X Ledger's editorial board").
  'ledger', 'chronicle', 'observer', 'examiner', 'inquirer', 'sentinel', 'dispatch', 'telegraph', 'courier', 'bulletin',
  // Pass 14: supporters' groups and public bodies named after what they run ("the friends of X", "X libraries").
  'friends', 'library', 'libraries', 'bibliothèque', 'médiathèque',
]);

/** Capitalised words that start sentences or sit in titles but are not names. */
export const NOT_NAME_WORDS = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car',
  'dans', 'pour', 'par', 'sur', 'sous', 'avec', 'sans', 'selon', 'après', 'avant', 'depuis', 'pendant', 'lors', 'entre',
  'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'j', 'tu', 'c', 'qu', 'que', 'qui',
  'quand', 'si', 'alors', 'ainsi', 'aussi', 'même', 'en', 'à', 'a', 'y', 'moins', 'plus', 'parmi', 'contrairement', 'il',
  'the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'by', 'as', 'after', 'before',
  'during', 'since', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'its', 'our', 'my', 'according', 'when', 'while', 'if', 'then', 'there', 'here', 'however', 'also', 'some', 'many',
  'most', 'all', 'one', 'two', 'three', 'image',
  // A preposition or conjunction opening a sentence is no part of the name after it ("chez X, …", "though X is …", capitalised).
  'chez', 'though', 'although', 'whereas', 'despite', 'unlike', 'pourtant',
  // Numbers open sentences too ("Five X sailors were rescued"), and are no part of a name.
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions',
  // Spans of time opening a sentence ("Days later, …", "Weeks after the vote, …") name nobody.
  'days', 'weeks', 'months', 'years', 'hours', 'minutes',
  'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf', 'dix', 'douze', 'vingt', 'cent', 'mille', 'photo', 'source', 'sources', 'wikinews', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'mme', 'm', 'mr', 'mrs', 'ms', 'dr', 'what', 'who', 'how', 'why', 'where', 'no', 'not', 'yes', 'we', 'our', 'your',
  'ça', 'cela', 'ceci', 'tout', 'tous', 'toute', 'toutes', 'chaque', 'aucun', 'aucune', 'plusieurs', 'certains', 'selon',
  'pourtant', 'cependant', 'toutefois', 'enfin', 'puis', 'ensuite', 'déjà', 'encore', 'toujours', 'désormais', 'hier',
  'aujourd', 'demain', 'other', 'both', 'each', 'another', 'such', 'only', 'now', 'today', 'yesterday', 'last', 'next',
  // Possessives open sentences too ("Sa rivale a dénoncé …"), and so do participles ("Asked about …", "Interrogé sur …").
  'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes',
  'asked', 'speaking', 'writing', 'interviewed', 'questioned', 'quoted', 'interrogé', 'interrogée', 'interrogés', 'invité', 'invitée',
  'questionné', 'questionnée', 'contacté', 'contactée', 'joint', 'jointe', 'cité', 'citée', 'selon',
  // Conjunctions that open incises ("Comme le rappelle X, …").
  'comme', 'lorsque', 'puisque', 'tandis',
  // Demonstrative pronouns open sentences too ("Celle-ci indique que …").
  'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci', 'celui-là', 'celle-là',
]);

/**
 * English adjectives of nationality (lowercase), capitalised in English copy but no names: "a Danish trade ministry
 * official", "the Swedish finance minister". French writes them in lowercase ("un diplomate suédois"), so the list is
 * English only. A closed list: endings alone ("-an", "-ish") would take surnames.
 */
export const ENGLISH_DEMONYMS = new Set([
  'afghan', 'african', 'albanian', 'algerian', 'american', 'angolan', 'arab', 'argentine', 'argentinian', 'armenian',
  'asian', 'australian', 'austrian', 'azerbaijani', 'bangladeshi', 'belarusian', 'belgian', 'bolivian', 'bosnian',
  'brazilian', 'british', 'bulgarian', 'cambodian', 'cameroonian', 'canadian', 'chilean', 'chinese', 'colombian',
  'congolese', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'dutch', 'ecuadorian', 'egyptian', 'english',
  'eritrean', 'estonian', 'ethiopian', 'european', 'filipino', 'finnish', 'french', 'georgian', 'german', 'ghanaian',
  'greek', 'guatemalan', 'haitian', 'honduran', 'hungarian', 'icelandic', 'indian', 'indonesian', 'iranian', 'iraqi',
  'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean',
  'kosovan', 'kurdish', 'kuwaiti', 'latvian', 'lebanese', 'libyan', 'lithuanian', 'malaysian', 'malian', 'maltese',
  'mexican', 'moldovan', 'mongolian', 'moroccan', 'nepalese', 'nigerian', 'nigerien', 'norwegian', 'pakistani',
  'palestinian', 'peruvian', 'polish', 'portuguese', 'qatari', 'romanian', 'russian', 'rwandan', 'saudi', 'scottish',
  'senegalese', 'serbian', 'slovak', 'slovenian', 'somali', 'spanish', 'sudanese', 'swedish', 'swiss', 'syrian',
  'taiwanese', 'tanzanian', 'thai', 'tunisian', 'turkish', 'ugandan', 'ukrainian', 'uzbek', 'venezuelan',
  'vietnamese', 'welsh', 'yemeni', 'zambian', 'zimbabwean',
]);
