// Robustness of the speaker engine on real copy rewritten in ways that keep who said what (issue 7, pass 17).
// `node --import tsx bench/speakers/perturb.ts --set NAME [--only KIND] [--errors]` (or `--dev` for the corpus dev
// part): for each text of a tuned set, applies one rewrite of bench/speakers/rewrites.ts at a time, carries the gold
// labels over by the quote's words, runs the engine and prints top-1, confident precision and coverage per rewrite next
// to the original text's. `--errors` prints the quotes a rewrite made wrong (or newly confident and wrong, or no longer
// confident), with the rewritten sentence. Held-out, unseen and never-tuned sets are refused by name (rewrites.ts, `tunedSet`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeForImport } from '../../server/src/core/speakers/importText';
import { goldPath, languageOf, sameName, textDir, LOCAL, type GoldRecord } from './goldSets';
import { matchQuotes, quoteKey, REWRITES, tunedSet, type Lang } from './rewrites';

const { values: options } = parseArgs({
  options: { dev: { type: 'boolean' }, set: { type: 'string' }, only: { type: 'string' }, errors: { type: 'boolean' } },
  strict: true,
});
if (options.dev && options.set !== undefined) throw new Error('--dev or --set, not both');
if (!options.dev && options.set === undefined) throw new Error('--set NAME or --dev');
const split = tunedSet(options.dev ? 'dev' : options.set!);
if (LOCAL[split] && !LOCAL[split]!.here()) throw new Error(`--set ${split}: ${LOCAL[split]!.absent}`);
const kinds = options.only !== undefined ? options.only.split(',') : Object.keys(REWRITES);
for (const kind of kinds) if (!REWRITES[kind]) throw new Error(`--only: unknown rewrite ${kind} (known: ${Object.keys(REWRITES).join(', ')})`);


/** What the engine says of one labelled quote. */
interface Verdict { found: boolean; top: string | undefined; right: boolean; confident: boolean }

function judge(text: string, records: readonly GoldRecord[]): { verdicts: Verdict[]; quoteAt: number[] } {
  const { analysis, prepared, toInput } = analyzeForImport(text);
  const keys = analysis.quotes.map((q) => quoteKey(prepared.slice(q.quote.open + 1, q.quote.end - 1)));
  const at = matchQuotes(records.map((r) => quoteKey(r.text)), keys);
  const verdicts = records.map((g, i): Verdict => {
    const q = at[i]! >= 0 ? analysis.quotes[at[i]!] : undefined;
    const top = q?.candidates[0];
    const entity = top ? analysis.entities[top.entity] : undefined;
    const forms = entity ? [entity.name, ...entity.aliases] : [];
    const goldForms = g.speaker ? [g.speaker, ...g.aliases] : [];
    const right = g.kind === 'speech' && forms.some((f) => goldForms.some((h) => sameName(f, h)));
    return { found: !!q, top: entity?.name, right, confident: !!q?.confident };
  });
  return { verdicts, quoteAt: at.map((i) => (i >= 0 ? toInput(analysis.quotes[i]!.quote.open) : -1)) };
}

interface Tally { speech: number; right: number; confident: number; confidentRight: number; confidentSpeech: number; lost: number }
const empty = (): Tally => ({ speech: 0, right: 0, confident: 0, confidentRight: 0, confidentSpeech: 0, lost: 0 });
function add(t: Tally, g: GoldRecord, v: Verdict): void {
  if (g.kind === 'speech') t.speech++;
  if (v.right) t.right++;
  if (v.confident) t.confident++;
  if (v.confident && v.right) t.confidentRight++;
  if (v.confident && g.kind === 'speech') t.confidentSpeech++;
  if (!v.found) t.lost++;
}
const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);

const gold = JSON.parse(readFileSync(goldPath(split), 'utf8')) as GoldRecord[];
const files = [...new Set(gold.map((g) => g.file))];
const original = empty();
const tallies = new Map(kinds.map((k) => [k, { tally: empty(), changed: 0, worse: 0, better: 0, unsure: 0 }]));
const errors: string[] = [];
for (const file of files) {
  const text = readFileSync(join(textDir(split), file), 'utf8');
  const records = gold.filter((g) => g.file === file);
  const lang: Lang = languageOf(split, file);
  const base = judge(text, records).verdicts;
  records.forEach((g, i) => add(original, g, base[i]!));
  for (const kind of kinds) {
    const entry = tallies.get(kind)!;
    const rewritten = REWRITES[kind]!(text, lang);
    if (rewritten !== text) entry.changed++;
    const { verdicts, quoteAt } = rewritten === text ? { verdicts: base, quoteAt: [] } : judge(rewritten, records);
    records.forEach((g, i) => {
      const before = base[i]!;
      const after = verdicts[i]!;
      add(entry.tally, g, after);
      const worse = (before.right && !after.right) || (after.confident && !after.right && !(before.confident && !before.right));
      const better = (!before.right && after.right) || (before.confident && !before.right && !(after.confident && !after.right));
      if (worse) entry.worse++;
      const unsure = before.confident && before.right && after.right && !after.confident;
      if (unsure) entry.unsure++;
      if (better) entry.better++;
      if (options.errors && (worse || unsure)) {
        const at = quoteAt[i] ?? -1;
        const context = at < 0 ? '(quote not found in the rewritten text)' : rewritten.slice(Math.max(0, at - 220), Math.min(rewritten.length, at + g.text.length + 160)).replace(/\s+/gu, ' ');
        errors.push(`[${kind}${unsure ? ', no longer confident' : ''}] ${file}@${g.offset} gold ${g.speaker ?? '(not speech)'}: ${before.top ?? '—'}${before.confident ? ' (confident)' : ''} → ${after.top ?? '—'}${after.confident ? ' (confident)' : ''}\n    ${context}`);
      }
    });
  }
}

const row = (label: string, t: Tally, changed: string, moved: string): string =>
  `| ${label} | ${changed} | ${pct(t.right, t.speech)} | ${pct(t.confidentRight, t.confident)} (${t.confidentRight}/${t.confident}) | ${pct(t.confidentSpeech, t.speech)} | ${t.lost} | ${moved} |`;
const out = [`### ${split}: ${files.length} texts, ${original.speech} speech quotes`, '', '| rewrite | texts changed | top-1 | confident precision | coverage | quotes lost | worse / better / no longer confident |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
out.push(row('original', original, '—', '—'));
for (const [kind, { tally, changed, worse, better, unsure }] of tallies) out.push(row(kind, tally, String(changed), `${worse} / ${better} / ${unsure}`));
console.log(out.join('\n'));
if (options.errors) console.log(['', ...errors].join('\n'));
