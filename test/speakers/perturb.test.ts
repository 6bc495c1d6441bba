// The rewrites of bench/speakers/perturb.ts (bench/speakers/rewrites.ts), each on a short invented text: what it
// changes, and that the labelled quotes are found again by their words. And the sets it refuses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuotes } from '../../server/src/core/speakers/engine';
import { LOCAL } from '../../bench/speakers/goldSets';
import { matchQuotes, quoteKey, REFUSED_SETS, REWRITES, TUNED_SETS, tunedSet } from '../../bench/speakers/rewrites';

const FR = 'Un budget serré\n\n« Nous tiendrons », a déclaré Paul Mercier. Marie Dupont a expliqué : « On verra. » Il estime que « rien ne presse » ; elle a dit non. « Bien sûr », explique-t-elle.\n';
const EN = 'Council votes\n\n"We will win," Mary Long said. "It is late," said John Stone. Tom Reed said: "Go home." He added that it was late. She says: "No."\n';

const rewrite = (kind: string, text: string, lang: 'fr' | 'en'): string => REWRITES[kind]!(text, lang);
const keys = (text: string): string[] => findQuotes(text).map((q) => quoteKey(text.slice(q.open + 1, q.end - 1)));

test('perturb.ts refuses every held-out, unseen and never-tuned set by name, and takes the tuned ones', () => {
  for (const name of ['holdout', 'wikinews2-unseen', 'estrep', 'francophone-unseen', 'anglophone-unseen', 'press2-unseen', 'invented2', 'invented4', 'invented6', 'invented8', 'invented10', 'invented12', 'invented14', 'invented16']) {
    assert.ok(REFUSED_SETS.includes(name), name);
    assert.throws(() => tunedSet(name), /not tuned against/u, name);
  }
  assert.throws(() => tunedSet('invented99'), /unknown set/u);
  for (const name of TUNED_SETS) assert.equal(tunedSet(name), name);
  assert.deepEqual(TUNED_SETS.filter((name) => REFUSED_SETS.includes(name)), []);
  // Every real set's half that is not tuned against is refused by name, also one added later.
  for (const name of Object.keys(LOCAL).filter((split) => !TUNED_SETS.includes(split))) assert.ok(REFUSED_SETS.includes(name), name);
});

test('every rewrite keeps the quotes, found again by their words, in order', () => {
  for (const [kind, fn] of Object.entries(REWRITES)) {
    for (const [text, lang] of [[FR, 'fr'], [EN, 'en']] as const) {
      const before = keys(text);
      const after = keys(fn(text, lang));
      assert.deepEqual(matchQuotes(before, after), before.map((_, i) => i), `${kind} (${lang}): ${JSON.stringify(fn(text, lang))}`);
    }
  }
});

test('a quote is found by its words, whatever the marks, spaces, apostrophes, case and final comma', () => {
  assert.equal(quoteKey('\u00a0L’hiver sera\n  long, '), quoteKey("l'hiver sera long."));
  assert.deepEqual(matchQuotes(['a', 'b', 'a', 'c'], ['a', 'a', 'b', 'x c y']), [0, 2, 1, 3]);
  assert.deepEqual(matchQuotes(['z'], ['a']), [-1]);
});

test('quote marks: guillemets with no-break, narrow or no spaces (French only), curly, straight; apostrophes', () => {
  assert.match(rewrite('guillemets-nbsp', EN.replace(/"/gu, '"'), 'fr'), /«\u00a0We will win,\u00a0»/u);
  assert.match(rewrite('guillemets-narrow', FR, 'fr'), /«\u202fNous tiendrons\u202f»/u);
  assert.match(rewrite('guillemets-tight', FR, 'fr'), /«Nous tiendrons», a déclaré/u);
  assert.equal(rewrite('guillemets-tight', EN, 'en'), EN);
  assert.match(rewrite('curly', FR, 'fr'), /“Nous tiendrons”, a déclaré/u);
  assert.match(rewrite('straight', FR, 'fr'), /"On verra\." Il estime/u);
  assert.equal(rewrite('apostrophe-curly', "l'hiver", 'fr'), 'l’hiver');
  assert.equal(rewrite('apostrophe-straight', 'l’hiver', 'fr'), "l'hiver");
});

test('hard wraps: lines of at most 70 columns; paragraphs apart by a blank line, a line break, or a break and an indent', () => {
  const long = `${'mot '.repeat(60).trim()}\n\n${'word '.repeat(40).trim()}\n`;
  for (const kind of ['wrap', 'wrap-single', 'wrap-indent']) {
    const out = rewrite(kind, long, 'fr');
    assert.ok(out.split('\n').every((line) => line.length <= 70), kind);
    assert.equal(out.replace(/\s+/gu, ' ').trim(), long.replace(/\s+/gu, ' ').trim(), kind);
  }
  assert.match(rewrite('wrap', long, 'fr'), /\n\nword/u);
  assert.doesNotMatch(rewrite('wrap-single', long, 'fr'), /\n\n/u);
  assert.match(rewrite('wrap-indent', long, 'fr'), /\n {3}word/u);
  assert.equal(rewrite('single-breaks', 'A.\n\nB.\n', 'fr'), 'A.\nB.\n');
});

test('speech verbs: another of the same tense and construction, outside quotes only', () => {
  assert.match(rewrite('verbs', FR, 'fr'), /a affirmé Paul Mercier.*a souligné :.*Il juge que.*souligne-t-elle/su);
  assert.match(rewrite('verbs-colour', FR, 'fr'), /a martelé Paul Mercier.*Il considère que.*confie-t-elle/su);
  assert.match(rewrite('verbs', EN, 'en'), /Mary Long stated\. "It is late," stated John Stone.*He noted that/su);
  assert.match(rewrite('verbs-colour', EN, 'en'), /He pointed out that/u);
  // Not a noun, not a reflexive verb, not inside a quote.
  assert.equal(rewrite('verbs', "Il a gagné l'estime de tous. Il se déclare candidat. « Il a déclaré forfait », dit-il.", 'fr'), "Il a gagné l'estime de tous. Il se déclare candidat. « Il a déclaré forfait », dit-il.");
  assert.equal(rewrite('verbs', 'Il a déclaré forfait ; elle affirme-t-elle.', 'fr'), 'Il a affirmé forfait ; elle assure-t-elle.');
});

test('the speech clause moved before or after its quote, only in a sentence that is just that', () => {
  const front = rewrite('clause-front', FR, 'fr');
  assert.match(front, /Paul Mercier a déclaré : « Nous tiendrons »\./u);
  assert.match(front, /Elle explique : « Bien sûr »\./u);
  assert.match(rewrite('clause-back', FR, 'fr'), /« On verra », a expliqué Marie Dupont\./u);
  assert.match(rewrite('clause-front', EN, 'en'), /Mary Long said: "We will win\." John Stone said: "It is late\."/u);
  assert.match(rewrite('clause-back', EN, 'en'), /"Go home," Tom Reed said\. He added .* "No," she says\./u);
  // A described subject moves too; a title's initial is no name, and a time word is no part of the description.
  assert.equal(rewrite('clause-front', '« Oui », a déclaré le maire. « Non », estime la ministre de la Culture.', 'fr'), 'Le maire a déclaré : « Oui ». La ministre de la Culture estime : « Non ».');
  assert.equal(rewrite('clause-front', '"Fine," the union leader said.', 'en'), 'The union leader said: "Fine."');
  for (const same of ["« Oui », a déclaré M. Stravel lors d'une allocution.", '« Oui », a dit le maire lundi.']) assert.equal(rewrite('clause-front', same, 'fr'), same);
  // A sentence with more to it stays.
  const more = '« Nous tiendrons », a déclaré Paul Mercier devant la presse.';
  assert.equal(rewrite('clause-front', more, 'fr'), more);
});

test('sentences joined at a semicolon, a sentence split at one', () => {
  assert.equal(rewrite('join-semicolon', 'Le club a perdu mardi. Il jouera samedi.', 'fr'), 'Le club a perdu mardi ; il jouera samedi.');
  assert.equal(rewrite('join-semicolon', 'The club lost on Tuesday. It plays on Saturday.', 'en'), 'The club lost on Tuesday; it plays on Saturday.');
  // Not after an abbreviation or a name's initial, nor before a name.
  assert.equal(rewrite('join-semicolon', 'Il a vu M. Le Gall. Paul est venu.', 'fr'), 'Il a vu M. Le Gall. Paul est venu.');
  assert.equal(rewrite('split-semicolon', 'Le club a perdu ; il jouera samedi.', 'fr'), 'Le club a perdu. Il jouera samedi.');
});

test('an apposition or an incise between a named subject and its speech verb', () => {
  assert.match(rewrite('apposition-age', FR, 'fr'), /Marie Dupont, 54 ans, a expliqué/u);
  assert.match(rewrite('apposition-age', EN, 'en'), /"We will win," Mary Long, 54, said\. .*Tom Reed, 54, said:/su);
  assert.match(rewrite('incise-relative', FR, 'fr'), /Marie Dupont, qui s'exprimait devant la presse, a expliqué/u);
  assert.match(rewrite('incise-relative', EN, 'en'), /Tom Reed, who spoke to reporters, said:/u);
  // A body or a description is not given an age.
  assert.equal(rewrite('apposition-age', 'La Commission a déclaré forfait.', 'fr'), 'La Commission a déclaré forfait.');
});

test('typography of other systems: Windows line ends, a no-break space before French double punctuation, two spaces after a sentence', () => {
  assert.equal(rewrite('crlf', 'A.\n\nB.\n', 'fr'), 'A.\r\n\r\nB.\r\n');
  assert.equal(rewrite('nbsp-punctuation', 'Il a dit : « Non ! »', 'fr'), 'Il a dit\u00a0: « Non\u00a0! »');
  assert.equal(rewrite('nbsp-punctuation', 'He said: "No!"', 'en'), 'He said: "No!"');
  assert.equal(rewrite('double-space', 'Gov. Ann Lee spoke. She left. U.S. Attorney Bo Yu came.', 'en'), 'Gov. Ann Lee spoke.  She left.  U.S. Attorney Bo Yu came.');
});

test('paragraphs of one sentence each, or the body in one paragraph; a colon or a comma before a quote after a speech verb', () => {
  assert.equal(rewrite('sentence-paragraphs', 'Titre\n\nLe maire a parlé. M. Roux est venu. « Non », dit-il. Elle part.', 'fr'), 'Titre\n\nLe maire a parlé.\n\nM. Roux est venu.\n\n« Non », dit-il.\n\nElle part.');
  assert.equal(rewrite('one-paragraph', 'Titre\n\nA b.\n\nC d.\n', 'fr'), 'Titre\n\nA b. C d.\n');
  assert.equal(rewrite('colon-comma', 'He said: "No." The result: "none".', 'en'), 'He said, "No." The result: "none".');
  assert.equal(rewrite('colon-comma', 'Il a dit : « Non. »', 'fr'), 'Il a dit : « Non. »');
  assert.equal(rewrite('comma-colon', 'He said, "No." Then, "maybe".', 'en'), 'He said: "No." Then, "maybe".');
  assert.equal(rewrite('comma-colon', 'Il a dit, « Non. »', 'fr'), 'Il a dit : « Non. »');
});

test('a headline in capitals, a dateline before the first paragraph', () => {
  assert.match(rewrite('headline-caps', FR, 'fr'), /^UN BUDGET SERRÉ\n\n« Nous/u);
  assert.match(rewrite('dateline', FR, 'fr'), /^Un budget serré\n\nPARIS, 12 mars \(AFP\) - « Nous tiendrons »/u);
  assert.match(rewrite('dateline', EN, 'en'), /\n\nWASHINGTON, March 12 \(Reuters\) - "We will win,"/u);
  // A text that already has one, or no headline, or a body opening on a date.
  const dated = 'Titre\n\nLYON, 3 mai (AFP) - Le club a perdu.';
  assert.equal(rewrite('dateline', dated, 'fr'), dated);
  assert.equal(rewrite('headline-caps', 'Le club a perdu.\n\nIl jouera.', 'fr'), 'Le club a perdu.\n\nIl jouera.');
  assert.equal(rewrite('dateline', 'Titre\n\n22 mai 2012. - Le club a perdu.', 'fr'), 'Titre\n\n22 mai 2012. - Le club a perdu.');
});
