import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseFigureValue, walk, type BracketNode } from '../../server/src/core';
import { analyze, codes, only } from './helpers';

/** Analyses `body` as an article in French or in English (numbers and falls are read per language). */
const fr = (body: string) => analyze(`---\nlang: fr\n---\n${body}\n`);
const en = (body: string) => analyze(`---\nlang: en\n---\n${body}\n`);

function brackets(text: string): BracketNode[] {
  const out: BracketNode[] = [];
  for (const block of parse(text).blocks) if (block.type !== 'definition') walk(block.inlines, (n) => n.type === 'bracket' && out.push(n));
  return out;
}

test('figure value grammar', () => {
  assert.deepEqual(parseFigureValue('#~2900'), { raw: '#~2900', value: 2900, approximate: true, percent: false });
  assert.deepEqual(parseFigureValue('#>80%'), { raw: '#>80%', value: 80, approximate: false, bound: 'more', percent: true });
  assert.equal(parseFigureValue('#~<-1_200.5')?.value, -1200.5);
  assert.equal(parseFigureValue('#~<-1_200.5')?.bound, 'less');
  assert.equal(parseFigureValue('#+3')?.value, 3);
  for (const bad of ['#12,5%', '#1__2', '#1.', '#.5', '#~', '#1%%', '#<>1', '#1_', '#1.2.3', '#2 900']) assert.equal(parseFigureValue(bad), undefined, bad);
});

test('figures: source, @-, pairs, unit; unsourced-figure; bad-figure-value', () => {
  const text = '@org s: S\n\n[2.900 Russes](#~2900 @s unit=people asof="2015-12") [80%](#80% @-) [26 avions](#26) [12,5 %](#12,5% @s)\n';
  const a = analyze(text);
  const [f1, f2, f3] = a.model.figures;
  assert.equal(f1!.value?.value, 2900);
  assert.equal(f1!.unit, 'people');
  assert.deepEqual(f1!.properties, { unit: 'people', asof: '2015-12' });
  assert.deepEqual(f1!.sources.map((e) => e.id), ['s']);
  assert.equal(f2!.noSourceOnPurpose, true);
  assert.equal(f3!.sources.length, 0);
  assert.deepEqual(codes(a).sort(), ['bad-figure-value', 'unsourced-figure']);
  const bad = only(a, 'bad-figure-value')[0]!;
  assert.equal(text.split('\n')[2]!.slice(bad.range.start.character, bad.range.end.character), '#12,5%');
});

test('figure-mismatch: a fall said in words reads the number either way; without one the sign must be written', () => {
  assert.deepEqual(codes(fr('[baisse de 3,5 %](#-3.5% @-)')), []);
  assert.deepEqual(codes(fr('[baisse de 3,5 %](#3.5% @-)')), []);
  assert.deepEqual(codes(fr('[le chômage a reculé de 0,3 point](#-0.3 @-)')), []);
  assert.deepEqual(codes(fr('[une perte de 2,9 millions](#-2_900_000 @-)')), []);
  assert.deepEqual(codes(fr('[3,5 % de moins](#-3.5% @-)')), []);
  assert.deepEqual(codes(en('[down 3.5%](#-3.5% @-)')), []);
  assert.deepEqual(codes(en('[a 2% drop](#-2% @-)')), []);
  assert.deepEqual(codes(en('[exports fell 1.2 billion](#-1_200_000_000 @-)')), []);
  // No word of a fall: a negative value needs the written sign; a rise never reads as negative.
  assert.deepEqual(codes(fr('[hausse de 3,5 %](#-3.5% @-)')), ['figure-mismatch']);
  assert.deepEqual(codes(en('[3.5% growth](#-3.5% @-)')), ['figure-mismatch']);
  // A word that only starts like one is not one ("cutlery", "downtown").
  assert.deepEqual(codes(en('[3 downtown stores](#-3 @-)')), ['figure-mismatch']);
  // The fall changes the sign, not the number.
  assert.deepEqual(codes(fr('[baisse de 3,5 %](#-4% @-)')), ['figure-mismatch']);
});

test('figure-mismatch: an en dash glued to a number reads as a minus or as a range dash, either way', () => {
  // Word processors and French copy often type the minus as an en dash.
  assert.deepEqual(codes(fr('[–3,5 %](#-3.5% @-)')), []);
  assert.deepEqual(codes(en('[rates at –0.5%](#-0.5% @-)')), []);
  // Between numbers, spaced or not, it is a range: each end reads unsigned.
  assert.deepEqual(codes(fr('[de 10 –15 %](#15% @-)')), []);
  assert.deepEqual(codes(fr('[10–15 %](#15% @-)')), []);
  // A hyphen-minus or a minus sign is still a sign: written, it must be in the value.
  assert.deepEqual(codes(fr('[−3,5 %](#3.5% @-)')), ['figure-mismatch']);
  assert.deepEqual(codes(fr('[–3,5 %](#-4% @-)')), ['figure-mismatch']);
});

test('figure-mismatch per language: 2.900 and 2 900 in fr, 3,000 in en', () => {
  assert.deepEqual(codes(fr('[près de 2.900 Russes](#~2900 @-)')), []);
  assert.deepEqual(codes(fr('[près de 2 900 Russes](#~2900 @-)')), []);
  assert.deepEqual(codes(fr('[2\u202f900 Russes](#2900 @-)')), []);
  assert.deepEqual(codes(fr('[12,5 %](#12.5% @-)')), []);
  assert.deepEqual(codes(fr('[340 salariés](#430 @-)')), ['figure-mismatch']);
  assert.deepEqual(codes(en('[3,000 troops](#3000 @-)')), []);
  assert.deepEqual(codes(en('[3.5 million](#3_500_000 @-)')), []);
  assert.deepEqual(codes(en('[3,000 troops](#3 @-)')), ['figure-mismatch']);
  // Without a number in the text, nothing to compare.
  assert.deepEqual(codes(en('[most troops](#80% @-)')), []);
});

test('scale words: milliard abbreviated Md, Mds, Mrd in French; trillion, tn and B in English', () => {
  for (const words of ['3 Md€', '3 Mds d’euros', '3 Mrd €', '3 milliards']) assert.deepEqual(codes(fr(`[${words}](#3_000_000_000 @-)`)), [], words);
  for (const words of ['$3 trillion', '$3tn', '$1.5B', '$1.5bn']) assert.deepEqual(codes(en(`[${words}](#${words.startsWith('$3') ? '3_000_000_000_000' : '1_500_000_000'} @-)`)), [], words);
  // The scale multiplies only the number it follows.
  assert.deepEqual(codes(fr('[3 Md€](#3_000_000 @-)')), ['figure-mismatch']);
  // The finding quotes the number with its scale word, as the text says it (it said "3" for "3 milliards").
  assert.equal(only(fr('[un solde de 3 milliards en défaveur](#-3_000_000_000 @-)'), 'figure-mismatch')[0]!.message, 'The text says "3 milliards" but the value is #-3_000_000_000 (numbers read as in "fr").');
  // A tab or a run of spaces before the scale word is quoted as one space (a line break already is).
  assert.equal(only(fr('[un solde de 3\tmilliards en défaveur](#-3_000_000_000 @-)'), 'figure-mismatch')[0]!.message, 'The text says "3 milliards" but the value is #-3_000_000_000 (numbers read as in "fr").');
  assert.deepEqual(only(en('[$1.5bn](#2_000_000_000 @-)'), 'figure-mismatch')[0]!.data?.['written'], ['1.5bn']);
});

test('a figure inside an attributed quote takes the speaker as its source', () => {
  const a = analyze('@person x: X\n\n"Nous avons [26 avions](#26) sur place"@x, dit-il. "Et [3 navires](#3)" sans auteur@-.\n');
  const [inQuote, outside] = a.model.figures;
  assert.equal(inQuote!.sourceQuote, 0);
  assert.deepEqual(inQuote!.sources.map((e) => e.id), ['x']);
  assert.equal(outside!.sourceQuote, undefined);
  assert.equal(only(a, 'unsourced-figure').length, 1);
});

test('[text](…) resolution: URL, relative path, fragment link vs figure #80 vs #intro, mention, quote', () => {
  const b = brackets('[site](https://example.org/a "T") [doc](docs/a.md) [haut](#intro) [haut](#intro-2 "Titre") [80](#80) [M.](@x) ["Oui"](@x) [mail](mailto:a@b.fr)');
  assert.deepEqual(b.map((n) => n.role), ['link', 'link', 'link', 'link', 'figure', 'mention', 'quote', 'link']);
  assert.equal(b[0]!.destination, 'https://example.org/a');
  assert.equal(b[0]!.title, 'T');
  assert.equal(b[2]!.destination, '#intro');
});

test('bad-attribute: unknown tokens, two @ tokens, empty list, bad id', () => {
  for (const [text, n] of [['[x](@a lieu:usine)', 1], ['[x](@a @b)', 1], ['[x](   )', 1], ['[x](@A)', 1], ['[x](key="a \\" b" @a)', 0]] as const) {
    const a = analyze(`@person a: A\n@person b: B\n\n${text} @a @b\n`);
    // Regressions: `[x](@A)` was reported twice; `[x]()` was an empty link, silently.
    assert.equal(only(a, 'bad-attribute').length, n, text);
  }
});

test('bad-attribute: an empty or kind-word ID says what is wrong with it', () => {
  const message = (text: string): string[] => only(analyze(`@person a: A\n\n${text}\n`), 'bad-attribute').map((d) => d.message);
  // They said `"" is not an entity ID`, and that `org` is not lowercase letters.
  for (const token of ['@', '@a+', '@+a', '@a++a']) assert.deepEqual(message(`[x](${token})`), [`\`${token}\` is missing an entity ID: write \`@id\`, or \`@a+b\` for several.`], token);
  assert.deepEqual(message('[x](@org)'), ['"org" is not a valid ID: use lowercase letters, digits and single hyphens, starting with a letter, and not a kind word.']);
  assert.deepEqual(message('[x](@a+Paul)'), ['"Paul" is not a valid ID: use lowercase letters, digits and single hyphens, starting with a letter.']);
});

test('images: caption and credit; image-without-credit; image-without-caption', () => {
  const a = analyze('![Le site](img/a.jpg "Photo AFP")\n\n![Sans crédit](img/b.jpg)\n\n![](img/c.jpg "AFP")\n');
  assert.equal(a.model.images.length, 3);
  assert.equal(a.model.images[0]!.title, 'Photo AFP');
  assert.equal(only(a, 'image-without-credit')[0]!.range.start.line, 2);
  assert.equal(only(a, 'image-without-caption')[0]!.range.start.line, 4);
  assert.equal(codes(a).length, 2);
});

test('links are collected; a [..] not followed by ( is plain text', () => {
  const a = analyze('[texte](https://a.example) et [crochets] simples et [x] (y).\n');
  assert.equal(a.model.links.length, 1);
  assert.deepEqual(codes(a), []);
});
