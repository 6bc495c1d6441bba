// The reference tables and links of the docs, checked against the code they
// describe, so a rule, a key, an option or a setting cannot be added, renamed
// or given another default without the docs following (examples.test.ts
// checks the fenced examples; this file checks the rest).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ENTITY_KINDS, RULES, isValidId } from '../../server/src/core';
import { CONFIG_KEYS } from '../../server/src/core/project/config';
import { KNOWN_KEYS } from '../../server/src/core/syntax/frontMatter';
import { checkCommand } from '../../server/src/cli/commands/check';

const ROOT = resolve(__dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const LANGUAGE = read('docs/language.md');

/** The rows of the table whose header row starts with `firstHeader`, each as its cells (trimmed), header and rule left out. */
function table(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^\\|\\s*${firstHeader}\\s*\\|`).test(line));
  assert.ok(start >= 0, `no table headed "${firstHeader}"`);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(1, lines[i]!.lastIndexOf('|')).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

/** The code spans of a cell, without their backticks: `` `a`, `b` `` gives a, b. */
const codeSpans = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

test('language.md: the rules table lists every rule code, in the catalog order, with its default severity', () => {
  const rows = table(LANGUAGE, 'code');
  assert.deepEqual(
    rows.map(([code, severity]) => [codeSpans(code!)[0], severity]),
    RULES.map((rule) => [rule.code, rule.defaultSeverity]),
  );
});

test('language.md: each rule has its section, which opens with its default severity', () => {
  const opening: Record<string, RegExp> = { error: /^\*Error\./, warning: /^\*Warning\./, information: /^\*Information\./, hint: /^\*Hint\b/, off: /^\*Off by default\./ };
  for (const rule of RULES) {
    const section = new RegExp(`^### \`${rule.code}\`\\n\\n(.*)$`, 'm').exec(LANGUAGE);
    assert.ok(section, `no "### \`${rule.code}\`" section`);
    assert.match(section[1]!, opening[rule.defaultSeverity]!, rule.code);
  }
});

test('language.md: the configuration table gives every key articlemark.json takes, and no other', () => {
  const keys = table(LANGUAGE, 'key').map(([key]) => codeSpans(key!)[0]!);
  // The first table headed "key" is the front matter's; the configuration's is the one after "### `articlemark.json`".
  const config = table(LANGUAGE.slice(LANGUAGE.indexOf('### `articlemark.json`')), 'key').map(([key]) => codeSpans(key!)[0]!);
  assert.deepEqual([...config].sort(), [...CONFIG_KEYS].sort());
  assert.deepEqual([...keys].sort(), [...KNOWN_KEYS].sort(), 'the front matter table gives the keys the language reads');
});

test('language.md: the kinds table gives every entity kind', () => {
  assert.deepEqual(table(LANGUAGE, 'kind').map(([kind]) => codeSpans(kind!)[0]), [...ENTITY_KINDS]);
});

test('language.md: the IDs shown as valid are valid, those shown as bad-definition are not', () => {
  const rows = table(LANGUAGE, 'ID');
  const valid = rows.find(([, verdict]) => verdict === 'valid');
  const invalid = rows.find(([, verdict]) => verdict === '`bad-definition`');
  assert.ok(valid && invalid);
  for (const id of codeSpans(valid[0]!)) assert.ok(isValidId(id), id);
  for (const id of codeSpans(invalid[0]!)) assert.ok(!isValidId(id), id);
});

test('cli.md: the options table of check gives every option check takes, with its short form', () => {
  // A cell reads `-f, --format FORMAT`, or `--color`, `--no-color`.
  const documented = new Map<string, string | undefined>();
  for (const [cell] of table(read('docs/cli.md'), 'option')) {
    for (const span of codeSpans(cell!)) {
      const flags = /^(?:(-\w), )?--([\w-]+)/.exec(span);
      assert.ok(flags, `not an option: ${span}`);
      documented.set(flags[2]!, flags[1]);
    }
  }
  const options = { ...checkCommand.options, help: { type: 'boolean', short: 'h' } } as Record<string, { short?: string }>;
  assert.deepEqual([...documented.keys()].sort(), Object.keys(options).sort());
  for (const [name, { short }] of Object.entries(options)) {
    assert.equal(documented.get(name), short ? `-${short}` : undefined, `--${name}: its short form`);
    assert.match(checkCommand.usage, new RegExp(`${short ? `-${short}, ` : ''}--${name}\\b`), `check --help gives --${name}`);
  }
});

interface Manifest {
  readonly contributes: { readonly configuration: { readonly properties: Readonly<Record<string, { readonly default?: unknown }>> } };
}

test('editor.md and extension.md: the settings tables give the extension settings and their defaults', () => {
  const settings = (JSON.parse(read('package.json')) as Manifest).contributes.configuration.properties;
  const extension = table(read('docs/extension.md'), 'Setting');
  assert.deepEqual(
    extension.map(([name, defaultValue]) => [codeSpans(name!)[0], codeSpans(defaultValue!)[0]]),
    Object.entries(settings).map(([name, schema]) => [name, typeof schema.default === 'string' ? schema.default : JSON.stringify(schema.default)]),
  );
  // The editor guide is for every LSP client: the settings the server reads (not the VS Code trace).
  const server = table(read('docs/editor.md'), 'Setting').map(([name]) => codeSpans(name!)[0]!);
  assert.deepEqual(server, Object.keys(settings).filter((name) => name !== 'articlemark.trace.server'));
});

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const found = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    found.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return found;
}

/** The text with its fenced blocks and code spans (`` `a` ``, ``` `` a`b `` ```, over a line break too) blanked. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^\s*(```|~~~)[\s\S]*?^\s*\1/gm, '').replace(/(`+)[\s\S]*?[^`]\1(?!`)/g, '');
}

const PAGES = ['README.md', 'examples/README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

for (const page of PAGES) {
  test(`${page}: every link to a file of the repository or a heading leads somewhere`, () => {
    // Code (fenced and inline, which may run over a line break) shows markup; it links nowhere.
    const prose = withoutCode(read(page));
    const broken: string[] = [];
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [file, anchor] = target!.split('#') as [string, string | undefined];
      const path = file === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), file);
      if (!existsSync(path)) broken.push(`${target}: no such file`);
      else if (anchor !== undefined && path.endsWith('.md') && !anchors(readFileSync(path, 'utf8')).has(anchor)) broken.push(`${target}: no such heading`);
    }
    assert.deepEqual(broken, []);
  });
}
