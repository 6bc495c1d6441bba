// Measures the speaker engine against the hand-made gold (bench/speakers/gold):
// top-1 accuracy, and precision and coverage of confident attributions, by
// language and difficulty, dev and holdout reported separately.
// `node --import tsx bench/speakers.bench.ts` prints both; `--dev` prints dev
// only (while tuning); `--write` also rewrites the "Speaker attribution"
// section of bench/README.md. `--halves` adds dev split by file into two
// halves (alternate files in name order), to see whether a change made while
// looking at one half also helps the other (an overfitting check within dev).
// `--set invented` prints only the invented articles of bench/speakers/invented
// (written and labelled before pass 6, see its README) as their own table,
// `--set invented2` the second batch (written after pass 6's rules, never tuned
// against), `--set invented3` the third (other news styles, labelled before
// pass 7, tuned against in pass 7), `--set invented4` the fourth (written after
// pass 7's rules, never tuned against), `--set invented5` the fifth (more
// real-news styles, French first, labelled before pass 8), `--set invented6` the
// sixth (written after pass 8's rules, never tuned against), `--set invented7` the
// seventh (more real-news styles, English first, labelled before pass 9), `--set invented8`
// the eighth (written after pass 9's rules, never tuned against), `--set invented9` the ninth
// (French Wikinews-style copy rich in hard cases, labelled before pass 10), `--set invented10` the tenth (written after
// pass 10's rules, never tuned against), `--set invented11` the eleventh (a French regional daily's local pages,
// labelled before pass 13), `--set invented12` the twelfth (written with it in the same style, other topics and frames,
// never tuned against), `--set invented13` the thirteenth (people told apart by gender, labelled before pass 14),
// `--set invented14` the fourteenth (written with it, other topics, never tuned against); `--set wikinews2-tune` and `--set wikinews2-unseen`
// the two halves of a second set of real Wikinews articles (bench/speakers/wikinews2, see its
// README: labelled before any engine ran on them; only the tune half is ever tuned against);
// `--set estrep` real regional press (bench/speakers/estrep, see its README: labelled before any
// engine ran on it, never tuned against); a full run (no --dev) prints them all after dev and holdout.
import { readFileSync, writeFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeSpeakers } from '../server/src/core/speakers/engine';
import { CONFIDENT_LEAD, CONFIDENT_MIN } from '../server/src/core/speakers/attribute';
import { fold } from '../server/src/core/speakers/words';
import { ESTREP, WIKINEWS2, type LocalSet } from '../test/speakers/localSets';

interface GoldRecord {
  file: string;
  offset: number;
  end: number;
  kind: 'speech' | 'not-speech';
  speaker: string | null;
  aliases: string[];
  difficulty: 'easy' | 'hard' | null;
}

const repo = resolve(__dirname, '..');
const corpus = join(repo, 'test', 'fixtures', 'corpus');
// The real sets whose articles are not committed (public text): each split's set.
const LOCAL: Readonly<Record<string, LocalSet>> = { 'wikinews2-tune': WIKINEWS2, 'wikinews2-unseen': WIKINEWS2, estrep: ESTREP };
/** Where a split's gold and texts are: the corpus gold, the invented articles with their own gold, or a real set kept out of the repository. */
function goldPath(split: string): string {
  if (split.startsWith('invented')) return join(repo, 'bench', 'speakers', split, 'gold.json');
  if (split.startsWith('wikinews2-')) return join(WIKINEWS2.dir, `${split.slice('wikinews2-'.length)}.json`);
  if (split === 'estrep') return join(ESTREP.dir, 'unseen.json');
  return join(repo, 'bench', 'speakers', 'gold', `${split}.json`);
}
function textDir(split: string): string {
  if (split.startsWith('invented')) return join(repo, 'bench', 'speakers', split);
  return LOCAL[split]?.dir ?? corpus;
}
const langOf = (file: string): 'fr' | 'en' => (file.includes('wikinews-en') || file.startsWith('en-') ? 'en' : 'fr');
const args = new Set(process.argv.slice(2));
const argv = process.argv.slice(2);
const setArg = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
const SETS = ['invented', 'invented2', 'invented3', 'invented4', 'invented5', 'invented6', 'invented7', 'invented8', 'invented9', 'invented10', 'invented11', 'invented12', 'invented13', 'invented14', 'wikinews2-tune', 'wikinews2-unseen', 'estrep'];
if (setArg !== undefined && !SETS.includes(setArg)) throw new Error(`--set: unknown set ${setArg} (known: ${SETS.join(', ')})`);
// A real set kept out of the repository is measured only where its articles have been put back.
const runnable = (split: string): boolean => LOCAL[split]?.here() ?? true;
const absent = [...new Set(SETS.filter((split) => !runnable(split)).map((split) => LOCAL[split]!))];
if (setArg !== undefined && !runnable(setArg)) throw new Error(`--set ${setArg}: ${LOCAL[setArg]!.absent}`);
if (args.has('--write') && absent.length > 0) throw new Error(`--write needs every set: ${absent.map((set) => set.absent).join('; ')}`);
const fullRun = setArg === undefined && !args.has('--dev') && !args.has('--dev-only');
const splits = setArg !== undefined ? [setArg] : fullRun ? ['dev', 'holdout', ...SETS.filter(runnable)] : ['dev'];
if (fullRun) for (const set of absent) console.error(`${SETS.filter((split) => LOCAL[split] === set).join(', ')} not measured: ${set.absent}`);
if (setArg !== undefined && args.has('--write')) throw new Error('--write needs the full run (no --set)');
if (splits.length === 1 && args.has('--write')) throw new Error('--write needs both splits: run without --dev to rewrite bench/README.md');

const TITLE = /^(?:m|mme|mlle|mr|mrs|ms|dr|le|la|les|l|the)\.?\s+/u;
function norm(s: string): string {
  let out = fold(s).replace(/['’]/g, ' ').replace(/[^a-z0-9 -]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== out; ) { prev = out; out = out.replace(TITLE, ''); }
  return out;
}
/** Same entity: equal names, or one is the other's last words ("Le Drian" / "Jean-Yves Le Drian"). */
function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

interface Row { file: string; lang: 'fr' | 'en'; difficulty: string; speech: boolean; top1: boolean; confident: boolean; notSpeech: boolean; best: number; second: number; }

function evaluate(split: string): { rows: Row[]; ms: number } {
  const gold = JSON.parse(readFileSync(goldPath(split), 'utf8')) as GoldRecord[];
  const files = [...new Set(gold.map((g) => g.file))];
  const rows: Row[] = [];
  let ms = 0;
  for (const file of files) {
    const text = readFileSync(join(textDir(split), file), 'utf8');
    const t0 = performance.now();
    const analysis = analyzeSpeakers(text);
    ms += performance.now() - t0;
    const lang = langOf(file);
    for (const g of gold.filter((r) => r.file === file)) {
      // The gold never crosses a paragraph break; the language joins a quote that runs on over
      // paragraphs (each opening with a mark) into one: a gold quote that is its later paragraph is that quote.
      const q = analysis.quotes.find((x) => x.quote.open === g.offset) ?? analysis.quotes.find((x) => x.quote.open < g.offset && g.end <= x.quote.end);
      const top = q?.candidates[0];
      const entity = top ? analysis.entities[top.entity] : undefined;
      const forms = entity ? [entity.name, ...entity.aliases] : [];
      const goldForms = g.speaker ? [g.speaker, ...g.aliases] : [];
      const top1 = g.kind === 'speech' && forms.some((f) => goldForms.some((h) => sameName(f, h)));
      rows.push({ file, lang, difficulty: g.difficulty ?? 'not-speech', speech: g.kind === 'speech', top1, confident: !!q?.confident, notSpeech: !!q?.notSpeech, best: top?.confidence ?? 0, second: q?.candidates[1]?.confidence ?? 0 });
    }
  }
  return { rows, ms };
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
function line(label: string, rows: Row[]): string {
  const speech = rows.filter((r) => r.speech);
  const confident = rows.filter((r) => r.confident);
  const right = confident.filter((r) => r.top1);
  return `| ${label} | ${speech.length} | ${pct(speech.filter((r) => r.top1).length, speech.length)} | ${pct(right.length, confident.length)} (${right.length}/${confident.length}) | ${pct(confident.filter((r) => r.speech).length, speech.length)} |`;
}

/** Precision and coverage of confident attributions for other thresholds (same rule as the engine, in hundredths). */
function curve(rows: Row[]): string[] {
  const speech = rows.filter((r) => r.speech).length;
  const lines = ['| best ≥ | lead ≥ | confident precision | coverage |', '| ---: | ---: | ---: | ---: |'];
  for (const best of [0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    for (const lead of [0, 0.05, 0.1]) {
      const confident = rows.filter((r) => !r.notSpeech && Math.round(r.best * 100) >= Math.round(best * 100) && Math.round((r.best - r.second) * 100) >= Math.round(lead * 100) && r.best > 0);
      const right = confident.filter((r) => r.top1).length;
      const chosen = best === CONFIDENT_MIN && lead === CONFIDENT_LEAD ? ' **(engine)**' : '';
      lines.push(`| ${best.toFixed(2)} | ${lead.toFixed(2)}${chosen} | ${pct(right, confident.length)} (${right}/${confident.length}) | ${pct(confident.filter((r) => r.speech).length, speech)} |`);
    }
  }
  return lines;
}

/** Every plain-text file of the corpus, analysed in one pass: wall time (median of 5 passes) and CPU time per pass. */
function corpusTime(): string {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.txt')) files.push(full);
    }
  };
  walk(corpus);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    for (const text of texts) analyzeSpeakers(text);
    walls.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  walls.sort((a, b) => a - b);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  return `Engine time on the whole corpus (${files.length} files, ${Math.round(chars / 1000)} K characters): ${walls[2]!.toFixed(0)} ms wall (median of 5 passes), ${((cpu.user + cpu.system) / 5000).toFixed(0)} ms CPU per pass.`;
}

// One warm-up pass: the first call pays for compiling the engine's regular expressions.
evaluate('dev');
const out: string[] = [];
for (const split of splits) {
  const { rows, ms } = evaluate(split);
  const heading = split === 'invented' ? 'invented articles, labelled before pass 6 (bench/speakers/invented; 12 French, 6 English; tuned against in pass 6)'
    : split === 'invented2' ? 'invented articles, second batch, written after pass 6\'s rules and never tuned against (bench/speakers/invented2; 4 French, 2 English)'
    : split === 'invented3' ? 'invented articles, third batch in other news styles, labelled before pass 7 (bench/speakers/invented3; 11 French, 4 English; tuned against in pass 7)'
    : split === 'invented4' ? 'invented articles, fourth batch, written after pass 7\'s rules and never tuned against (bench/speakers/invented4; 5 French, 2 English)'
    : split === 'invented5' ? 'invented articles, fifth batch in more real-news styles, labelled before pass 8 (bench/speakers/invented5; 10 French, 4 English)'
    : split === 'invented6' ? 'invented articles, sixth batch, written after pass 8\'s rules and never tuned against (bench/speakers/invented6; 4 French, 2 English)'
    : split === 'invented7' ? 'invented articles, seventh batch in more real-news styles, English first, labelled before pass 9 (bench/speakers/invented7; 5 French, 7 English)'
    : split === 'invented8' ? 'invented articles, eighth batch, written after pass 9\'s rules and never tuned against (bench/speakers/invented8; 3 French, 3 English)'
    : split === 'invented9' ? 'invented articles, ninth batch, French Wikinews style with hard cases, labelled before pass 10 (bench/speakers/invented9; 10 French, 2 English)'
    : split === 'invented10' ? 'invented articles, tenth batch, written after pass 10\'s rules and never tuned against (bench/speakers/invented10; 5 French, 1 English)'
    : split === 'invented11' ? 'invented articles, eleventh batch, a French regional daily\'s local pages, labelled before pass 13 (bench/speakers/invented11; 12 French)'
    : split === 'invented12' ? 'invented articles, twelfth batch, written with the eleventh in the same style and never tuned against (bench/speakers/invented12; 6 French)'
    : split === 'invented13' ? 'invented articles, thirteenth batch, people told apart by gender, labelled before pass 14 (bench/speakers/invented13; 10 French, 2 English)'
    : split === 'invented14' ? 'invented articles, fourteenth batch, written with the thirteenth and never tuned against (bench/speakers/invented14; 6 French)'
    : split === 'wikinews2-tune' ? 'real Wikinews articles, second set, tune half (bench/speakers/wikinews2; 19 French, 7 English; labelled before any engine ran on them)'
    : split === 'wikinews2-unseen' ? 'real Wikinews articles, second set, unseen half (bench/speakers/wikinews2; 18 French, 7 English; never tuned against)'
    : split === 'estrep' ? 'real regional press, L\'Est Républicain 1999 from the Sequoia treebank (bench/speakers/estrep; French; labelled before any engine ran on it, never tuned against)' : split;
  out.push(`### ${heading}${split === 'holdout' ? ' (held out: measured once with the first engine, once after tuning pass 2, once after tuning pass 3, a 4th time after tuning pass 4, a 5th time after a change that is not tuning, a 6th time after tuning pass 5, a 7th time after tuning pass 6, an 8th time after tuning pass 7, a 9th time after tuning pass 8, a 10th time after tuning pass 9, an 11th time after tuning pass 10, a 12th time after tuning pass 11, a 13th time after the name fixes of import of the same session (not tuning), a 14th time after tuning pass 12, a 15th time after tuning pass 13, and a 16th time after tuning pass 14, by the run that wrote this section; its contents were never inspected)' : ''}`, '');
  out.push('| part | speech quotes | top-1 | confident precision | coverage |', '| --- | ---: | ---: | ---: | ---: |');
  out.push(line('all', rows));
  for (const lang of ['fr', 'en'] as const) out.push(line(lang === 'fr' ? 'French' : 'English', rows.filter((r) => r.lang === lang)));
  for (const d of ['easy', 'hard']) out.push(line(d, rows.filter((r) => r.difficulty === d)));
  out.push('', `Engine time on these files: ${ms.toFixed(0)} ms.`, '');
  if (split === 'dev' && args.has('--halves')) {
    const files = [...new Set(rows.map((r) => r.file))].sort();
    const half = (n: number): Row[] => rows.filter((r) => files.indexOf(r.file) % 2 === n);
    out.push('Dev by halves (alternate files in name order):', '', '| part | speech quotes | top-1 | confident precision | coverage |', '| --- | ---: | ---: | ---: | ---: |', line('half A', half(0)), line('half B', half(1)), '');
  }
  if (split === 'dev') {
    out.push(`Confidence trade-off on dev (the engine attributes when the best candidate scores ≥ ${CONFIDENT_MIN} and leads the next by ≥ ${CONFIDENT_LEAD}; thresholds chosen on dev only):`, '', ...curve(rows), '');
  }
}
out.push(corpusTime(), '');
console.log(out.join('\n'));

if (args.has('--write')) {
  const readme = join(repo, 'bench', 'README.md');
  const current = existsSync(readme) ? readFileSync(readme, 'utf8') : '# Benchmarks\n';
  const section = [
    '## Speaker attribution',
    '',
    '`npm run bench:speakers` (`node --import tsx bench/speakers.bench.ts --write`). Gold: `bench/speakers/gold/` (see its README).',
    'Top-1: the best candidate names the gold speaker (or one of its aliases; a name matches its last words, "Le Drian" / "Jean-Yves Le Drian").',
    'Confident precision: share of confident attributions (what `articlemark import` writes) that are right; a confident attribution on a not-speech quote counts as wrong.',
    'Coverage: share of speech quotes attributed confidently. Easy: the speaker is named in the quote\'s sentence; hard: pronoun, description or another sentence.',
    '',
    'History: the first engine measured dev top-1 68.0 %, confident precision 77.9 % at 66.0 % coverage, and holdout (measured once) top-1 57.6 %, 65.0 % at 62.7 %.',
    'A second, error-driven tuning pass worked from dev errors only (rules of language, no names) and changed the confidence thresholds from 0.8 / 0.1 to 0.75 / 0.05: dev 94.8 %, 97.5 % at 83.5 %; holdout (measured a second time) 61.0 %, 64.4 % at 71.2 %.',
    'A third pass aimed at generalisation rather than dev errors: rules tailored to dev replaced by general ones, and news patterns written from journalistic style and checked on hand-written sentences (test/speakers/engine.test.ts) and on dev split by file into two halves (`--halves`). Thresholds unchanged. Dev 95.9 %, 98.8 % at 83.5 %; holdout (measured a third time) 61.0 %, 71.4 % at 67.8 % (French 53.6 %, English 67.7 %; easy 67.6 %, hard 50.0 %).',
    'A fourth pass aimed at generalisation again, not at dev errors (dev was left at its pass-3 errors): each pattern was first written as invented news sentences (test/speakers/engine.test.ts) and made to pass with a rule of language, then checked not to hurt dev or either dev half. It targeted candidate extraction and weak evidence: names after a preposition, possessives and acronyms before a name are complements, not subjects ("Police in X said", "A spokesman for the ministry said", "à l\'AFP X"); incises are anchored; names with particles (al-, von der, de los, D\'X), surnames that are also words or come before the full name, capitalised roles (the Prime Minister) as descriptions; a much wider list of role nouns and titles, descriptions no mention carries resolved to the subject of the sentences before; pronoun gender a preference, not a filter; passive speech verbs give the agent; "X said, according to Reuters" keeps X; "quoted X as saying"; "selon elle", "selon un communiqué de X"; of two speech verbs the nearer one; uncued quotes carry on the previous sentence\'s subject (never confidently alone); a sentence pointing back at a quote ("C\'est en ces termes que X"); a quote never crosses a paragraph break (multi-paragraph quotes were reported from their last part, as the gold defines a quote). Thresholds unchanged. Dev 95.9 %, 98.8 % (81/82) at 84.5 % (half A 97.8 %, 100 % at 93.5 %; half B 94.1 %, 97.4 % at 76.5 %; before: half A at 91.3 %, half B the same). The holdout was measured a 4th time, once: 78.0 %, 79.1 % (34/43) at 69.5 % (French 64.3 %, English 90.3 %; easy 78.4 %, hard 77.3 %); no rule was changed after it. Part of that gain came from the paragraph-break change: before it, a multi-paragraph quote was reported at its first opening mark, so the bench could not find the gold\'s quote at the last part\'s mark.',
    'Then, for what writers get and not for any figure, the paragraph-break change was undone: a quote that runs on over paragraphs is again one quote, as the language reads it (`suggest` had given only its last paragraph). The bench now matches a gold quote that lies inside an engine quote (its later paragraph) instead. The holdout was measured a 5th time, once: unchanged (78.0 %, 79.1 % at 69.5 %); nothing was changed after it.',
    'A fifth pass aimed at generalisation, French first, without looking at dev errors beyond a pattern hint: about 500 quotes of invented wire copy (French AFP / Le Monde / Wikinews style first, then English) were written in batches, each batch run on the engine before any rule was changed for it, so that each fresh batch measured the engine on unseen text (fresh batches scored between 54 % and 92 % top-1 before their fixes, most between 60 % and 80 %; confident precision 50–91 %). Each failing pattern became a test in test/speakers/engine.test.ts and a rule of language: complements and incises between an inverted verb and its subject, partial quotes governed by a speech verb, infinitives and phrases (a fait savoir, a tenu à rappeler, font état de), role synonyms, stems and adjectives, possessive relational roles (sa rivale), ce dernier, descriptions of organisations with adjectives, plural and collective groups, unnamed roles as sources, -t-on with where the words come from, documents as subjects, demonyms as descriptions, headline rubrics, titles of works before their quote, and pronoun centring across sentences and paragraphs. Thresholds unchanged (the trade-off on dev and on the invented batches showed no better setting). The holdout was measured a 6th time, once; nothing was changed after it (top-1 76.3 %, confident 75.0 % at 69.5 %).',
    'A sixth pass worked from whole invented articles instead of sentences, for discourse: 18 articles (12 French, 6 English, 171 quotes, `bench/speakers/invented/`) were written and labelled blind, committed, then run once before any change (top-1 84.4 %, confident 88.6 % (117/132) at 84.4 %; French 80.6 %, English 92.2 %). Their errors were read as hints of patterns; each pattern was written again as new invented sentences with other names (test/speakers/discourse.test.ts) and fixed with a rule of language: gendered role forms are not their counterpart (l\'avocate / l\'avocat, le réalisateur / la réalisatrice) and a confident il / elle tells the speaker\'s gender; a name after "that / que" and a speech verb of the reported clause ("said it added") are not the speaker; English -ing participles take the main subject; month abbreviations do not end sentences; "Pour le docteur X," and "Pour la directrice du festival, X,"; unnamed sources with a complement and an apposition ("Une habitante du deuxième étage, …, raconte", "L\'un des deux randonneurs"), "selon un X en poste à Y,"; the author of a document cited before ("un rapport de X … Le document estime"); "selon lequel" gives its antecedent; a sentence opening with a quote is about its speaker; a description opening the sentence before (someone else, or someone unnamed) weakens the last speaker and the pronoun after it; descriptions stop at a capital and keep a complement or an apposition before the verb; "la députée d\'opposition X" is a person; a title after a capitalised article keeps "de l\'X"; lowercase judgements after "le film" and one-word quotes before a plural noun are not titles or speech; an unnamed source\'s roles are its head noun\'s. Thresholds unchanged. Dev did not move (96.9 %, 98.9 % at 89.7 %; halves 97.8 % and 96.1 %); the invented articles, now tuned against, went to 96.8 %, 100 % at 92.2 %. A second batch of 6 invented articles (44 quotes, `bench/speakers/invented2/`), written after the rules and never tuned against, measured the pass on unseen text: top-1 79.5 % → 84.1 %, confident 88.6 % at 79.5 % → 93.9 % at 75.0 % (engine of main, then of the pass at ed426be, each run once; the tables below are a second run after three further rules, e069130). The holdout was measured a 7th time, once; nothing was changed after it (top-1 76.3 %, confident 76.1 % at 72.9 %).',
    'A seventh pass varied the style of the invented text towards how real news is written: 15 articles (11 French, 4 English, 117 quotes, `bench/speakers/invented3/`) in styles the earlier batches lack — French Wikinews with quoted source titles, regional dailies (verbs of manner, quotes standing as their own paragraphs, web typography with no-break spaces and curly apostrophes), sports and court reports, an interview write-up, AFP and faits divers, English AP / Reuters copy, and many quotes that are not speech — were written and labelled blind, committed, then run once before any change (top-1 85.7 %, confident 88.0 % (73/83) at 83.7 %; French 87.1 %, English 82.1 %). Their errors, and those of a few fresh probe paragraphs written afterwards (not kept), were hints of patterns; each was written again as new sentences with other names (test/speakers/styles.test.ts) and fixed with a rule of language: dotted acronyms before a title (U.S. Attorney X) do not end a sentence; a possessive is not a sentence\'s subject (X\'s lawyer, Y, …); a name qualifying role words before a person (Club boss X, A Harbor Authority spokeswoman, X,) gives the person, a party in brackets (X (PS)) is not the subject, and "a senior Democratic aide" is an unnamed source; Title Case after a verb of calling is a name (what police called "Operation X"); an outlet that reports the words (rapporte la radio X) is not their speaker, names after au quotidien / la radio are organisations, and a bare subject the quote goes on from (Le préfet « souhaite … ») speaks; "la direction du X" is a management body that "elle" continues; an acronym qualifying a common noun (des balises GPS) is no entity; "Pour son avocat, Me X,"; a title between an apposition\'s comma and its name; the one interviewed (interrogé par le journal) speaks, not the paper; complements with an adjective (sur les réseaux sociaux), and "les" after a preposition is no longer read as "le"; an unnamed official with a complement (la commissaire chargée de …) is a new source, and an unnamed source is only what its description says; a name right after role words (le président lorrain X) holds them; the quote after an interviewer\'s question is the answer of the person quoted most; a headline "First Last : « … »" keeps its speaker; verbs of manner (rigoler, savourer, jubiler …; laughed, shrugged …) and verbs said again (a réaffirmé); a pronoun with nobody named before continues the one the sentence before describes; a description after a sentence that opens on someone unnamed (Le héros du jour, … / Les secours …) resolves to the subject before only weakly; a specific organisation noun (le club) among organisations of other kinds is its own body, and l\'agence refers back to the organisation whose name holds the word. Thresholds unchanged. Dev did not move (96.9 %, 98.9 % at 89.7 %; halves 97.8 % and 96.1 %), nor did the earlier invented batches (96.8 %, 84.1 %); invented3, now tuned against, went to 99.0 %, 100 % (87/87) at 88.8 %. A fourth batch of 7 articles (5 French, 2 English, 55 quotes, `bench/speakers/invented4/`) in other fresh styles (AFP business, an election abroad, a radio interview, a live blog, a school closure, BBC-style local news, a science story), written after the rules and never tuned against, measured the pass on unseen text: top-1 90.0 % → 94.0 %, confident 95.2 % (40/42) at 82.0 % → 95.5 % (42/44) at 86.0 % (French 86.1 % → 91.7 %, English 100 % both; engine of main, then of the pass, each run once). The holdout was measured an 8th time, once, after merging; nothing was changed after it (top-1 81.4 %, confident 85.1 % at 76.3 %).',
    'An eighth pass went on with real-news styles, French first, and fixed the names `import` writes. 14 articles (10 French, 4 English, 112 quotes, `bench/speakers/invented5/`) in styles no earlier batch has — a national daily\'s politics page (« … », assure-t-on à Matignon; confie un proche; glisse un visiteur du soir), French Wikinews on sport and on culture, a press-release rewrite, questions au gouvernement, faits divers with witnesses, an obituary with old quotes, a union dispute, a city council, a criminal court, an English local paper (present-tense "says", "the statement says", a quote opening its paragraph), titles (Sir, Prof, Dr), a US court story and a theatre story full of titles, nicknames and slogans — were written and labelled blind, committed, then run once before any change (top-1 86.2 %, confident 82.8 % (72/87) at 87.2 %; French 86.1 %, English 86.4 %). Their errors were hints of patterns; each was written again as new sentences with other names (test/speakers/pass8.test.ts, and import tests in test/speakers/import.test.ts) and fixed with a rule of language: a body named by a common noun and its complement is one organisation with that whole name (le ministère russe de la X: an adjective before a capitalised complement, a lowercase complement after adjectives — la direction générale de l\'alimentation —, and a name whose acronym in brackets spells its initials, lowercase words included: le groupe X islamique (XI)), the acronym an alias, a bare "le ministère" after it the same body, and its ID without the article; the determiner tells the gender of an epicene role (le ministre is not the woman minister); an apposition after a participle\'s object or after à / pour, and the shorter appositions inside a clause, give a person\'s role; the head\'s determiner, not a noun of its complement, gives an apposition\'s gender (la substitute du procureur); unnamed sources stop before the copula and a complement of place (Un député de l\'aile droite est plus cinglant :, a crié un député depuis les travées), and an indefinite role before a colon is an unnamed source; words such as Hebdo, Matin, Soir make a name an outlet\'s, not a person\'s; an apposition naming a kind of work after a quote (« X », le premier roman de Y) and a sources-list line (« title » — outlet, date) are titles; "the statement says" goes to whom a statement was said to be from; "Those are the words of X" points back strongly. Thresholds unchanged. Dev did not move (96.9 %, 98.9 % at 89.7 %; halves 97.8 % and 96.1 %), nor did invented2, invented3 and invented4 (84.1 %, 99.0 %, 94.0 %); invented went from 92.2 % to 92.9 % coverage (still 100 % precise); invented5, now tuned against, went to 96.8 %, 96.4 % (81/84) at 87.2 %. A sixth batch of 6 articles (4 French, 2 English, 44 quotes, `bench/speakers/invented6/`) in fresh styles (an interview given to another paper, a health explainer, a signed op-ed, a storm warning, an English match report, a US startup story), written after the rules and never tuned against, measured the pass on unseen text: top-1 82.5 % with both engines, confident 87.5 % (28/32) at 80.0 % with both (French 92.3 %, English 64.3 % both; engine of main, then of the pass, each run once): the pass\'s rules did not reach these styles. Two small name fixes were made after that run and are not in its figure (a verb starting with "de" was read as a lowercase complement, l\'équipe devait; a person\'s form in the body now wins over the headline\'s as long); dev and the other batches are unchanged by them. The helper who tuned never ran the holdout; the lead kept the pass (for its import names and the unchanged other sets) before measuring it a 9th time, once, by the run that wrote this section; nothing was changed after it.',
    'A ninth pass put English first (unseen English was the weakest part: invented6 English 64.3 %). 12 articles (7 English, 5 French, 103 quotes, `bench/speakers/invented7/`) in styles no earlier batch has — Reuters markets copy, a UK parliamentary sketch, an NYT-style feature (quotes opening paragraphs, "said X, 71, who …", split quotes), US local TV news in the present tense, a science story with outside experts, a sports press conference, an interview write-up under section heads, a Le Monde-style enquête, regional radio, cycling, a portrait with incises inside the marks, French Wikinews abroad — were written and labelled blind, committed, then run once before any change (top-1 87.6 %, confident 92.3 % (72/78) at 78.4 %; English 90.2 %, French 83.3 %). Their errors were hints of patterns; each was written again as new sentences with other names (test/speakers/pass9.test.ts) and fixed with a rule of language: a rating after a change of recommendation (to "sell" from "hold", à « acheter ») is a term; a name right before a lowercase role or business noun after a determiner (the X Party leader, Y,; the X Mill plant, which …) is an organisation, not a person a pronoun continues; a capitalised role noun before a first and last name starts the name (Assembly Majority Whip X Y); title abbreviations give their role (Gov. X is the governor); a role written capitalised before a verb (The Foreign Secretary paused.) describes its holder; an age in an apposition (a 19-year-old striker, also after "from a" and a capitalised complement) makes "the teenager"; a French incise inside the marks (« …, dit-elle, … ») is the quote\'s speech clause; "Au ministère, on assure que" and "Au siège de X, on explique" give the body, and "on" never stands for a place; a section head is skipped when looking for the subject before; "Pour X, …" and a sentence opening with a demonstrative (That is too late for X.) make X the subject; English newspaper name words (Ledger, Chronicle …) and bodies of inspection with two lowercase complements (l\'inspection générale du ministère de l\'X) are organisations. Thresholds unchanged (no set gave evidence for another setting). Dev did not move (96.9 %, 98.9 % at 89.7 %; halves 97.8 % and 96.1 %), nor did invented … invented5; invented7, now tuned against, went to 97.9 %, 98.8 % (81/82) at 84.5 % (English 100 %, French 94.4 %); invented6, never tuned against and whose errors were not read (it was run only to check that it did not drop), went from 82.5 % to 87.5 %, confident 87.5 % → 93.8 % (30/32) at 80.0 % (English 64.3 % → 78.6 %). An eighth batch of 6 articles (3 English, 3 French, 41 quotes, `bench/speakers/invented8/`: an obituary with old quotes, an AP tech launch, a wildfire, a housing-estate reportage, an election night, a space launch), written after the rules and never tuned against, measured the pass on unseen text: no change, 94.9 % top-1, confident 97.4 % (37/38) at 97.4 % with both engines (English 100 %, French 89.5 %; engine of main, then of the pass, each run once): this batch was easy for both engines and says little about the pass. The helper who tuned never ran the holdout. The lead ran it once after merging (the pass kept before, for invented6 and because no set dropped): unchanged, 81.4 % top-1, confident 85.1 % at 76.3 %, as after passes 7 and 8.',
    'A tenth pass targeted French Wikinews-style copy with hard attributions (on the holdout, French 75.0 % and hard cases 72.7 % were the weakest parts). 12 articles (10 French, 2 English, 126 quotes, 80 hard, `bench/speakers/invented9/`) were written with many hard cases — the speaker named in the next sentence (« … » Ces mots sont ceux de X; "…" That admission came from X), descriptions (le sexagénaire, la quadragénaire, l\'élue écologiste, le chef de l\'État, the councillor), Selon lui, incises, a body\'s communiqué then its spokesperson, a trial and a bookshop interview with alternating speakers — labelled blind, committed, then run once before any change (top-1 77.8 %, confident 83.0 % (78/94) at 74.6 %; French 81.8 %, English 50.0 %, hard 75.0 %). Their errors were hints of patterns; each was written again as new sentences with other names (test/speakers/pass10.test.ts) and fixed with a rule of language: a next sentence pointing back at the words also as « Ces propos sont ceux de X », "That warning came from X", and after a few role words ("the words of union steward X"); a quote opening its paragraph as its own sentence, followed by a sentence opening on someone named for the first time, is that newcomer\'s, not the last speaker\'s; role nouns of the book trade, vets and lab scientists (le libraire, l\'éditeur, l\'écrivaine, la praticienne, la biochimiste) and their synonyms; shops and venues (la librairie La Page X) are organisations, no person « elle » stands for; an unnamed source\'s description loses a dangling relative pronoun and is cut back to its head when its relative clause stops short of the speech verb. Thresholds unchanged. Dev did not move (96.9 %, 98.9 % at 89.7 %; halves 97.8 % and 96.1 %), nor did invented … invented8; invented9, now tuned against, went to 84.9 %, 90.0 % (90/100) at 79.4 % (French 87.3 %, English 68.8 %, hard 83.8 %). A tenth batch of 6 articles (5 French, 1 English, 55 quotes, 36 hard, `bench/speakers/invented10/`: a dam project, a cyberattack on a town hall, a doping ban, a heatwave, a fisheries summit, a museum restitution), written after the rules and never tuned against, measured the pass on unseen text once with each engine: top-1 80.0 % → 87.3 %, confident 83.0 % (39/47) → 91.5 % (43/47) at 85.5 % (French 81.3 % → 87.5 %, hard 72.2 % → 83.3 %). The helper who tuned never ran the holdout. The lead ran it once after merging (the pass kept before, for invented10 and because no set dropped): unchanged, 81.4 % top-1, confident 85.1 % at 76.3 %, as after passes 7, 8 and 9.',
    'An eleventh pass went back to real text: 51 more Wikinews articles (37 French from the WikinewsKeyphraseCorpus, 14 English from the GUM corpus; 186 quotes, 152 speech; `bench/speakers/wikinews2/`) were labelled by reading, committed and split by file into a tune half and an unseen half before any engine ran on them. First run: tune half 78.6 %, 91.3 % (42/46) at 64.3 %; unseen half 73.2 %, 73.4 % (47/64) at 70.7 % (French 67.2 %, English 100 %). The tune half\'s errors were hints of patterns; each was written again as new sentences with other names (test/speakers/pass11.test.ts) and fixed with a rule of language: an inverted description stops before the verb\'s complement (a répondu la porte-parole de X à une question de Y); « révéler » is a speech verb and « son avocat » never the one it belongs to; a name given past a place is not speech; « Pour X, » after a glued full stop, a headline kicker, or with a body named in apposition; « l\'X » and « A. X » are names; « -t-il » without a comma; a French gerund takes its clause\'s subject; a dotted acronym before a body\'s head word does not end the sentence; « in the words of »; a quote opening its sentence after a sentence whose speech verb announces it is that subject\'s, confidently (12 more confident attributions over the batches, all right), or the unnamed description\'s. Thresholds unchanged. Tune half 92.9 %, 100 % (56/56) at 80.0 %; dev and invented2, 4, 5, 6, 8 unchanged; invented, invented3, 7, 9, 10 more coverage, no new error. The unseen half, run once after the pass, did not move (73.2 %, 73.4 % at 70.7 %). The lead ran the holdout a 12th time, once, after keeping the pass: 81.4 % top-1, 85.7 % (42/49) at 79.7 %. A sentence saying its subject issued a statement was then read as announcing the quote (tune 57/57 at 81.4 %), and a QA pass on import fixed how names are read (a name ends at its sentence, two people sharing a surname are two entities, number words and "Results of" are no names), working from import\'s output on the shared corpus (holdout articles included, their labels not) and on the tune half; no tuned set moved. Measured once more: unseen half 72.0 % (one English quote lost), 73.4 % at 70.7 %; holdout (13th time) unchanged.',
    'A twelfth pass (session 10) went back to the errors left in invented9 (tuned against since pass 10), most of them speakers the text never names: an indefinite phrase with a "that" clause or a trailing "and" is no subject; an unnamed body with a "which" clause speaks; a description with its own qualifiers and a relative clause that no earlier mention carries is a body the text does not name (also after a body named by another common noun); "le prévenu" is a role; a sentence bringing in someone new and unnamed makes that one the speaker of the bare quote or pronoun after it (test/speakers/pass12.test.ts). invented9 84.9 % → 88.1 %; dev, the other tuned sets and the tune half did not move; invented10 (never tuned against) kept 87.3 %; the unseen half lost one quote (72.0 % → 70.7 %, confident 70.8 % (46/65) at 72.0 %); the holdout, measured a 14th time, did not move (81.4 %, 85.7 % at 79.7 %). The articles of `wikinews2/` left the repository in the same session (fetched public text is not committed); these figures were taken where they are present. The engine-time line below was written at load 8–9 (a teammate\'s fuzzing on the 2-core machine); the engine before and after the pass, timed alternately then on the same corpus, took 538–628 and 604–608 ms CPU per pass: no change within that noise.',
    'A thirteenth pass (session 11) turned to a kind of real copy no set had: a regional daily\'s local pages. First, a real set to measure it on: 40 articles of *L\'Est Républicain* (1999) from the Sequoia treebank, whose sentences were laid out as articles by reading (`bench/speakers/estrep/`; 54 quotes, 28 speech, all French; the text is not committed, `rebuild.ts` makes it from the treebank), labelled before any engine ran on it and never tuned against. First run: top-1 60.7 %, confident 59.1 % (13/22) at 60.7 % (easy 73.7 %, hard 33.3 %; five confident attributions went to quotes that are no speech). Then 12 invented articles in that style (`bench/speakers/invented11/`, 120 quotes, 74 speech) and 6 more never tuned against (`invented12/`, 53 quotes, 36 speech) were written and labelled blind by a helper who never saw the real set, committed, and run once: invented11 78.4 %, 80.7 % (46/57) at 66.2 %; invented12 72.2 %, 75.0 % (18/24) at 58.3 %. invented11\'s errors were hints of patterns; each was written again as new sentences with other names (test/speakers/pass13.test.ts) and fixed with a rule of language: a capitalised quote right after a noun for named things (l\'opération, la liste, l\'amicale, la résidence, le festival, the charity …) is a name whatever the sentence says, so are the same words quoted elsewhere in the article, and such a name does not part a subject from its verb (X, tête de la liste "Y", a dénoncé); after an inverted speech verb, a description the role lexicon lacks then a name in apposition (explique le régisseur, X); « comme le souligne X »; « Le bilan de X : », « Le constat de l\'adjointe : »; an unnamed subject with an apposition before a colon (Un pêcheur, membre depuis vingt ans, résume l\'ambiance :); « selon » / "according to" an unnamed source right after the quote; a quote opening its paragraph, then a sentence opening on a description of someone named before (« … » Le pâtissier, installé …) or naming one in apposition, is that one\'s; a headline\'s rubric (« Vie associative : ») is no body; « son adjointe » is a woman (French « son » before a vowel, not English "son"), and an unnamed source\'s noun gives its gender (« Une voisine » is not « il »); a determiner makes « du pâtissier X » a role, not a verb. Thresholds unchanged. invented11, now tuned against, went to 85.1 %, 93.1 % (54/58) at 77.0 %; dev and every other tuned set did not move. Run once after the pass: invented12 75.0 %, 76.9 % (20/26) at 63.9 %; the wikinews2 unseen half 70.7 %, 71.2 % (47/66) at 73.2 % (one more confident attribution, right); the regional set, measured a second time, 64.3 %, 60.9 % (14/23) at 64.3 % (the lead had read two of its articles\' raw text while laying out the source, before the labels; its errors were not read). A QA pass then made the engine\'s quote lookups indexed (a 50,000-quote article took 28 s): no set moved.',
    'A fourteenth pass (session 12) gave the engine gender from first names: real copy very often introduces people as "Prénom Nom" and then says il / elle, she / he, and with no title the engine could not tell two people apart. 12 invented articles (`bench/speakers/invented13/`, 10 French, 2 English, 119 quotes, 107 speech, 88 hard: two or three people of different genders with no title, couples and cofounders, epicene roles, organisations as elle, groups as ils / elles) and 6 more never tuned against (`invented14/`, French, 55 quotes, 51 speech) were written and labelled blind, committed, and run once: invented13 65.4 %, confident 73.1 % (57/78) at 72.9 %; invented14 62.7 %, 72.4 % (21/29) at 56.9 %. A hand-written lexicon of common French and English given names of one gender only (server/src/core/speakers/givenNames.ts; names given to both, such as Camille, Dominique, Claude, Alex, Sam, left out; a compound decided by its first part; a title, role or determiner always wins) gives a gender to every person nothing else gave one to; alone it raised invented13 to 71.0 %. invented13\'s errors were then hints of patterns, each written again as new sentences with other names (test/speakers/pass14.test.ts) and fixed with a rule of language: a first name then a surname is a person even when what follows reads like an apposition naming a firm; père and frère are men\'s words; an unnamed description named in apposition after its complement is not someone new; an institution that is the whole subject of the sentence before, naming no person, is what il / elle continue, and its article may be its common noun\'s (Le fonds X: il); ils / elles / they go first to a group opening their sentence or the ones before (back through sentences opening on a plural pronoun), and with no cue, words in the first person plural after such sentences are the group\'s; nouns of groups (bénévoles, riverains, soignants, adhérents, coéquipières) and la principale are role nouns, the Friends of X and X libraries organisations; a role description no one named holds goes on with the same description given earlier with no name next to it (La ministre de l\'X … La ministre a promis). Thresholds unchanged. invented13, now tuned against, went to 85.0 %, 94.0 % (78/83) at 76.6 %; dev (96.9 %, 98.9 % at 89.7 %; halves 97.8 % and 96.1 %), invented, invented3, invented5, invented7, invented9 and the tune half of wikinews2 (92.9 %, 100 % at 81.4 %) did not drop; invented11 rose to 86.5 %, 93.3 % (56/60) at 79.7 %; invented5 and invented7 each gained a confident attribution, right. Run once after the pass, errors not read: invented14 72.5 %, 87.5 % (28/32) at 62.7 %; invented12 77.8 %, 80.0 % (20/25) at 61.1 %. The helper who tuned ran neither the holdout nor the unseen real sets. The lead kept the pass, with a fix of the same session to names (a particle after an honorific\'s dot starts the surname, M. Le X: one real text of 166 read differently), then ran each unseen real set once: the unseen half of wikinews2 70.7 % → 73.2 %, 71.2 % (47/66) → 73.5 % (50/68) at 75.6 %; the regional set unchanged, 64.3 %, 60.9 % (14/23) at 64.3 %; the holdout, measured a 16th time, 81.4 % top-1 as before, 84.0 % (42/50) at 81.4 % (85.7 % (42/49) at 79.7 % before: one more confident attribution, a wrong one). The three unseen real sets together: 74.6 % top-1 (126 of 169 speech quotes).',
    '',
    ...out,
  ].join('\n');
  const re = /## Speaker attribution\n[\s\S]*?(?=\n## |$)/u;
  writeFileSync(readme, re.test(current) ? current.replace(re, `${section}\n`) : `${current.trimEnd()}\n\n${section}\n`);
}
