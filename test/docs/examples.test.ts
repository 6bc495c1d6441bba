// The fenced examples of README.md, examples/README.md and docs/*.md, checked against the real
// core (and the built CLI for shown output), so the docs cannot drift from
// what the tools do.
//
// Every fence with no language (or `articlemark`) is ArticleMark and needs an
// annotation on the line before it; other fences may carry one too:
//
//   <!-- example: clean -->              a whole article: no finding at error or warning level
//   <!-- example: CODE, CODE -->         exactly these findings, every severity, any order
//                                        (a code twice for two findings)
//   <!-- example: fragment -->           a partial snippet, not checked
//   <!-- example: config -->             an articlemark.json the tools accept without a problem
//   <!-- example: output of articlemark ARGS -->
//                                        the block is what `articlemark ARGS` prints, run from
//                                        the repository root (arguments split at spaces)
//
// Examples are checked with each rule's default severity, as a file in
// examples/, so `uses: registry/newsroom.article` finds the newsroom registry.
// A page may say which entities its examples assume, once, in a comment:
//
//   <!-- example registry: examples/registry/newsroom.article
//   @person starmer: Keir Starmer
//   -->
//
// The files named on the first line and the definitions below it are then the
// project registries of every example of the page; `; standalone` after an
// annotation (`<!-- example: clean; standalone -->`) checks that example
// without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ArticleProject, isRuleCode, parseConfig, type ArticleDiagnostic, type FileHost } from '../../server/src/core';
import { NodeFileHost } from '../../server/src/node/nodeFileHost';

const ROOT = resolve(__dirname, '../..');
const EXAMPLES = join(ROOT, 'examples');
const CLI = join(ROOT, 'dist/cli.js');
const DOCS = ['README.md', 'examples/README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Block {
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly info: string;
  readonly text: string;
  readonly annotation: string | undefined;
}

const ANNOTATION = /^<!--\s*example:\s*(.*?)\s*-->$/;

/** The fenced blocks of a Markdown file, their content out-dented as far as their fence is indented. */
function blocksOf(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!;
    const fence = open[2]!;
    const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const annotation = before >= 0 ? ANNOTATION.exec(lines[before]!.trim())?.[1] : undefined;
    const body = lines.slice(i + 1, end).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()));
    blocks.push({ line: i + 1, info: open[3]!, text: body.join('\n'), annotation });
    i = end;
  }
  return blocks;
}

const isArticleMark = (block: Block): boolean => block.info === '' || block.info === 'articlemark';

/** The disk, plus a few files that exist only for the check; every other articlemark.json is hidden, so defaults apply. */
class DocsHost implements FileHost {
  private readonly disk = new NodeFileHost();
  constructor(private readonly virtual: ReadonlyMap<string, string>) {}
  readFile(path: string): string | undefined {
    const text = this.virtual.get(path);
    if (text !== undefined || path.endsWith('/articlemark.json')) return text;
    return this.disk.readFile(path);
  }
  glob(patterns: readonly string[], cwd: string): string[] {
    // The registries below are named by path, never by pattern.
    return patterns.map((p) => join(cwd, p)).filter((p) => this.readFile(p) !== undefined).sort();
  }
}

interface PageContext {
  readonly project: ArticleProject;
  /** The registry files the page names, and the one made of its own definitions, when it gives some. */
  readonly registries: readonly string[];
}

const REGISTRY_COMMENT = /<!--\s*example registry:([^\n]*)\n([\s\S]*?)-->/;

/** Without configuration: every rule at its default severity, no registry but those an example's `uses` names. */
const standalone = new ArticleProject(new DocsHost(new Map()));

function pageContext(doc: string, markdown: string): PageContext {
  const comment = REGISTRY_COMMENT.exec(markdown);
  if (!comment) return { project: standalone, registries: [] };
  const own = join(EXAMPLES, `docs-registry/${doc.replace(/\W/g, '-')}.article`);
  const registries = [...comment[1]!.trim().split(/\s+/).filter(Boolean).map((p) => join(ROOT, p)), own];
  const config = JSON.stringify({ registries: registries.map((p) => relative(EXAMPLES, p)) });
  const virtual = new Map([[join(EXAMPLES, 'articlemark.json'), config], [own, comment[2]!]]);
  return { project: new ArticleProject(new DocsHost(virtual)), registries };
}

const show = (diagnostics: readonly ArticleDiagnostic[]): string =>
  diagnostics.map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}: ${d.message}`).join('\n') || '  (none)';

function check(diagnostics: readonly ArticleDiagnostic[], expectation: string): void {
  if (expectation === 'clean') {
    const serious = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    assert.equal(serious.length, 0, `shown as correct, but the tools report:\n${show(serious)}`);
    return;
  }
  const expected = expectation.split(',').map((c) => c.trim());
  const unknown = expected.filter((c) => !isRuleCode(c));
  assert.deepEqual(unknown, [], `not rule codes: ${unknown.join(', ')} (write clean, fragment, config, output of …, or rule codes)`);
  assert.deepEqual(diagnostics.map((d) => d.code).sort(), [...expected].sort(), `the tools report:\n${show(diagnostics)}`);
}

function checkOutput(command: string, shown: string): void {
  const [tool, ...args] = command.split(/\s+/);
  assert.equal(tool, 'articlemark', 'an output example runs `articlemark …`');
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build`');
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  assert.equal(result.stdout, `${shown}\n`, `\`${command}\` prints something else (stderr: ${result.stderr})`);
}

for (const doc of DOCS) {
  const markdown = readFileSync(join(ROOT, doc), 'utf8');
  const blocks = blocksOf(markdown);
  const context = pageContext(doc, markdown);

  test(`${doc}: every ArticleMark block says what it expects`, () => {
    const bare = blocks.filter((b) => isArticleMark(b) && b.annotation === undefined).map((b) => b.line);
    assert.deepEqual(bare, [], `put <!-- example: clean -->, <!-- example: CODE, … --> or <!-- example: fragment --> before the block at line(s) ${bare.join(', ')} (or give a non-ArticleMark block its language)`);
  });

  if (context.registries.length > 0) {
    test(`${doc}: the example registries exist and are clean`, () => {
      for (const registry of context.registries) {
        const analysis = context.project.analyzeFile(registry);
        assert.ok(analysis, `${relative(ROOT, registry)} does not exist`);
        check(analysis.diagnostics, 'clean');
      }
    });
  }

  for (const block of blocks) {
    if (block.annotation === undefined || block.annotation === 'fragment') continue;
    const annotation = block.annotation;
    test(`${doc}:${block.line} ${annotation}`, () => {
      const output = /^output of (.+)$/.exec(annotation);
      if (output) return checkOutput(output[1]!, block.text);
      if (annotation === 'config') return assert.deepEqual(parseConfig(block.text).problems.map((p) => p.message), []);
      const [expectation, option] = annotation.split(';').map((s) => s.trim()) as [string, string | undefined];
      assert.ok(option === undefined || option === 'standalone', `unknown option "${option}" (only "standalone")`);
      const project = option === 'standalone' ? standalone : context.project;
      const path = join(EXAMPLES, `${doc.replace(/\W/g, '-')}-${block.line}.article`);
      check(project.analyze(path, `${block.text}\n`).diagnostics, expectation);
    });
  }
}
