// Incremental re-parsing: `reparse(parse(before), after)` must give exactly the
// tree `parse(after)` gives, for any edit, and keep doing so over a chain of
// edits (each re-parse consuming the previous tree). A differential property
// test against the full parser, plus checks that ordinary typing is actually
// incremental (the blocks away from the edit are the same objects).
// Runs: ARTICLEMARK_PROPERTY_RUNS (CI: 10000), seed: ARTICLEMARK_PROPERTY_SEED.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { ArticleProject, parse, reparse, changeBetween, type DefinitionBlock, type DocumentAnalysis, type Span, type SyntaxTree } from '../../server/src/core';
import { memoryHost } from './helpers';
import { ownAttributionSpans } from '../../server/src/core/syntax/parse';

const numRuns = Number(process.env['ARTICLEMARK_PROPERTY_RUNS'] ?? 1000);
const seed = Number(process.env['ARTICLEMARK_PROPERTY_SEED'] ?? Date.now() % 2 ** 31);
console.log(`reparse property tests: seed ${seed}, ${numRuns} runs (rerun with ARTICLEMARK_PROPERTY_SEED=${seed})`);
const params = { numRuns, seed };

const root = resolve(__dirname, '../..');
const corpusDir = join(root, 'test/fixtures/corpus');
const example = readFileSync(join(root, 'examples/le-drian-choigou.article'), 'utf8');
const samples: string[] = [
  example,
  readFileSync(join(corpusDir, 'afp-le-drian-choigou.fr.txt'), 'utf8'),
  ...['wikinews-fr', 'wikinews-en'].flatMap((d) => readdirSync(join(corpusDir, d)).sort().slice(0, 4).map((f) => readFileSync(join(corpusDir, d, f), 'utf8'))),
  ...readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.article')).map((f) => readFileSync(join(root, 'examples', f), 'utf8')),
  // Multi-paragraph quotes, comments across blank lines, block quotes, lists, CRLF.
  'Intro.\n\n« Un,\n\n« deux,\n\n« trois. » @x\n\nFin.\n',
  '---\ntitle: T\nquotes: single\n---\nA \'b\' c.\n\n<!-- x\n\ny -->\n\n> q\n> — @z\n\n- a\n- "b"\n\n@person z: Z\n  aka: Zed\n\nEnd "open\n',
  // Blocks that follow one another without a blank line: an edit can merge or split them.
  'Para one\n# Heading\nmore text\n- item\n- "two\n> quoted\n> — @a\n@person a: A\n  aka: B\nText « here\n« there »\n\nEnd.\n# Last\n',
  'A <!-- one\n\ntwo --> b.\n\nC "d\n\n<!-- e -->\n\n<!-- f\n\ng -->\nH « i »\n\n<!-- j\n\nK.\n',
  '> Not said.\n> — @-\n\n["Said."](@a) and "b"@-. [x](@a @b #1 #2 @Bad k=v)\n\n@person a: A\n  role: r\n  role: s\n',
  'Line one\r\n\r\n"Quote," he said, "more." @a\r\n\r\n# Head "x"\r\n',
  // Comments inside a name, a value and an alias read as one space: the spans are the text as written.
  'Intro.\n\n@person j: Jean <!-- x --> Dupont\n  role: a <!-- b\nc --> d\n    e<!-- f -->g\n  aka: A <!-- ; --> B; C\n\nJean Dupont "dit"@j.\n',
  '@person a: 😀 <!-- x -->A\r\n  role: r <!-- y\r\nz --> s\r\n\r\nA 😀 A.\r\n',
];

const tokens = [
  '"', '“', '”', '„', '«', '»', '« ', ' »', "'", '’', '‘', '@', '@le-drian', '@a+b', '@-', '[', ']', '(', ')', '](', '](@x)', '](#~2900 @s)',
  '](https://a.example/"x")', '#', '# ', '> ', '> — @x', '- ', '1. ', '*', '**', '`', '\\', '<!--', '-->', '<!-- articlemark-ignore -->', '---',
  '---\n', '@person x: X', '@org ei: EI', '@person bad', '  aka: EI', '    more', 'TK', 'https://x.example/a', '\n', '\n\n', '\n\n\n', '\r\n', '\r',
  ' ', '\u00a0', '😀', 'mot', 'Le', ',', '.', ':', 'x',
];

/** The tree as plain data: what `parse` would give, compared field by field. */
function plain(tree: SyntaxTree): unknown {
  return JSON.parse(JSON.stringify(tree));
}

// Where the edit falls, as a share of the text: uniform (fast-check's doubles crowd near 0, which would put
// almost every edit in the front matter, where the re-parse falls back to a full parse).
const editArb = fc.record({ at: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000), remove: fc.nat(12), insert: fc.oneof(fc.constantFrom(...tokens), fc.constant('')) });

function applyEdit(text: string, edit: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(edit.at * text.length);
  return text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
}

test('a re-parse after any edit gives the tree a full parse gives', () => {
  fc.assert(
    fc.property(fc.nat(samples.length - 1), editArb, (sample, edit) => {
      const before = samples[sample]!;
      const after = applyEdit(before, edit);
      assert.deepEqual(plain(reparse(parse(before), after)), plain(parse(after)));
    }),
    params,
  );
});

test('a chain of re-parses, each consuming the last tree, stays equal to full parses', () => {
  fc.assert(
    fc.property(fc.nat(samples.length - 1), fc.array(editArb, { minLength: 1, maxLength: 8 }), (sample, edits) => {
      let text = samples[sample]!;
      let tree = parse(text);
      for (const edit of edits) {
        text = applyEdit(text, edit);
        tree = reparse(tree, text);
        assert.deepEqual(plain(tree), plain(parse(text)));
      }
    }),
    { ...params, numRuns: Math.max(1, Math.floor(numRuns / 4)) },
  );
});

/**
 * The sharing of span objects a re-parse relies on (see `ownAttributionSpans`):
 * returns the paths of spans reached twice other than through the fixed
 * exceptions, and of attribution spans that are neither their own nor an
 * inline node's.
 */
function unexpectedSharing(tree: SyntaxTree): string[] {
  const owner = new Map<Span, string>();
  const bad: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record['start'] === 'number' && typeof record['end'] === 'number' && Object.keys(record).length === 2) {
      const span = record as unknown as Span;
      if (owner.has(span)) bad.push(`${owner.get(span)} and ${path}`);
      else owner.set(span, path);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'type' && child === 'comment' && path.includes('inlines')) return; // the comment list's own node
      if (key === 'mention' || key === 'attribution' || key === 'text' || key === 'frontMatter') continue;
      if (key === 'attributes') {
        const list = child as { span: Span };
        const { span: _shared, ...rest } = list;
        assert.equal(list.span, record['parenSpan'], `${path}.attributes.span is the parenSpan`);
        visit(rest, `${path}.attributes`);
        continue;
      }
      if (key === 'mismatchedClose' && child === record['close']) continue;
      if (key === 'span' && record['type'] === 'quote' && record['mark'] === '>') continue;
      visit(child, `${path}.${key}`);
    }
  };
  visit(tree.blocks, 'blocks');
  visit(tree.comments, 'comments');
  const inBlocks = new Set(owner.keys());
  visit(tree.quotes, 'quotes');
  visit(tree.problems.filter((p) => p.span.start >= (tree.frontMatter?.span.end ?? 0)), 'problems');
  tree.quotes.forEach((quote, i) => {
    const a = quote.attribution;
    if (!a) return;
    for (const span of [a.span, ...a.ids.map((ref) => ref.span)]) {
      if (!inBlocks.has(span) && !ownAttributionSpans.has(span)) bad.push(`quotes[${i}].attribution points outside the inline nodes`);
    }
    if (quote.mark === '>' && quote.span !== tree.blocks[quote.blockIndex]!.span) bad.push(`quotes[${i}].span is not its block's`);
  });
  return bad;
}

test('spans are shared only in the ways a re-parse expects', () => {
  fc.assert(
    fc.property(fc.nat(samples.length - 1), fc.array(editArb, { maxLength: 4 }), (sample, edits) => {
      const text = edits.reduce(applyEdit, samples[sample]!);
      assert.deepEqual(unexpectedSharing(parse(text)), []);
    }),
    params,
  );
});

test('the quote style from the options is kept, and a change of it parses afresh', () => {
  const text = "Il dit 'oui' et \"non\".\n\nPuis 'encore'.\n";
  const edited = text.replace('Puis', 'Ensuite');
  assert.deepEqual(plain(reparse(parse(text, { quotes: 'single' }), edited, { quotes: 'single' })), plain(parse(edited, { quotes: 'single' })));
  assert.deepEqual(plain(reparse(parse(text), edited, { quotes: 'single' })), plain(parse(edited, { quotes: 'single' })));
});

test('typing in one paragraph keeps the blocks and quotes far from it, moved', () => {
  const body = example.slice(example.indexOf('\n---\n', 4) + 5);
  const text = example + body.repeat(4);
  const tree = parse(text);
  const firstBlock = tree.blocks[3];
  const lastBlock = tree.blocks[tree.blocks.length - 1];
  const lastQuote = tree.quotes[tree.quotes.length - 1];
  const lastText = text.slice(lastBlock!.span.start, lastBlock!.span.end);
  const middle = text.indexOf('Ce n', Math.floor(text.length / 2));
  const edited = text.slice(0, middle) + 'x' + text.slice(middle);
  const next = reparse(tree, edited);
  assert.equal(next.blocks[3], firstBlock, 'a block before the edit is the same object');
  assert.equal(next.blocks[next.blocks.length - 1], lastBlock, 'a block after the edit is the same object');
  assert.equal(next.quotes[next.quotes.length - 1], lastQuote);
  assert.equal(edited.slice(lastBlock!.span.start, lastBlock!.span.end), lastText, 'and moved by the length of the edit');
  assert.deepEqual(plain(next), plain(parse(edited)));
});

test('removing the mark of a heading that follows a paragraph joins the two', () => {
  const text = 'Intro.\n\nPara one\n# Heading "x\n\nEnd "y".\n';
  const edited = text.replace('# Heading', 'Heading');
  const tree = reparse(parse(text), edited);
  assert.deepEqual(plain(tree), plain(parse(edited)));
  assert.equal(tree.blocks.filter((b) => b.type === 'heading').length, 0);
});

test('an edit to a bad definition whose comment holds a blank line', () => {
  // The bad definition's line runs to the end of its comment, over the blank line inside it: no block stands there.
  const text = 'Intro.\n\nPara.\n@person bad <!-- c\n\nd -->\nNext.\n\nEnd.\n';
  const edited = text.replace('@person bad', 'xperson bad');
  const tree = reparse(parse(text), edited);
  assert.deepEqual(plain(tree), plain(parse(edited)));
});

test('an edit that indents the line after a bad definition makes it that definition\'s property line', () => {
  // The blank line inside the comment does not end the bad definition: a re-parse starting after it read the line as a paragraph.
  const text = 'Intro.\n\n<!-- e -->\n@person bad<!-- f\n\ng -->\nH « i »\n\nEnd.\n';
  const edited = text.replace('H «', '');
  assert.deepEqual(plain(reparse(parse(text), edited)), plain(parse(edited)));
  assert.deepEqual(parse(edited).problems.map((p) => p.code), ['bad-definition', 'bad-definition']);
});

test('a property line that is only a comment says nothing, and a re-parse agrees', () => {
  const text = 'Intro.\n\n@person a: A\n <!-- role: r\n  role: s\n';
  assert.deepEqual(parse(text).problems.map((p) => p.code), ['unclosed-comment']);
  const closed = 'Intro.\n\n@person a: A\n  <!-- old role -->\n  role: s\n';
  assert.deepEqual(parse(closed).problems, []);
  const edited = '"\n' + text.slice(1);
  assert.deepEqual(plain(reparse(parse(text), edited)), plain(parse(edited)));
});

test('changeBetween finds the smallest single change', () => {
  assert.equal(changeBetween('abc', 'abc'), undefined);
  assert.deepEqual(changeBetween('abcdef', 'abXYef'), { start: 2, oldEnd: 4, newEnd: 4 });
  assert.deepEqual(changeBetween('aaa', 'aaaa'), { start: 3, oldEnd: 3, newEnd: 4 });
  assert.deepEqual(changeBetween('abc', ''), { start: 0, oldEnd: 3, newEnd: 0 });
});

test('changeBetween gives a change that turns one text into the other, with the longest common prefix and suffix', () => {
  const big = 'abcdefghij'.repeat(1000);
  fc.assert(
    fc.property(fc.nat(big.length), fc.nat(40), fc.string({ maxLength: 30 }), fc.constantFrom('', 'x', big.slice(0, 5000)), (at, remove, insert, pad) => {
      const before = pad + big + pad;
      const after = before.slice(0, at) + insert + before.slice(at + remove);
      const change = changeBetween(before, after);
      if (before === after) return assert.equal(change, undefined);
      assert.ok(change);
      assert.equal(before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd), after);
      assert.equal(after.slice(change.newEnd), before.slice(change.oldEnd));
      // Longest prefix: the first changed characters differ (or one text ends there).
      if (change.start < Math.min(before.length, after.length)) assert.notEqual(before[change.start], after[change.start]);
      if (change.oldEnd > change.start && change.newEnd > change.start) assert.notEqual(before[change.oldEnd - 1], after[change.newEnd - 1]);
    }),
    { ...params, numRuns: Math.max(1, Math.floor(numRuns / 4)) },
  );
});

/** What an analysis reports, as plain data: diagnostics and the model's main lists. */
test('a definition whose name and value hold a comment, moved by an edit before it, keeps its spans as written', () => {
  const text = 'Intro.\n\nMore.\n\nAnd more.\n\n@person j: Jean <!-- x --> Dupont\n  role: a <!-- b --> c\n';
  // Not on the first line, which could start a front matter (a full parse).
  const edited = text.replace('More.', 'Much more.');
  const before = parse(text);
  // Spans made before the edit are moved with the ones still kept as offsets.
  void (before.blocks[3] as DefinitionBlock).nameSpan;
  const tree = reparse(before, edited);
  assert.equal(tree.blocks[3], before.blocks[3], 'the definition is kept, moved');
  assert.deepEqual(plain(tree), plain(parse(edited)));
  const definition = tree.blocks[3] as DefinitionBlock;
  assert.equal(definition.name, 'Jean Dupont');
  assert.equal(edited.slice(definition.nameSpan.start, definition.nameSpan.end), 'Jean <!-- x --> Dupont');
  const role = definition.properties[0]!;
  assert.equal(edited.slice(role.valueSpan.start, role.valueSpan.end), 'a <!-- b --> c');
});

function analysisData(analysis: DocumentAnalysis): unknown {
  const { model } = analysis;
  return JSON.parse(
    JSON.stringify({
      diagnostics: analysis.diagnostics,
      quotes: model.quotes,
      figures: model.figures,
      mentions: model.mentions,
      explicitMentions: model.explicitMentions,
      entities: model.localEntities,
      scope: [...model.scope.entries()],
      images: model.images,
      links: model.links,
      placeholders: model.placeholders,
    }),
  );
}

test('an incremental project analyses every version of an edited document as a fresh project does', () => {
  const registry = readFileSync(join(root, 'examples/registry/newsroom.article'), 'utf8');
  const files = { '/p/articlemark.json': JSON.stringify({ registries: ['registry/*.article'] }), '/p/registry/newsroom.article': registry };
  fc.assert(
    // `looks`: whether a feature asks for this version's mentions. Implicit mentions are found per block on
    // first use and reused for the blocks the next version keeps, so skipping versions moves them further.
    fc.property(fc.nat(samples.length - 1), fc.array(editArb, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (sample, edits, editRegistry, looks) => {
      const path = editRegistry ? '/p/registry/newsroom.article' : '/p/a.article';
      const host = memoryHost(files);
      const project = new ArticleProject(host, { incremental: true });
      let text = editRegistry ? registry : samples[sample]!;
      let version = 1;
      if (looks[5]) void project.analyze(path, text, version).model.mentions;
      else project.analyze(path, text, version);
      for (const [step, edit] of edits.entries()) {
        text = applyEdit(text, edit);
        // As the language server does: the editor's text overlays the file, and the edit invalidates what read it.
        host.files.set(path, text);
        project.invalidate(path);
        const incremental = project.analyze(path, text, ++version);
        if (!looks[step] && step < edits.length - 1) continue;
        const fresh = new ArticleProject(memoryHost({ ...files, [path]: text })).analyze(path, text, version);
        assert.deepEqual(analysisData(incremental), analysisData(fresh));
      }
    }),
    { ...params, numRuns: Math.max(1, Math.floor(numRuns / 10)) },
  );
});

test('an incremental project re-parses only around the edit', () => {
  const project = new ArticleProject(memoryHost(), { incremental: true });
  const body = example.slice(example.indexOf('\n---\n', 4) + 5);
  const text = example + body.repeat(3);
  const first = project.analyze('/p/a.article', text, 1).model.tree;
  const kept = first.blocks[first.blocks.length - 1];
  const middle = text.indexOf('Ce n', Math.floor(text.length / 2));
  project.invalidate('/p/a.article');
  const second = project.analyze('/p/a.article', text.slice(0, middle) + 'x' + text.slice(middle), 2).model.tree;
  assert.equal(second.blocks[second.blocks.length - 1], kept);
  project.documentClosed('/p/a.article');
  const third = project.analyze('/p/a.article', text, 3).model.tree;
  assert.notEqual(third.blocks[third.blocks.length - 1], kept, 'after closing, a full parse');
});

test('an incremental project finds names again in kept paragraphs when an edit changes the names in scope', () => {
  const project = new ArticleProject(memoryHost(), { incremental: true });
  const before = 'Zed spoke first.\n\nThen a pause.\n\n@person z: Z\n';
  const implicit = (text: string, version: number): string[] =>
    project.analyze('/p/a.article', text, version).model.mentions.filter((m) => m.form === 'implicit').map((m) => `${m.id}@${m.span.start}`);
  assert.deepEqual(implicit(before, 1), []);
  project.invalidate('/p/a.article');
  // The first paragraph is kept as it was; only the definition is re-scanned, and it adds the name "Zed".
  assert.deepEqual(implicit(`${before}  aka: Zed\n`, 2), ['z@0']);
  project.invalidate('/p/a.article');
  assert.deepEqual(implicit(before, 3), []);
});

test('an incremental project reuses the implicit mentions of the paragraphs an edit kept, and moves those after it', () => {
  const project = new ArticleProject(memoryHost(), { incremental: true });
  const text = '@person z: Zed\n\nZed spoke first.\n\nThen a pause.\n\nZed again.\n';
  const implicit = (t: string, version: number) => project.analyze('/p/a.article', t, version).model.mentions.filter((m) => m.form === 'implicit');
  const [first, last] = implicit(text, 1);
  project.invalidate('/p/a.article');
  const edited = text.replace('Then', 'And then');
  const [keptFirst, movedLast] = implicit(edited, 2);
  // Matched once, in the first analysis: the same span object, not a new match.
  assert.equal(keptFirst!.span, first!.span);
  assert.notEqual(movedLast!.span, last!.span);
  assert.equal(edited.slice(movedLast!.span.start, movedLast!.span.end), 'Zed');
  assert.equal(movedLast!.span.start, last!.span.start + 'And t'.length - 1);
  // A project that does not re-parse keeps nothing between analyses.
  const plain = new ArticleProject(memoryHost());
  const a = plain.analyze('/p/b.article', text, 1).model.mentions.find((m) => m.form === 'implicit')!;
  plain.invalidate('/p/b.article');
  const b = plain.analyze('/p/b.article', text, 2).model.mentions.find((m) => m.form === 'implicit')!;
  assert.notEqual(a.span, b.span);
});

test('an incremental project reuses the entities and mentions of the blocks an edit kept, and walks them again when the scope changes', () => {
  const project = new ArticleProject(memoryHost(), { incremental: true });
  const text = '@person z: Zed\n\n[Zed](@z) spoke first.\n\nThen a pause.\n\n@z again, [3 %](#3% @z).\n';
  const analysis = (t: string, version: number) => {
    project.invalidate('/p/a.article');
    return project.analyze('/p/a.article', t, version).model;
  };
  const opened = analysis(text, 1);
  // The first analysis records nothing (a writer waits for it); the first edit's does, for the next.
  const typed = analysis(text.replace('Then', 'So then'), 2);
  assert.equal(typed.localEntities[0], opened.localEntities[0]);
  assert.notEqual(typed.explicitMentions[0], opened.explicitMentions[0]);
  const edited = text.replace('Then', 'And then');
  const second = analysis(edited, 3);
  assert.equal(second.localEntities[0], opened.localEntities[0]);
  // The paragraphs before and after the edit were not walked again: the same mentions and figure, the later ones moved.
  assert.deepEqual(second.explicitMentions.map((m) => m.form), ['bracket', 'bare', 'figure-source']);
  assert.deepEqual(second.explicitMentions.slice(0, 2).map((m, i) => m === typed.explicitMentions[i]), [true, true]);
  assert.equal(second.figures[0], typed.figures[0]);
  assert.equal(edited.slice(second.explicitMentions[1]!.span.start, second.explicitMentions[1]!.span.end), 'z');
  // A new definition changes what IDs resolve to: every block is walked again.
  const third = analysis(`${edited}\n@person y: Y\n`, 4);
  assert.equal(third.localEntities[0], opened.localEntities[0]);
  assert.ok(third.explicitMentions.slice(0, 2).every((m, i) => m !== second.explicitMentions[i]));
});
