// The editor's *Import Plain Copy* asks the server (`articlemark/importPlainCopy`) over stdio; the answer must be the
// article `articlemark import` writes for the same copy, so that the editor and CI never disagree.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { tempDir } from '../support/tempDir';
import { LspClient } from './lspClient';

const CLI = join(__dirname, '../../dist/cli.js');

type Answer = { article: string; lang: string; dropped: string[] } | { refused: string };

// Invented copy: a wire story as a web page gives it, with a comment counter to drop.
const COPY = [
  'Fermeture de la piscine : le maire s\'explique',
  'Le conseil municipal de Vernay a voté mardi la fermeture de la piscine Jean-Bouin.',
  '« Nous n\'avons pas le choix », a déclaré le maire, Paul Ferrand, devant une salle comble.',
  'Une habitante, Claire Moutier, a dénoncé « une décision prise sans concertation ».',
  '12 commentaires',
  '',
].join('\n');

describe('articlemark/importPlainCopy', () => {
  let client: LspClient;
  let dir: string;
  before(async () => {
    dir = tempDir('import');
    client = await LspClient.start({ folders: [dir] });
  });
  after(() => client.stop());

  it('answers with the article `articlemark import` writes, its language and the lines it dropped', async () => {
    const answer = await client.request<Answer>('articlemark/importPlainCopy', { text: COPY });
    assert.ok('article' in answer, JSON.stringify(answer));
    const cli = execFileSync(process.execPath, [CLI, 'import', '-'], { input: COPY, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    assert.equal(answer.article, cli);
    assert.equal(answer.lang, 'fr');
    assert.deepEqual(answer.dropped, ['12 commentaires']);
    assert.match(answer.article, /^@person ferrand: Paul Ferrand$/mu);
    assert.match(answer.article, /»@ferrand, a déclaré/u);
  });

  it('refuses an article and a text without words, saying why', async () => {
    const article = await client.request<Answer>('articlemark/importPlainCopy', { text: '---\ntitle: Piscine\n---\nTexte.\n' });
    assert.deepEqual(article, { refused: 'This is already an article (it opens with front matter): edit it instead.' });
    const empty = await client.request<Answer>('articlemark/importPlainCopy', { text: ' \n\n' });
    assert.ok('refused' in empty && /no words/u.test(empty.refused), JSON.stringify(empty));
    const malformed = await client.request<Answer>('articlemark/importPlainCopy', {});
    assert.ok('refused' in malformed, JSON.stringify(malformed));
  });
});
