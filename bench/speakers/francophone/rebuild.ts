// Rebuilds this set's articles (texts/*.txt) from a clone of the public gilets_jaunes corpus
// repository, which this repository does not hold (see README.md):
//   node --import tsx bench/speakers/francophone/rebuild.ts PATH/TO/gilets_jaunes
// Each article is read at the pinned commit (`git show`, so the clone's checkout does not matter),
// converted as convert.ts says, and written only when it matches its SHA-256 in selection.json.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIfExpected } from '../verifiedWrite';
import { articlesOf } from './convert';

interface Selection {
  commit: string;
  /** Per article, in files.txt order: its file here, its source file, its index there (0 first) and its text's SHA-256. */
  articles: { file: string; source: string; index: number; sha256: string }[];
}

const clone = process.argv[2];
if (clone === undefined) throw new Error('usage: rebuild.ts PATH/TO/gilets_jaunes (a clone of the source repository)');
const here = __dirname;
const selection = JSON.parse(readFileSync(join(here, 'selection.json'), 'utf8')) as Selection;

const sources = new Map<string, string[]>();
const articlesIn = (path: string): string[] => {
  let found = sources.get(path);
  if (found === undefined) {
    const xml = execFileSync('git', ['-C', clone, 'show', `${selection.commit}:${path}`], { encoding: 'utf8', maxBuffer: 1 << 28 });
    found = articlesOf(xml);
    sources.set(path, found);
  }
  return found;
};

let failed = 0;
for (const article of selection.articles) {
  const text = articlesIn(article.source)[article.index];
  const problem = text === undefined ? `${article.file}: ${article.source} has no article ${article.index + 1}` : writeIfExpected(here, article.file, text, article.sha256);
  if (problem) {
    failed++;
    console.error(problem);
  }
}
console.log(`${selection.articles.length - failed} of ${selection.articles.length} articles rebuilt exactly in ${join(here, 'texts')}`);
if (failed > 0) process.exitCode = 1;
