// Parser and rules benchmark: parse+analysis throughput of the core against
// markdown-it's parse on the same text, at 100 KB, 1 MB and 10 MB, and the
// retained heap of a parse result. Run: `npm run bench` (node --expose-gc for
// the heap figures). The core is bundled with esbuild first, as it ships:
// through tsx every cross-module call goes via an export getter.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import MarkdownIt from 'markdown-it';
import type * as Core from '../server/src/core';
import { tempDir } from '../test/support/tempDir';

const root = join(__dirname, '..');
const outfile = join(tempDir('bench'), 'core.cjs');
buildSync({ entryPoints: [join(root, 'server/src/core/index.ts')], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the freshly built bundle has the core's types
const core = require(outfile) as typeof Core;

const corpusDir = join(root, 'test/fixtures/corpus');
const wikinews = readdirSync(join(corpusDir, 'wikinews-fr')).sort().map((f) => readFileSync(join(corpusDir, 'wikinews-fr', f), 'utf8'));
const afp = readFileSync(join(corpusDir, 'afp-le-drian-choigou.fr.txt'), 'utf8');
const example = readFileSync(join(root, 'examples/le-drian-choigou.article'), 'utf8');
const registryText = readFileSync(join(root, 'examples/registry/newsroom.article'), 'utf8');
const exampleBody = example.replace(/^---\n[\s\S]*?\n---\n/, '');

/** A registry of a few hundred entities with aliases, some of which occur in the text. */
function syntheticRegistry(count: number): string {
  const words = [...new Set(wikinews.join(' ').match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? [])].slice(0, count);
  const lines = ['---', 'title: Registre synthétique', 'lang: fr', '---'];
  words.forEach((word, i) => {
    const id = `e${i}-${word.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') || 'x'}`;
    lines.push(`@${['person', 'org', 'place', 'other'][i % 4]} ${id}: ${word}`, `  aka: ${word} ${i}; les ${word}s; ${word.toUpperCase()}`);
  });
  return lines.join('\n') + '\n';
}
const registry = syntheticRegistry(400);

/** Article text of about `bytes` UTF-8 bytes: front matter, then corpus paragraphs and marked-up example bodies. */
function articleOf(bytes: number): string {
  let text = '---\ntitle: Banc d\'essai\nlang: fr\nuses: newsroom.article\n---\n';
  const pieces = [...wikinews, exampleBody, afp];
  let i = 0;
  let size = Buffer.byteLength(text);
  while (size < bytes) {
    const piece = pieces[i++ % pieces.length] + '\n\n';
    text += piece;
    size += Buffer.byteLength(piece);
  }
  return text;
}

const files = new Map<string, string>([
  ['/bench/newsroom.article', registryText],
  ['/bench/synthetic.article', registry],
  ['/bench/articlemark.json', JSON.stringify({ registries: ['synthetic.article'] })],
]);
const host: Core.FileHost = {
  readFile: (path) => files.get(path),
  glob: (patterns, cwd) => (patterns.includes('synthetic.article') && cwd === '/bench' ? ['/bench/synthetic.article'] : []),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Collections as Node reports them (start on the performance clock, duration), read once the event loop turns. */
const collections: { start: number; ms: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, ms: entry.duration });
}).observe({ entryTypes: ['gc'] });

/** A small seeded generator, so that every run of the bench shuffles the same way. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Timings {
  readonly ms: number;
  readonly ratio: number;
  /** Garbage collection that fell inside the subject's runs: ms per run, and the share of runs that had any. */
  readonly gcMs: number;
  readonly gcRuns: number;
}

/**
 * Runs the subjects in rounds, one of each per round, for at least `minRounds`
 * rounds and `minMs`: on a shared machine load comes and goes, and a ratio
 * taken within a round compares runs made under the same load. The order is
 * shuffled in every round: in a fixed order a round allocates about the same
 * each time, young-generation collections fall again and again into the same
 * subject, and a change that allocates a little less or more moves them from
 * one subject to another. Returns each subject's median time, the median
 * per-round ratio of `reference` to it, and the collections its runs paid.
 */
async function rounds(subjects: Record<string, () => void>, reference: string, minRounds: number, minMs: number): Promise<Map<string, Timings>> {
  const names = Object.keys(subjects);
  for (const name of names) subjects[name]!(); // warm-up
  const samples = new Map<string, number[]>(names.map((name) => [name, []]));
  const runs: { name: string; start: number; end: number }[] = [];
  const random = seeded(7);
  const order = [...names];
  const started = performance.now();
  for (let round = 0; round < minRounds || performance.now() - started < minMs; round++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const name of order) {
      const start = performance.now();
      subjects[name]!();
      const end = performance.now();
      samples.get(name)!.push(end - start);
      runs.push({ name, start, end });
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 20)); // lets the observer deliver the collections
  const gcMs = new Map<string, number>();
  const gcRuns = new Map<string, Set<number>>();
  for (const collection of collections.splice(0)) {
    const run = runs.findIndex((r) => collection.start >= r.start && collection.start < r.end);
    if (run < 0) continue;
    const name = runs[run]!.name;
    gcMs.set(name, (gcMs.get(name) ?? 0) + collection.ms);
    if (!gcRuns.has(name)) gcRuns.set(name, new Set());
    gcRuns.get(name)!.add(run);
  }
  const referenceSamples = samples.get(reference)!;
  return new Map(
    names.map((name) => {
      const own = samples.get(name)!;
      const timings: Timings = {
        ms: median(own),
        ratio: median(own.map((ms, i) => referenceSamples[i]! / ms)),
        gcMs: (gcMs.get(name) ?? 0) / own.length,
        gcRuns: (gcRuns.get(name)?.size ?? 0) / own.length,
      };
      return [name, timings];
    }),
  );
}

const gc = (globalThis as { gc?: () => void }).gc;
function retainedHeap(make: () => unknown): number | undefined {
  if (!gc) return undefined;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (kept === undefined) throw new Error('unreachable');
  return after - before;
}

/**
 * The marked-up seed story's body repeated to about `bytes` (what the language
 * server bench edits): a mention, quote or figure every few words, ~650
 * definitions per MB (each repeated, so reported as duplicates).
 */
function seedStoryOf(bytes: number): string {
  let text = '---\ntitle: Le Drian et Choïgou\nlang: fr\nuses: newsroom.article\n---\n';
  while (Buffer.byteLength(text) < bytes) text += exampleBody;
  return text;
}

const md = new MarkdownIt();
const sizes: [string, string][] = [
  ['100 KB', articleOf(100_000)],
  ['1 MB', articleOf(1_000_000)],
  ['10 MB', articleOf(10_000_000)],
  ['seed 1 MB', seedStoryOf(1_000_000)],
];
console.log(`node ${process.version}; core bundled with esbuild; ${core.RULES.length} rules; registry of 400 synthetic entities + newsroom registry`);
console.log('ratios: markdown-it time / core time, median over rounds that run each subject once under the same load');
console.log('size      | core parse+analysis | core parse only | markdown-it parse | ratio (core/md) | µs per KB (core) | heap of parse / source | + every implicit mention');
let version = 0;
const gcLines: string[] = [];
async function main(): Promise<void> {
  for (const [label, text] of sizes) {
    const bytes = Buffer.byteLength(text);
    const mb = Buffer.byteLength(text) / 1e6;
    const project = new core.ArticleProject(host);
    project.analyze('/bench/article.article', text, version++); // loads config and registries once
    const results = await rounds(
      {
        analysis: () => void project.analyze('/bench/article.article', text, version++),
        parse: () => void core.parse(text),
        markdownIt: () => void md.parse(text, {}),
        // Diagnostics need only whether unmarked local entities are named; editor features (hover, references, semantic tokens) ask for every implicit mention, found on first use.
        withMentions: () => void project.analyze('/bench/article.article', text, version++).model.mentions.length,
      },
      'markdownIt',
      bytes >= 10_000_000 ? 3 : 7,
      bytes >= 10_000_000 ? 6000 : 3000,
    );
    const analysisMs = results.get('analysis')!.ms;
    const parseMs = results.get('parse')!.ms;
    const mdMs = results.get('markdownIt')!.ms;
    const withMentionsMs = results.get('withMentions')!.ms;
    const heap = retainedHeap(() => core.parse(text));
    const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
    console.log(
      [
        label.padEnd(9),
        `${analysisMs.toFixed(1)} ms, ${rate(analysisMs)}`,
        `${parseMs.toFixed(1)} ms, ${rate(parseMs)}`,
        `${mdMs.toFixed(1)} ms, ${rate(mdMs)}`,
        `${results.get('analysis')!.ratio.toFixed(2)}× (parse only ${results.get('parse')!.ratio.toFixed(2)}×)`,
        ((analysisMs * 1000) / (mb * 1000)).toFixed(1),
        heap === undefined ? 'run with --expose-gc' : `${(heap / (mb * 1e6)).toFixed(1)}×`,
        `${withMentionsMs.toFixed(1)} ms (${results.get('withMentions')!.ratio.toFixed(2)}×)`,
      ].join(' | '),
    );
    const collected = (name: string): string => {
      const t = results.get(name)!;
      return `${name} ${t.gcMs.toFixed(1)} ms (${Math.round(t.gcRuns * 100)} %)`;
    };
    gcLines.push(`${label.padEnd(9)} | ${['analysis', 'parse', 'markdownIt', 'withMentions'].map(collected).join(', ')}`);
  }
  console.log('collections inside each subject: ms per run (share of runs with one)');
  for (const line of gcLines) console.log(line);
}

void main();
