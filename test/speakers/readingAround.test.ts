// The quick fix ranks a quote's speakers from the paragraphs around it
// (speakerCandidates(…, 'around')), not the whole document, so that it stays
// fast on long ones. Checked here on long articles made of many invented news
// stories one after the other (bench/speakers/invented*/, imported as
// `articlemark import` does): for every twentieth quote, the ranking read around
// it is the one read from the whole document, but for a few quotes whose
// reading depends on text further back (4 of 868 quotes when every quote of
// all the stories, 160,000 characters in French, was compared; 7 of the 676
// quotes of these two articles since a mention's `[` is blanked, 4 before;
// 3 since the markup is taken out, not blanked, 6 just before): at most 2 %,
// or one quote of the 14 to 21 compared (a whole comparison takes minutes).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ArticleProject, type FileHost } from '../../server/src/core';
import { speakerCandidates, windowAround, WINDOW_AFTER, WINDOW_BEFORE, WINDOW_GRID } from '../../server/src/core/speakers/candidates';
import { importPlainText } from '../../server/src/core/speakers/importText';

const bench = resolve(__dirname, '..', '..', 'bench', 'speakers');
const host: FileHost = { readFile: () => undefined, glob: () => [] };

// The batches this check was measured on, read in the order it always read them (folder names sorted as text), so
// that later batches do not change its input or the figure above.
const BATCHES = ['invented', 'invented2', 'invented3', 'invented4', 'invented5', 'invented6', 'invented7', 'invented8', 'invented9', 'invented10'];

/** The invented articles of one language, in batch and name order. */
function stories(lang: 'fr' | 'en'): string[] {
  return [...BATCHES]
    .sort()
    .flatMap((d) => readdirSync(join(bench, d)).filter((f) => f.startsWith(`${lang}-`) && f.endsWith('.txt')).sort().map((f) => readFileSync(join(bench, d, f), 'utf8')));
}

describe('the quick fix reads the paragraphs around a quote', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`ranks as the whole document does, on a long ${lang === 'fr' ? 'French' : 'English'} article of many stories`, () => {
      // Stories up to ~80,000 characters: long enough for several windows, short enough for a test.
      const all = stories(lang);
      const input = all.slice(0, all.findIndex((_, n) => all.slice(0, n + 1).join('\n\n').length > 80_000) + 1 || all.length).join('\n\n');
      const article = importPlainText(input).article;
      assert.ok(article.length > 4 * (WINDOW_BEFORE + WINDOW_AFTER), `long enough for windows (${article.length} characters)`);
      const model = new ArticleProject(host).analyze('/virtual/long.article', article).model;
      let compared = 0;
      const differ: string[] = [];
      model.quotes.forEach((quote, index) => {
        if (quote.nested || !quote.node.close || index % 20 !== 0) return;
        compared++;
        const whole = speakerCandidates(model, index, 'document');
        const around = speakerCandidates(model, index, 'around');
        if (JSON.stringify(whole) !== JSON.stringify(around)) differ.push(`${article.slice(quote.node.open.start, quote.node.open.start + 40)}: ${whole.map((c) => c.id).join(',')} / ${around.map((c) => c.id).join(',')}`);
      });
      assert.ok(compared > 12, `${compared} quotes compared`);
      assert.ok(differ.length <= Math.max(1, compared * 0.02), `${differ.length} of ${compared} quotes differ:\n${differ.join('\n')}`);
    });
  }

  it('stays bounded in one long paragraph, and nearby quotes share it', () => {
    // A pasted transcript with no blank line: the paragraph-snapped window was the whole of it, read again on every keystroke.
    const unit = 'Le ministre Jean Dupont a parlé devant la presse. "Nous ferons mieux", a-t-il dit. Puis "ce sera dur", selon lui.\n';
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const opens = [...text.matchAll(/"Nous/g)].map((m) => m.index!);
    const windows = new Set<string>();
    for (const open of opens) {
      const { from, to } = windowAround(text, open, open + 20);
      assert.ok(from <= open - WINDOW_BEFORE + 1 || from === 0, `starts at least WINDOW_BEFORE before (${open - from})`);
      assert.ok(to - from <= WINDOW_BEFORE + WINDOW_AFTER + 3 * WINDOW_GRID, `bounded: ${to - from} characters`);
      assert.ok(from === 0 || text[from - 1] === '\n' || /[.!?»"] $/.test(text.slice(from - 2, from)), 'starts after a line or sentence end');
      windows.add(`${from}:${to}`);
    }
    // Its start and its end each move one grid step at a time: at most two windows per step.
    assert.ok(windows.size <= (2 * text.length) / WINDOW_GRID + 2, `${windows.size} windows for ${opens.length} quotes`);
    const model = new ArticleProject(host).analyze('/virtual/transcript.article', `@person dupont: Jean Dupont\n\n${text}`).model;
    const middle = model.quotes.findIndex((q) => q.node.open.start > text.length / 2);
    assert.equal(speakerCandidates(model, middle, 'around')[0]?.id, 'dupont');
  });

  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`starts and ends at paragraphs in ordinary copy (${name} line ends)`, () => {
      // Two lines a paragraph: a line end is not a paragraph's end.
      const paragraph = `Le ministre Jean Dupont a parlé devant la presse.${eol}"Nous ferons mieux", a-t-il dit.${eol}${eol}`;
      const text = paragraph.repeat(Math.ceil(60_000 / paragraph.length));
      const open = text.indexOf('"Nous', 30_000);
      const { from, to } = windowAround(text, open, open + 20);
      assert.equal(text.slice(from - 2 * eol.length, from), eol + eol);
      assert.equal(text.slice(to, to + 2 * eol.length), eol + eol);
    });
  }
});
