// Import Plain Copy reads the active editor unless it holds an article (client/src/articleText.ts, no vscode import).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isArticleText } from '../../client/src/articleText';

test('an ArticleMark document opening with front matter is an article; pasted copy and plain text files are not', () => {
  assert.equal(isArticleText('articlemark', '---\ntitle: Piscine\n---\nTexte.\n'), true);
  assert.equal(isArticleText('articlemark', '\uFEFF---\r\ntitle: Piscine\r\n---\r\n'), true);
  // Copy pasted into a new article's editor: no front matter yet.
  assert.equal(isArticleText('articlemark', 'GRENOBLE (AFP) - Le maire a annoncé mardi…\n'), false);
  // A .txt whose copy happens to open with a rule of dashes is copy.
  assert.equal(isArticleText('plaintext', '---\nUn titre entre deux filets\n---\n'), false);
});
