import type { DocumentModel, QuoteInfo } from '../model/documentModel';
import { isValidId } from '../text/chars';
import { lineBreakOf } from '../text/lineBreaks';
import type { IdRef, QuoteMark, QuoteNode } from '../syntax/nodes';
import { closeStartOf, openStartOf, spanEndOf } from '../syntax/quoteNode';
import type { RuleContext } from './context';
import type { Span } from '../text/lineIndex';
import type { Finding, Fix, LaterFixes, SpanEdit } from './finding';

const CLOSER: Record<QuoteMark, string> = { '"': '"', '“': '”', '„': '“', '«': '»', "'": "'", '‘': '’', '‹': '›', '>': '' };

export function closerFor(mark: QuoteMark): string {
  return CLOSER[mark];
}

export function quoteFindings(context: RuleContext, out: Finding[]): void {
  const { model } = context;
  const text = model.tree.text;
  // Indexed loops: a rule runs once per analysis, often unoptimised, where for…of allocates a result object per step.
  for (let q = 0; q < model.quotes.length; q++) {
    const quote = model.quotes[q]!;
    const node = quote.node;
    if (node.unclosed) {
      const last = node.parts[node.parts.length - 1]!;
      let at = last.end;
      while (at > last.start && /\s/.test(text[at - 1]!)) at--;
      let backslashes = 0;
      while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
      const space = node.mark === '«' && /[\u00a0\u202f ]/.test(text[node.open.end] ?? '') ? '\u00a0' : '';
      // A literal backslash ending the paragraph would escape a mark written right after it: it is escaped itself (it still shows as one).
      const closer = (backslashes % 2 === 1 && space === '' ? '\\' : '') + space + closerFor(node.mark);
      out.push({
        code: 'unclosed-quote',
        span: node.open,
        message: `This ${node.mark} quote is never closed: it ends with its ${node.inHeading ? 'heading' : 'paragraph'}.`,
        data: { quote: node.index },
        fixes: [
          { title: `Close the quote at the end of its ${node.inHeading ? 'heading' : 'paragraph'}`, edits: [{ span: { start: at, end: at }, newText: closer }], preferred: true },
          // A mark that opens nothing (a typing slip, a lone mark in copy) is made literal instead.
          ...(node.mark === '>' ? [] : [{ title: `Make the ${node.mark} literal (\\${node.mark})`, edits: [{ span: { start: node.open.start, end: node.open.start }, newText: '\\' }] }]),
        ],
      });
    }
    if (node.mismatchedClose) {
      out.push({
        code: 'mismatched-quote',
        span: node.mismatchedClose,
        message: `A quote opened with ${node.mark} is closed with ${text[node.mismatchedClose.start]}: close it with ${closerFor(node.mark)}.`,
        data: { quote: node.index },
        fixes: [{ title: `Close with ${closerFor(node.mark)}`, edits: [{ span: node.mismatchedClose, newText: closerFor(node.mark) }], preferred: true }],
      });
    }
    // The first attributed part, found without a mapped copy of the parts for each of thousands of quotes.
    let partner: QuoteInfo | undefined;
    if (node.splitParts) {
      for (const i of node.splitParts) {
        const part = model.quotes[i]!;
        if (part.node.attribution !== undefined) {
          partner = part;
          break;
        }
      }
    }
    if (partner && partner.node.index < node.index && node.attribution && partner.node.attribution) {
      const mine = idList(node.attribution.ids);
      const theirs = idList(partner.node.attribution.ids);
      if (mine !== theirs || node.attribution.notSpeech !== partner.node.attribution.notSpeech) {
        out.push({
          code: 'conflicting-attribution',
          span: node.attribution.span,
          message: `This quote continues one attributed to ${theirs || 'nobody (@-)'}; here it is attributed to ${mine || 'nobody (@-)'}.`,
          data: { quote: node.index, partner: partner.node.index },
          related: [{ path: model.path, span: partner.node.attribution.span, message: 'The other part of the quote is attributed here.' }],
        });
      }
    }
    for (let s = 0; s < quote.speakers.length; s++) {
      const speaker = quote.speakers[s]!;
      if (speaker.kind !== 'place') continue;
      const ref = quote.attribution?.ids.find((r) => r.id === speaker.id);
      out.push({
        code: 'quote-attributed-to-place',
        span: ref?.span ?? node.span,
        message: `"${speaker.name}" is a place: places do not speak. Attribute the quote to a person, an organisation or a source.`,
        data: { quote: node.index, id: speaker.id },
      });
    }
    if (needsAttribution(model, quote.node.index, context.checkHeadingQuotes)) out.push(unattributed(context, quote.node.index));
  }
}

/** In headings '…' marks quoted words (a headline convention), not speech, unless the project checks them; double-marked speech is always checked. */
export function exemptHeadingQuote(node: QuoteNode, checkHeadingQuotes: boolean): boolean {
  return node.inHeading && (node.mark === "'" || node.mark === '‘') && !checkHeadingQuotes;
}

/**
 * Whether quote `index` is reported by `unattributed-quote`: the one test the
 * rule, the editor's quote list and the status bar share, so they agree.
 */
export function needsAttribution(model: DocumentModel, index: number, checkHeadingQuotes: boolean): boolean {
  const quote = model.quotes[index]!;
  if (quote.nested || quote.attribution) return false;
  if (exemptHeadingQuote(quote.node, checkHeadingQuotes)) return false;
  // A split quote is one logical quote: report it once, on its first part.
  const parts = quote.node.splitParts;
  return parts === undefined || parts[0] === index;
}

/** The IDs sorted and joined by `+`; one ID (the usual case) without the arrays. */
function idList(ids: readonly IdRef[]): string {
  if (ids.length === 1) return ids[0]!.id;
  return ids
    .map((r) => r.id)
    .sort()
    .join('+');
}

/**
 * Spaces, then `@-` (not speech) alone, or the run of ID characters the
 * parser reads as the attribution once the spaces go: `@--` and `@-x` are
 * neither, and a run that is a handle (`@ana_b`, `@anaB`) is not IDs.
 */
const FOLLOWING_MENTION_RE = /([ \t\u00a0\u202f]+)@(?:(-)(?![\p{L}\p{N}_.-])|([\p{L}\p{M}\p{N}_.+-]+))/uy;

/** Whether the first character after the spaces and tabs (plain or no-break) at `at` is `@`. */
function atAfterSpaces(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  while (c === 32 || c === 9 || c === 0xa0 || c === 0x202f) c = text.charCodeAt(++at);
  return c === 64;
}

/** `« … » @id`: a mention after a space (plain or no-break) that was meant as the attribution, as its spaces and what to attach (`-` for `@-`, or `a+b`), or undefined. */
export function followingMention(text: string, insertAt: number): { gap: number; id: string } | undefined {
  const after = text.charCodeAt(insertAt);
  const spaced = after === 32 || after === 9 || after === 0xa0 || after === 0x202f;
  // Only when an `@` comes after the spaces: French copy puts a space after nearly every closing mark.
  if (!spaced || !atAfterSpaces(text, insertAt)) return undefined;
  // Sticky, from `insertAt`: the whole run is read, however long, without copying the text.
  FOLLOWING_MENTION_RE.lastIndex = insertAt;
  const found = FOLLOWING_MENTION_RE.exec(text);
  if (!found) return undefined;
  const gap = found[1]!.length;
  if (found[2]) return { gap, id: '-' };
  // Trailing `.`, `-` and `+` are punctuation, as after a closing mark; what remains must be IDs, or attaching it makes an unknown one.
  const id = found[3]!.replace(/[.+-]+$/, '');
  return id !== '' && id.split('+').every(isValidId) ? { gap, id } : undefined;
}

/**
 * The fixes of an unattributed quote that has a closing mark, made when a code
 * action asks (see `LaterFixes`): attach the following `@id`, if any, and
 * mark as not speech.
 */
const unattributedFixes: LaterFixes = (text, _span, data) => {
  const insertAt = data['insertAt'] as number;
  const following = followingMention(text, insertAt);
  if (!following) return [{ title: 'Mark as not speech (@-)', edits: [{ span: { start: insertAt, end: insertAt }, newText: '@-' }] }];
  const gap = { start: insertAt, end: insertAt + following.gap };
  const { id } = following;
  // `"…" @-`: attaching it is what marks the quote as not speech (a second `@-` would be a mention after the first).
  if (id === '-') return [{ title: 'Attach @- (not speech)', edits: [{ span: gap, newText: '' }], preferred: true }];
  // The typed `@id` was meant as the speaker (hence *Attach*): marking the quote not speech replaces it, or `"…"@- @id` would still name one.
  const notSpeech: Fix = { title: `Mark as not speech (@-) instead of @${id}`, edits: [{ span: typedAttribution(insertAt, following), newText: '@-' }] };
  return [{ title: `Attach @${id} as the ${id.includes('+') ? 'speakers' : 'speaker'}`, edits: [{ span: gap, newText: '' }], preferred: true }, notSpeech];
};

/** The spaces and the `@id` (or `@-`) typed after a closing mark at `insertAt`, trailing punctuation left out. */
export function typedAttribution(insertAt: number, following: { gap: number; id: string }): Span {
  return { start: insertAt, end: insertAt + following.gap + 1 + following.id.length };
}

/** An unattributed block quote's fix: a last line `> — @-` (its speakers are offered by the editor). */
const blockQuoteFixes: LaterFixes = (text, span) => [{ title: 'Mark as not speech (@-)', edits: [blockQuoteAttribution(text, span, '@-')] }];

function unattributed({ model }: RuleContext, index: number): Finding {
  const node = model.quotes[index]!.node;
  const blockQuote = node.mark === '>';
  const message = blockQuote
    ? 'This block quote is not attributed: end it with a line `> — @id`, or `> — @-` if it is not speech.'
    : 'This quote is not attributed: say who said it with @id after the closing mark, or @- if it is not speech.';
  // The quote's span, as a span of the finding's own rather than the quote's (which is made only when read, see ParsedQuote): the diagnostic keeps its offsets only.
  const span = { start: openStartOf(node), end: spanEndOf(node) };
  // A block quote's speaker goes on a line of its own.
  if (blockQuote) return { code: 'unattributed-quote', span, message, data: { quote: index }, laterFixes: blockQuoteFixes };
  // Without a closing mark, nowhere to attach a speaker: no fixes.
  // The closing mark's offset, without making its span (see ParsedQuote).
  const closeStart = closeStartOf(node);
  if (closeStart < 0) return { code: 'unattributed-quote', span, message, data: { quote: index } };
  // Data as whole literals (keys in the same order as ever); the fixes are made when asked for (thousands of findings in a long text).
  const insertAt = closeStart + 1;
  const following = followingMention(model.tree.text, insertAt);
  const data = following ? { quote: index, insertAt, attach: following.id } : { quote: index, insertAt };
  return { code: 'unattributed-quote', span, message, data, laterFixes: unattributedFixes };
}

/** Where the words after the dash start, when the last line of the block quote at `span` is a dash line (`> — Jean-Yves Le Drian`, or an attribution `> — @id`). */
export function dashLineWords(text: string, span: Span): number | undefined {
  const line = lastLineStart(text, span);
  const found = /^>[ \t\u00a0]?(?:—|–|--)[ \t\u00a0]*/.exec(text.slice(line, span.end));
  return found ? line + found[0].length : undefined;
}

/** Where the last line of the block at `span` starts. */
export function lastLineStart(text: string, span: Span): number {
  let at = span.end;
  while (at > span.start && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) at--;
  return at;
}

/** The line break after `at`, else the text's first one, else LF: an added line does not mix them. */
function lineBreakAfter(text: string, at: number): string {
  return /^(?:\r\n|\n|\r)/.exec(text.slice(at, at + 2))?.[0] ?? lineBreakOf(text);
}

/**
 * The edit that attributes the block quote at `span` to `attribution` (`@id` or `@-`). A last line `> — Ana Pérez`
 * that starts with one of `names` (the speaker's name and aliases) becomes `> — [Ana Pérez](@ana)`: the writer meant it
 * as the attribution. Otherwise a line `> — @id` is added after the last one and every line of the quote stays as it
 * was (a last line `— Oui.` may be dialogue).
 */
export function blockQuoteAttribution(text: string, span: Span, attribution: string, names: readonly string[] = []): SpanEdit {
  // The quote is unattributed: its dash line attributes nothing.
  const words = dashLineWords(text, span);
  if (words !== undefined) {
    const rest = text.slice(words, span.end);
    const name = names
      .filter((n) => n !== '' && rest.startsWith(n) && !/[\p{L}\p{N}]/u.test(rest.charAt(n.length)))
      .sort((a, b) => b.length - a.length)[0];
    if (name) return { span: { start: words, end: words + name.length }, newText: `[${name}](${attribution})` };
  }
  return { span: { start: span.end, end: span.end }, newText: `${lineBreakAfter(text, span.end)}> — ${attribution}` };
}
