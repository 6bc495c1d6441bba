// names that are no person's, though written like a first and last name: a place, a vessel or craft, an event, a
// product. The words of the name, or the noun right before it, say so. Such a name is read as a thing ('other'):
// `import` does not define it as a person and the engine does not offer it as a speaker.
import { givenNameGender } from './givenNames';
import { lower, type Token } from './words';

/** Nouns before a name that make it a vessel's or a craft's ("le porte-avions X", "the aircraft carrier X", "la sonde X"). */
const CRAFT_NOUNS = new Set([
  'porte-avions', 'porte-avion', 'porte-hélicoptères', 'navire', 'frégate', 'corvette', 'sous-marin', 'paquebot', 'cargo',
  'pétrolier', 'chalutier', 'voilier', 'monocoque', 'trimaran', 'catamaran', 'bateau', 'vaisseau', 'navette', 'fusée', 'sonde',
  'lanceur', 'capsule', 'ship', 'vessel', 'carrier', 'frigate', 'destroyer', 'submarine', 'liner', 'tanker', 'freighter',
  'trawler', 'yacht', 'ferry', 'cruiser', 'warship', 'spacecraft', 'rocket', 'probe', 'orbiter', 'rover',
]);

/** First words of a place's name ("north X", "new X", "cape X", written capitalised) or an event's ("coupe de X"): no first name. */
const THING_FIRST = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'cape', 'mount', 'lake',
  'coupe', 'championnat', 'rue', 'boulevard', 'mont', 'cap', 'lac', 'grand', 'space',
  // A square, a street or a building ("place de X", "mosquée de Y", written capitalised): a place.
  'place', 'avenue', 'allée', 'quai', 'square', 'parc', 'gare', 'mosquée', 'église', 'cathédrale', 'basilique', 'synagogue',
  'temple', 'musée', 'stade', 'palais', 'château', 'pont', 'porte', 'cité',
  // Pass 23: an agreement, a plan, a fair or a meeting named on its common noun ("Pacte de X", "Traité de Y", "Plan
  // Z", "Salon du W"): a thing, though "Nom de Lieu" looks like a person's name with a particle. Not the nouns of
  // meetings that are also bodies that speak ("Conférence des évêques", "Convention citoyenne", "Forum").
  'pacte', 'traité', 'plan', 'salon', 'sommet', 'accord', 'accords', 'foire', 'charte', 'loi', 'exposition', 'grenelle',
  'tournoi', 'trophée', 'biennale', 'treaty', 'pact', 'summit',
]);

/** Last words of a place's, an event's or a work's name ("X city", "X county", "X cup", written capitalised): no surname. */
const THING_LAST = new Set([
  'city', 'island', 'islands', 'county', 'falls', 'heights', 'avenue', 'boulevard', 'airport', 'cup', 'championship',
  'championships', 'olympics', 'marathon', 'expo', 'series', 'awards', 'program', 'programme', 'study', 'results', 'shuttle',
  'image', 'globe', 'nord', 'sud', 'est', 'ouest', 'station', 'square', 'street', 'bridge', 'stadium', 'cathedral', 'mosque',
  // Pass 23: an agreement or a meeting named before its noun ("the X Treaty", "the Y Accord", "the Z Summit").
  'treaty', 'pact', 'accord', 'accords', 'agreement', 'summit', 'fair', 'act',
]);

/** Words anywhere in a name that make it an event's or a craft's (a war, a shuttle). */
const THING_ANYWHERE = new Set(['guerre', 'war', 'shuttle']);

/** Compass words that end a district's name in English ("X west", capitalised); also surnames, so not after a first name. */
const COMPASS = new Set(['north', 'south', 'east', 'west']);

/** A numeral in capitals ("II", "XIV") is a monarch's or a pope's, part of a person's name; other short capitals are not. */
const ROMAN = /^[IVXLC]+$/u;

/** Whether a name's own words (two at least) are a place's, an event's or a craft's (a square, a city, a war: see the lists above). */
export function thingWords(words: readonly Token[]): boolean {
  const folded = words.map((w) => lower(w.text));
  return words.length >= 2 && (THING_FIRST.has(folded[0]!) || THING_LAST.has(folded[folded.length - 1]!) || folded.some((w) => THING_ANYWHERE.has(w)));
}

/**
 * Whether the `words` (a name with no title and no organisation word) name a thing rather than a person:
 * a craft noun in the two words before them (`textBefore`, the text up to the name), a word of a place, an event or a
 * craft in the name, a digit ("X A330"), or short capitals after the first word that are no initial ("X XP", "X VR").
 */
export function namesThing(words: readonly Token[], textBefore: string): boolean {
  const folded = words.map((w) => lower(w.text));
  // The noun right before, or before one adjective ("son porte-avions nucléaire X").
  const near = /(?:^|[^\p{L}-])([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?\s+$/u.exec(textBefore);
  if (near && (CRAFT_NOUNS.has(near[1]!) || CRAFT_NOUNS.has(near[2] ?? ''))) return true;
  if (words.length < 2) return false;
  if (thingWords(words)) return true;
  if (COMPASS.has(folded[folded.length - 1]!) && givenNameGender(words[0]!.text) === undefined) return true;
  // Short capitals are a surname written in capitals when capitals follow them ("Prénom LE X", "Prénom DE X").
  return words.some((w, n) => /\d/u.test(w.text) || (n > 0 && /^\p{Lu}{2,3}$/u.test(w.text) && !ROMAN.test(w.text) && !/^\p{Lu}{2,}$/u.test(words[n + 1]?.text ?? '')));
}

/**
 * Acronyms of terms, not bodies: time zones, economic and medical terms, formats, honours ("à 10 h GMT", "le PIB",
 * "un AVC", "X QC"). A lone one is no organisation's name.
 */
export const TERM_ACRONYMS = new Set([
  'gmt', 'utc', 'cet', 'cest', 'bst', 'edt', 'pst', 'pdt', 'pib', 'gdp', 'tva', 'vat', 'isf', 'csg', 'smic', 'cdi', 'cdd',
  'rtt', 'pme', 'tpe', 'hlm', 'ipo', 'ceo', 'pdg', 'avc', 'ivg', 'ogm', 'gmo', 'adn', 'dna', 'arn', 'rna', 'vih', 'hiv',
  'sida', 'aids', 'irm', 'mri', 'pcr', 'dvd', 'usb', 'gps', 'sms', 'pdf', 'lts', 'vip', 'qc', 'kc', 'potus', 'obe', 'mbe',
  'cbe',
]);
