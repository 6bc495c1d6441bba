// `articlemark suggest` on an article, run as CI runs it: read as the editor reads it (definitions and registries
// known, markup not prose), each quote's speakers listed, undefined speakers offered with their definition. Before,
// an article was read as plain copy: its definitions' names were the speakers, its IDs and brackets prose.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ensureBuilt, run, tempDir } from './run';

interface Suggested {
  text: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  confident: boolean;
  notSpeech: boolean;
  speakers?: string[];
  candidates: { id: string; name: string; confidence: number; definition?: string[] }[];
}

const ARTICLE = [
  '---',
  'title: Piscine',
  'lang: fr',
  '---',
  '@person ferrand: Paul Ferrand',
  '  aka: le maire',
  '@source riverain: un riverain de la piscine',
  '',
  '« Nous n\'avons pas le choix »@ferrand, a déclaré le maire, Paul Ferrand.',
  '',
  '« C\'est un scandale », a lancé un riverain.',
  '',
  '« Rien n\'est joué », a répondu Claire Moutier, conseillère d\'opposition.',
  '',
].join('\n');

describe('articlemark suggest on an article', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = tempDir();
    writeFileSync(join(dir, 'piscine.article'), ARTICLE);
  });

  const suggest = (args: string[], input?: string): Suggested[] => {
    const result = run(['suggest', ...args, '--format', 'json'], { cwd: dir, ...(input !== undefined ? { input } : {}) });
    assert.equal(result.code, 0, result.stderr);
    return (JSON.parse(result.stdout) as { quotes: Suggested[] }).quotes;
  };

  it('lists every quote with the IDs it is attributed to, its defined speakers and undefined ones with their definition', () => {
    const quotes = suggest(['piscine.article']);
    assert.deepEqual(quotes.map((q) => q.text), ['Nous n\'avons pas le choix', 'C\'est un scandale', 'Rien n\'est joué']);
    const [attributed, source, newcomer] = quotes as [Suggested, Suggested, Suggested];
    assert.deepEqual(attributed.speakers, ['ferrand']);
    assert.equal(attributed.candidates[0]?.id, 'ferrand');
    assert.deepEqual(attributed.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 29 } });
    // "un riverain" is the source the article defines more fully.
    assert.deepEqual(source.speakers, []);
    assert.equal(source.candidates[0]?.id, 'riverain');
    assert.equal(source.candidates[0]?.definition, undefined);
    assert.equal(newcomer.candidates[0]?.id, 'moutier');
    assert.deepEqual(newcomer.candidates[0]?.definition, ['@person moutier: Claire Moutier']);
    assert.equal(newcomer.confident, true);
  });

  it('reads standard input as an article when it opens with front matter, and plain copy otherwise', () => {
    assert.deepEqual(suggest(['-'], ARTICLE).map((q) => q.speakers), [['ferrand'], [], []]);
    const plain = suggest(['-'], '« Rien n\'est joué », a répondu Claire Moutier.\n');
    assert.equal(plain[0]?.speakers, undefined);
    assert.equal(plain[0]?.candidates[0]?.name, 'Claire Moutier');
  });
});
