// The speakers the editor's quick fix suggests in copy already marked up, measured on the labelled sets that may be
// tuned against: each article imported as `articlemark import` writes it (definitions, mentions, attributions), its
// attributions then removed, and every gold speech quote asked for its speakers as *Attribute to …* asks them
// (speakerCandidates, whole-document reading). Beside it, the engine's top-1 on the same quotes in plain text (the
// speaker bench's figure). Run: `node --import tsx bench/speakers-marked-up.bench.ts` (all tuned sets present
// here) or `--set NAME`. It never reads the holdout or an unseen set: quotes are found by their text, which would
// mean reading those sets' quotes through the engine's eyes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleProject, type FileHost } from '../server/src/core';
import { speakerCandidates } from '../server/src/core/speakers/candidates';
import { analyzeSpeakers } from '../server/src/core/speakers/engine';
import { importPlainText } from '../server/src/core/speakers/importText';
import { goldPath, LOCAL, sameName, textDir, TUNED_SETS, type GoldRecord } from './speakers/goldSets';

const setArg = parseArgs({ options: { set: { type: 'string' } }, strict: true }).values.set;
if (setArg !== undefined && !TUNED_SETS.includes(setArg)) throw new Error(`--set: only the sets tuned against (${TUNED_SETS.join(', ')})`);
const sets = (setArg !== undefined ? [setArg] : TUNED_SETS).filter((set) => LOCAL[set]?.here() ?? true);

const host: FileHost = { readFile: () => undefined, glob: () => [] };
/** A quote's words as the gold writes them: no marks, no markup, spaces collapsed. */
const words = (text: string): string => text.replace(/\[|\]\(@[^)]*\)/gu, '').replace(/\\/gu, '').replace(/[«»"“”„\s]+/gu, ' ').trim();
/** Attributions after a closing mark, removed: the quotes are left for the quick fix. */
const unattributed = (article: string): string => article.replace(/(?<=["”»“])@-?[\p{Ll}\p{N}-]*(?:\+[\p{Ll}\p{N}-]+)*/gu, '');

interface Score { quotes: number; markedUp: number; plain: number; unmatched: number }

function measure(set: string): Score {
  const gold = JSON.parse(readFileSync(goldPath(set), 'utf8')) as GoldRecord[];
  const score: Score = { quotes: 0, markedUp: 0, plain: 0, unmatched: 0 };
  for (const file of [...new Set(gold.map((g) => g.file))]) {
    const input = readFileSync(join(textDir(set), file), 'utf8');
    const { model } = new ArticleProject(host).analyze('/bench/marked-up.article', unattributed(importPlainText(input).article));
    const plain = analyzeSpeakers(input);
    const taken = new Set<number>();
    for (const g of gold.filter((r) => r.file === file && r.kind === 'speech' && r.speaker)) {
      score.quotes++;
      const goldForms = [g.speaker!, ...g.aliases];
      const matches = (forms: readonly string[]): boolean => forms.some((f) => goldForms.some((h) => sameName(f, h)));
      const q = plain.quotes.find((x) => x.quote.open === g.offset) ?? plain.quotes.find((x) => x.quote.open < g.offset && g.end <= x.quote.end);
      const top = q?.candidates[0] ? plain.entities[q.candidates[0].entity] : undefined;
      if (top && matches([top.name, ...top.aliases])) score.plain++;
      const index = model.quotes.findIndex((quote, i) => !taken.has(i) && words(quote.text) === words(g.text));
      if (index < 0) {
        score.unmatched++;
        continue;
      }
      taken.add(index);
      const best = speakerCandidates(model, index, 'document', { undefinedSpeakers: true })[0];
      const entity = best ? model.scope.get(best.id)?.entity : undefined;
      if (best && matches(entity ? [entity.name, ...entity.aliases] : [best.name])) score.markedUp++;
    }
  }
  return score;
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
console.log('| set | speech quotes | quick fix top-1, marked-up copy | engine top-1, plain text | quotes not found in the import |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const total: Score = { quotes: 0, markedUp: 0, plain: 0, unmatched: 0 };
for (const set of sets) {
  const s = measure(set);
  for (const key of Object.keys(total) as (keyof Score)[]) total[key] += s[key];
  console.log(`| ${set} | ${s.quotes} | ${pct(s.markedUp, s.quotes)} | ${pct(s.plain, s.quotes)} | ${s.unmatched} |`);
}
if (sets.length > 1) console.log(`| all | ${total.quotes} | ${pct(total.markedUp, total.quotes)} | ${pct(total.plain, total.quotes)} | ${total.unmatched} |`);
