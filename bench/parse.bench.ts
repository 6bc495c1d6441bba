// Parser and rules benchmark: parse+analysis throughput of the core against
// markdown-it's parse on the same text, at 100 KB, 1 MB and 10 MB, and the
// retained heap of a parse result. Run: `npm run bench` (node --expose-gc for
// the heap figures). The core is bundled with esbuild first, as it ships:
// through tsx every cross-module call goes via an export getter.
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSync } from 'esbuild';
import MarkdownIt from 'markdown-it';
import type * as Core from '../server/src/core';

const root = join(__dirname, '..');
const outfile = join(mkdtempSync(join(tmpdir(), 'articlemark-bench-')), 'core.cjs');
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
  while (Buffer.byteLength(text) < bytes) text += pieces[i++ % pieces.length] + '\n\n';
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

function time(run: () => void, minRuns: number, minMs: number): number {
  run(); // warm-up
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < minRuns || performance.now() - started < minMs) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return median(samples);
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

const md = new MarkdownIt();
const sizes: [string, number][] = [['100 KB', 100_000], ['1 MB', 1_000_000], ['10 MB', 10_000_000]];
console.log(`node ${process.version}; core bundled with esbuild; ${core.RULES.length} rules; registry of 400 synthetic entities + newsroom registry`);
console.log('size    | core parse+analysis | core parse only | markdown-it parse | ratio (core/md) | µs per KB (core) | heap of parse / source');
let version = 0;
for (const [label, bytes] of sizes) {
  const text = articleOf(bytes);
  const mb = Buffer.byteLength(text) / 1e6;
  const project = new core.ArticleProject(host);
  project.analyze('/bench/article.article', text, version++); // loads config and registries once
  const runs = bytes >= 10_000_000 ? 1 : 5;
  const analysisMs = time(() => void project.analyze('/bench/article.article', text, version++), runs, 1000);
  const parseMs = time(() => void core.parse(text), runs, 1000);
  const mdMs = time(() => void md.parse(text, {}), runs, 1000);
  const heap = retainedHeap(() => core.parse(text));
  const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(
    [
      label.padEnd(7),
      `${analysisMs.toFixed(1)} ms, ${rate(analysisMs)}`,
      `${parseMs.toFixed(1)} ms, ${rate(parseMs)}`,
      `${mdMs.toFixed(1)} ms, ${rate(mdMs)}`,
      `${(mdMs / analysisMs).toFixed(2)}× (parse only ${(mdMs / parseMs).toFixed(2)}×)`,
      ((analysisMs * 1000) / (mb * 1000)).toFixed(1),
      heap === undefined ? 'run with --expose-gc' : `${(heap / (mb * 1e6)).toFixed(1)}×`,
    ].join(' | '),
  );
}
