// Checks language-configuration.json the way VS Code reads it: the word pattern
// (double-click, word-based suggestions, the range completion replaces), the
// pairs the editor closes and wraps selections with, and the Enter rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Pattern {
  readonly pattern: string;
  readonly flags?: string;
}

interface AutoClosingPair {
  readonly open: string;
  readonly close: string;
  readonly notIn?: readonly string[];
}

interface OnEnterRule {
  readonly beforeText: string;
  readonly action: { readonly indent: string; readonly appendText?: string };
}

interface LanguageConfiguration {
  readonly comments: { readonly blockComment: readonly [string, string] };
  readonly brackets: readonly (readonly [string, string])[];
  readonly autoClosingPairs: readonly AutoClosingPair[];
  readonly surroundingPairs: readonly (readonly [string, string])[];
  readonly wordPattern: Pattern;
  readonly onEnterRules: readonly OnEnterRule[];
}

const root = resolve(__dirname, '..', '..');
// The file is ours and its shape is what VS Code documents; the tests below fail loudly if it drifts.
const config = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** VS Code builds the word regex from pattern and flags, then adds `g` (ensureValidWordDefinition). */
const wordRegex = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags ?? ''}g`);

function words(text: string): string[] {
  return [...text.matchAll(wordRegex)].map((m) => m[0]);
}

/** The word around a character offset, as the editor finds it: the match that encloses the offset. */
function wordAt(text: string, offset: number): string | undefined {
  for (const m of text.matchAll(wordRegex)) {
    if (m.index <= offset && offset <= m.index + m[0].length) return m[0];
  }
  return undefined;
}

function offsetOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} in ${text}`);
  return at;
}

test('the word pattern keeps entity IDs and @mentions whole', () => {
  assert.deepEqual(words('Selon le-drian.'), ['Selon', 'le-drian']);
  const suffix = '« Bonjour »@le-drian, a-t-il dit.';
  assert.equal(wordAt(suffix, offsetOf(suffix, 'drian')), '@le-drian');
  assert.equal(wordAt(suffix, offsetOf(suffix, '@')), '@le-drian');
  const bracket = '[M. Le Drian](@le-drian date=2015-12-21)';
  assert.equal(wordAt(bracket, offsetOf(bracket, 'drian date')), '@le-drian');
  assert.equal(wordAt(bracket, offsetOf(bracket, 'Drian')), 'Drian');
  assert.equal(wordAt('@person entourage-le-drian: X', 10), 'entourage-le-drian');
});

test('the word pattern stops at spaces and punctuation', () => {
  assert.deepEqual(words('"Ce n\'est pas s\'allier, c\'est se coordonner"@le-drian, a-t-il poursuivi.'), [
    'Ce', 'n', 'est', 'pas', 's', 'allier', 'c', 'est', 'se', 'coordonner', '@le-drian', 'a-t-il', 'poursuivi',
  ]);
  assert.deepEqual(words('(#~2900 @services-russes)'), ['2900', '@services-russes']);
  assert.deepEqual(words('«\u00a0Nous\u202fdevons\u00a0»'), ['Nous', 'devons']);
  assert.deepEqual(words('“We will rebuild,” he said; (80%) [x]'), ['We', 'will', 'rebuild', 'he', 'said', '80', 'x']);
  assert.equal(wordRegex.test(' '), false, 'a word never matches whitespace');
  wordRegex.lastIndex = 0;
  assert.equal(words('  \t , ; « » — ').length, 0);
});

test('the word pattern handles accented letters, combining marks and other scripts', () => {
  assert.deepEqual(words('Sergueï Choïgou, été à Moscou'), ['Sergueï', 'Choïgou', 'été', 'à', 'Moscou']);
  const decomposed = 'e\u0301te\u0301';
  assert.deepEqual(words(`un ${decomposed} chaud`), ['un', decomposed, 'chaud']);
  assert.deepEqual(words('Путин и Сирия'), ['Путин', 'и', 'Сирия']);
});

test('the word pattern splits French elisions but keeps other apostrophes inside words', () => {
  assert.deepEqual(words("l'EI et l’État"), ['l', 'EI', 'et', 'l', 'État']);
  assert.deepEqual(words("qu'il, jusqu’à, lorsqu'on, d'après"), ['qu', 'il', 'jusqu', 'à', 'lorsqu', 'on', 'd', 'après']);
  assert.deepEqual(words("aujourd'hui, don't, O'Brien"), ["aujourd'hui", "don't", "O'Brien"]);
  assert.deepEqual(words("l'@ump"), ['l', '@ump']);
  const text = "s'allier";
  assert.equal(wordAt(text, offsetOf(text, 'allier') + 2), 'allier');
});

test('the word pattern keeps written numbers and handles whole', () => {
  assert.deepEqual(words('près de 2.900 Russes, 3,5 millions'), ['près', 'de', '2.900', 'Russes', '3,5', 'millions']);
  assert.deepEqual(words('Fin. Puis'), ['Fin', 'Puis']);
  assert.deepEqual(words('@le_monde et jean@afp.fr'), ['@le_monde', 'et', 'jean', '@afp', 'fr']);
});

test('every auto-closing pair is also a surrounding pair', () => {
  const surrounding = new Set(config.surroundingPairs.map(([open, close]) => `${open}${close}`));
  for (const pair of config.autoClosingPairs) {
    assert.ok(surrounding.has(`${pair.open}${pair.close}`), `${pair.open}${pair.close} wraps a selection too`);
  }
});

test('the quote marks and brackets of the language are paired', () => {
  const auto = config.autoClosingPairs.map((p) => `${p.open}${p.close}`);
  for (const pair of ['""', '“”', '«»', '„“', '[]', '()']) assert.ok(auto.includes(pair), `${pair} auto-closes`);
  const surrounding = config.surroundingPairs.map(([open, close]) => `${open}${close}`);
  // Emphasis and code wrap a selection; they do not auto-close, so typing "* " starts a list item.
  // So do the single marks (British style, quotes inside quotes); ’ is also the apostrophe, so they do not auto-close.
  for (const pair of ['**', '``', '‘’', '‹›']) {
    assert.ok(surrounding.includes(pair), `${pair} wraps a selection`);
    assert.ok(!auto.includes(pair), `${pair} does not auto-close`);
  }
  // Inside an open „…, typing “ closes the quote; it must not insert a second mark.
  for (const pair of config.autoClosingPairs.filter((p) => /["“«„]/.test(p.open))) {
    assert.ok(pair.notIn?.includes('string'), `${pair.open} does not auto-close inside a quote`);
  }
  for (const [open, close] of config.brackets) assert.ok(auto.includes(`${open}${close}`));
  assert.deepEqual(config.comments.blockComment, ['<!--', '-->']);
});

/** The text Enter appends after a line, as VS Code picks it: the first rule whose beforeText matches. */
function appendedOnEnter(line: string): string | undefined {
  const rule = config.onEnterRules.find((r) => new RegExp(r.beforeText).test(line));
  return rule?.action.appendText;
}

test('Enter continues list items and block quotes, not attribution lines', () => {
  assert.equal(appendedOnEnter('- drinking water'), '- ');
  assert.equal(appendedOnEnter('  * nested item'), '* ');
  assert.equal(appendedOnEnter('> « Nous frapperons'), '> ');
  assert.equal(appendedOnEnter('> — [Le ministre](@le-drian), à Moscou'), undefined);
  assert.equal(appendedOnEnter('> -- @le-drian'), undefined);
  assert.equal(appendedOnEnter('- '), undefined, 'an empty item ends the list');
  assert.equal(appendedOnEnter('---'), undefined);
  assert.equal(appendedOnEnter('*emphasis* at the start of a line'), undefined);
  assert.equal(appendedOnEnter('Plain prose.'), undefined);
  // Only a `>` at column 0 starts a block quote: an indented one is prose, and Enter does not carry it on.
  assert.equal(appendedOnEnter(' > pas un bloc cité'), undefined);
  assert.equal(appendedOnEnter('   > non plus'), undefined);
  assert.equal(appendedOnEnter('>  deux espaces'), '> ');
  assert.equal(appendedOnEnter('>\t— @le-drian'), undefined);
  // One space after `>` is the prefix: a dash after two is quoted text, as the parser reads it.
  assert.equal(appendedOnEnter('>  — @le-drian'), '> ');
});
