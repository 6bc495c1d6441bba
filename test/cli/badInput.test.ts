import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, cpSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { CLI, ensureBuilt, EXAMPLES, removeDir, run, tempDir } from './run';

const findingsOf = (stdout: string, file: string): number => stdout.split('\n').filter((l) => l.startsWith(`${file}:`)).length;

before(ensureBuilt);

describe('bad input: named on stderr, exit 2, the other files still checked', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    cpSync(join(EXAMPLES, 'faulty.article'), join(dir, 'faulty.article'));
    mkdirSync(join(dir, 'empty'));
    mkdirSync(join(dir, 'tree/node_modules'), { recursive: true });
    mkdirSync(join(dir, 'tree/.drafts'), { recursive: true });
    writeFileSync(join(dir, 'tree/node_modules/dep.article'), '"dep"\n');
    writeFileSync(join(dir, 'tree/.drafts/draft.article'), '"draft"\n');
    writeFileSync(join(dir, 'tree/story.article'), 'Intro.\n\n"Oui."\n');
    writeFileSync(join(dir, 'tree/notes.txt'), '"not an article"\n');
    writeFileSync(join(dir, 'binary.article'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.article'), Buffer.from('Caf\xe9 "cr\xe8me".\n', 'latin1'));
    symlinkSync('loop.article', join(dir, 'loop.article'));
    writeFileSync(join(dir, 'utf16.article'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Caf\xe9 "cr\xe8me".\n', 'utf16le')]));
  });
  after(() => removeDir(dir));

  it('folders recurse to *.article, skipping node_modules and dot-folders; globs expand', () => {
    const result = run(['check', 'tree'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^tree\/story\.article:3:1: warning unattributed-quote/m);
    assert.doesNotMatch(result.stdout, /node_modules|\.drafts|notes\.txt/);
    const globbed = run(['check', 'tree/*.article', 'faulty.*'], { cwd: dir });
    assert.equal(globbed.code, 1);
    assert.equal(findingsOf(globbed.stdout, 'tree/story.article'), 1);
    assert.ok(findingsOf(globbed.stdout, 'faulty.article') > 10);
    // Like a folder, a glob yields articles only (not notes, articlemark.json or photos next to them).
    const everything = run(['check', 'tree/*'], { cwd: dir });
    assert.equal(everything.code, 0, everything.stderr);
    assert.equal(findingsOf(everything.stdout, 'tree/story.article'), 1);
    assert.doesNotMatch(everything.stdout, /notes\.txt/);
    assert.match(everything.stdout, /in 1 file checked/);
    // Named explicitly, a file is checked whatever its extension.
    assert.equal(findingsOf(run(['check', 'tree/notes.txt'], { cwd: dir }).stdout, 'tree/notes.txt'), 1);
  });

  for (const [name, args, message] of [
    ['a missing path', ['nope.article'], /^articlemark: nope\.article: no such file or directory$/m],
    ['a folder with no articles', ['empty'], /^articlemark: empty: no \.article files in this folder$/m],
    ['a glob that matches nothing', ['zz/*.article'], /^articlemark: zz\/\*\.article: no files match this pattern$/m],
    ['a glob that matches no article', ['tree/*.txt'], /^articlemark: tree\/\*\.txt: no \.article files match this pattern$/m],
    ['a binary file', ['binary.article'], /^articlemark: binary\.article: binary file, not checked$/m],
    ['a non-UTF-8 file', ['latin1.article'], /^articlemark: latin1\.article: not valid UTF-8/m],
    ['a UTF-16 file', ['utf16.article'], /^articlemark: utf16\.article: UTF-16 text, not checked \(save it as UTF-8\)$/m],
    ['a path through a file', ['faulty.article/x.article'], /^articlemark: faulty\.article\/x\.article: a part of its path is a file, not a folder$/m],
    ['a symbolic link to itself', ['loop.article'], /^articlemark: loop\.article: its symbolic links lead round in a loop$/m],
  ] as const) {
    it(`${name}: exit 2 (wins over 1), the faulty file still reported`, () => {
      const result = run(['check', ...args, 'faulty.article'], { cwd: dir });
      assert.equal(result.code, 2);
      assert.match(result.stderr, message);
      assert.ok(findingsOf(result.stdout, 'faulty.article') > 10, 'other files still checked');
      // The summary says that the check is not complete (it read "No problems … in 0 files checked" alone).
      assert.match(run(['check', ...args], { cwd: dir }).stdout, /^No problems \(0 errors, 0 warnings\) in 0 files checked; 1 thing could not be checked or used \(see standard error\)$/m);
      assert.equal(run(['check', ...args, 'faulty.article', '--no-exit'], { cwd: dir }).code, 2, '--no-exit does not hide trouble');
      const json = JSON.parse(run(['check', ...args, '--format', 'json'], { cwd: dir }).stdout) as { problems: { path: string; message: string }[] };
      assert.equal(json.problems.length, 1);
      const sarif = JSON.parse(run(['check', ...args, 'faulty.article', '--format', 'sarif'], { cwd: dir }).stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[] }[] };
      assert.equal(sarif.runs[0]!.invocations[0]!.executionSuccessful, false);
      assert.equal(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.length, 1);
    });
  }

  it('import and suggest refuse binary and non-UTF-8 files like check does', () => {
    for (const command of ['import', 'suggest']) {
      for (const [file, message] of [
        ['binary.article', /binary file/],
        ['latin1.article', /not valid UTF-8/],
        ['nope.txt', /no such file or directory/],
      ] as const) {
        const result = run([command, file], { cwd: dir });
        assert.equal(result.code, 2, `${command} ${file}`);
        assert.equal(result.stdout, '');
        assert.match(result.stderr, new RegExp(`^articlemark ${command}: cannot read ${file.replace('.', '\\.')}: ${message.source}`, 'm'));
      }
    }
  });

  it('import -o names a place it cannot write to (exit 2, no stack trace)', () => {
    writeFileSync(join(dir, 'wire.txt'), 'Titre\n\n"Nous partons", a dit Jean Dupont.\n');
    for (const [output, message] of [
      ['missing/story.article', 'no such folder'],
      ['tree', 'is a directory'],
    ] as const) {
      const result = run(['import', 'wire.txt', '-o', output], { cwd: dir });
      assert.equal(result.code, 2, output);
      assert.equal(result.stderr, `articlemark import: cannot write ${output}: ${message}\n`);
    }
  });

  it('a `uses` file that is there but cannot be read is not said to be missing', () => {
    mkdirSync(join(dir, 'uses/registry'), { recursive: true });
    writeFileSync(join(dir, 'uses/registry/people.article'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('@person ceo: Alice Martin\n', 'utf16le')]));
    writeFileSync(join(dir, 'uses/story.article'), '---\nuses: registry/people.article\n---\n\n"Oui."@ceo\n');
    const result = run(['check', 'uses/story.article'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^articlemark: uses\/registry\/people\.article: UTF-16 text, not checked/m);
    assert.match(result.stdout, /^uses\/story\.article:2:7: error missing-registry: The registry "registry\/people\.article" cannot be read: it must be a UTF-8 text file the tools may read\.$/m);
    assert.doesNotMatch(result.stdout, /does not exist/);
  });

  it('standard input that is a folder (`- < stories/`) is refused, not read as an empty text', () => {
    for (const args of [['check', '-'], ['export', '-'], ['import', '-'], ['suggest', '-']]) {
      const folder = openSync(join(dir, 'tree'), 'r');
      try {
        const result = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8' });
        assert.equal(result.status, 2, `${args[0]}: ${result.stdout}`);
        assert.match(result.stderr, /(<stdin>|standard input): is a directory$/m, args[0]);
      } finally {
        closeSync(folder);
      }
    }
  });

  it('a file whose name is not UTF-8 is named as such, not as missing', () => {
    mkdirSync(join(dir, 'latin1-name'));
    // Node lists such a name with U+FFFD in place of the bad byte; that path leads nowhere.
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'latin1-name/caf')), Buffer.from([0xe9]), Buffer.from('.article')]), '"x"\n');
    const result = run(['check', 'latin1-name'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'articlemark: latin1-name/caf\uFFFD.article: its name is not valid UTF-8, so it cannot be opened: rename it\n');
  });

  it('a file it may not read', { skip: process.getuid?.() !== 0 && process.platform !== 'linux' }, () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o755);
    cpSync(join(EXAMPLES, 'faulty.article'), join(locked, 'faulty.article'));
    writeFileSync(join(locked, 'secret.article'), '"x"\n');
    chmodSync(join(locked, 'faulty.article'), 0o644);
    chmodSync(join(locked, 'secret.article'), 0o000);
    // root reads anything: run as `nobody` then, so the permission applies.
    const uid = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const result = run(['check', 'secret.article', 'faulty.article'], { cwd: locked, ...uid });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^articlemark: secret\.article: permission denied/m);
    assert.ok(findingsOf(result.stdout, 'faulty.article') > 10);
  });
});

describe('bad articlemark.json', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    for (const name of ['invalid', 'unknown', 'unreadable', 'explicit']) mkdirSync(join(dir, name));
    writeFileSync(join(dir, 'invalid/articlemark.json'), '{ "rules": ');
    writeFileSync(join(dir, 'unknown/articlemark.json'), JSON.stringify({ rules: { 'no-such-rule': 'error', placeholder: 'loud', 'unattributed-quote': 'error' } }));
    writeFileSync(join(dir, 'unreadable/articlemark.json'), JSON.stringify({ rules: { 'unattributed-quote': 'error' } }));
    chmodSync(join(dir, 'unreadable/articlemark.json'), 0o000);
    for (const name of ['invalid', 'unknown', 'unreadable', 'explicit']) writeFileSync(join(dir, name, 'a.article'), 'Intro.\n\n"Oui." TK\n');
    for (const name of ['invalid', 'unknown', 'unreadable', 'explicit']) chmodSync(join(dir, name), 0o755);
  });
  after(() => removeDir(dir));

  it('invalid JSON: named, defaults used, exit 2', () => {
    const result = run(['check', 'invalid'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^articlemark: invalid\/articlemark\.json: not valid JSON/m);
    assert.match(result.stdout, /invalid\/a\.article:3:1: warning unattributed-quote/);
  });

  it('invalid JSON: says the line and column where it stops, not only an offset', () => {
    mkdirSync(join(dir, 'comma'));
    // A trailing comma on line 2 (V8 stops at the } in column 38); the byte order mark and the CRLF line ends count for nothing.
    writeFileSync(join(dir, 'comma/articlemark.json'), '\uFEFF{\r\n  "rules": { "placeholder": "error", },\r\n  "lang": "fr"\r\n}\r\n');
    writeFileSync(join(dir, 'comma/a.article'), 'Intro.\n');
    chmodSync(join(dir, 'comma'), 0o755);
    const result = run(['check', 'comma'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^articlemark: comma\/articlemark\.json: not valid JSON: .* \(line 2, column 38\); checking with the default configuration$/m);
  });

  it('unknown rule code and severity: each named, the rest of the file applies', () => {
    const result = run(['check', 'unknown'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown\/articlemark\.json: unknown rule code "no-such-rule"/);
    assert.match(result.stderr, /unknown\/articlemark\.json: "placeholder": severity must be one of/);
    assert.match(result.stdout, /unknown\/a\.article:3:1: error unattributed-quote/, 'the valid rule setting still applies');
  });

  it('a registries pattern that matches no file: named once, the other patterns apply, exit 2', () => {
    const project = join(dir, 'registries');
    mkdirSync(join(project, 'registry'), { recursive: true });
    writeFileSync(join(project, 'articlemark.json'), JSON.stringify({ registries: ['registry/*.article', 'registry/*.artcle', '!registry/old-*'] }));
    writeFileSync(join(project, 'registry/people.article'), '@person ceo: Alice Martin\n');
    for (const name of ['a', 'b']) writeFileSync(join(project, `${name}.article`), '"Oui."@ceo\n');
    chmodSync(project, 0o755);
    const result = run(['check', 'registries'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.deepEqual(result.stderr.trim().split('\n'), ['articlemark: registries/articlemark.json: no file matches "registry/*.artcle" in "registries"']);
    assert.doesNotMatch(result.stdout, /unknown-entity/, '@ceo resolves through the pattern that matches');
    writeFileSync(join(project, 'articlemark.json'), JSON.stringify({ registries: ['registry/*.article', '!registry/old-*'] }));
    const fixed = run(['check', 'registries'], { cwd: dir });
    assert.equal(fixed.code, 0, fixed.stderr);
  });

  it('export names a bad articlemark.json too (exit 2, the model still written), from a file or from - with --stdin-filename', () => {
    const fromFile = run(['export', 'unknown/a.article'], { cwd: dir });
    assert.equal(fromFile.code, 2);
    assert.match(fromFile.stderr, /^articlemark: unknown\/articlemark\.json: unknown rule code "no-such-rule"/m);
    assert.equal((JSON.parse(fromFile.stdout) as { path: string }).path, 'unknown/a.article');
    const fromStdin = run(['export', '-', '--stdin-filename', 'invalid/b.article'], { cwd: dir, input: 'Intro.\n\n"Oui."\n' });
    assert.equal(fromStdin.code, 2);
    assert.match(fromStdin.stderr, /^articlemark: invalid\/articlemark\.json: not valid JSON/m);
    assert.equal((JSON.parse(fromStdin.stdout) as { path: string }).path, 'invalid/b.article');
  });

  it('an unreadable articlemark.json is named, not silently skipped', () => {
    const uid = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const result = run(['check', 'unreadable'], { cwd: dir, ...uid });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /unreadable\/articlemark\.json: permission denied/);
  });

  it('an articlemark.json that cannot be read is still the one for its folder: defaults apply, not the file of a folder above', () => {
    const project = join(dir, 'nested');
    mkdirSync(join(project, 'utf16'), { recursive: true });
    mkdirSync(join(project, 'locked'));
    writeFileSync(join(project, 'articlemark.json'), JSON.stringify({ rules: { 'unattributed-quote': 'off', placeholder: 'off' } }));
    writeFileSync(join(project, 'utf16/articlemark.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]));
    writeFileSync(join(project, 'locked/articlemark.json'), '{}');
    chmodSync(join(project, 'locked/articlemark.json'), 0o000);
    for (const name of ['utf16', 'locked']) writeFileSync(join(project, name, 'a.article'), 'Intro.\n\n"Oui." TK\n');
    for (const folder of [project, join(project, 'utf16'), join(project, 'locked')]) chmodSync(folder, 0o755);
    const uid = process.getuid?.() === 0 ? { uid: 65534 } : {};
    const result = run(['check', 'nested/utf16', 'nested/locked'], { cwd: dir, ...uid });
    assert.equal(result.code, 2, result.stderr);
    assert.deepEqual(result.stderr.trim().split('\n'), [
      'articlemark: nested/utf16/articlemark.json: UTF-16 text, not checked (save it as UTF-8); checking with the default configuration',
      'articlemark: nested/locked/articlemark.json: permission denied: cannot read this file; checking with the default configuration',
    ]);
    for (const name of ['utf16', 'locked']) {
      assert.match(result.stdout, new RegExp(`^nested/${name}/a\\.article:3:1: warning unattributed-quote`, 'm'), `${name}: the defaults, not nested/articlemark.json`);
    }
  });

  it('--config FILE wins over the file next to the article; a missing one is named', () => {
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
    const strict = run(['check', 'explicit', '--config', 'strict.json'], { cwd: dir });
    assert.equal(strict.code, 1, strict.stderr);
    assert.match(strict.stdout, /explicit\/a\.article:3:\d+: error placeholder/);
    const missing = run(['check', 'explicit', '--config', 'gone.json'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'articlemark: gone.json: no such file or directory; checking with the default configuration\n');
    assert.match(missing.stdout, /explicit\/a\.article:3:\d+: warning placeholder/);
    // One line saying why, not "cannot be read" and the reason on two lines.
    const folder = run(['check', 'explicit', '--config', 'explicit'], { cwd: dir });
    assert.equal(folder.code, 2);
    assert.equal(folder.stderr, 'articlemark: explicit: is a directory; checking with the default configuration\n');
  });
});

describe('worker threads', () => {
  it('--jobs 2 gives the same output, in the same order, as one thread', () => {
    const dir = tempDir();
    try {
      cpSync(join(EXAMPLES, 'registry'), join(dir, 'registry'), { recursive: true });
      cpSync(join(EXAMPLES, 'articlemark.json'), join(dir, 'articlemark.json'));
      for (let i = 0; i < 80; i++) {
        mkdirSync(join(dir, `d${i % 7}`), { recursive: true });
        cpSync(join(EXAMPLES, i % 2 ? 'faulty.article' : 'le-drian-choigou.article'), join(dir, `d${i % 7}`, `a${i}.article`));
      }
      writeFileSync(join(dir, 'd3/bad.article'), Buffer.from([0, 1, 2]));
      const serial = run(['check', '.', '--format', 'json', '--jobs', '1'], { cwd: dir });
      const parallel = run(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: dir });
      assert.equal(serial.code, 2);
      assert.equal(parallel.code, 2);
      assert.equal(parallel.stdout, serial.stdout);
      assert.equal(parallel.stderr, serial.stderr);
      const output = JSON.parse(serial.stdout) as { files: { findings: unknown[] }[] };
      assert.equal(output.files.length, 81, '80 articles and the registry');
    } finally {
      removeDir(dir);
    }
  });
});
