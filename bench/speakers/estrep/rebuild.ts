// Rebuilds this set's articles (texts/er-NNN.txt) from the Sequoia treebank's L'Est Républicain
// sentences, which the repository does not hold (see README.md):
//   node --import tsx bench/speakers/estrep/rebuild.ts PATH/TO/annodis.er.conllu
// The source gives sentences in order and no layout: segmentation.json says where each article
// starts and which sentences are headings, decided by reading. A heading is its own paragraph;
// the other sentences of a section are joined by one space into one paragraph. Each article's
// SHA-256 is checked, and only an article that matches is written: a rebuilt set is exactly the labelled one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIfExpected } from '../verifiedWrite';

interface Segmentation {
  /** Per article, in order: its file, the number of its first sentence (`sent_id` annodis.er_NNNNN) and its text's SHA-256. */
  articles: { file: string; first: number; sha256: string }[];
  /** The numbers of the sentences that are headings. */
  headings: number[];
}

const source = process.argv[2];
if (source === undefined) throw new Error('usage: rebuild.ts PATH/TO/annodis.er.conllu');
const here = __dirname;
const segmentation = JSON.parse(readFileSync(join(here, 'segmentation.json'), 'utf8')) as Segmentation;

// Sentences by number, from the `# sent_id` and `# text` lines of each CoNLL-U block.
const sentences = new Map<number, string>();
let id: number | undefined;
for (const line of readFileSync(source, 'utf8').split('\n')) {
  const sid = /^# sent_id = annodis\.er_(\d+)$/u.exec(line);
  if (sid) id = Number(sid[1]);
  else if (line.startsWith('# text = ') && id !== undefined) sentences.set(id, line.slice('# text = '.length));
}
const last = Math.max(...sentences.keys());
const headings = new Set(segmentation.headings);

let failed = 0;
segmentation.articles.forEach((article, i) => {
  const end = segmentation.articles[i + 1]?.first ?? last + 1;
  const paragraphs: string[] = [];
  let open = false;
  for (let n = article.first; n < end; n++) {
    const sentence = sentences.get(n);
    if (sentence === undefined) throw new Error(`sentence ${n} is not in ${source}`);
    if (headings.has(n)) {
      paragraphs.push(sentence);
      open = false;
    } else if (open) paragraphs[paragraphs.length - 1] += ` ${sentence}`;
    else {
      paragraphs.push(sentence);
      open = true;
    }
  }
  const problem = writeIfExpected(here, article.file, `${paragraphs.join('\n\n')}\n`, article.sha256);
  if (problem) {
    failed++;
    console.error(problem);
  }
});
console.log(`${segmentation.articles.length - failed} of ${segmentation.articles.length} articles rebuilt exactly in ${join(here, 'texts')}`);
if (failed > 0) process.exitCode = 1;
