// The speaker engine on extreme copy, against ordinary copy of the same size: a rule that reads the whole text again
// for each word, line or quote shows up here (a capitals line of 200 KB once took 43 s against 0.1 s for ordinary
// prose). Run: `npm run bench:speakers:extremes`. Each input is read by the engine and by `import`'s preparation (hard
// wraps, debris), as `suggest` and `import` read it; times are medians of 3 runs. Two ratios, both from the same run
// (the machine is shared): to the corpus's own prose repeated to the same length, and the growth from a quarter of
// the size to the whole (about 4 for work that grows with the text, 16 for work that grows with its square).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSpeakers } from '../server/src/core/speakers/engine';
import { analyzeForImport } from '../server/src/core/speakers/importText';

const SIZE = 200_000;
const CORPUS = join(__dirname, '../test/fixtures/corpus');
const prose = ['wikinews-fr', 'wikinews-en']
  .flatMap((dir) => readdirSync(join(CORPUS, dir)).map((f) => readFileSync(join(CORPUS, dir, f), 'utf8')))
  .join('\n\n');
const sized = (unit: string, size = SIZE): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Each a shape real copy takes to an extreme (long runs of one thing the rules look at), at a given size. */
const EXTREMES: Record<string, (size: number) => string> = {
  'ordinary prose (the reference)': (n) => sized(`${prose}\n\n`, n),
  'one line of capitals words': (n) => sized('AB ', n),
  'many lines of capitals': (n) => sized(`${'ÉTAT '.repeat(30)}\n`, n),
  'one paragraph of semicolons': (n) => sized('il a dit; ', n),
  'blank lines holding spaces (CRLF)': (n) => sized(' \r\n', n),
  'indented hard-wrapped lines': (n) => sized('   Il a dit que le projet avance bien et que la suite viendra.\nla suite du texte sans fin\n', n),
  'datelines': (n) => sized('PARIS, 12 mars (AFP) - Le maire a parlé.\n', n),
  'towns in capitals with a dash': (n) => sized('VERNIOZ. — Salle comble. ', n),
  'quotes glued to the next sentence': (n) => sized('"Oui".Pour ', n),
  "one paragraph of '80s and ’24": (n) => sized("les '80s et l’an ’24, ", n),
  'initials and abbreviations': (n) => sized('A. ', n),
  'a quote per sentence, no speaker': (n) => sized('« Oui. » ', n),
  'one sentence per paragraph, each quote pointed back at': (n) => sized('« Oui. »\n\nCe sont les mots de Paul Martin.\n\n', n),
  'one unclosed quote': (n) => `« ${sized('mot ', n)}`,
  'soft hyphens and zero-width spaces in every word': (n) => sized('Ma\u00adrie a\u200b dit « oui\u00ad ». ', n),
  'one line full of names (an article scraped onto one line)': (n) => sized('Paul Martin a vu Claire Dubois au marché. ', n),
  'names whose first word no list knows': (n) => sized('Zorv Blamak a vu Quix Trelot au marché. ', n),
  'one scare-quoted term again and again': (n) => sized('Les « bonnets verts » défilent, a dit la police. ', n),
  'one endless sentence of coordinated speech verbs': (n) => sized('le maire a reçu les habitants et a dit « oui » puis ', n),
  'one endless sentence of participle clauses of speech': (n) => sized('the mayor met the residents, saying "yes" and ', n),
};

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1]!;
}

interface Row { name: string; engine: number; quarter: number; imported: number }
const rows: Row[] = Object.entries(EXTREMES).map(([name, make]) => {
  const text = make(SIZE);
  const small = make(SIZE / 4);
  return { name, engine: median(() => analyzeSpeakers(text)), quarter: median(() => analyzeSpeakers(small)), imported: median(() => analyzeForImport(text)) };
});
const reference = rows[0]!;
console.log(`| input (${(SIZE / 1000).toFixed(0)} K characters) | engine | × prose | growth from ${(SIZE / 4000).toFixed(0)} K | import's reading | × prose |`);
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const cells = [`${row.engine.toFixed(0)} ms`, (row.engine / reference.engine).toFixed(1), (row.engine / Math.max(row.quarter, 0.5)).toFixed(1), `${row.imported.toFixed(0)} ms`, (row.imported / reference.imported).toFixed(1)];
  console.log(`| ${row.name} | ${cells.join(' | ')} |`);
}
