// The articles of bench/speakers/wikinews2 are public Wikinews text fetched from other
// repositories, and such text is not committed here: `files.txt` names the 51 articles, and
// they are read from the set's folders wherever someone has put them back (see its README).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const WIKINEWS2 = resolve(__dirname, '..', '..', 'bench', 'speakers', 'wikinews2');

/** The set's articles, `folder/name.txt`, in name order within each folder (French first). */
export const WIKINEWS2_FILES: readonly string[] = readFileSync(join(WIKINEWS2, 'files.txt'), 'utf8')
  .split('\n')
  .filter((line) => line !== '');

/** Why a test or bench that needs the articles does not run here. */
export const WIKINEWS2_ABSENT = 'the articles of bench/speakers/wikinews2 are not in this checkout (public text, not committed: see bench/speakers/wikinews2/README.md)';

/** The articles present here, by `folder/name.txt`; empty when none is. */
export function wikinews2Texts(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of WIKINEWS2_FILES) {
    const full = join(WIKINEWS2, file);
    if (existsSync(full)) texts.set(file, readFileSync(full, 'utf8'));
  }
  return texts;
}
