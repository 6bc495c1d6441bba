import type { RuleContext } from './context';
import type { Finding } from './finding';

export function* documentFindings(context: RuleContext): Iterable<Finding> {
  const { model } = context;
  yield* context.loadFindings;
  const fm = model.tree.frontMatter;
  if (!fm || fm.ok) {
    const missing = context.requiredFrontMatter.filter((key) => {
      const value = fm?.data[key];
      return value === undefined || value === null || value === '';
    });
    if (missing.length > 0) {
      yield {
        code: 'missing-front-matter-key',
        span: fm ? { start: fm.span.start, end: fm.span.start + 3 } : { start: 0, end: 0 },
        message: `The front matter must give ${missing.map((k) => `\`${k}\``).join(', ')}.`,
        data: { keys: missing },
      };
    }
  }
  for (const node of model.placeholders) {
    yield { code: 'placeholder', span: node.span, message: `"${node.word}" is a placeholder: replace it before publication.`, data: { word: node.word } };
  }
  for (const image of model.images) {
    const caption = model.tree.text.slice(image.textSpan.start, image.textSpan.end).trim();
    if (caption === '') {
      yield { code: 'image-without-caption', span: image.span, message: 'This illustration has no caption: write it between the brackets.' };
    }
    if (!image.title || image.title.trim() === '') {
      yield {
        code: 'image-without-credit',
        span: image.span,
        message: 'This illustration has no credit: add it as the title, e.g. ![caption](photo.jpg "AFP/Jane Doe").',
        data: { insertAt: image.destinationSpan?.end ?? image.parenSpan.end },
      };
    }
  }
}
