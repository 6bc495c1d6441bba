// bench/speakers/wikinews2/rebuild.ts puts the set's articles back from checkouts of their two
// public sources, which are not here: these tests check what can be checked without them (the
// checksums cover exactly the set, the articles present match them, and the conversion does
// what NOTICE.md says on small pages written for the test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { englishArticle, frenchArticle, readChecksums } from '../../bench/speakers/wikinews2/rebuild';
import { WIKINEWS2 } from './localSets';

const sums = readChecksums();
const texts = WIKINEWS2.texts();

test('checksums.sha256 lists exactly the articles of files.txt, in its order', () => {
  assert.deepEqual([...sums.keys()], WIKINEWS2.files);
});

test('the articles here match their checksums', { skip: texts.size === 0 ? WIKINEWS2.absent : false }, () => {
  const differ = [...texts].filter(([file, text]) => createHash('sha256').update(text, 'utf8').digest('hex') !== sums.get(file));
  assert.deepEqual(differ.map(([file]) => file), []);
});

test('French: the h1 title and each p paragraph, tags removed, references decoded', () => {
  const html = [
    '<!DOCTYPE html>',
    '<html>',
    '<head>',
    '\t<meta charset="utf-8">',
    '\t<title>Le titre</title>',
    '</head>',
    '<body>',
    '\t<h1>Le titre</h1>',
    '',
    '\t<p>1er mai. - Un <b>premier</b> paragraphe, « cité\u202f» &amp; &#233;crit.</p>',
    '',
    '\t<h2>Sources</h2>',
    '\t<p>Le second.</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  assert.equal(frenchArticle(html), 'Le titre\n\n1er mai. - Un premier paragraphe, « cité\u202f» & écrit.\n\nLe second.\n');
});

/** A dependency line of a made-up GUM file: the columns the conversion reads, the others `_`. */
const row = (id: string, form: string, xpos = 'NN', misc = '_'): string => [id, form, '_', '_', xpos, '_', '_', '_', '_', misc].join('\t');

test('English: GUM paragraphs, tokens joined as GUM marks them (a multiword token once), hyphens and currency signs joined', () => {
  const conllu = [
    '# newdoc id = GUM_news_test',
    '# newpar',
    '# newpar_block = head (1 s)',
    '# text = A two-day fair',
    row('1', 'A', 'DT'),
    row('2', 'two', 'CD'),
    row('3', '-', 'HYPH'),
    row('4', 'day'),
    row('5', 'fair'),
    '',
    '# newpar',
    '# newpar_block = p (2 s)',
    "# text = It cost US$ 5, he said we can't",
    row('1', 'It', 'PRP'),
    row('2', 'cost', 'VBD'),
    row('3', 'US$', 'NNS'),
    row('4', '5', 'CD', 'SpaceAfter=No'),
    row('5', ',', ','),
    row('6', 'he', 'PRP'),
    row('7', 'said', 'VBD'),
    row('8', 'we', 'PRP'),
    row('9-10', "can't"),
    row('9', 'ca', 'MD'),
    row('10', "n't", 'RB'),
    row('10.1', 'can', 'MD', 'CopyOf=9'),
    '',
    '# text = Now $ 3 - or less.',
    row('1', 'Now', 'RB'),
    row('2', '$', '$'),
    row('3', '3', 'CD'),
    row('4', '-', ':'),
    row('5', 'or', 'CC'),
    row('6', 'less', 'JJR', 'SpaceAfter=No'),
    row('7', '.', '.'),
    '',
  ].join('\n');
  assert.equal(englishArticle(conllu), 'A two-day fair\n\nIt cost US$5, he said we can\'t Now $3 - or less.\n');
});
