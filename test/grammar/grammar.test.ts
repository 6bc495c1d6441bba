// Grammar tests: the TextMate grammar is checked by vscode-tmgrammar-test's two
// tools, run as subprocesses exactly as a developer would run them by hand
// (see docs/editor-highlighting.md), plus structural checks the tools cannot make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
const casesDir = join(root, 'test', 'grammar', 'cases');
const grammarPath = join(root, 'syntaxes', 'articlemark.tmLanguage.json');

interface ToolRun {
  readonly status: number | null;
  readonly output: string;
}

function runTool(tool: 'vscode-tmgrammar-test' | 'vscode-tmgrammar-snap', args: readonly string[]): ToolRun {
  const result = spawnSync(join(root, 'node_modules', '.bin', tool), args, { cwd: root, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function articlesIn(folder: string): string[] {
  return readdirSync(join(casesDir, folder))
    .filter((name) => name.endsWith('.article'))
    .sort()
    .map((name) => join(casesDir, folder, name));
}

/** Lines the unit tool reads as assertions: `<!--` then `^` marks or a `<--` arrow. */
function assertionCount(file: string): number {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => /^<!--\s*(\^|<~*-+)/.test(line)).length;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the grammar, depth first, so rules nested in captures are seen too. */
function* objectsOf(value: Json): Generator<{ [key: string]: Json }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsOf(item);
  } else if (isObject(value)) {
    yield value;
    for (const item of Object.values(value)) yield* objectsOf(item);
  }
}

function readGrammar(): { [key: string]: Json } {
  const grammar = JSON.parse(readFileSync(grammarPath, 'utf8')) as Json;
  assert.ok(isObject(grammar), 'the grammar is a JSON object');
  return grammar;
}

test('package.json points at the grammar and its scope name', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Json;
  assert.ok(isObject(manifest) && isObject(manifest.contributes ?? null));
  const grammars = (manifest.contributes as { [key: string]: Json }).grammars;
  assert.ok(Array.isArray(grammars));
  const entry = grammars.find((g) => isObject(g) && g.language === 'articlemark');
  assert.ok(entry !== undefined && isObject(entry), 'a grammar is contributed for articlemark');
  assert.equal(resolve(root, String(entry.path)), grammarPath);
  assert.equal(readGrammar().scopeName, entry.scopeName);
});

test('every local include names a repository rule (vscode-textmate ignores broken ones silently)', () => {
  const grammar = readGrammar();
  const repository = grammar.repository;
  assert.ok(isObject(repository));
  const missing: string[] = [];
  for (const node of objectsOf(grammar)) {
    const include = node.include;
    if (typeof include === 'string' && include.startsWith('#') && !(include.slice(1) in repository)) {
      missing.push(include);
    }
  }
  assert.deepEqual(missing, []);
  const external = [...objectsOf(grammar)]
    .map((node) => node.include)
    .filter((include): include is string => typeof include === 'string' && !include.startsWith('#'));
  assert.deepEqual([...new Set(external)], ['source.yaml'], 'the only embedded grammar is YAML, for front matter');
});

test('every scope the grammar assigns ends with .articlemark', () => {
  const grammar = readGrammar();
  const offenders = new Set<string>();
  for (const node of objectsOf(grammar)) {
    // The top-level "name" is the grammar's display name, not a scope.
    if (node === grammar) continue;
    for (const key of ['name', 'contentName'] as const) {
      const value = node[key];
      if (typeof value !== 'string') continue;
      for (const scope of value.split(/\s+/)) if (!scope.endsWith('.articlemark')) offenders.add(scope);
    }
  }
  assert.deepEqual([...offenders], []);
});

test('inline-assertion cases pass (vscode-tmgrammar-test)', () => {
  const files = articlesIn('unit');
  assert.ok(files.length >= 8, `expected the unit cases, found ${files.length}`);
  for (const file of files) assert.ok(assertionCount(file) > 0, `${file} asserts nothing`);
  const run = runTool('vscode-tmgrammar-test', ['--compact', 'test/grammar/cases/unit/*.article']);
  assert.equal(run.status, 0, run.output);
  assert.doesNotMatch(run.output, /ERROR/, run.output);
});

test('whole-document snapshots match (vscode-tmgrammar-snap)', () => {
  const files = articlesIn('snap');
  assert.ok(files.length >= 3, `expected the snapshot documents, found ${files.length}`);
  // Without its .snap the tool would write one and pass: a missing snapshot must fail here.
  for (const file of files) assert.ok(existsSync(`${file}.snap`), `${file}.snap is missing; generate it with --updateSnapshot and review it`);
  const run = runTool('vscode-tmgrammar-snap', ['test/grammar/cases/snap/*.article']);
  assert.equal(run.status, 0, run.output);
  assert.doesNotMatch(run.output, /Generating snapshot|Updating snapshot|ERROR/, run.output);
});

test('front matter is handed to source.yaml when that grammar exists, and still closes at ---', () => {
  const files = articlesIn('embedded-yaml');
  assert.ok(files.length > 0 && files.every((file) => assertionCount(file) > 0));
  const run = runTool('vscode-tmgrammar-test', [
    '--compact',
    '--grammar',
    'test/grammar/fixtures/yaml-stub.tmLanguage.json',
    'test/grammar/cases/embedded-yaml/*.article',
  ]);
  assert.equal(run.status, 0, run.output);
  assert.doesNotMatch(run.output, /ERROR/, run.output);
});
