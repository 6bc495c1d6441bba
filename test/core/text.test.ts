import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, parse } from '../../server/src/core';
import { analyze, codes, only } from './helpers';

test('empty document and whitespace-only documents', () => {
  for (const text of ['', '\n', '\r\n\r\n', '   \t']) {
    const tree = parse(text);
    assert.equal(tree.quotes.length, 0);
    assert.deepEqual(codes(analyze(text)), []);
  }
});

test('CRLF: ranges count UTF-16 characters per line, like LSP', () => {
  const text = '@person x: X\r\n\r\nLigne un\r\n"Citation"@y ici.\r\n';
  const a = analyze(text);
  const d = only(a, 'unknown-entity')[0]!;
  assert.deepEqual(d.range, { start: { line: 3, character: 11 }, end: { line: 3, character: 12 } });
  const lines = new LineIndex(text);
  assert.equal(lines.offsetAt(d.range.start), text.indexOf('y ici'));
});

test('tabs, astral characters and combining marks: exact UTF-16 ranges', () => {
  const text = '\t😀 Cafe\u0301 "mot"@zz 𝒳.\n';
  const a = analyze(text);
  const d = only(a, 'unknown-entity')[0]!;
  const at = text.indexOf('zz');
  assert.deepEqual(d.range.start, { line: 0, character: at });
  assert.equal(at, 16, 'tab 1, emoji 2, space 1, Cafe + combining 5, space 1, "mot" 5, @ 1');
  const lines = new LineIndex(text);
  assert.deepEqual(lines.positionAt(text.indexOf('𝒳') + 2), { line: 0, character: text.indexOf('𝒳') + 2 });
});

test('implicit mentions with combining marks and astral text around', () => {
  const text = '@person c: Choïgou\n\n😀 Choïgou et Choi\u0308gou.\n';
  const a = analyze(text);
  const m = a.model.mentions.filter((x) => x.form === 'implicit');
  assert.equal(m.length, 1, 'the NFD spelling is a different string; only the NFC one matches');
  assert.equal(text.slice(m[0]!.span.start, m[0]!.span.end), 'Choïgou');
});

test('comments: hidden, spanning lines; unclosed-comment; articlemark-ignore silences one finding on the next line', () => {
  const a = analyze('<!-- "pas une citation"\nsur deux lignes -->\nTexte.\n\n<!-- articlemark-ignore unattributed-quote -->\n"Ignorée" ici.\n"Signalée" là.\n\n<!-- jamais fermé "x"\n');
  assert.deepEqual(codes(a), ['unattributed-quote', 'unclosed-comment']);
  assert.equal(only(a, 'unattributed-quote')[0]!.range.start.line, 6);
  assert.equal(a.model.tree.comments.length, 3);
  const close = only(a, 'unclosed-comment')[0]!.fixes?.[0];
  assert.equal(close?.edits[0]?.newText, ' -->');
  assert.deepEqual(close?.edits[0]?.range.start, a.model.lines.positionAt(a.model.tree.text.length));
});

test('comments come first: a code span or a backslash before one does not uncover it, nor the comments after it', () => {
  // Each TK and quote below is inside a comment: nothing is reported but the comment left open.
  const a = analyze('Un \\<!-- TK --> puis <!-- "x" --> fin.\n\nDu `code <!-- TK` "y" --> fin.\n\n[a \\<!-- ] --> b](@-) et `<!--` TK\n\n"z"\n');
  assert.deepEqual(codes(a), ['unclosed-comment']);
  const tree = a.model.tree;
  const inlines = tree.blocks.flatMap((b) => (b.type === 'definition' ? [] : b.inlines));
  // No escape, code span or bracket overlaps a comment: the comments are the inline nodes.
  assert.deepEqual(inlines.map((n) => n.type), ['comment', 'comment', 'comment', 'bracket', 'comment']);
});

test('comments come first inside […](…): hidden, read as a space, closing no bracket or parenthesis; exact ranges after them', () => {
  const text =
    '@person x: X\n\n😀 [a](@x <!-- ) -->) [b](<!-- ( " -->@x<!-- c -->lang=fr) [c <!--> ] --> 😀](@x) ' +
    '[e](https://e.fr/😀 <!-- ) --> "Crédit 😀") [12 %](#12% <!-- ) 😀 -->@x) fin.\n';
  const a = analyze(text);
  assert.deepEqual(codes(a), []);
  const paragraph = a.model.tree.blocks[1]!;
  assert.ok(paragraph.type === 'paragraph');
  // Every comment is inside a bracket: the paragraph's nodes are the five brackets, each up to its real `)`.
  const slice = (span: { start: number; end: number } | undefined): string | undefined => (span ? text.slice(span.start, span.end) : undefined);
  assert.deepEqual(
    paragraph.inlines.map((n) => [n.type, slice(n.span)]),
    [
      ['bracket', '[a](@x <!-- ) -->)'],
      ['bracket', '[b](<!-- ( " -->@x<!-- c -->lang=fr)'],
      ['bracket', '[c <!--> ] --> 😀](@x)'],
      ['bracket', '[e](https://e.fr/😀 <!-- ) --> "Crédit 😀")'],
      ['bracket', '[12 %](#12% <!-- ) 😀 -->@x)'],
    ],
  );
  const brackets = paragraph.inlines.flatMap((n) => (n.type === 'bracket' ? [n] : []));
  // The IDs, pairs, destination, title and value, each at its exact offset (UTF-16 code units).
  assert.deepEqual(
    brackets.map((b) => [b.role, b.attributes?.ids.map((id) => [id.id, id.span.start]), b.attributes?.pairs.map((p) => [p.key, slice(p.valueSpan)])]),
    [
      ['mention', [['x', text.indexOf('@x <!-- )') + 1]], []],
      ['mention', [['x', text.indexOf('-->@x<!--') + 4]], [['lang', 'fr']]],
      ['mention', [['x', text.indexOf('😀](@x)') + 5]], []],
      ['link', undefined, undefined],
      ['figure', [['x', text.lastIndexOf('@x') + 1]], []],
    ],
  );
  assert.equal(slice(brackets[3]!.destinationSpan), 'https://e.fr/😀');
  assert.equal(brackets[3]!.title, 'Crédit 😀');
  assert.equal(slice(brackets[3]!.titleSpan), 'Crédit 😀');
  assert.equal(slice(brackets[4]!.attributes?.valueSpan), '#12%');
  // The comments are the document's own, each whole.
  assert.equal(a.model.tree.comments.length, 6);
});

test('placeholders: TK, TODO, XXX as whole words only', () => {
  const a = analyze('TK euros, TODO vérifier, XXX. Mais TKO, XXXL, aTODO et TODOs.\n');
  assert.deepEqual(only(a, 'placeholder').map((d) => d.range.start.character), [0, 10, 25]);
});

test('escapes make constructs literal', () => {
  const a = analyze('\\"pas une citation\\" et \\@personne et \\[x](https://a.example)\n');
  assert.equal(a.model.links.length, 0);
  assert.deepEqual(codes(a), []);
});

test('a backslash makes a quote mark literal too: « » “ ” „ ‹ › ‘ ’', () => {
  // Unescaped, a primary mark left open is an error; escaped, it is no mark.
  for (const mark of ['«', '“', '„']) {
    assert.deepEqual(codes(analyze(`Il a écrit ${mark} sans le fermer.\n`)).filter((c) => c === 'unclosed-quote'), ['unclosed-quote'], mark);
  }
  for (const mark of ['«', '»', '“', '”', '„', '‹', '›', '‘', '’']) {
    const a = analyze(`Il a écrit \\${mark} sans le fermer, puis « oui ${mark === '»' ? '' : `\\${mark}`} »@-.\n`);
    assert.equal(a.model.quotes.length, 1, mark);
    assert.deepEqual(codes(a), [], mark);
  }
  // An escaped closing mark does not close: « … \» … » is one quote, closed by the last mark.
  const a = analyze('« Un \\» dans la citation », a-t-il dit@-.\n');
  assert.equal(a.model.quotes.length, 1);
  assert.equal(a.model.quotes[0]!.text.trim(), 'Un \\» dans la citation');
});

test('a 10 MB single line parses and analyses', () => {
  const unit = 'Le ministre a déclaré "bonjour"@-, voir [site](https://a.example) et [80%](#80% @-) et a@b.fr. ';
  const text = unit.repeat(Math.ceil(10_000_000 / unit.length));
  const a = analyze(text);
  assert.equal(a.model.tree.blocks.length, 1);
  assert.equal(a.model.quotes.length, Math.ceil(10_000_000 / unit.length));
  assert.deepEqual(codes(a), []);
});

test('many implicit mentions in one document do not overflow the stack', () => {
  // Regression: `mentions.push(...implicit)` threw RangeError past ~120k mentions.
  const text = '@person x: X\n\n' + 'X et X. '.repeat(100_000);
  const a = analyze(text);
  assert.equal(a.model.mentions.length, 200_000);
});

test('bare URLs: found from the colon back to http, https or mailto, never inside a construct that took those letters', () => {
  const urls = (text: string): string[] =>
    parse(text).blocks.flatMap((b) => ('inlines' in b ? b.inlines : [])).filter((n) => n.type === 'url').map((n) => text.slice(n.span.start, n.span.end));
  assert.deepEqual(urls('see https://example.org/a, then http://b.example/(c) and mailto:someone@example.org.'), ['https://example.org/a', 'http://b.example/(c)', 'mailto:someone@example.org']);
  assert.deepEqual(urls('*https://a.example*'), ['https://a.example']);
  for (const text of ['@http://x.example', '`http`://x.example', 'ahttp://x.example', 'xmailto:a@b.example', 'http://', 'http: //x', 'mailto:']) assert.deepEqual(urls(text), [], text);
  assert.deepEqual(
    parse('@http://x.example').blocks.flatMap((b) => ('inlines' in b ? b.inlines : [])).map((n) => n.type),
    ['bare-mention'],
  );
});
