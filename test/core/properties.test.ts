// Property tests: parse never throws, ranges are inside the document and
// ordered, parsing is deterministic, and stripping markup gives back prose.
// Runs: ARTICLEMARK_PROPERTY_RUNS (CI: 10000), seed: ARTICLEMARK_PROPERTY_SEED.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { parse, type Span, type SyntaxTree } from '../../server/src/core';
import { analyze } from './helpers';
import { stripMarkup } from './stripMarkup';

const numRuns = Number(process.env['ARTICLEMARK_PROPERTY_RUNS'] ?? 1000);
const seed = Number(process.env['ARTICLEMARK_PROPERTY_SEED'] ?? Date.now() % 2 ** 31);
console.log(`property tests: seed ${seed}, ${numRuns} runs (rerun with ARTICLEMARK_PROPERTY_SEED=${seed})`);
const params = { numRuns, seed };

const root = resolve(__dirname, '../..');
const corpusDir = join(root, 'test/fixtures/corpus');
const samples: string[] = [
  readFileSync(join(corpusDir, 'afp-le-drian-choigou.fr.txt'), 'utf8'),
  ...['wikinews-fr', 'wikinews-en'].flatMap((d) => readdirSync(join(corpusDir, d)).sort().slice(0, 8).map((f) => readFileSync(join(corpusDir, d, f), 'utf8'))),
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.article')).map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
];

const tokens = [
  '"', '“', '”', '„', '«', '»', '«\u00a0', '\u202f»', "'", '’', '‘', '‹', '›', '@', '@le-drian', '@a+b', '@-', '@Jean', 'a@b.fr', "l'@ump",
  '[', ']', '(', ')', '](', '](@x)', '](#~2900 @s)', '](#12,5%)', '](https://a.example/"x")', '](#intro)', '![', '"credit"', 'key="v \\" w"',
  '#', '# ', '## ', '> ', '> — @x', '- ', '* ', '1. ', '*', '**', '`', '``', '\\', '\\"', '<!--', '-->', '<!-- articlemark-ignore placeholder -->',
  '---', '---\n', 'title: x', 'lang: no', 'uses: r.article', '@person x: X', '@org ei: EI', '@person bad', '  aka: EI; Daech', '  role: r', '    more',
  'TK', 'TODO', 'XXX', 'https://x.example/a_(b)', 'mailto:a@b.fr', '<https://x.example>', 'EI', "l'EI", 'anti-EI', 'X',
  '\n', '\n\n', '\r\n', '\r', '\t', ' ', '\u00a0', '\u202f', '😀', 'e\u0301', '\ud800', '2.900', '3,000', 'mot', 'Le', ',', '.', ':', ';',
];
const documentArb = fc.array(fc.oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 60 }).map((parts) => parts.join(''));

const mutationArb = fc.record({
  sample: fc.nat(samples.length - 1),
  // Uniform positions: fast-check's doubles crowd near 0, which would put almost every edit at the start.
  edits: fc.array(fc.record({ at: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000), remove: fc.nat(8), insert: fc.constantFrom(...tokens) }), { minLength: 1, maxLength: 6 }),
}).map(({ sample, edits }) => {
  let text = samples[sample]!;
  for (const e of edits) {
    const at = Math.floor(e.at * text.length);
    text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
  }
  return text;
});

/** Every span in the tree, with a path for messages. */
function* spans(value: unknown, path = ''): Generator<[string, Span]> {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spans(value[i], `${path}[${i}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record['start'] === 'number' && typeof record['end'] === 'number' && Object.keys(record).length === 2) {
    yield [path, record as unknown as Span];
    return;
  }
  for (const [key, child] of Object.entries(record)) if (key !== 'text' && key !== 'mention') yield* spans(child, `${path}.${key}`);
}

function checkTree(text: string, tree: SyntaxTree): void {
  for (const [path, span] of spans({ frontMatter: tree.frontMatter, blocks: tree.blocks, quotes: tree.quotes, comments: tree.comments, problems: tree.problems })) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) assert.fail(`${path} = ${JSON.stringify(span)} outside [0, ${text.length}]`);
  }
  for (let i = 1; i < tree.blocks.length; i++) assert.ok(tree.blocks[i - 1]!.span.end <= tree.blocks[i]!.span.start, 'blocks ordered, not overlapping');
  for (let i = 1; i < tree.quotes.length; i++) assert.ok(tree.quotes[i - 1]!.open.start <= tree.quotes[i]!.open.start, 'quotes in document order');
  for (const q of tree.quotes) {
    assert.ok(q.open.start === q.span.start, 'a quote starts at its opening mark');
    for (let i = 1; i < q.parts.length; i++) assert.ok(q.parts[i - 1]!.end <= q.parts[i]!.start, 'quote parts ordered');
    if (q.parent !== undefined) {
      const parent = tree.quotes[q.parent]!;
      assert.ok(parent.span.start <= q.span.start && q.span.end <= parent.span.end, 'nested inside its parent');
    }
  }
}

function checkDocument(text: string): void {
  const tree = parse(text);
  checkTree(text, tree);
  assert.deepEqual(parse(text), tree, 'deterministic');
  const analysis = analyze(text);
  for (const d of analysis.diagnostics) {
    const start = analysis.model.lines.offsetAt(d.range.start);
    const end = analysis.model.lines.offsetAt(d.range.end);
    assert.ok(start <= end && end <= text.length, `${d.code} range inside the document`);
  }
}

test('generated documents: parse and analysis never throw; spans inside and ordered; deterministic', () => {
  fc.assert(fc.property(documentArb, checkDocument), params);
});

test('mutated corpus and examples: same properties', () => {
  fc.assert(fc.property(mutationArb, checkDocument), { ...params, numRuns: Math.max(1, Math.floor(numRuns / 10)) });
});

test('stripping all markup from the marked-up example gives back its prose (the AFP story)', () => {
  const marked = readFileSync(join(root, 'examples/le-drian-choigou.article'), 'utf8');
  const prose = readFileSync(join(corpusDir, 'afp-le-drian-choigou.fr.txt'), 'utf8');
  const words = (s: string) => s.replace(/\s+/g, ' ').trim();
  const stripped = words(stripMarkup(marked));
  // The example leaves out the web-page debris at the end of the wire copy (advertising lines).
  assert.ok(stripped.length > 4000);
  assert.equal(words(prose).slice(0, stripped.length), stripped);
  assert.match(words(prose).slice(stripped.length), /^ Envie d'afficher votre publicité/);
});

test('stripMarkup inverts the markup of generated marked-up prose', () => {
  const word = fc.constantFrom('Le', 'ministre', 'a', 'dit', 'que', 'la', 'France', 'Russie', '2.900', 'avions', 'lundi', 'à', 'Moscou');
  const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  const piece = fc.oneof(
    sentence.map((s) => ({ prose: s, marked: s })),
    sentence.map((s) => ({ prose: `"${s}"`, marked: `"${s}"@le-drian` })),
    sentence.map((s) => ({ prose: `«\u00a0${s}\u00a0»`, marked: `«\u00a0${s}\u00a0»@le-drian+choigou` })),
    sentence.map((s) => ({ prose: s, marked: `[${s}](@le-drian)` })),
    sentence.map((s) => ({ prose: `"${s}"`, marked: `["${s}"](@le-drian date=2015-12-21)` })),
    sentence.map((s) => ({ prose: s, marked: `[${s}](#~2900 @services unit="people")` })),
    sentence.map((s) => ({ prose: `"${s}"`, marked: `"${s}"@-` })),
  );
  const doc = fc.array(fc.array(piece, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(doc, (paragraphs) => {
      const prose = paragraphs.map((p) => p.map((x) => x.prose).join(', ')).join('\n\n');
      const marked = '---\ntitle: t\nlang: fr\n---\n@person le-drian: L\n  aka: x\n\n' + paragraphs.map((p) => p.map((x) => x.marked).join(', ')).join('\n\n');
      assert.equal(stripMarkup(marked), prose);
      // And the markup is what the parser reads: every piece's quote is closed and attributed
      // (suffix or bracket form), and there are as many quotes as quoted pieces.
      const a = parse(marked);
      assert.equal(a.quotes.length, paragraphs.flat().filter((x) => x.prose.startsWith('"') || x.prose.startsWith('«')).length);
      for (const q of a.quotes) assert.ok(q.close && q.attribution, marked.slice(q.span.start, q.span.end));
    }),
    params,
  );
});
