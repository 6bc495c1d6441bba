// Turns the source files of the public gilets_jaunes corpus repository (see NOTICE.md) into plain
// articles. Three layouts occur: `<doc url=…>` with the text (Swiss and Québec papers), `<doc
// title="…" source="…">` with the text (Belgian papers, Journal de Québec), and `<article>` with
// `<title>` and `<content>` (Algerian papers). The text is kept as the scraper left it, as a writer
// would paste it: entities decoded, each line trimmed, lines kept apart by one newline (one
// paragraph per line in some sources, hard-wrapped lines in others), a title as the first line.

/** One source file of the corpus, and the short name its articles are filed under. */
export interface SourceFile {
  readonly path: string;
  readonly key: string;
}

/** The source files the set draws from, in the order the selection went through them. */
export const SOURCES: readonly SourceFile[] = [
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
  const doc = /<doc(?:\s+url=[^\n>]*\n?>|\s+title="([^"]*)"[^>]*>)([\s\S]*?)<\/doc>/gu;
  for (let m = doc.exec(xml); m; m = doc.exec(xml)) out.push(articleText(m[1], m[2] ?? ''));
  const article = /<article\b[^>]*>\s*<title>([\s\S]*?)<\/title>\s*<content>([\s\S]*?)<\/content>/gu;
  for (let m = article.exec(xml); m; m = article.exec(xml)) out.push(articleText(m[1], m[2] ?? ''));
  return out;
}
