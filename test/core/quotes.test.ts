import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core';
import { analyze, codes, only, quotesOf, quoteTexts } from './helpers';

test('straight quotes: flanking decides opening and closing; literal marks', () => {
  assert.deepEqual(quotesOf('Il a dit "bonjour" hier.'), ['"bonjour"']);
  assert.deepEqual(quotesOf('("entre parenthèses")'), ['"entre parenthèses"']);
  assert.deepEqual(quotesOf('Une taille de 5" et "un mot"@-.'), ['"un mot"']);
  assert.deepEqual(quotesOf('a " b'), [], 'a mark with spaces on both sides is literal');
});

test('apostrophes inside quotes are not quote marks', () => {
  const tree = parse("\"C'est l'heure, n’est-ce pas\" dit-il.");
  assert.equal(tree.quotes.length, 1);
  assert.equal(tree.quotes[0]!.close?.start, tree.text.indexOf('" dit'));
});

test('" with French no-break spaces inside', () => {
  for (const space of ['\u00a0', '\u202f']) {
    const text = `Il a dit "${space}bonjour${space}" hier.`;
    const tree = parse(text);
    assert.equal(tree.quotes.length, 1, JSON.stringify(space));
    assert.equal(tree.quotes[0]!.unclosed, false);
    assert.equal(tree.quotes[0]!.span.end, text.indexOf(' hier'));
  }
});

test('« » with and without no-break spaces; " inside «» is nested', () => {
  assert.deepEqual(quotesOf('«\u00a0Oui\u00a0» et «non»'), ['«\u00a0Oui\u00a0»', '«non»']);
  const tree = parse('« Il a parlé de "sa vie" hier » dit-elle.');
  assert.equal(tree.quotes.length, 2);
  assert.equal(tree.quotes[1]!.parent, 0);
  const a = analyze('« Il a parlé de “sa vie au travail” hier » dit-elle.');
  assert.equal(only(a, 'unattributed-quote').length, 1, 'the nested quote is not checked on its own');
  assert.equal(a.model.quotes[1]!.nested, true);
});

test('“ ” and „ “ rules: “ closes an open „ and opens otherwise', () => {
  assert.deepEqual(quotesOf('„Ja“ und “yes” und „ok”'), ['„Ja“', '“yes”', '„ok”']);
  const tree = parse('„Ja“');
  assert.equal(tree.quotes[0]!.mark, '„');
});

test('single marks: nested quotes only; unpaired are plain text; outer close closes nested', () => {
  assert.deepEqual(quotesOf("He said 'hi' there."), [], 'single marks are not primary quotes');
  const tree = parse("\"He said 'hi' and ‘bye’ there\" and \"it's 'open\" later");
  assert.deepEqual(tree.quotes.map((q) => [q.mark, q.parent]), [
    ['"', undefined],
    ["'", 0],
    ['‘', 0],
    ['"', undefined],
    // Left open, the nested quote is closed by the outer closing mark.
    ["'", 3],
  ]);
  assert.equal(tree.quotes[4]!.close, undefined);
  assert.equal(tree.quotes[4]!.span.end, tree.quotes[3]!.close!.start);
  assert.deepEqual(codes(analyze("\"it's 'open\"@-")), [], 'an unclosed nested single is no diagnostic');
});

test("headings: '…' marks quoted words, counted, exempt from unattributed-quote by default", () => {
  const a = analyze("# Le 'oui' de Paris\n\nTexte.\n");
  assert.equal(a.model.quotes.length, 1);
  assert.equal(a.model.quotes[0]!.node.inHeading, true);
  assert.deepEqual(codes(a), []);
  const strict = analyze("# Le 'oui' de Paris\n", { '/p/articlemark.json': '{"checkHeadingQuotes": true}' });
  assert.deepEqual(codes(strict), ['unattributed-quote']);
});

test('multi-paragraph quotes: continue into a paragraph opening with the same mark', () => {
  const text = '"First paragraph.\n\n"Second paragraph."@x\n\n@person x: X\n';
  const tree = parse(text);
  assert.equal(tree.quotes.length, 1);
  const q = tree.quotes[0]!;
  assert.equal(q.parts.length, 2);
  assert.equal(text.slice(q.parts[0]!.start, q.parts[0]!.end), 'First paragraph.');
  assert.equal(text.slice(q.parts[1]!.start, q.parts[1]!.end), 'Second paragraph.');
  assert.equal(q.attribution?.ids[0]?.id, 'x');
  assert.deepEqual(codes(analyze(text)), []);
});

test('multi-paragraph quotes in French: » at the start also continues', () => {
  const tree = parse('« Premier paragraphe.\n\n» Second paragraphe. » dit-il.\n');
  assert.equal(tree.quotes.length, 1);
  assert.equal(tree.quotes[0]!.parts.length, 2);
  assert.equal(tree.quotes[0]!.unclosed, false);
});

test('unclosed-quote: at its opening mark, ending with its paragraph; never crosses a heading; fix closes it', () => {
  const text = 'Avant. "Jamais fermé\n\n# Titre\n';
  const a = analyze(text);
  const unclosed = only(a, 'unclosed-quote');
  assert.equal(unclosed.length, 1);
  assert.deepEqual(unclosed[0]!.range, { start: { line: 0, character: 7 }, end: { line: 0, character: 8 } });
  assert.equal(a.model.quotes[0]!.node.span.end, text.indexOf('\n'));
  assert.equal(unclosed[0]!.fixes?.[0]?.edits[0]?.newText, '"');
  assert.deepEqual(unclosed[0]!.fixes?.[0]?.edits[0]?.range.start, { line: 0, character: 20 });
  // The other fix makes the mark literal: a backslash before it, after which nothing is reported.
  assert.equal(unclosed[0]!.fixes?.[1]?.title, 'Make the " literal (\\")');
  assert.deepEqual(unclosed[0]!.fixes?.[1]?.edits.map((e) => [e.range.start, e.range.end, e.newText]), [[{ line: 0, character: 7 }, { line: 0, character: 7 }, '\\']]);
  assert.deepEqual(codes(analyze('Avant. \\"Jamais fermé\n\n# Titre\n')), []);
  const guillemet = only(analyze('Il dit « bonjour\n'), 'unclosed-quote')[0]!;
  assert.equal(guillemet.fixes?.[1]?.title, 'Make the « literal (\\«)');
  // The message says where the quote stops: its paragraph, or its heading.
  assert.equal(unclosed[0]!.message, 'This " quote is never closed: it ends with its paragraph.');
  assert.equal(only(analyze('# Le « club des sages\n\nTexte.\n'), 'unclosed-quote')[0]!.message, 'This « quote is never closed: it ends with its heading.');
});

test('unclosed quote at end of file', () => {
  for (const text of ['"', '«', 'Fin "ouverte', '« ouvert\u00a0', '“x']) {
    const a = analyze(text);
    if (text === '"') {
      assert.deepEqual(codes(a), [], 'a lone " cannot open');
      continue;
    }
    assert.equal(only(a, 'unclosed-quote').length, 1, text);
    const q = a.model.quotes[0]!.node;
    assert.ok(q.span.end <= text.length);
  }
});

test('mismatched-quote: « closed by "', () => {
  const a = analyze('«Le camion ne passera plus"@-, dit-il.');
  const m = only(a, 'mismatched-quote');
  assert.equal(m.length, 1);
  assert.equal(m[0]!.range.start.character, 26);
  assert.equal(m[0]!.fixes?.[0]?.edits[0]?.newText, '»');
});

test('split quotes: comma inside or outside, second part lowercase, one logical quote', () => {
  for (const text of ['"We will rebuild," he said, "whatever it costs."@x', '"We will rebuild", he said, "whatever it costs."@x']) {
    const a = analyze(`@person x: X\n\n${text}\n`);
    assert.deepEqual(codes(a), [], text);
    const [first, second] = a.model.quotes;
    assert.deepEqual(first!.node.splitParts, [0, 1]);
    assert.deepEqual(second!.node.splitParts, [0, 1]);
    assert.equal(first!.attribution?.ids[0]?.id, 'x');
  }
  const notSplit = analyze('@person x: X\n\n"We will rebuild." He said. "Whatever it costs."@x\n');
  assert.equal(only(notSplit, 'unattributed-quote').length, 1);
});

test('split quotes chain: three parts are one logical quote, one attribution covers them all', () => {
  const a = analyze('@person x: X\n\n"One," he said, "two," he added, "three."@x\n');
  assert.deepEqual(codes(a), []);
  assert.deepEqual(a.model.quotes.map((q) => q.node.splitParts), [[0, 1, 2], [0, 1, 2], [0, 1, 2]]);
  assert.ok(a.model.quotes.every((q) => q.speakers[0]?.id === 'x'));
  const unattributed = analyze('"One," he said, "two," he added, "three."\n');
  assert.equal(only(unattributed, 'unattributed-quote').length, 1, 'reported once, on the first part');
  const conflicting = analyze('@person x: X\n@person y: Y\n\n"One,"@x he said, "two," he added, "three."@y\n');
  assert.equal(only(conflicting, 'conflicting-attribution').length, 1);
});

test('conflicting-attribution: two parts of one quote, two speakers', () => {
  const a = analyze('@person x: X\n@person y: Y\n\n"We will rebuild,"@x he said, "whatever it costs."@y\n');
  assert.deepEqual(codes(a), ['conflicting-attribution']);
});

test('attribution: suffix, several speakers, @-, bracket form with attributes, space means unattributed', () => {
  const a = analyze('@person a: A\n@person b: B\n\n"One"@a, "two"@a+b, "three"@-, ["four"](@b date=2015-12-21) and "five" @a.\n');
  const [one, two, three, four, five] = a.model.quotes;
  assert.deepEqual(one!.attribution?.ids.map((r) => r.id), ['a']);
  assert.equal(one!.attribution?.form, 'suffix');
  assert.deepEqual(two!.speakers.map((e) => e.id), ['a', 'b']);
  assert.equal(three!.notSpeech, true);
  assert.equal(four!.attribution?.form, 'bracket');
  assert.deepEqual(four!.attribution?.ids.map((r) => r.id), ['b']);
  assert.equal(five!.attribution, undefined);
  const un = only(a, 'unattributed-quote');
  assert.equal(un.length, 1);
  const data = un[0]!.data as { attach?: string; quote: number };
  assert.equal(data.quote, 4);
  assert.equal(data.attach, 'a', 'the mention after a space is offered as the attribution');
});

test('block quotes with — @id attribution; several lines; unattributed block quote', () => {
  const text = '@person x: X\n\n> Première ligne\n> seconde ligne\n> — @x, à Moscou\n\n> Sans auteur\n';
  const a = analyze(text);
  const blocks = a.model.quotes.filter((q) => q.node.mark === '>');
  assert.equal(blocks.length, 2);
  assert.deepEqual(blocks[0]!.speakers.map((e) => e.id), ['x']);
  assert.equal(blocks[0]!.text.replace(/\s+/g, ' ').trim(), 'Première ligne seconde ligne');
  assert.equal(only(a, 'unattributed-quote').length, 1);
  assert.equal(only(a, 'unattributed-quote')[0]!.range.start.line, 6);
  const bracket = analyze('@person x: X\n\n> Texte\n> -- [Le ministre](@x)\n');
  assert.deepEqual(codes(bracket), []);
});

test('quote-attributed-to-place and unknown speaker', () => {
  const a = analyze('@place paris: Paris\n\n"Bonjour"@paris "Salut"@nobody\n');
  assert.deepEqual(codes(a).sort(), ['quote-attributed-to-place', 'unknown-entity']);
});

test('quote marks inside URLs, code spans, comments and attribute lists are not counted', () => {
  assert.deepEqual(quotesOf('See https://x.example/a"b and `"code"` and <!-- "c" --> and [t](@x note="a b").'), []);
  // A quote cannot start inside […] and end outside it: it ends, unclosed, with the bracket text.
  const text = '[un "mot](https://x.example/") fin';
  assert.deepEqual(quotesOf(text), ['"mot']);
  assert.equal(parse(text).quotes[0]!.unclosed, true);
});

test('split quotes: prose running into the second quote does not join them (AFP copy)', () => {
  // Regression: these two quotes were one logical quote, and the second went unreported.
  const a = analyze('"Ce n\'est pas s\'allier, c\'est se coordonner", a-t-il poursuivi en indiquant ne s\'être entretenu avec Sergueï Choïgou que "des modalités militaires du conflit en Syrie".\n');
  assert.equal(a.model.quotes[0]!.node.splitParts, undefined);
  assert.equal(only(a, 'unattributed-quote').length, 2);
});

test("British style: a plural possessive inside a single-quoted quote is an apostrophe when the quote closes later", () => {
  const british = (body: string): string[] => quoteTexts(parse(body, { quotes: 'single' }));
  assert.deepEqual(british("'It is the boys' game, not ours,' he said."), ["'It is the boys' game, not ours,'"]);
  assert.deepEqual(british("‘It is the boys’ game,’ he said."), ["‘It is the boys’ game,’"]);
  assert.deepEqual(british("'We saw the boys' bikes and the girls' bikes' today."), ["'We saw the boys' bikes and the girls' bikes'"]);
  // The mark closes the quote when the word after says who spoke, when another quote opens before a later mark, or when none comes.
  assert.deepEqual(british("'Ask the boys' she said, 'and the girls.'"), ["'Ask the boys'", "'and the girls.'"]);
  assert.deepEqual(british("'I met the boys' later 'and they agreed.'"), ["'I met the boys'", "'and they agreed.'"]);
  assert.deepEqual(british("'Those are the boys' bikes."), ["'Those are the boys'"]);
  // Double-quote style is unchanged: single marks only nest there.
  assert.deepEqual(quotesOf("\"It is the boys' game,\" he said."), ["\"It is the boys' game,\""]);
});

test("a mark before two digits stands for a century where single marks are quotes: '80s, ’24 are apostrophes", () => {
  const british = (body: string): string[] => quoteTexts(parse(body, { quotes: 'single' }));
  assert.deepEqual(british("The class of '24 celebrated."), []);
  assert.deepEqual(british('In the ’80s it was different.'), []);
  assert.deepEqual(british("In the '80s, he said, 'we were free.'"), ["'we were free.'"]);
  assert.deepEqual(british("'It was like the '80s again,' he said."), ["'It was like the '80s again,'"]);
  assert.deepEqual(british("‘Back in the ’80s,’ he said."), ['‘Back in the ’80s,’']);
  // A quote that starts with two digits is still a quote when a mark closes it; three digits are no century.
  assert.deepEqual(british("'24 hours is too long,' he said."), ["'24 hours is too long,'"]);
  assert.deepEqual(codes(analyze("---\nquotes: single\n---\nThe '80s and the '90s were different.\n")), []);
  // A `’24` later on is an apostrophe too, so it does not close the `'80s` (it left an unclosed quote).
  assert.deepEqual(codes(analyze("---\nquotes: single\n---\nThe '80s and the class of ’24 were fine.\n")), []);
  assert.deepEqual(british("'Like the class of ’24,' he said."), ["'Like the class of ’24,'"]);
  // Headings, where '…' marks quoted words.
  assert.deepEqual(codes(analyze("# Jeux olympiques '24 : Paris prêt\n")), []);
  assert.deepEqual(quotesOf("# Les années '80 et 'la fête'\n"), ["'la fête'"]);
  assert.deepEqual(codes(analyze("# Le 'club des sages\n")), ['unclosed-quote']);
});

test('unattributed-quote: a spaced @- after the quote is offered as the marking that it is not speech, not as a speaker "@"', () => {
  const [spaced] = only(analyze('"Oui" @- non.\n'), 'unattributed-quote');
  // Its data said attach: "" and its fix "Attach @ as the speaker"; "Mark as not speech" then wrote a second @-.
  assert.equal((spaced!.data as { attach?: string }).attach, '-');
  assert.deepEqual(spaced!.fixes?.map((f) => [f.title, f.edits.map((e) => [e.range.start.character, e.range.end.character, e.newText])]), [['Attach @- (not speech)', [[5, 6, '']]]]);
  for (const text of ['"Non" @-- non.\n', '"Si" @-x.\n']) {
    const [finding] = only(analyze(text), 'unattributed-quote');
    assert.equal((finding!.data as { attach?: string }).attach, undefined, text);
    assert.deepEqual(finding!.fixes?.map((f) => f.title), ['Mark as not speech (@-)'], text);
  }
});

// Quoted posts start with a handle: an @ right after a mark that opens (nothing but a space, a line start or an
// opening bracket before it) follows the rules of bare mentions, as after any other non-letter; it is no attribution.
test('a handle right after an opening mark is plain text, not an attribution nor an unknown entity', () => {
  const registry = '@person le-drian: Jean-Yves Le Drian\n\n';
  for (const quoted of ['"@AFPfr se trompe"@le-drian', '“@AFPfr se trompe”@le-drian', '«@AFPfr se trompe»@le-drian', '„@AFPfr se trompe“@le-drian', '("@AFPfr se trompe"@le-drian)']) {
    const a = analyze(`${registry}Il cite ${quoted} hier.\n`);
    assert.deepEqual(codes(a), [], quoted);
    assert.deepEqual(a.model.quotes.map((q) => q.attribution?.ids.map((r) => r.id)), [['le-drian']], quoted);
  }
  // A lowercase ID there is a mention, as anywhere else.
  const a = analyze(`${registry}@org ump: UMP\n\nIl cite "@ump a tort"@le-drian.\n`);
  assert.deepEqual(codes(a), []);
  assert.deepEqual(a.model.mentions.filter((m) => m.form === 'bare').map((m) => m.id), ['ump']);
  // After a closing mark, with or without a space before it (French « … »), the @ run is still an attribution.
  assert.deepEqual(codes(analyze(`${registry}« Oui »@Le_X et "non"@Le_Y.\n`)).filter((c) => c === 'unknown-entity').length, 2);
});

test('an emoji or another astral symbol next to a straight mark is punctuation, as a symbol of the BMP is', () => {
  assert.deepEqual(quotesOf('Il a écrit "Bravo"🎉 hier.'), ['"Bravo"']);
  assert.deepEqual(quotesOf('Il a écrit 🎉"Bravo" hier.'), ['"Bravo"']);
  assert.deepEqual(quotesOf('Il a écrit "🎉" hier.'), ['"🎉"']);
  // An astral letter is a letter: no quote opens after it.
  assert.deepEqual(quotesOf('x𝐀"b" c'), []);
});
