import { sameNumber, writtenNumbers } from '../model/numerals';
import type { BracketNode } from '../syntax/nodes';
import { walk } from '../syntax/parse';
import type { RuleContext } from './context';
import type { Finding, LaterFixes } from './finding';

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
        laterFixes: unsourcedFixes,
      });
    }
    const written = writtenNumbers(figureWords(text, node), model.lang);
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

/** An unsourced figure's fix made when a code action asks (see `LaterFixes`): `@-` after its value; its likely sources are offered by the editor. */
const unsourcedFixes: LaterFixes = (_text, _span, data) => {
  const at = data['insertAt'] as number;
  return [{ title: 'Mark as needing no source (@-)', edits: [{ span: { start: at, end: at }, newText: ' @-' }] }];
};

/** A line break, the spaces around it and the `>` that starts a block quote's next line (a `>` at column 0 is always one). */
const LINE_BREAK = /[ \t]*(?:\r\n?|\n)>?[ \t]*/g;

/**
 * The words of a figure as a reader reads them: a comment and the spaces
 * around it are one space (comments are never checked), and so is a line
 * break, where hard-wrapped copy may cut "2 900".
 */
function figureWords(text: string, node: BracketNode): string {
  const { start, end } = node.textSpan;
  const pieces: string[] = [];
  let at = start;
  walk(node.children, (inline) => {
    if (inline.type !== 'comment') return;
    pieces.push(text.slice(at, inline.span.start));
    at = inline.span.end;
  });
  pieces.push(text.slice(at, end));
  const words = pieces.length === 1 ? pieces[0]! : pieces.map((piece, i) => (i === 0 ? piece.trimEnd() : i === pieces.length - 1 ? piece.trimStart() : piece.trim())).join(' ');
  return words.replace(LINE_BREAK, ' ');
}
