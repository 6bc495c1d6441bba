import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, ensureBuilt, EXAMPLES, readJson, removeDir, ROOT, run, tempDir } from './run';

interface Expected {
  readonly code: string;
  readonly line: number;
  readonly severity: string;
}

const LINE = /^(.+?):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+): (.+)$/;

function textFindings(stdout: string): { path: string; line: number; column: number; severity: string; code: string }[] {
  return stdout
    .split('\n')
    .map((line) => LINE.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ path: m[1]!, line: Number(m[2]), column: Number(m[3]), severity: m[4]!, code: m[5]! }));
}

before(ensureBuilt);

describe('articlemark check on the examples', () => {
  it('reports exactly faulty.expected.json for faulty.article and exits 1', () => {
    const result = run(['check', 'examples/faulty.article'], { cwd: ROOT });
    assert.equal(result.code, 1, result.stderr);
    const expected = readJson(join(EXAMPLES, 'faulty.expected.json')) as Expected[];
    const got = textFindings(result.stdout).map(({ code, line, severity }) => ({ code, line, severity }));
    assert.deepEqual(got, expected.map(({ code, line, severity }) => ({ code, line, severity })));
    assert.ok(textFindings(result.stdout).every((f) => f.path === 'examples/faulty.article'));
    const count = (severity: string): number => expected.filter((e) => e.severity === severity).length;
    const summary = `${expected.length} problems (${count('error')} errors, ${count('warning')} warnings, ${count('information')} information, ${count('hint')} hint) in 1 file checked`;
    assert.ok(result.stdout.endsWith(`\n\n${summary}\n`), result.stdout.slice(-200));
  });

  it('finds nothing in le-drian-choigou.article and exits 0', () => {
    const result = run(['check', 'examples/le-drian-choigou.article'], { cwd: ROOT });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(textFindings(result.stdout), []);
    assert.match(result.stdout, /^No problems \(0 errors, 0 warnings\) in 1 file checked\n$/);
    assert.equal(result.stderr, '');
  });

  it('groups findings per file, folders sorted, and --no-exit keeps 0 (what npm start runs)', () => {
    const result = run(['check', '--no-exit', 'examples/'], { cwd: ROOT });
    assert.equal(result.code, 0);
    const paths = [...new Set(textFindings(result.stdout).map((f) => f.path))];
    assert.deepEqual(paths, ['examples/faulty-front-matter.article', 'examples/faulty.article']);
    assert.equal(result.stdout.split('\n\n').length, 3, 'two file groups and the summary');
    const manifest = readJson(join(ROOT, 'package.json')) as { scripts: Record<string, string> };
    assert.match(manifest.scripts['start']!, /check --no-exit examples\//);
  });

  it('shows a file whose name starts with .. relative to the working folder, as it is inside it', () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, '..draft.article'), 'Intro.\n\n"Oui."\n');
      const result = run(['check', '..draft.article'], { cwd: dir });
      assert.match(result.stdout, /^\.\.draft\.article:3:1: warning unattributed-quote/m);
      const sarif = JSON.parse(run(['check', '..draft.article', '--format', 'sarif'], { cwd: dir }).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[] };
      assert.deepEqual(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation, { uri: '..draft.article', uriBaseId: '%SRCROOT%' });
    } finally {
      removeDir(dir);
    }
  });

  it('gives 1-based UTF-16 columns after astral characters', () => {
    const dir = tempDir();
    try {
      // 😀 is two UTF-16 code units: the quote mark after "😀 x " is at UTF-16 column 6.
      writeFileSync(join(dir, 'a.article'), 'Intro.\n\n😀 x "Bonjour."\n');
      const result = run(['check', 'a.article'], { cwd: dir });
      const [finding] = textFindings(result.stdout);
      assert.deepEqual(finding && { line: finding.line, column: finding.column, code: finding.code }, { line: 3, column: 6, code: 'unattributed-quote' });
      assert.equal(result.code, 0, 'warnings alone exit 0');
    } finally {
      removeDir(dir);
    }
  });
});

describe('exit codes and options', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'warn.article'), 'Intro.\n\n"Un." et "Deux." et TK.\n');
    copyFileSync(join(EXAMPLES, 'faulty.article'), join(dir, 'faulty.article'));
  });
  after(() => removeDir(dir));

  it('--max-warnings: within the bar 0, over it 1', () => {
    const count = textFindings(run(['check', 'warn.article'], { cwd: dir }).stdout).filter((f) => f.severity === 'warning').length;
    assert.equal(count, 3);
    assert.equal(run(['check', 'warn.article', '--max-warnings', '3'], { cwd: dir }).code, 0);
    const over = run(['check', 'warn.article', '--max-warnings', '2'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stderr, /3 warnings, more than --max-warnings 2/);
    assert.equal(run(['check', 'warn.article', '--max-warnings', '2', '--no-exit'], { cwd: dir }).code, 0);
    for (const format of ['json', 'sarif', 'github']) {
      const machine = run(['check', 'warn.article', '--max-warnings', '2', '--format', format], { cwd: dir });
      assert.equal(machine.code, 1, format);
      assert.equal(machine.stderr, 'articlemark: 3 warnings, more than --max-warnings 2\n', `${format}: exit 1 says why`);
    }
  });

  it('--max-warnings says "1 warning", not "1 warnings"', () => {
    writeFileSync(join(dir, 'one-warning.article'), 'Intro.\n\n"Un."\n');
    const over = run(['check', 'one-warning.article', '--max-warnings', '0'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'articlemark: 1 warning, more than --max-warnings 0\n');
  });

  it('checks a file once when symlinks lead to it by several paths (a linked folder, a linked file, a link up the tree)', () => {
    const tree = join(dir, 'linked');
    mkdirSync(join(tree, 'real/sub'), { recursive: true });
    mkdirSync(join(tree, 'other'));
    writeFileSync(join(tree, 'real/sub/a.article'), 'Intro.\n\n"Un."\n');
    symlinkSync('../real', join(tree, 'other/link'));
    symlinkSync('real/sub/a.article', join(tree, 'b.article'));
    symlinkSync('..', join(tree, 'real/sub/up'));
    const all = run(['check', '.'], { cwd: tree });
    assert.deepEqual(textFindings(all.stdout).map((f) => f.path), ['b.article'], 'the first path in sorted order names it');
    assert.match(all.stdout, /in 1 file checked/);
    const given = run(['check', 'real/sub/a.article', 'other/link/sub/a.article', 'b.article', 'other'], { cwd: tree });
    assert.deepEqual(textFindings(given.stdout).map((f) => f.path), ['real/sub/a.article'], 'the first path given names it');
    assert.match(given.stdout, /in 1 file checked/);
  });

  it('reads a registry once when its glob reaches it by several paths (a link back up the registry folder)', () => {
    const tree = join(dir, 'linked-registry');
    mkdirSync(join(tree, 'registry'), { recursive: true });
    writeFileSync(join(tree, 'articlemark.json'), '{ "registries": ["registry/**/*.article"] }\n');
    writeFileSync(join(tree, 'registry/people.article'), '@person ceo: Alice Martin\n');
    symlinkSync('.', join(tree, 'registry/up'));
    writeFileSync(join(tree, 'story.article'), '---\ntitle: T\nlang: en\n---\n[Alice Martin](@ceo) spoke.\n');
    const result = run(['check', '.'], { cwd: tree });
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /^No problems .* in 2 files checked/);
  });

  it('--quiet shows errors only and does not count warnings', () => {
    const result = run(['check', 'faulty.article', 'warn.article', '--quiet', '--max-warnings', '0'], { cwd: dir });
    assert.equal(result.code, 1);
    const findings = textFindings(result.stdout);
    assert.equal(findings.length, 11);
    assert.ok(findings.every((f) => f.severity === 'error'));
    assert.equal(run(['check', 'warn.article', '--quiet', '--max-warnings', '0'], { cwd: dir }).code, 0);
  });

  it('reads standard input with --stdin-filename for config lookup and output', () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'articlemark.json'), JSON.stringify({ rules: { 'unattributed-quote': 'error' } }));
    const result = run(['check', '-', '--stdin-filename', 'sub/story.article'], { cwd: dir, input: 'Intro.\n\n"Oui."\n' });
    assert.equal(result.code, 1, 'the config next to the named path makes it an error');
    assert.deepEqual(textFindings(result.stdout).map((f) => `${f.path}:${f.severity}:${f.code}`), ['sub/story.article:error:unattributed-quote']);
    // Each file once: `-` stands for the file it names, wherever that file is named, and `-` twice is read once.
    writeFileSync(join(sub, 'story.article'), 'Intro on disk.\n');
    for (const args of [['sub/story.article', '-'], ['-', 'sub/story.article'], ['-', '-']]) {
      const once = run(['check', ...args, '--stdin-filename', 'sub/story.article'], { cwd: dir, input: 'Intro.\n\n"Oui."\n' });
      assert.deepEqual(textFindings(once.stdout).map((f) => `${f.path}:${f.code}`), ['sub/story.article:unattributed-quote'], args.join(' '));
      assert.match(once.stdout, /in 1 file checked/, args.join(' '));
    }
    const plain = run(['check', '-'], { cwd: dir, input: 'Intro.\n\n"Oui."\n' });
    assert.equal(plain.code, 0);
    assert.match(plain.stdout, /^<stdin>:3:1: warning unattributed-quote/m);
  });

  it('colours only when asked or on a terminal', () => {
    assert.doesNotMatch(run(['check', 'faulty.article'], { cwd: dir }).stdout, /\x1b\[/);
    assert.match(run(['check', 'faulty.article', '--color'], { cwd: dir }).stdout, /\x1b\[31merror\x1b\[39m/);
    // As Node and chalk read FORCE_COLOR: 0 and false turn colours off, other values on.
    const colours = (value: string): boolean => /\x1b\[/.test(run(['check', 'faulty.article'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: value } }).stdout);
    assert.deepEqual(['1', 'true', '', '0', 'false'].map(colours), [true, true, true, false, false]);
  });

  it('a reader that stops early (| head) gets no stack trace, and the exit code still says what was found', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      // The read end is closed before the CLI writes, as `head` closes it after its lines: the write fails with EPIPE.
      const child = spawn(process.execPath, [CLI, 'check', 'faulty.article', '--format', format], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(stderr, '', format);
      assert.equal(code, 1, format);
    }
  });

  it('usage errors exit 2', () => {
    const bad = run(['check', '--format', 'xml', 'faulty.article'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown format "xml"/);
    const bogus = run(['check', '--bogus'], { cwd: dir });
    assert.equal(bogus.code, 2);
    // Named as an unknown command is, not with parseArgs's advice on positional arguments.
    assert.match(bogus.stderr, /^articlemark check: unknown option "--bogus" \(the options are listed below\)\n\nUsage: articlemark check/);
    assert.match(run(['import', '-x', 'faulty.article'], { cwd: dir }).stderr, /^articlemark import: unknown option "-x"/);
    assert.match(run(['check', 'faulty.article', '-f'], { cwd: dir }).stderr, /^articlemark check: --format needs a value\n/);
    assert.match(run(['check', '--no-exit=yes'], { cwd: dir }).stderr, /^articlemark check: --no-exit takes no value\n/);
    assert.equal(run(['check', '--max-warnings', 'many'], { cwd: dir }).code, 2);
    assert.equal(run(['frobnicate'], { cwd: dir }).code, 2);
    // A typo is answered with the command meant, then the list.
    assert.match(run(['chek', 'faulty.article'], { cwd: dir }).stderr, /^articlemark: unknown command "chek": did you mean "check"\?\n\nUsage: articlemark <command>/);
    assert.match(run(['frobnicate'], { cwd: dir }).stderr, /^articlemark: unknown command "frobnicate"\n/);
    const help = run(['--help'], { cwd: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /check\s+check articles/);
    assert.match(help.stdout, /export\s+write the document model/);
    // `help COMMAND`, as git and npm read it, is that command's help; an unknown one is refused.
    const checkHelp = run(['help', 'check'], { cwd: dir });
    assert.equal(checkHelp.code, 0);
    assert.equal(checkHelp.stdout, run(['check', '--help'], { cwd: dir }).stdout);
    assert.equal(run(['help', 'frobnicate'], { cwd: dir }).code, 2);
  });

  it('the problem matcher in package.json reads the text output', () => {
    const manifest = readJson(join(ROOT, 'package.json')) as { contributes: { problemMatchers: { name: string; owner: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[] } };
    const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'articlemark');
    assert.ok(matcher);
    assert.equal(matcher.owner, 'articlemark');
    const regexp = new RegExp(matcher.pattern.regexp);
    const stdout = run(['check', 'faulty.article'], { cwd: dir }).stdout;
    const expected = textFindings(stdout);
    const matched = stdout.split('\n').map((l) => regexp.exec(l)).filter((m): m is RegExpExecArray => m !== null);
    assert.ok(expected.length > 10);
    assert.deepEqual(
      matched.map((m) => ({ path: m[matcher.pattern.file], line: Number(m[matcher.pattern.line]), column: Number(m[matcher.pattern.column]), severity: m[matcher.pattern.severity], code: m[matcher.pattern.code] })),
      expected,
    );
    assert.ok(matched.every((m) => (m[matcher.pattern.message] ?? '').length > 0));
  });
});
