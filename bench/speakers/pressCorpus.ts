// The real press sets taken from the public gilets_jaunes corpus repository (bench/speakers/francophone
// and bench/speakers/anglophone; origin in their NOTICE.md): how its files are cut into plain articles,
// and how a set's articles are rebuilt from a clone of it. Two layouts occur: `<doc …>` elements holding
// the text, with or without a `title` attribute (Swiss, Québec, Belgian, British and American papers),
// and `<article>` with `<title>` and `<content>` (Algerian papers). The text is kept as the scraper left
// it, as a writer would paste it: entities decoded, each line trimmed, lines kept apart by one newline
// (one paragraph per line in some sources, hard-wrapped lines in others), a title as the first line.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIfExpected } from './verifiedWrite';

/** One source file of the corpus, and the short name its articles are filed under. */
export interface SourceFile {
  readonly path: string;
  readonly key: string;
}

/** The French-language source files (bench/speakers/francophone), in the order the selection went through them. */
export const FRENCH_SOURCES: readonly SourceFile[] = [
  { path: 'Francais/Belgique/DH.xml', key: 'be-dh' },
  { path: 'Francais/Belgique/DH_CONTRAST.xml', key: 'be-dh-c' },
  { path: 'Francais/Belgique/LaLibre.xml', key: 'be-lalibre' },
  { path: 'Francais/Belgique/LaLibreContrast.xml', key: 'be-lalibre-c' },
  { path: 'Francais/Corpus/fr_CA_corpus.xml', key: 'ca' },
  { path: 'Francais/Corpus/fr_CA_corpus_contraste.xml', key: 'ca-c' },
  { path: 'Francais/Corpus/JDQ.xml', key: 'ca-jdq' },
  { path: 'Francais/Corpus/fr_CH_corpus.xml', key: 'ch' },
  { path: 'Francais/Corpus/fr_CH_corpus_contraste.xml', key: 'ch-c' },
  { path: 'Francais_DZ/gilets_jaunes.xml', key: 'dz' },
  { path: 'Francais_DZ/contrast_gilets.xml', key: 'dz-c' },
];

/** The English-language source files (bench/speakers/anglophone), in the order the selection went through them. */
export const ENGLISH_SOURCES: readonly SourceFile[] = [
  { path: 'Anglais/Anglais_GB/corpus/Guardian_original.xml', key: 'gb-guardian' },
  { path: 'Anglais/Anglais_GB/corpus/Guardian_contraste.xml', key: 'gb-guardian-c' },
  { path: 'Anglais/Anglais_US/CNN_contraste.xml', key: 'us-cnn-c' },
];

/** CNN's main file, which only the second cut (bench/speakers/press2) reads. */
export const CNN_MAIN: SourceFile = { path: 'Anglais/Anglais_US/CNN_original.xml', key: 'us-cnn' };

/** The commit of the source repository the labelled articles were made from. */
export const SOURCE_COMMIT = '69d104955e6dc1aea04d7aad796f70696878f495';

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole: string, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The article as plain text: an optional title line, then the body's lines, each trimmed, empty lines dropped. */
export function articleText(title: string | undefined, body: string): string {
  const lines = [title ?? '', ...body.split(/\r?\n/u)].map((line) => decodeEntities(line).trim()).filter((line) => line !== '');
  return `${lines.join('\n')}\n`;
}

/** Every article of one source file, in file order (index 0 first), as plain text. */
export function articlesOf(xml: string): string[] {
  const out: string[] = [];
  // Attribute values may hold `>`; unquoted ones (`url=…`) end at a space or `>`.
  const doc = /<doc((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|[^\s>]*))*)\s*>([\s\S]*?)<\/doc>/gu;
  for (let m = doc.exec(xml); m; m = doc.exec(xml)) out.push(articleText(/\btitle\s*=\s*"([^"]*)"/u.exec(m[1] ?? '')?.[1], m[2] ?? ''));
  const article = /<article\b[^>]*>\s*<title>([\s\S]*?)<\/title>\s*<content>([\s\S]*?)<\/content>/gu;
  for (let m = article.exec(xml); m; m = article.exec(xml)) out.push(articleText(m[1], m[2] ?? ''));
  return out;
}

interface Selection {
  commit: string;
  /** Per article, in files.txt order: its file in the set's folder, its source file, its index there (0 first) and its text's SHA-256. */
  articles: { file: string; source: string; index: number; sha256: string }[];
}

/**
 * Rebuilds a set's articles (`texts/*.txt` in `setDir`, as its selection.json lists them) from a clone of the
 * source repository, read at the pinned commit (`git show`, so the clone's checkout does not matter); each is
 * written only when it matches its SHA-256. Returns how many did not.
 */
export function rebuildPressSet(setDir: string, clone: string): number {
  const selection = JSON.parse(readFileSync(join(setDir, 'selection.json'), 'utf8')) as Selection;
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
    const problem = text === undefined ? `${article.file}: ${article.source} has no article ${article.index + 1}` : writeIfExpected(setDir, article.file, text, article.sha256);
    if (problem) {
      failed++;
      console.error(problem);
    }
  }
  console.log(`${selection.articles.length - failed} of ${selection.articles.length} articles rebuilt exactly in ${join(setDir, 'texts')}`);
  return failed;
}
