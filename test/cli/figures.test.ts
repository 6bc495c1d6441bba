// Figures as writers type them, checked by the CLI as a subprocess (JSON output).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { ensureBuilt, ROOT, run } from './run';

interface JsonFinding {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

before(ensureBuilt);

/** The findings of `text`, read from standard input as a French article. */
function check(body: string, lang = 'fr'): JsonFinding[] {
  const result = run(['check', '--format', 'json', '--no-exit', '-'], { cwd: ROOT, input: `---\nlang: ${lang}\n---\n@org insee: Insee\n\n${body}` });
  assert.equal(result.code, 0, result.stderr);
  const out = JSON.parse(result.stdout) as { files: { findings: JsonFinding[] }[] };
  return out.files[0]!.findings;
}

describe('the words of a figure', () => {
  it('a number broken over a line, as hard-wrapped copy breaks "2 900", is one number', () => {
    // LF, CRLF, a list item's indented continuation and a block quote's next `>` line.
    for (const body of [
      'Il y a [près de 2\n900 Russes](#~2900 @insee).\n',
      'Il y a [près de 2\r\n900 Russes](#~2900 @insee).\r\n',
      '- Il y a [près de 2\n  900 Russes](#~2900 @insee).\n',
      '> Il y a [près de 2\n> 900 Russes](#~2900 @insee).\n> — @-\n',
    ]) {
      assert.deepEqual(check(body), [], JSON.stringify(body));
    }
    // The message shows the number as one.
    assert.deepEqual(check('Il y a [près de 2\n900 Russes](#~3000 @insee).\n').map((f) => f.message), [
      'The text says "2 900" but the value is #~3000 (numbers read as in "fr").',
    ]);
  });

  it('a comment in the words is not read (comments are never checked)', () => {
    assert.deepEqual(check('Il y a [des milliers de Russes <!-- 2 900 selon l’AFP -->](#~3000 @insee).\n'), []);
    const findings = check('Il y a [3 000 <!-- 2 900 ? --> Russes](#~2900 @insee).\n');
    assert.deepEqual(findings.map((f) => f.message), ['The text says "3 000" but the value is #~2900 (numbers read as in "fr").']);
  });

  it('a thin space or a figure space groups digits like a space', () => {
    for (const space of ['\u2009', '\u2007']) {
      assert.deepEqual(check(`[1${space}000 salariés](#1000 @insee)\n`), [], `U+${space.charCodeAt(0).toString(16)}`);
      assert.deepEqual(check(`[1${space}000 jobs](#1000 @insee)\n`, 'en'), [], `en, U+${space.charCodeAt(0).toString(16)}`);
    }
  });
});

describe('a figure source', () => {
  it('@- and an @id together are a second @ token: bad-attribute on the second', () => {
    for (const [body, second] of [
      ['[12 salariés](#12 @- @insee)\n', '@insee'],
      ['[12 salariés](#12 @insee @-)\n', '@-'],
      ['[12 salariés](#12 @- @-)\n', '@-'],
    ] as const) {
      // The `@id` left out is not a use of the entity: `unused-entity` (a hint) may follow.
      const findings = check(body).filter((f) => f.code !== 'unused-entity');
      assert.deepEqual(findings.map((f) => f.code), ['bad-attribute'], body);
      const at = body.lastIndexOf(second);
      // Line 6 of the checked text; columns count from 1.
      assert.deepEqual([findings[0]!.line, findings[0]!.column, findings[0]!.endColumn], [6, at + 1, at + 1 + second.length], body);
    }
  });
});
