// The position index (per model) must find exactly what a walk over every
// mention, quote and figure finds, at every offset of real documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ArticleProject, type DocumentModel, type FigureInfo, type Mention, type QuoteInfo, type Span } from '../../server/src/core';
import { figureAt, mentionAt, quoteAt } from '../../server/src/features/locate';
import { positionIndex } from '../../server/src/features/positionIndex';
import { NodeFileHost } from '../../server/src/node/nodeFileHost';
import { REPO } from './lspClient';

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

// The walks the index replaced, kept as the reference.
function walkMentions(model: DocumentModel, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of model.mentions) {
    if (mention.span.start > offset + 1 && (!mention.textSpan || mention.textSpan.start > offset)) {
      if (mention.span.start > offset + 2000) break;
      continue;
    }
    if (contains(mention.span, offset)) return mention;
    if (mention.textSpan && contains(mention.textSpan, offset)) best = mention;
  }
  return best;
}
function walkQuotes(model: DocumentModel, offset: number): QuoteInfo | undefined {
  let found: QuoteInfo | undefined;
  for (const quote of model.quotes) {
    if (quote.node.span.start > offset) break;
    if (contains(quote.node.span, offset) || (quote.node.attribution && contains(quote.node.attribution.span, offset))) found = quote;
  }
  return found;
}
const walkFigures = (model: DocumentModel, offset: number): FigureInfo | undefined => model.figures.find((figure) => contains(figure.node.span, offset));

const project = new ArticleProject(new NodeFileHost());
const documents = ['examples/le-drian-choigou.article', 'examples/faulty.article', 'examples/faulty-front-matter.article', 'examples/registry/newsroom.article'];

describe('position index', () => {
  for (const file of documents) {
    it(`finds the same mention, quote and figure as a full walk at every offset of ${file}`, () => {
      const path = join(REPO, file);
      const model = project.analyze(path, readFileSync(path, 'utf8')).model;
      const index = positionIndex(model);
      assert.ok(index.mentions.sorted && index.quotes.sorted && index.figures.sorted, 'the model lists them in document order');
      for (let offset = 0; offset <= model.tree.text.length; offset++) {
        assert.equal(mentionAt(model, offset), walkMentions(model, offset), `mention at ${offset}`);
        assert.equal(quoteAt(model, offset), walkQuotes(model, offset), `quote at ${offset}`);
        assert.equal(figureAt(model, offset), walkFigures(model, offset), `figure at ${offset}`);
      }
    });
  }

  it('counts the quotes each entity speaks', () => {
    const path = join(REPO, 'examples/le-drian-choigou.article');
    const model = project.analyze(path, readFileSync(path, 'utf8')).model;
    const counts = positionIndex(model).quotesBySpeaker;
    assert.ok((counts.get('le-drian') ?? 0) > 0);
    for (const [id, count] of counts) assert.equal(count, model.quotes.filter((quote) => quote.speakers.some((speaker) => speaker.id === id)).length, id);
  });
});
