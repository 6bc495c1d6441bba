import type { CommentNode, SyntaxProblem } from './nodes';

/**
 * Comments come first in the scanning order and may span lines and blank
 * lines, so they are found in one pass over the body before anything else.
 */
export function findComments(text: string, from: number, problems: SyntaxProblem[]): CommentNode[] {
  const comments: CommentNode[] = [];
  let at = text.indexOf('<!--', from);
  while (at >= 0) {
    const close = text.indexOf('-->', at + 4);
    if (close < 0) {
      comments.push({ type: 'comment', span: { start: at, end: text.length }, body: text.slice(at + 4).trim(), closed: false });
      problems.push({
        code: 'unclosed-comment',
        span: { start: at, end: at + 4 },
        message: 'This comment is never closed with `-->`: everything after it is hidden.',
        fixes: [{ span: { start: text.length, end: text.length }, newText: ' -->', title: 'Close the comment at the end of the document' }],
      });
      break;
    }
    comments.push({ type: 'comment', span: { start: at, end: close + 3 }, body: text.slice(at + 4, close).trim(), closed: true });
    at = text.indexOf('<!--', close + 3);
  }
  return comments;
}

/** Codes silenced by `<!-- articlemark-ignore CODE … -->`; an empty list silences every code. */
export function ignoredCodes(comment: CommentNode): string[] | undefined {
  const match = /^articlemark-ignore(?:\s+(.*))?$/s.exec(comment.body);
  if (!match) return undefined;
  return (match[1] ?? '').split(/[\s,]+/).filter((code) => code !== '');
}
