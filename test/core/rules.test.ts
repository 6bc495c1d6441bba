import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleProject, RULES, parseConfig } from '../../server/src/core';
import { NodeFileHost } from '../../server/src/node/nodeFileHost';
import { analyze, codes } from './helpers';

const examples = resolve(__dirname, '../../examples');

interface Expected {
  code: string;
  line: number;
  severity: string;
}

for (const name of readdirSync(examples).filter((f) => f.endsWith('.article'))) {
  test(`examples/${name}: findings equal ${name.replace(/\.article$/, '.expected.json')}`, () => {
    const project = new ArticleProject(new NodeFileHost());
    const analysis = project.analyzeFile(join(examples, name))!;
    const expected = JSON.parse(readFileSync(join(examples, name.replace(/\.article$/, '.expected.json')), 'utf8')) as Expected[];
    const got = analysis.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line + 1, severity: d.severity }));
    const key = (e: Expected) => `${e.line}:${e.code}:${e.severity}`;
    assert.deepEqual(got.map(key).sort(), expected.map(key).sort());
  });
}

test('the clean example has no findings at all', () => {
  const project = new ArticleProject(new NodeFileHost());
  assert.deepEqual(project.analyzeFile(join(examples, 'le-drian-choigou.article'))!.diagnostics, []);
});

test('every rule code is shown by the faulty examples or by a unit test here', () => {
  const project = new ArticleProject(new NodeFileHost());
  const seen = new Set<string>();
  for (const name of ['faulty.article', 'faulty-front-matter.article']) for (const d of project.analyzeFile(join(examples, name))!.diagnostics) seen.add(d.code);
  // Not in the examples: each triggered here.
  seen.add(codes(analyze('@person x: X\n  role: a\n  role: b\n\n@x\n'))[0]!); // duplicate-property
  const shadow = analyze('@person x: X\n\n@x\n', { '/p/articlemark.json': '{"registries": ["reg.article"]}', '/p/reg.article': '@person x: Registry X\n' });
  for (const c of codes(shadow)) seen.add(c); // shadowed-entity
  assert.deepEqual(RULES.map((r) => r.code).filter((c) => !seen.has(c)), []);
});

test('diagnostic ranges, severities from articlemark.json and editor rules; off removes', () => {
  const files = { '/p/articlemark.json': JSON.stringify({ rules: { 'unattributed-quote': 'error', placeholder: 'off' } }) };
  const a = analyze('"Bonjour" TK\n', files);
  assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]), [['unattributed-quote', 'error']]);
  const b = analyze('"Bonjour" TK\n', {}, '/p/a.article', { editorRules: { placeholder: 'hint' } });
  assert.deepEqual(b.diagnostics.map((d) => [d.code, d.severity]).sort(), [['placeholder', 'hint'], ['unattributed-quote', 'warning']]);
  // articlemark.json wins over the editor.
  const c = analyze('TK\n', { '/p/articlemark.json': '{"rules": {"placeholder": "error"}}' }, '/p/a.article', { editorRules: { placeholder: 'hint' } });
  assert.equal(c.diagnostics[0]!.severity, 'error');
});

test('config parsing: unknown keys, codes and severities are reported; the rest applies', () => {
  const { config, problems } = parseConfig(JSON.stringify({ rules: { 'no-such-rule': 'error', placeholder: 'loud', 'unattributed-quote': 'hint' }, colour: 1, registries: 'r/*.article', quotes: 'curly' }));
  assert.deepEqual(config.rules, { 'unattributed-quote': 'hint' });
  assert.deepEqual(config.registries, ['r/*.article']);
  assert.equal(config.quotes, 'double');
  const messages = problems.map((p) => p.message).join('\n');
  assert.match(messages, /no-such-rule/);
  assert.match(messages, /loud/);
  assert.match(messages, /colour/);
  assert.match(messages, /quotes/);
  assert.ok(problems.every((p) => !p.fatal));
  // A typo is answered with the name meant; a key far from any is answered with the list of keys.
  const typos = parseConfig(JSON.stringify({ Registries: 'r/*.article', colour: 1, rules: { placehoder: 'off', 'image-credit': 'off' } })).problems.map((p) => p.message);
  assert.deepEqual(typos, [
    'unknown key "Registries": did you mean "registries"?',
    'unknown key "colour" (the keys are $schema, rules, registries, requiredFrontMatter, quotes, lang, checkHeadingQuotes)',
    'unknown rule code "placehoder" in "rules": did you mean "placeholder"?',
    'unknown rule code "image-credit" in "rules": did you mean "image-without-caption" or "image-without-credit"?',
  ]);
  assert.equal(parseConfig('{ nope').problems[0]?.fatal, true);
  assert.equal(parseConfig('[]').problems[0]?.fatal, true);
  assert.deepEqual(parseConfig('\uFEFF{}').problems, []);
});

test('British style: single marks as primary quotes, from config or front matter', () => {
  const text = "He said 'we will rebuild' today.\n";
  assert.deepEqual(codes(analyze(text)), []);
  assert.deepEqual(codes(analyze(text, { '/p/articlemark.json': '{"quotes": "single"}' })), ['unattributed-quote']);
  assert.deepEqual(codes(analyze(`---\nquotes: single\n---\n${text}`)), ['unattributed-quote']);
});
