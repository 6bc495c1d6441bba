import type { RuleContext } from './context';
import type { Finding } from './finding';

export function documentFindings(context: RuleContext, out: Finding[]): void {
  const { model } = context;
  for (const finding of context.loadFindings) out.push(finding);
  const fm = model.tree.frontMatter;
  if (!fm || fm.ok) {
    const missing = context.requiredFrontMatter.filter((key) => {
      const value = fm?.data[key];
      return value === undefined || value === null || value === '';
    });
    if (missing.length > 0) {
      out.push({
        code: 'missing-front-matter-key',
        span: fm ? { start: fm.span.start, end: fm.span.start + 3 } : { start: 0, end: 0 },
        message: `The front matter must give ${missing.map((k) => `\`${k}\``).join(', ')}.`,
        data: { keys: missing },
      });
    }
  }
  for (let p = 0; p < model.placeholders.length; p++) {
    const node = model.placeholders[p]!;
    out.push({ code: 'placeholder', span: node.span, message: `"${node.word}" is a placeholder: replace it before publication.`, data: { word: node.word } });
  }
  for (let i = 0; i < model.images.length; i++) {
    const image = model.images[i]!;
    const caption = model.tree.text.slice(image.textSpan.start, image.textSpan.end).trim();
    if (caption === '') {
      out.push({ code: 'image-without-caption', span: image.span, message: 'This illustration has no caption: write it between the brackets.' });
    }
    if (!image.title || image.title.trim() === '') {
      out.push({
        code: 'image-without-credit',
        span: image.span,
        message: 'This illustration has no credit: add it as the title, e.g. ![caption](photo.jpg "AFP/Jane Doe").',
        data: { insertAt: image.destinationSpan?.end ?? image.parenSpan.end },
      });
    }
  }
}
