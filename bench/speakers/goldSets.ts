// Where each labelled set's gold and articles are, and how a speaker's name is matched to the gold's: shared by the
// speaker bench (the engine on plain text) and the marked-up bench (the quick fix on marked-up copy).
import { join, resolve } from 'node:path';
import { fold } from '../../server/src/core/speakers/words';
import { ANGLOPHONE, ESTREP, FRANCOPHONE, PRESS2, WIKINEWS2, type LocalSet } from '../../test/speakers/localSets';

export type { GoldRecord } from '../../test/speakers/goldRecord';

export const repo = resolve(__dirname, '..', '..');
export const corpus = join(repo, 'test', 'fixtures', 'corpus');
// The real sets whose articles are not committed (public text): each split's set.
export const LOCAL: Readonly<Record<string, LocalSet>> = {
  'wikinews2-tune': WIKINEWS2,
  'wikinews2-unseen': WIKINEWS2,
  estrep: ESTREP,
  'francophone-tune': FRANCOPHONE,
  'francophone-unseen': FRANCOPHONE,
  'anglophone-tune': ANGLOPHONE,
  'anglophone-unseen': ANGLOPHONE,
  'press2-tune': PRESS2,
  'press2-unseen': PRESS2,
};

/**
 * The sets tuned against, whose errors may be read: the corpus dev part, the tuned invented batches and the tune halves
 * of the real sets. Every other set measures the engine on text nobody tuned on.
 */
export const TUNED_SETS: readonly string[] = ['dev', 'invented', 'invented3', 'invented5', 'invented7', 'invented9', 'invented11', 'invented13', 'invented15', 'wikinews2-tune', 'francophone-tune', 'anglophone-tune', 'press2-tune'];

/** Where a split's gold and texts are: the corpus gold, the invented articles with their own gold, or a real set kept out of the repository. */
export function goldPath(split: string): string {
  if (split.startsWith('invented')) return join(repo, 'bench', 'speakers', split, 'gold.json');
  // A real set's split is its folder's name and its half ("francophone-tune" → francophone/tune.json); the regional
  // set is one unseen whole.
  const local = LOCAL[split];
  if (local) return join(local.dir, split === local.name ? 'unseen.json' : `${split.slice(local.name.length + 1)}.json`);
  return join(repo, 'bench', 'speakers', 'gold', `${split}.json`);
}

export function textDir(split: string): string {
  if (split.startsWith('invented')) return join(repo, 'bench', 'speakers', split);
  return LOCAL[split]?.dir ?? corpus;
}

/** A labelled article's language: by folder or file name (the press sets' files are named after their papers: British and American ones are English). */
export function languageOf(split: string, file: string): 'fr' | 'en' {
  return split.startsWith('anglophone-') || /^texts\/(?:gb|us)-/u.test(file) || file.includes('wikinews-en') || file.startsWith('en-') ? 'en' : 'fr';
}

const TITLE = /^(?:m|mme|mlle|mr|mrs|ms|dr|le|la|les|l|the)\.?\s+/u;
function norm(s: string): string {
  let out = fold(s).replace(/['’]/g, ' ').replace(/[^a-z0-9 -]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (let prev = ''; prev !== out; ) { prev = out; out = out.replace(TITLE, ''); }
  return out;
}

/** Same entity: equal names, or one is the other's last words ("Le Drian" / "Jean-Yves Le Drian"). */
export function sameName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}
