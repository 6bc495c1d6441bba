// Organisations named before their acronym in brackets ("la direction générale de l'alimentation (DGXA)"): the
// acronym's letters say where the name starts.
import { ORG_NOUNS, PERSON_TITLES, ROLE_NOUNS } from './lexicon';
import type { Detected } from './nameDetection';
import { fold, isCap, lower, tokenize } from './words';

/** Words an acronym skips: articles, prepositions and conjunctions inside a name ("direction générale de l'alimentation"). */
const ACRONYM_SKIPS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et', 'for', 'pour', 'en', 'à', 'au', 'aux', 'on', 'in']);

/** Whether `letters` spells the initials of `words` in order, each word giving its first letter or a few more ("DGXA": direction générale X alimentation). */
function spells(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters.length === 0;
  const w = words[0]!;
  for (let k = 1; k <= Math.min(3, w.length, letters.length); k++) {
    if (w.slice(0, k) !== letters.slice(0, k)) break;
    if (spells(letters.slice(k), words.slice(1))) return true;
  }
  return false;
}

/**
 * A name whose acronym follows in brackets ("le groupe X nouveau (XN)", "la direction générale de
 * l'alimentation (DGXA)"): the acronym's letters say where the name starts, lowercase words included. The
 * shortest run of words before the bracket, in the same clause, whose initials spell it; its first word
 * capitalised or an organisation noun (then with its article).
 */
export function detectAcronymNames(text: string, blocked: (at: number) => boolean): Detected[] {
  const found: Detected[] = [];
  const ACRONYM = /\(\s*(\p{Lu}{2,6})\s*\)/gu;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    if (blocked(m.index)) continue;
    const letters = fold(m[1]!);
    const clause = text.slice(Math.max(0, m.index - 160), m.index);
    const cut = Math.max(...[...'.,;:!?«»"“”()\n'].map((c) => clause.lastIndexOf(c)));
    const base = m.index - clause.length + cut + 1;
    const tokens = tokenize(text, base, m.index);
    const content = tokens.filter((tk) => !ACRONYM_SKIPS.has(lower(tk.text)));
    for (let n = 1; n <= Math.min(8, content.length); n++) {
      const run = content.slice(-n);
      if (!spells(letters, run.map((tk) => fold(tk.text)))) continue;
      const first = run[0]!;
      const head = lower(first.text);
      if (!isCap(first.text) && !ORG_NOUNS.has(head)) break;
      if (isCap(first.text) && n === 1) break;
      if (PERSON_TITLES.has(head) || ROLE_NOUNS.has(head)) break;
      let start = first.start;
      // A lowercase organisation noun keeps its article ("la direction générale …"), as descriptions do.
      const article = /(?:^|[\s(])((?:[Ll]es|[Ll]e|[Ll]a|[Tt]he)\s+|[Ll]['’])$/u.exec(text.slice(base, start));
      if (!isCap(first.text) && article) start -= article[1]!.length;
      const end = run[run.length - 1]!.end;
      const phrase = text.slice(start, end);
      if (/\s{2,}/u.test(phrase)) break;
      found.push({ start, end, text: phrase, kind: 'org', key: fold(phrase.replace(/^(?:le|la|les|l['’]|the)\s*/iu, '')), roles: isCap(first.text) ? [] : [head] });
      break;
    }
  }
  return found;
}
