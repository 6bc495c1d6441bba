// The plain-text corpus copied into test/fixtures/corpus (see its README), for the import and suggest tests.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS = resolve(__dirname, '..', 'fixtures', 'corpus');

/** Every `.txt` file under `dir`, sorted, subfolders included. */
export function corpusFiles(dir: string = CORPUS): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return corpusFiles(full);
    return name.endsWith('.txt') ? [full] : [];
  });
}
