import { sameNumber, writtenNumbers } from '../model/numerals';
import type { RuleContext } from './context';
import type { Finding } from './finding';

export function figureFindings({ model }: RuleContext, out: Finding[]): void {
  const text = model.tree.text;
  // Indexed: a rule runs once per analysis, often unoptimised, where for…of allocates a result object per step.
  for (let f = 0; f < model.figures.length; f++) {
    const figure = model.figures[f]!;
    const node = figure.node;
    if (!figure.value) continue; // bad-figure-value is reported by the parser
    if (figure.sourceIds.length === 0 && !figure.noSourceOnPurpose && figure.sourceQuote === undefined) {
      out.push({
        code: 'unsourced-figure',
        span: node.span,
        message: `This figure has no source: add @id after ${figure.value.raw}, or @- if it needs none.`,
        data: { insertAt: figure.node.attributes!.valueSpan!.end },
      });
    }
    const written = writtenNumbers(text.slice(node.textSpan.start, node.textSpan.end), model.lang);
    if (written.length > 0 && !written.some((n) => n.readings.some((r) => sameNumber(r, figure.value!.value)))) {
      out.push({
        code: 'figure-mismatch',
        span: node.textSpan,
        message: `The text says ${written.map((n) => `"${n.text}"`).join(', ')} but the value is ${figure.value.raw}${model.lang ? ` (numbers read as in "${model.lang}")` : ''}.`,
        data: { written: written.map((n) => n.text), value: figure.value.value },
      });
    }
  }
}
