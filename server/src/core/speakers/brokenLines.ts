// Pages pasted from some news sites break lines inside a sentence (“…,”⏎X, a spokesman, told reporters⏎last year.). A
// quote that closes on a comma has not ended its sentence: its speech clause follows, even on the next line.

/**
 * A line break right after a closing mark that follows a comma (`,"`, `,”`, `, »`), before a line that opens on no quote
 * mark: the sentence goes on. Read as a space; same length and offsets as `text`.
 */
const BREAK_AFTER_COMMA_QUOTE = /(?<=,\s?["”»])[ \t]*\n(?=[ \t]*[^\s"“”«»])/gu;

/** `text` with each such line break read as a space; `text` itself when it has none. */
export function joinLinesAfterCommaQuote(text: string): string {
  return text.replace(BREAK_AFTER_COMMA_QUOTE, (m) => ' '.repeat(m.length));
}
