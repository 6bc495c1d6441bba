import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/core';
import { analyze, codes, only, quoteTexts } from './helpers';

test('front matter: known keys are strings, lang: no is Norwegian', () => {
  const tree = parse('---\ntitle: Oslo\nlang: no\ndate: 2015-12-21\nextra: 3\n---\nBody.\n');
  assert.equal(tree.frontMatter?.ok, true);
  assert.equal(tree.frontMatter?.data['lang'], 'no');
  assert.equal(tree.frontMatter?.data['date'], '2015-12-21');
  assert.equal(tree.frontMatter?.data['extra'], 3, 'unknown keys keep their YAML value');
  assert.equal(tree.blocks.length, 1);
  assert.equal(tree.text.slice(tree.blocks[0]!.span.start, tree.blocks[0]!.span.end), 'Body.');
  const span = tree.frontMatter!.valueSpans['lang']!;
  assert.equal(tree.text.slice(span.start, span.end), 'no');
});

test('front matter: a YAML error is bad-front-matter with a quote-this-value fix, and the body still parses', () => {
  const text = '---\ntitle: A\nsource: Le Courrier: service local\n---\n"Hi," she said.\n';
  const a = analyze(text);
  const bad = only(a, 'bad-front-matter');
  assert.equal(bad.length, 1);
  assert.equal(bad[0]!.severity, 'error');
  assert.equal(bad[0]!.range.start.line, 2);
  const fix = bad[0]!.fixes?.[0];
  assert.ok(fix, 'a fix is offered');
  assert.match(fix.title, /[Qq]uote/);
  // Applying the fix gives YAML that parses.
  const lines = text.split('\n');
  const edit = fix.edits[0]!;
  assert.equal(edit.range.start.line, 2);
  const line = lines[2]!;
  lines[2] = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
  const fixed = parse(lines.join('\n'));
  assert.equal(fixed.frontMatter?.ok, true);
  assert.equal(fixed.frontMatter?.data['source'], 'Le Courrier: service local');
  assert.equal(a.model.quotes.length, 1, 'the body is parsed despite the YAML error');
});

test('front matter: uses as a path or a list, with spans', () => {
  const one = parse('---\nuses: reg.article\n---\n');
  assert.deepEqual(one.frontMatter?.uses.map((u) => u.path), ['reg.article']);
  const list = parse('---\nuses:\n  - a.article\n  - sub/b.article\n---\n');
  assert.deepEqual(list.frontMatter?.uses.map((u) => u.path), ['a.article', 'sub/b.article']);
  for (const u of list.frontMatter!.uses) assert.equal(list.text.slice(u.span.start, u.span.end), u.path);
});

test('front matter: only at the very start; an unterminated block is not front matter that swallows the file', () => {
  const later = parse('Text\n---\ntitle: x\n---\n');
  assert.equal(later.frontMatter, undefined);
  const open = parse('---\ntitle: x\n\nBody "quote" here.\n');
  assert.equal(open.frontMatter, undefined);
  assert.deepEqual(open.problems.map((p) => [p.code, p.span]), [['bad-front-matter', { start: 0, end: 3 }]], 'the opening fence is reported');
  assert.deepEqual(quoteTexts(open), ['"quote"'], 'the body after it is still parsed');
});

test('missing-front-matter-key: configured required keys', () => {
  const a = analyze('---\ntitle: x\n---\nText.\n', { '/p/articlemark.json': JSON.stringify({ requiredFrontMatter: ['title', 'byline'], rules: { 'missing-front-matter-key': 'warning' } }) });
  const missing = only(a, 'missing-front-matter-key');
  assert.equal(missing.length, 1);
  assert.match(missing[0]!.message, /byline/);
  // Off by default.
  assert.deepEqual(codes(analyze('---\ntitle: x\n---\nText.\n', { '/p/articlemark.json': JSON.stringify({ requiredFrontMatter: ['byline'] }) })), []);
});

test('front matter: date must be a real ISO 8601 date and time, not only have its shape', () => {
  const problems = (date: string): string[] => parse(`---\ndate: ${date}\n---\nBody.\n`).problems.map((p) => p.message);
  for (const date of ['2015-12-21', '2016-02-29', '2000-02-29', '2015-12-31T23:59', '2015-12-21 09:30:00+01:00', '2016-12-31T23:59:60Z']) assert.deepEqual(problems(date), [], date);
  for (const date of ['2015-13-01', '2015-00-10', '2015-12-32', '2015-04-31', '2015-02-29', '1900-02-29', '2015-12-21T25:00', '2015-12-21T09:60', '2015-12-21T09:30+25:00']) {
    assert.deepEqual(problems(date), [`\`date\` must be an ISO 8601 date such as 2015-12-21, not "${date}".`], date);
  }
});
