import type { DocumentModel } from '../model/documentModel';
import type { QuoteMark } from '../syntax/nodes';
import type { RuleContext } from './context';
import type { Finding, Fix } from './finding';

const CLOSER: Record<QuoteMark, string> = { '"': '"', '“': '”', '„': '“', '«': '»', "'": "'", '‘': '’', '‹': '›', '>': '' };

export function closerFor(mark: QuoteMark): string {
  return CLOSER[mark];
}

export function* quoteFindings(context: RuleContext): Iterable<Finding> {
  const { model } = context;
  const text = model.tree.text;
  for (const quote of model.quotes) {
    const node = quote.node;
    if (node.unclosed) {
      const last = node.parts[node.parts.length - 1]!;
      let at = last.end;
      while (at > last.start && /\s/.test(text[at - 1]!)) at--;
      const closer = (node.mark === '«' && /[\u00a0\u202f ]/.test(text[node.open.end] ?? '') ? '\u00a0' : '') + closerFor(node.mark);
      yield {
        code: 'unclosed-quote',
        span: node.open,
        message: `This ${node.mark} quote is never closed: it ends with its paragraph.`,
        data: { quote: node.index },
        fixes: [{ title: 'Close the quote here', edits: [{ span: { start: at, end: at }, newText: closer }], preferred: true }],
      };
    }
    if (node.mismatchedClose) {
      yield {
        code: 'mismatched-quote',
        span: node.mismatchedClose,
        message: `A quote opened with ${node.mark} is closed with ${text[node.mismatchedClose.start]}: close it with ${closerFor(node.mark)}.`,
        data: { quote: node.index },
        fixes: [{ title: `Close with ${closerFor(node.mark)}`, edits: [{ span: node.mismatchedClose, newText: closerFor(node.mark) }], preferred: true }],
      };
    }
    const partner = node.splitParts?.map((i) => model.quotes[i]!).find((part) => part.node.attribution !== undefined);
    if (partner && partner.node.index < node.index && node.attribution && partner.node.attribution) {
      const mine = node.attribution.ids.map((r) => r.id).sort().join('+');
      const theirs = partner.node.attribution.ids.map((r) => r.id).sort().join('+');
      if (mine !== theirs || node.attribution.notSpeech !== partner.node.attribution.notSpeech) {
        yield {
          code: 'conflicting-attribution',
          span: node.attribution.span,
          message: `This quote continues one attributed to ${theirs || 'nobody (@-)'}; here it is attributed to ${mine || 'nobody (@-)'}.`,
          data: { quote: node.index, partner: partner.node.index },
          related: [{ path: model.path, span: partner.node.attribution.span, message: 'The other part of the quote is attributed here.' }],
        };
      }
    }
    for (const speaker of quote.speakers) {
      if (speaker.kind !== 'place') continue;
      const ref = quote.attribution?.ids.find((r) => r.id === speaker.id);
      yield {
        code: 'quote-attributed-to-place',
        span: ref?.span ?? node.span,
        message: `"${speaker.name}" is a place: places do not speak. Attribute the quote to a person, an organisation or a source.`,
        data: { quote: node.index, id: speaker.id },
      };
    }
    if (needsAttribution(model, quote.node.index, context.checkHeadingQuotes)) yield unattributed(context, quote.node.index);
  }
}

/**
 * Whether quote `index` is reported by `unattributed-quote`: the one test the
 * rule, the editor's quote list and the status bar share, so they agree.
 */
export function needsAttribution(model: DocumentModel, index: number, checkHeadingQuotes: boolean): boolean {
  const quote = model.quotes[index]!;
  if (quote.nested || quote.attribution) return false;
  // In headings '…' marks quoted words (a headline convention); double-marked speech is still checked.
  if (quote.node.inHeading && (quote.node.mark === "'" || quote.node.mark === '‘') && !checkHeadingQuotes) return false;
  // A split quote is one logical quote: report it once, on its first part.
  const parts = quote.node.splitParts;
  return parts === undefined || parts[0] === index;
}

const FOLLOWING_MENTION_RE = /^[ \t\u00a0\u202f]+@([\p{Ll}\p{Lo}\d-]+)/u;

function unattributed({ model }: RuleContext, index: number): Finding {
  const node = model.quotes[index]!.node;
  const text = model.tree.text;
  const fixes: Fix[] = [];
  const data: Record<string, unknown> = { quote: index };
  if (node.close) {
    const insertAt = node.close.end;
    data['insertAt'] = insertAt;
    // `« … » @id`: a mention after a space, meant as the attribution.
    const after = text.charCodeAt(insertAt);
    const spaced = after === 32 || after === 9 || after === 0xa0 || after === 0x202f;
    const following = spaced ? FOLLOWING_MENTION_RE.exec(text.slice(insertAt, insertAt + 80)) : null;
    if (following) {
      const id = following[1]!.replace(/-+$/, '');
      const gap = { start: insertAt, end: insertAt + following[0].length - following[1]!.length - 1 };
      data['attach'] = id;
      fixes.push({ title: `Attach @${id} as the speaker`, edits: [{ span: gap, newText: '' }], preferred: true });
    }
    fixes.push({ title: 'Mark as not speech (@-)', edits: [{ span: { start: insertAt, end: insertAt }, newText: '@-' }] });
  }
  const blockQuote = node.mark === '>';
  return {
    code: 'unattributed-quote',
    span: node.mark === '>' ? node.span : { start: node.open.start, end: node.span.end },
    message: blockQuote
      ? 'This block quote is not attributed: end it with a line `> — @id`, or `> — @-` if it is not speech.'
      : 'This quote is not attributed: say who said it with @id after the closing mark, or @- if it is not speech.',
    data,
    fixes,
  };
}
