import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { Writable } from 'node:stream';
import { RULES } from '../../server/src/core';
import { writeJson } from '../../server/src/cli/jsonOutput';
import { ensureBuilt, EXAMPLES, readJson, removeDir, ROOT, run, tempDir } from './run';

interface JsonOutput {
  schemaVersion: number;
  files: { path: string; findings: { code: string; line: number; severity: string; column: number; endLine: number; endColumn: number }[] }[];
  problems: unknown[];
  summary: Record<string, number>;
}

const sarifValidator = (() => {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(readJson(join(ROOT, 'test/fixtures/schemas/sarif-schema-2.1.0.json')) as object);
})();

function ownValidator(schema: string) {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(readJson(join(ROOT, 'docs/schemas', schema)) as object);
}

const expected = readJson(join(EXAMPLES, 'faulty.expected.json')) as { code: string; line: number; severity: string }[];

before(ensureBuilt);

describe('--format json', () => {
  it('validates against docs/schemas/check-output.schema.json and carries the findings', () => {
    const result = run(['check', '--format', 'json', 'examples/'], { cwd: ROOT });
    assert.equal(result.code, 1);
    const output = JSON.parse(result.stdout) as JsonOutput;
    const validate = ownValidator('check-output.schema.json');
    assert.ok(validate(output), JSON.stringify(validate.errors));
    assert.deepEqual(output.files.map((f) => f.path), ['examples/faulty-front-matter.article', 'examples/faulty.article', 'examples/le-drian-choigou.article', 'examples/registry/newsroom.article']);
    const faulty = output.files[1]!.findings.map(({ code, line, severity }) => ({ code, line, severity }));
    assert.deepEqual(faulty, expected);
    assert.equal(output.files[2]!.findings.length, 0);
    assert.equal(output.summary['error'], expected.filter((e) => e.severity === 'error').length + 1);
  });

  it('a finding without required fields fails the schema', () => {
    const output = JSON.parse(run(['check', '--format', 'json', 'examples/faulty.article'], { cwd: ROOT }).stdout) as JsonOutput;
    const broken = structuredClone(output) as unknown as { files: { findings: Record<string, unknown>[] }[] };
    delete broken.files[0]!.findings[0]!['line'];
    assert.equal(ownValidator('check-output.schema.json')(broken), false);
  });
});

describe('--format sarif', () => {
  let log: Sarif.Log;
  before(() => {
    const result = run(['check', '--format', 'sarif', 'examples/'], { cwd: ROOT });
    assert.equal(result.code, 1);
    log = JSON.parse(result.stdout) as Sarif.Log;
  });

  it('is valid SARIF 2.1.0 against the official schema', () => {
    assert.ok(sarifValidator(log), JSON.stringify(sarifValidator.errors?.slice(0, 3)));
    assert.equal(log.version, '2.1.0');
  });

  it('a corrupted log fails validation', () => {
    const corrupted = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[]; columnKind: string }[] };
    corrupted.runs[0]!.results[0]!['level'] = 'fatal';
    assert.equal(sarifValidator(corrupted), false);
    const noTool = structuredClone(log) as unknown as { runs: Record<string, unknown>[] };
    delete noTool.runs[0]!['tool'];
    assert.equal(sarifValidator(noTool), false);
  });

  it('has rule metadata for every code, UTF-16 columns and the three levels', () => {
    const run0 = log.runs[0]!;
    assert.equal(run0.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run0.tool.driver.rules!.map((r) => r.id), RULES.map((r) => r.code));
    const results = run0.results!;
    const faulty = results.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'examples/faulty.article');
    const level = (s: string): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
    assert.deepEqual(
      faulty.map((r) => ({ code: r.ruleId, line: r.locations![0]!.physicalLocation!.region!.startLine, level: r.level })),
      expected.map((e) => ({ code: e.code, line: e.line, level: level(e.severity) })),
    );
    for (const r of results) assert.equal(run0.tool.driver.rules![r.ruleIndex!]!.id, r.ruleId);
    assert.equal(run0.invocations![0]!.executionSuccessful, true);
  });

  it('points a duplicate at the first definition and fingerprints findings without line numbers', () => {
    const results = log.runs[0]!.results!;
    const duplicate = results.find((r) => r.ruleId === 'duplicate-entity')!;
    const related = duplicate.relatedLocations![0]!;
    assert.equal(related.physicalLocation!.artifactLocation!.uri, 'examples/faulty.article');
    assert.equal(related.physicalLocation!.region!.startLine, 12);
    assert.equal(related.message!.text, 'First definition.');
    const prints = results.map((r) => r.partialFingerprints!['articlemarkFinding/v1']!);
    assert.equal(new Set(prints).size, prints.length, 'one fingerprint per finding');
    // Inserting lines above the findings leaves their fingerprints unchanged.
    const dir = tempDir();
    cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
    const faultyPath = join(dir, 'examples/faulty.article');
    const text = readFileSync(faultyPath, 'utf8');
    const body = text.indexOf('\n---\n', 4) + 5;
    writeFileSync(faultyPath, `${text.slice(0, body)}\nA new first paragraph.\n${text.slice(body)}`);
    const shifted = JSON.parse(run(['check', '--format', 'sarif', 'examples/faulty.article'], { cwd: dir }).stdout) as Sarif.Log;
    const before = results.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'examples/faulty.article');
    const after = shifted.runs[0]!.results!;
    assert.deepEqual(
      after.map((r) => r.partialFingerprints!['articlemarkFinding/v1']),
      before.map((r) => r.partialFingerprints!['articlemarkFinding/v1']),
    );
    assert.notDeepEqual(
      after.map((r) => r.locations![0]!.physicalLocation!.region!.startLine),
      before.map((r) => r.locations![0]!.physicalLocation!.region!.startLine),
    );
  });
  it('fingerprints a file outside the working folder the same in two checkouts (no absolute path in them)', () => {
    const prints = ['checkout-one', 'checkout-two'].map((name) => {
      const parent = tempDir();
      const dir = join(parent, name);
      cpSync(EXAMPLES, join(dir, 'examples'), { recursive: true });
      mkdirSync(join(dir, 'ci'));
      const outside = JSON.parse(run(['check', '--format', 'sarif', '../examples/faulty.article'], { cwd: join(dir, 'ci') }).stdout) as Sarif.Log;
      removeDir(parent);
      const results = outside.runs[0]!.results!;
      assert.ok(results[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!.startsWith('file:///'), 'outside the working folder: a file URI');
      return results.map((r) => r.partialFingerprints!['articlemarkFinding/v1']);
    });
    assert.ok(prints[0]!.length > 0);
    assert.deepEqual(prints[1], prints[0]);
  });
});

describe('JSON written in pieces (a SARIF log of ~1 million findings is longer than the longest string V8 makes)', () => {
  it('is byte for byte JSON.stringify(value, null, 2), awkward values included', () => {
    const value = {
      text: 'a "quote" \\ \n 😀 \u2028',
      empty: { list: [], object: {} },
      skipped: undefined,
      fn: () => 1,
      list: [1, undefined, () => 1, null, NaN, -0, 1e21, [[]], { deep: [{ a: [1, { b: {} }] }] }],
      date: new Date(Date.UTC(2024, 0, 2)),
      nested: { toJSON: () => ({ made: 'by toJSON' }) },
      // toJSON is given its key, once; boxed primitives are written as what they hold.
      keyed: { toJSON: (key: string) => `key ${key}` },
      boxed: [new Number(3), new String('x'), new Boolean(false)],
    };
    const big = { results: Array.from({ length: 5000 }, (_, i) => ({ ruleId: `r${i}`, region: { startLine: i } })) };
    for (const each of [value, big, [], {}, 'text', 3, null]) {
      const pieces: string[] = [];
      const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => (pieces.push(chunk.toString()), done()) });
      writeJson(stream, each);
      assert.equal(pieces.join(''), `${JSON.stringify(each, null, 2)}\n`);
      if (each === big) assert.ok(pieces.length > 1, 'written in several pieces');
    }
  });
});

describe('columns on awkward text', () => {
  it('counts UTF-16 code units after emoji, the same with LF, CRLF and lone CR line ends (front matter included), in JSON and valid SARIF', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'reg.article'), '@person reg1: Reg One\n');
    const article = ['---', 'title: Essai 😀', 'uses: reg.article', '---', '', '😀😀 "Bonjour" et @reg1 et @zut 😀 TK.', ''].join('\n');
    const breaks = { lf: '\n', crlf: '\r\n', cr: '\r' };
    for (const [name, lineBreak] of Object.entries(breaks)) writeFileSync(join(dir, `${name}.article`), article.replace(/\n/g, lineBreak));
    const paths = Object.keys(breaks).map((name) => `${name}.article`);
    const json = JSON.parse(run(['check', '--format', 'json', ...paths], { cwd: dir }).stdout) as JsonOutput;
    const at = (f: JsonOutput['files'][number]['findings'][number]): string => `${f.code} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const want = ['unattributed-quote 6:6-6:15', 'unknown-entity 6:29-6:32', 'placeholder 6:36-6:38'];
    for (const file of json.files) assert.deepEqual(file.findings.map(at), want, file.path);
    const log = JSON.parse(run(['check', '--format', 'sarif', ...paths], { cwd: dir }).stdout) as Sarif.Log;
    assert.ok(sarifValidator(log), JSON.stringify(sarifValidator.errors?.slice(0, 3)));
    const regions = log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.region!);
    assert.deepEqual(
      regions.map((r) => `${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn}`),
      paths.flatMap(() => want.map((w) => w.split(' ')[1])),
    );
    removeDir(dir);
  });
});

describe('--format github', () => {
  it('writes one workflow command per finding with file, line and column', () => {
    const result = run(['check', '--format', 'github', 'examples/faulty.article'], { cwd: ROOT });
    assert.equal(result.code, 1);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, expected.length);
    const kind = (s: string): string => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice');
    lines.forEach((line, i) => {
      const m = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=\d+,title=articlemark ([a-z-]+)::(.+)$/.exec(line);
      assert.ok(m, line);
      assert.deepEqual([m[1], m[2], Number(m[3]), m[5]], [kind(expected[i]!.severity), 'examples/faulty.article', expected[i]!.line, expected[i]!.code]);
    });
  });
});

describe('articlemark export', () => {
  it('writes the document model, valid against docs/schemas/export.schema.json', () => {
    const result = run(['export', 'examples/le-drian-choigou.article', '--format', 'json'], { cwd: ROOT });
    assert.equal(result.code, 0, result.stderr);
    const model = JSON.parse(result.stdout) as {
      quotes: { mark: string; text: string; speakers: string[]; notSpeech: boolean; range: { start: { line: number } } }[];
      entities: { id: string; aliases: string[]; origin: string }[];
      figures: { value: { value: number } | null; sources: string[] }[];
      diagnostics: unknown[];
      frontMatter: { data: Record<string, unknown> };
    };
    const validate = ownValidator('export.schema.json');
    assert.ok(validate(model), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.ok(model.quotes.length >= 10);
    // Single-mark quotes in headings are not reported (checkHeadingQuotes is off); every other quote is attributed.
    assert.ok(model.quotes.filter((q) => q.mark !== "'").every((q) => q.notSpeech || q.speakers.length > 0), 'every quote of the clean example is attributed');
    assert.ok(model.quotes.some((q) => q.speakers.includes('le-drian')));
    assert.ok(model.quotes.every((q) => !/^[«“"]/.test(q.text)), 'quote text has no marks');
    assert.ok(model.entities.some((e) => e.origin !== 'document' && e.aliases.length > 0), 'registry entities with aliases');
    assert.ok(model.figures.length > 0 && model.figures.every((f) => f.value !== null));
    assert.deepEqual(model.diagnostics, []);
    assert.equal(model.frontMatter.data['lang'], 'fr');
  });

  it('exports diagnostics of a faulty article and reports a missing file with exit 2', () => {
    const faulty = run(['export', 'examples/faulty.article'], { cwd: ROOT });
    assert.equal(faulty.code, 0);
    const model = JSON.parse(faulty.stdout) as { diagnostics: { code: string; line: number; severity: string }[] };
    assert.deepEqual(model.diagnostics.map(({ code, line, severity }) => ({ code, line, severity })), expected);
    assert.ok(ownValidator('export.schema.json')(model));
    const missing = run(['export', 'examples/nope.article'], { cwd: ROOT });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /examples\/nope\.article: no such file or directory/);
    assert.equal(run(['export', 'examples/faulty.article', '--format', 'yaml'], { cwd: ROOT }).code, 2);
    // As in check: --stdin-filename without - is a usage error, not silently ignored.
    const named = run(['export', 'examples/faulty.article', '--stdin-filename', 'other.article'], { cwd: ROOT });
    assert.equal(named.code, 2);
    assert.equal(named.stdout, '');
    assert.match(named.stderr, /^articlemark export: --stdin-filename needs - as FILE$/m);
  });

  it("gives a block quote's text with its lines as written: one line break between lines, a blank line for an empty > line", () => {
    const input = '> Première ligne\r\n> seconde ligne\r\n>\r\n>Second paragraphe\r\n> — @-\r\n\n"Un,"@- dit-il.\n\n"Deux\n\n"trois."@-\n';
    const result = run(['export', '-', '--stdin-filename', 'q.article'], { cwd: ROOT, input });
    assert.equal(result.code, 0, result.stderr);
    const model = JSON.parse(result.stdout) as { quotes: { mark: string; text: string; nested: boolean }[] };
    // Each line was a paragraph of its own ("Première ligne\n\nseconde ligne\n\n\n\nSecond paragraphe").
    assert.deepEqual(
      model.quotes.map((q) => q.text),
      ['Première ligne\nseconde ligne\n\nSecond paragraphe', 'Un,', 'Deux\n\ntrois.'],
    );
  });
});
