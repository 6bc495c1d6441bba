// The quick fix on copy already marked up (definitions, mentions, some quotes attributed) answers as the engine does
// on the same copy left plain: what the markup adds to the text (brackets, IDs, the front matter, the definitions)
// must not change how the prose reads. Invented sentences; `bench/speakers-marked-up.bench.ts` measures it on the
// tuned sets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speakerCandidates } from '../../server/src/core';
import { readingLang } from '../../server/src/core/speakers/candidates';
import { analyzeSpeakers } from '../../server/src/core/speakers/engine';
import { analyze } from '../core/helpers';

/** The quick fix's best speaker for the quote that starts with `words`. */
function best(article: string, words: string): string | undefined {
  const { model } = analyze(article);
  const index = model.quotes.findIndex((q) => q.text.trim().startsWith(words));
  assert.ok(index >= 0, `a quote starting with ${words}`);
  return speakerCandidates(model, index)[0]?.id;
}

/** The plain engine's best speaker for the quote that starts with `words`. */
function plainBest(text: string, words: string): string | undefined {
  const analysis = analyzeSpeakers(text);
  const quote = analysis.quotes.find((q) => text.slice(q.quote.open + 1).trimStart().startsWith(words));
  assert.ok(quote, `a quote starting with ${words}`);
  const top = quote.candidates[0];
  return top ? analysis.entities[top.entity]!.name : undefined;
}

test('a mention followed by a comma reads as the plain name did ("Pour X, sa présidente : « … »")', () => {
  const plain = 'La fédération des pêcheurs tiendra son congrès en mai. Pour Odile Varenne, sa présidente : « Le moment est venu de parler des rivières. »\n';
  assert.equal(plainBest(plain, 'Le moment'), 'Odile Varenne');
  const article = '@org federation: la fédération des pêcheurs\n@person varenne: Odile Varenne\n\n[La fédération des pêcheurs](@federation) tiendra son congrès en mai. Pour [Odile Varenne](@varenne), sa présidente : « Le moment est venu de parler des rivières. »\n';
  assert.equal(best(article, 'Le moment'), 'varenne');
});

test("a possessive after a mention reads as in plain copy (\"[X](@x)'s lawyer, Y, …\")", () => {
  const article = [
    '@person brandt: Oskar Brandt',
    '@person ellery: Nadia Ellery',
    '@person quist: Tom Quist',
    '',
    '"He stole from his neighbours," prosecutor [Tom Quist](@quist) wrote in a filing.',
    '',
    "[Brandt](@brandt)'s lawyer, [Nadia Ellery](@ellery), had asked for probation, citing his age. \"He has paid back every cent,\" she said after the hearing.",
    '',
  ].join('\n');
  assert.equal(best(article, 'He has paid'), 'ellery');
});

test('the definitions are not prose: a name defined there is not the last one named before the first quote', () => {
  // The first quote has no cue before it but the sentence after it, which names its speaker.
  const article = [
    '---',
    'lang: fr',
    '---',
    '@person orsini: Paul Orsini',
    '@person leclair: Jeanne Leclair',
    '',
    'Le marché couvert rouvre ses portes',
    '',
    '« Nous avons attendu deux ans. » Jeanne Leclair, qui tient l\'étal de fromages, ne cache pas son soulagement.',
    '',
    'Le maire, [Paul Orsini](@orsini), a coupé le ruban samedi.',
    '',
  ].join('\n');
  assert.equal(best(article, 'Nous avons attendu'), 'leclair');
});

test('a defined description before a marked name ("L\'association [X](@x)") is its title, as in plain copy', () => {
  const article = [
    '@org l-association: l\'association',
    '@org rive-verte: Rive Verte',
    '@org tribunal: le tribunal administratif',
    '',
    "Étang du Moulin : [l'association](@l-association) saisit la justice",
    '',
    "L'association [Rive Verte](@rive-verte) a déposé mardi un recours devant [le tribunal administratif](@tribunal) contre le lotissement. Elle estime que le chantier menace « l'un des derniers étangs du canton ».",
    '',
  ].join('\n');
  assert.equal(best(article, "l'un des derniers"), 'rive-verte');
});

test('a defined name right before another entity\'s marked mention is its title ("State Senator [X](@x)")', () => {
  const article = [
    '---',
    'lang: en',
    '---',
    '@person okafor: Ben Okafor',
    '@person vale: Ruth Vale',
    '@person senator: State Senator',
    '',
    '"We chose the sites on merit," said agency head [Ben Okafor](@okafor).',
    '',
    'Not everyone agreed. State Senator [Ruth Vale](@vale), a Democrat from the valley, issued a statement on the decision. "This is a betrayal of the workers who built this program."',
    '',
    '[Ruth Vale](@vale), [State Senator](@senator)',
    '',
  ].join('\n');
  assert.equal(best(article, 'This is a betrayal'), 'vale');
});

test('the language the quick fix reads is the prose\'s, not the definitions\' (French roles over an English story)', () => {
  const definitions = [
    '@person harlow: Dana Harlow',
    '  role: la présidente de la commission des transports et de la mobilité durable de la région et du département',
    '@person pike: Owen Pike',
    '  role: le directeur des travaux publics de la ville et de la communauté de communes du pays de la vallée',
    '',
  ].join('\n');
  const prose = 'The council met on Tuesday. "Will the bridge reopen in May?" Dana Harlow asked. "Not before June," Pike said.\n';
  assert.equal(readingLang(analyze(definitions + prose).model), 'en');
  assert.equal(readingLang(analyze('---\nlang: fr\n---\n' + definitions + prose).model), 'fr', 'the front matter decides when it says');
  const french = 'Le conseil s\'est réuni mardi. « Le pont rouvrira-t-il en mai ? » a demandé Dana Harlow.\n';
  assert.equal(readingLang(analyze('@person harlow: Dana Harlow\n  role: the chair of the transport and roads committee of the county and of the region\n\n' + french).model), 'fr');
});

test('a speaker the article does not define is offered with a free ID and its definition, but not under the name of a place it defines', () => {
  const plain = 'La ville de Vernay a réagi mardi. « Nous ne céderons pas », a déclaré Vernay dans un communiqué.\n';
  const offered = (text: string): string[] => {
    const { model } = analyze(text);
    const index = model.quotes.findIndex((q) => q.text.includes('céderons'));
    return speakerCandidates(model, index, 'around', { undefinedSpeakers: true }).map((c) => `${c.id}: ${c.definition?.join(' / ') ?? '(defined)'}`);
  };
  assert.deepEqual(offered(plain), ['vernay: @org vernay: Vernay']);
  // Defined as a place, "Vernay" is not offered again as a new body "vernay-2" (the place's own ID is not a speaker's).
  assert.deepEqual(offered(`@place vernay: Vernay\n\n${plain.replace('de Vernay', 'de [Vernay](@vernay)')}`), []);
  // Defined under another kind's ID, a new speaker gets a free one.
  assert.deepEqual(offered(`@work vernay: Les Mémoires\n\n${plain}`), ['vernay-2: @org vernay-2: Vernay']);
});
