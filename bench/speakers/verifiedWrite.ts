// For the rebuild scripts of the real sets kept out of the repository (wikinews2/rebuild.ts,
// estrep/rebuild.ts): an article rebuilt from its public source is written only when it is
// byte for byte the text the labels were made on, so that a newer source never silently
// replaces a labelled article with another text.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Writes `text` to `dir/file` when its SHA-256 is `expected`; else writes nothing and says why. */
export function writeIfExpected(dir: string, file: string, text: string, expected: string): string | undefined {
  if (sha256(text) !== expected) return `${file}: the rebuilt text differs from the labelled one (not written; another version of the source?)`;
  const target = join(dir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return undefined;
}
