// The gender a title, a role word or a French determiner says of a name's holder.
import { lower } from './words';

const FEMALE_TITLES = new Set([
  'mme', 'mlle', 'mrs', 'ms', 'miss', 'madame', 'lady', 'dame', 'présidente', 'directrice', 'spokeswoman', 'reine', 'queen', 'princess',
  'princesse', 'ambassadrice', 'chancelière', 'sénatrice', 'députée', 'fondatrice', 'navigatrice', 'sœur', 'soeur', 'avocate', 'chercheuse',
  'dirigeante', 'patronne', 'actrice', 'chanteuse', 'joueuse', 'candidate', 'élue', 'experte', 'autrice', 'habitante', 'épouse', 'mère',
  'fille', 'infirmière', 'militante', 'réalisatrice', 'chairwoman', 'actress', 'businesswoman', 'congresswoman', 'wife', 'mother',
  'daughter', 'sister', 'widow', 'veuve', 'grand-mère', 'grandmother', 'girl', 'woman', 'femme', 'policière', 'directora', 'conseillère',
  'cheffe', 'préfète', 'procureure', 'enquêtrice', 'inspectrice', 'adjointe', 'vice-présidente', 'enseignante', 'étudiante', 'chirurgienne',
  'agricultrice', 'éleveuse', 'ouvrière', 'salariée', 'employée', 'commerçante', 'gérante', 'opposante', 'rivale', 'déléguée',
  'représentante', 'manifestante', 'survivante', 'rescapée', 'historienne', 'consultante', 'musicienne', 'comédienne', 'romancière',
  'créatrice', 'coureuse', 'nageuse', 'championne', 'négociatrice', 'médiatrice', 'envoyée', 'eurodéputée', 'retraitée', 'voisine',
  'spectatrice', 'réfugiée', 'migrante', 'détenue', 'plaignante', 'policewoman', 'councilwoman', 'headmistress', 'nun', 'lycéenne',
  'institutrice', 'entrepreneuse', 'gardienne', 'attaquante', 'correspondante', 'chancelière', 'princesse', 'trésorière', 'substitute',
]);
const MALE_TITLES = new Set([
  'm', 'mr', 'monsieur', 'sir', 'lord', 'spokesman', 'roi', 'king', 'prince', 'père', 'father', 'directeur', 'sénateur', 'ambassadeur',
  'fondateur', 'navigateur', 'chercheur', 'acteur', 'chanteur', 'joueur', 'réalisateur', 'chairman', 'businessman', 'congressman',
  'husband', 'brother', 'frère', 'mari', 'époux', 'fils', 'widower', 'veuf', 'grand-père', 'grandfather', 'boy', 'man', 'homme', 'conseiller',
  'policeman', 'councilman', 'headmaster', 'monk', 'son', 'préfet', 'procureur', 'enquêteur', 'inspecteur', 'étudiant', 'enseignant',
  'policier', 'chancelier', 'trésorier', 'substitut', 'prêtre', 'curé', 'évêque', 'archevêque', 'rabbin', 'imam', 'abbé', 'sheikh', 'cheikh', 'emir', 'émir', 'sultan',
]);
/** French determiners that say the gender of an epicene role noun ("la ministre", "le porte-parole"). */
const FEMININE_DETERMINERS = new Set(['la', 'une', 'cette']);
const MASCULINE_DETERMINERS = new Set(['le', 'un', 'ce', 'cet']);

/** The gender a title or role word says ("Mme", "spokesman"), if any. */
export function titleGender(word: string): 'f' | 'm' | undefined {
  return FEMALE_TITLES.has(word) ? 'f' : MALE_TITLES.has(word) ? 'm' : undefined;
}

/**
 * The gender a role noun and its French determiner say together: a feminine determiner before a masculine form is a
 * woman ("la substitut", "la procureur", as regional copy long wrote), else the noun's own gender, else the determiner's
 * for an epicene noun ("la ministre"). A masculine determiner before a woman's title says nothing against it ("le maire,
 * Mme X" is a woman).
 */
export function roleGender(noun: string, determiner: string | undefined): 'f' | 'm' | undefined {
  const byDeterminer = determinerGender(determiner);
  return byDeterminer === 'f' ? 'f' : titleGender(noun) ?? byDeterminer;
}

export function determinerGender(word: string | undefined): 'f' | 'm' | undefined {
  const w = word ? lower(word) : '';
  return FEMININE_DETERMINERS.has(w) ? 'f' : MASCULINE_DETERMINERS.has(w) ? 'm' : undefined;
}

/** A French possessive's gender before `noun`: "sa" is feminine; "son" masculine before a consonant ("son président"), either before a vowel ("son adjointe"). */
export function possessiveGender(word: string | undefined, noun: string): 'f' | 'm' | undefined {
  const w = word ? lower(word) : '';
  if (w === 'sa') return 'f';
  return w === 'son' && /^[^aeiouyàâäéèêëîïôöûüœh]/iu.test(noun) ? 'm' : undefined;
}
