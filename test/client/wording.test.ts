// The counts the extension writes (client/src/wording.ts, no vscode import).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSummary, count, importSummary, quoteLabel } from '../../client/src/wording';

test('Check Workspace says "1 article", "1 error", "1 warning", not "1 articles"', () => {
  // A folder with one article said "1 articles checked, 1 errors, 1 warnings."
  assert.equal(checkSummary({ files: 1, errors: 1, warnings: 1 }), 'ArticleMark: 1 article checked, 1 error, 1 warning.');
  assert.equal(checkSummary({ files: 3, errors: 0, warnings: 9 }), 'ArticleMark: 3 articles checked, 0 errors, 9 warnings.');
  assert.equal(count(2, 'quote'), '2 quotes');
});

test('the quotes view quotes the words with the marks of their kind', () => {
  // Every quote was shown in “ ”, French copy's « » included.
  assert.equal(quoteLabel('«', 'Nous restons'), '« Nous restons »');
  assert.equal(quoteLabel('"', 'We stay'), '“We stay”');
  assert.equal(quoteLabel('“', 'We stay'), '“We stay”');
  assert.equal(quoteLabel("'", 'We stay'), '‘We stay’');
  assert.equal(quoteLabel('„', 'Wir bleiben'), '„Wir bleiben“');
  assert.equal(quoteLabel('>', 'Un long passage'), '“Un long passage”');
});

test('Import Plain Copy says the language it read and how many lines it dropped', () => {
  assert.equal(importSummary('fr', 0), 'ArticleMark: imported as an article in French. Check each attribution and definition before you save.');
  assert.equal(
    importSummary('en', 1),
    'ArticleMark: imported as an article in English. Check each attribution and definition before you save. 1 line of web debris dropped (listed in the Output panel, ArticleMark Language Server).',
  );
});
