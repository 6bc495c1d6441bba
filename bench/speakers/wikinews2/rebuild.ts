// Rebuilds the 51 articles of this set (wikinews-fr/*.txt, wikinews-en/*.txt), which are
// public text and not committed (see README.md), from local checkouts of the two public
// repositories they came from:
//
//   node --import tsx bench/speakers/wikinews2/rebuild.ts --keyphrase PATH/TO/WikinewsKeyphraseCorpus --gum PATH/TO/gum
//
// --keyphrase: a checkout of adrien-bougouin/WikinewsKeyphraseCorpus (reads documents/NNNNN.html);
// --gum: a checkout of amir-zeldes/gum (reads dep/GUM_news_NAME.conllu).
// Each article is converted as NOTICE.md says and checked against `checksums.sha256`, the
// SHA-256 of the files the labels were made on. Only an article that matches is written (to
// this folder, or to --out DIR); the script prints how many matched and exits 1 if any did not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIfExpected } from '../verifiedWrite';

const SET_DIR = __dirname;

/** `checksums.sha256` (as `sha256sum` writes it): SHA-256 by `folder/name.txt`, in file order. */
export function readChecksums(path = join(SET_DIR, 'checksums.sha256')): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (match === null) throw new Error(`${path}: not a checksum line: ${line}`);
    sums.set(match[2], match[1]);
  }
  return sums;
}

// ---- French: one HTML page of the WikinewsKeyphraseCorpus per article ----

const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED_REFERENCES[ref] ?? whole;
  });
}

/** The `<h1>` title and each `<p>` paragraph, tags removed and references decoded. */
export function frenchArticle(html: string): string {
  const blocks: string[] = [];
  for (const match of html.matchAll(/<(h1|p)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    blocks.push(decodeReferences(match[2].replace(/<[^>]*>/g, '')).trim());
  }
  return `${blocks.join('\n\n')}\n`;
}

// ---- English: one dependency file of GUM per article ----

interface Token {
  form: string;
  /** GUM's part-of-speech tag (XPOS, Penn tags): HYPH for a hyphen inside a word. */
  xpos: string;
  spaceAfter: boolean;
}

/** GUM's paragraphs (`# newpar`), each as its surface tokens: a multiword token (`3-4 can't`) as
 * one, without its words; the empty nodes of the enhanced graph (`21.1`) are not in the text. */
function gumParagraphs(conllu: string): Token[][] {
  const paragraphs: Token[][] = [];
  let lastWordOfToken = 0; // the last word of the multiword token just written, in this sentence
  for (const line of conllu.split(/\r?\n/)) {
    if (line === '') lastWordOfToken = 0; // a sentence ends; its word numbers start again
    if (line === '# newpar' || line.startsWith('# newpar ')) paragraphs.push([]);
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range !== null) lastWordOfToken = Number(range[2]);
    else if (!/^\d+$/.test(cols[0]) || Number(cols[0]) <= lastWordOfToken) continue;
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph === undefined || cols.length !== 10) throw new Error(`not a GUM dependency file (line: ${line})`);
    paragraph.push({ form: cols[1], xpos: cols[4], spaceAfter: !cols[9].split('|').includes('SpaceAfter=No') });
  }
  return paragraphs;
}

/** A currency sign, alone or after a country's letters as GUM writes it (`$`, `US$`). */
const CURRENCY = /^[A-Z]*[$£€¥]$/;

/** Whether a space goes between two tokens: as GUM marks it (`SpaceAfter=No`), with the two joins
 * NOTICE.md names, where GUM leaves a space that the Wikinews text has not. A hyphen inside a word
 * (tag HYPH) is joined to both neighbours (GUM's `two - day` gives `two-day`; one such hyphen is
 * in GUM_news_afghan, of the shared corpus). A currency sign is joined to the number after it
 * (`$ 5` gives `$5`, `US$ 5` gives `US$5`): GUM_news_flag is the one article of this set that
 * needs it, GUM_news_defector and GUM_news_expo of the shared corpus need it too. With these, the
 * conversion gives the corpus's English articles back but for the two spacings NOTICE.md lists. */
function spaceBetween(left: Token, right: Token): boolean {
  if (left.xpos === 'HYPH' || right.xpos === 'HYPH') return false;
  if (CURRENCY.test(left.form) && /^\d/.test(right.form)) return false;
  return left.spaceAfter;
}

/** The title (GUM's first paragraph) and each paragraph after it, tokens joined. */
export function englishArticle(conllu: string): string {
  const paragraphs = gumParagraphs(conllu).map((tokens) => {
    let text = tokens.length > 0 ? tokens[0].form : '';
    for (let i = 1; i < tokens.length; i++) text += (spaceBetween(tokens[i - 1], tokens[i]) ? ' ' : '') + tokens[i].form;
    return text;
  });
  return `${paragraphs.join('\n\n')}\n`;
}

// ---- The set ----

/** The source of an article of files.txt, and how to convert it. */
function source(file: string, keyphrase: string, gum: string): { path: string; convert: (text: string) => string } {
  const fr = /^wikinews-fr\/frwikinews-(\d+)\.txt$/.exec(file);
  if (fr !== null) return { path: join(keyphrase, 'documents', `${fr[1]}.html`), convert: frenchArticle };
  const en = /^wikinews-en\/(GUM_news_\w+)\.txt$/.exec(file);
  if (en !== null) return { path: join(gum, 'dep', `${en[1]}.conllu`), convert: englishArticle };
  throw new Error(`checksums.sha256: no source known for ${file}`);
}

const USAGE = 'usage: node --import tsx bench/speakers/wikinews2/rebuild.ts --keyphrase PATH/TO/WikinewsKeyphraseCorpus --gum PATH/TO/gum [--out DIR]';

/** `--name PATH` pairs; undefined when an argument is not one of `names` or has no path. */
function options(argv: readonly string[], names: readonly string[]): Map<string, string> | undefined {
  const found = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (!names.includes(argv[i]) || value === undefined || value.startsWith('--')) return undefined;
    found.set(argv[i], value);
  }
  return found;
}

function main(argv: readonly string[]): number {
  const opts = options(argv, ['--keyphrase', '--gum', '--out']);
  const keyphrase = opts?.get('--keyphrase');
  const gum = opts?.get('--gum');
  if (keyphrase === undefined || gum === undefined) {
    console.error(USAGE);
    return 2;
  }
  const out = opts?.get('--out') ?? SET_DIR;
  const sums = readChecksums();
  const failed: string[] = [];
  for (const [file, expected] of sums) {
    const { path, convert } = source(file, keyphrase, gum);
    if (!existsSync(path)) {
      failed.push(`${file}: ${path} is missing`);
      continue;
    }
    const problem = writeIfExpected(out, file, convert(readFileSync(path, 'utf8')), expected);
    if (problem) failed.push(problem);
  }
  for (const line of failed) console.error(line);
  console.log(`${sums.size - failed.length} of ${sums.size} articles rebuilt identically, written to ${out}`);
  return failed.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
