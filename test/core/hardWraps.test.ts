// Hard-wrapped plain copy: the wraps a tool made are joined, the writer's breaks kept.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { unwrapHardWraps } from '../../server/src/core/text/hardWraps';
import { wrapGreedily } from './wrapText';

const paragraphs = [
  'Saint-Aubin rouvre sa piscine',
  'Le maire de Saint-Aubin, Paul Girard, a annoncé lundi la réouverture de la piscine municipale, fermée depuis deux ans pour des travaux de mise aux normes qui ont coûté plus que prévu.',
  '"Nous avons tenu parole, et les enfants de la commune pourront de nouveau apprendre à nager ici dès le mois de juin", a déclaré M. Girard devant le conseil municipal.',
  "L'opposition dénonce un chantier mal géré. \"Le budget a doublé sans que personne ne s'en explique\", estime sa cheffe de file, Anne Moreau.",
  'La piscine ouvrira le 2 juin.',
];
const original = `${paragraphs.join('\n')}\n`;

test('a text with a paragraph per line is left as it is', () => {
  const result = unwrapHardWraps(original);
  assert.equal(result.joined, false);
  assert.equal(result.text, original);
  assert.equal(result.toInput(17), 17);
});

/** Checks that `got` is `paragraphs` with some consecutive ones joined by a space; returns how many joins. */
function joinsOf(got: readonly string[]): number {
  let k = 0;
  for (const paragraph of got) {
    let expected = paragraphs[k++]!;
    while (expected !== paragraph && k < paragraphs.length && paragraph.startsWith(expected)) expected += ` ${paragraphs[k++]!}`;
    assert.equal(paragraph, expected);
  }
  assert.equal(k, paragraphs.length);
  return paragraphs.length - got.length;
}

for (const width of [50, 60, 72, 80]) {
  test(`a text wrapped at ${width} columns gets its paragraphs back (two joined at most where a last line is full)`, () => {
    const wrapped = wrapGreedily(original, width);
    assert.ok(wrapped.split('\n').length > paragraphs.length + 3, 'the wrapped text has more lines than paragraphs');
    const result = unwrapHardWraps(wrapped);
    assert.equal(result.joined, true);
    const got = result.text.split('\n').filter((l) => l !== '');
    assert.equal(got[0], paragraphs[0], 'the title keeps its line');
    assert.ok(joinsOf(got) <= 1);
  });
}

test('offsets of the joined text map back to the same characters of the input', () => {
  const wrapped = wrapGreedily(original, 60).replace(/\n/gu, '  \r\n');
  const result = unwrapHardWraps(wrapped);
  assert.equal(result.joined, true);
  for (let offset = 0; offset < result.text.length; offset++) {
    const c = result.text[offset]!;
    const at = result.toInput(offset);
    if (c === ' ' && wrapped[at] !== ' ') assert.match(wrapped.slice(at, at + 4), /^\s+/u, `offset ${offset}: a joint maps to where its break began`);
    else assert.equal(wrapped[at], c, `offset ${offset}`);
  }
  assert.equal(result.toInput(result.text.length), wrapped.length);
});

test('blank-line paragraphs stay apart; a full last line joins its paragraph to the next (words stay whole)', () => {
  const withBlankLines = wrapGreedily(paragraphs.join('\n\n'), 72);
  assert.deepEqual(unwrapHardWraps(withBlankLines).text.split('\n').filter((l) => l !== ''), paragraphs);
  // The first paragraph's last line fills the width: the break after it looks like a wrap, and is joined.
  const full = ['Une ligne de titre', `${'mot '.repeat(30)}fin du premier paragraphe qui remplit.`, `${'autre '.repeat(25)}fin.`].join('\n');
  const wrapped = wrapGreedily(full, 40);
  assert.ok(wrapped.split('\n').length > 8);
  const got = unwrapHardWraps(wrapped).text.split('\n');
  assert.equal(got[0], 'Une ligne de titre');
  assert.equal(got.slice(1).join(' '), full.split('\n').slice(1).join(' '), 'the words come back whole and in order');
});

test('a hyphenated word cut at the hyphen is joined without a space; short texts and short lines are left alone', () => {
  const lines = [
    'Le ministre des Affaires étrangères et du Commerce extérieur Jean-',
    'Yves Marchal a rencontré lundi son homologue espagnol à Madrid pour',
    'parler des migrations et des échanges commerciaux entre les deux pays,',
    'qui ont fortement augmenté depuis le début de la décennie selon les',
    'chiffres publiés par les douanes et repris par la presse des deux pays',
    'la semaine dernière.',
  ];
  assert.match(unwrapHardWraps(lines.join('\n')).text, /Jean-Yves Marchal a rencontré lundi son homologue espagnol à Madrid pour parler/u);
  assert.equal(unwrapHardWraps('Un titre\nUne ligne.\nUne autre.\n').joined, false);
  const list = ['Les résultats :', '- Paris : 12', '- Lyon : 8', '- Marseille : 5', '- Lille : 3', '- Nantes : 2'].join('\n');
  assert.equal(unwrapHardWraps(list).joined, false);
});

const word = fc.oneof(
  fc.constantFrom('le', 'la', 'ministre', 'a', 'déclaré', 'Jean-Yves', 'Choïgou', '«', '»', '"Nous', 'avons', 'dit",', 'said.', 'Paris,', 'l’équipe', '2,5', '%', '—', 'https://example.org/a/very/long/path/that/does/not/fit'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/\s/u.test(w)),
);
const paragraphArb = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));

test('property: joining only ever removes whitespace, and every other character maps back to itself', () => {
  fc.assert(
    fc.property(
      fc.array(paragraphArb, { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 20, max: 110 }),
      fc.constantFrom('\n', '\r\n', ' \n', '\n\n'),
      (paras, width, newline) => {
        const input = wrapGreedily(paras.join('\n'), width).replace(/\n/gu, newline);
        const result = unwrapHardWraps(input);
        assert.equal(result.text.replace(/\s+/gu, ''), input.replace(/\s+/gu, ''));
        for (let offset = 0; offset < result.text.length; offset++) {
          if (!/\s/u.test(result.text[offset]!)) assert.equal(input[result.toInput(offset)], result.text[offset]);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('property: any text at all comes back whole, and as it is when nothing is joined', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
      const result = unwrapHardWraps(input);
      assert.equal(result.text.replace(/\s+/gu, ''), input.replace(/\s+/gu, ''));
      if (!result.joined) assert.equal(result.text, input);
    }),
    { numRuns: 500 },
  );
});

test('lines opening with a speaker label in capitals, a time code or a bullet stay lines', () => {
  const turns = [
    'REPORTER: Mayor Baker, what about the budget and the schools?',
    'TOM BAKER: We will balance it, as I said last year, and we did.',
    'REPORTER: And what do the critics say about the new plan now?',
    'ANN LEE (Councillor): They can say what they like. Not true.',
    '[12:31] Q: And the numbers, do they add up, in your view, now?',
    '00:12:40 A: They do, and the auditors will confirm it in June.',
    '• Budget balanced in two years, against three at the outset',
    '• Schools kept open, all of them, at least until next summer',
  ];
  const text = `${turns.join('\n')}\n`;
  assert.equal(unwrapHardWraps(text).text, text);
});


test('wire copy of 240,000 indented wrapped lines is joined, not a stack overflow (the least indent was found by spreading every line into Math.min)', () => {
  const paragraph = '   Le ministre a annoncé mardi un plan de relance pour les communes rurales du\ndépartement, qui attendaient depuis des mois une réponse de l\'État sur ce\ndossier.\n';
  const text = paragraph.repeat(80_000);
  const result = unwrapHardWraps(text);
  assert.equal(result.joined, true);
  assert.ok(result.text.startsWith('   Le ministre a annoncé mardi un plan de relance pour les communes rurales du département, qui'));
});
