/** The line break a file already uses (its first one: CRLF, LF or a lone CR; LF when it has none), so that inserted lines do not mix them. */
export function lineBreakOf(text: string): string {
  const at = text.search(/[\r\n]/);
  if (at < 0 || text[at] === '\n') return '\n';
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}
