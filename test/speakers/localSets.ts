// Real article sets whose texts are not committed: public text fetched from other repositories
// is not committed here. Each set's folder under bench/speakers holds its labels, its README and
// NOTICE, and `files.txt`, the articles' paths inside the folder; the articles are read from there
// wherever someone has put them back (each README says how), and git ignores them.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface LocalSet {
  /** The folder's name under bench/speakers. */
  readonly name: string;
  readonly dir: string;
  /** The articles' paths inside the folder, as `files.txt` lists them. */
  readonly files: readonly string[];
  /** Why a test or bench that needs the articles does not run here. */
  readonly absent: string;
  /** The articles present here, by path; empty when none is. */
  texts(): Map<string, string>;
  /** Whether every article of the set is here. */
  here(): boolean;
}

export function localSet(name: string): LocalSet {
  const dir = resolve(__dirname, '..', '..', 'bench', 'speakers', name);
  const files = readFileSync(join(dir, 'files.txt'), 'utf8').split('\n').filter((line) => line !== '');
  const texts = (): Map<string, string> => {
    const found = new Map<string, string>();
    for (const file of files) {
      const full = join(dir, file);
      if (existsSync(full)) found.set(file, readFileSync(full, 'utf8'));
    }
    return found;
  };
  return {
    name,
    dir,
    files,
    absent: `the articles of bench/speakers/${name} are not in this checkout (public text, not committed: see bench/speakers/${name}/README.md)`,
    texts,
    here: () => texts().size === files.length,
  };
}

/** The second set of real Wikinews articles: 37 French, 14 English, in name order within each folder. */
export const WIKINEWS2 = localSet('wikinews2');

/** Real regional press: L'Est Républicain sentences of the Sequoia treebank, laid out as articles. */
export const ESTREP = localSet('estrep');

/** Real French-language press of four countries (Belgium, Québec, Switzerland, Algeria), from a public corpus repository. */
export const FRANCOPHONE = localSet('francophone');

/** Real English-language press (The Guardian, CNN), from the same public corpus repository. */
export const ANGLOPHONE = localSet('anglophone');

/** A second cut of the same corpus: the next articles of the same French and English papers, and CNN's main file. */
export const PRESS2 = localSet('press2');
