// A document as the subject of a speech verb ("indique un communiqué du ministère", "the statement says", "Le
// rapport indique"): its author speaks, named with it or in the sentences before.
import { between, mentionsFrom, type AttributionContext, type Subject } from './context';
import { chainedSubject } from './coreference';
import { sentenceAt } from './sentences';
import { firstFrom } from './spans';
import { textBefore, type BeforeVerb, type VerbSite } from './subjectSite';

/** A document said to be from someone: "a statement from (operator) X", "un communiqué de la X". */
const DOCUMENT_FROM = /\b(?:statement|report|letter|release|note|communiqué|rapport|lettre|courrier|texte)\s+(?:from|by|of|issued\s+by|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?(?:[\p{Ll}-]+\s+)?$/iu;
/** A document then its author: "un rapport de X", "une étude publiée par X", "a review by X". */
const DOCUMENT_AUTHOR = /\b(?:rapport|étude|enquête|document|communiqué|lettre|note|avis|audit|bilan|review|report|study|survey|audit|statement|letter|memo|analysis)\s+(?:[\p{Ll}-]+\s+){0,2}(?:de|du|des|d['’]|by|from|of|par)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
/** A document with no author named after it, as the subject of an inverted verb ("précise le texte"). */
const BARE_DOCUMENT = /^(?:le|la|l['’]|the)\s*(?:texte|document|communiqué|rapport|lettre|courrier|message|statement|report|letter|document|note|release)(?![\p{L}])(?!\s+(?:de|du|des|d['’]|by|from|of)\b)/iu;
/**
 * A participle of publishing between a document and its author, maybe with a day or a place ("le communiqué mis en
 * ligne par", "un texte publié mardi par", "une note diffusée hier soir par", "the statement released by"): the body
 * after "par / by" wrote the words.
 */
const PUBLISHED_BY = String.raw`(?:mise?s?\s+en\s+ligne|publiée?s?|diffusée?s?|rendue?s?\s+publique?s?|signée?s?|cosignée?s?|transmise?s?|envoyée?s?|adressée?s?|relayée?s?|released|issued|published|posted|sent|signed)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|soir|midi|on\s+\p{Lu}\p{Ll}+|(?:sur|on)\s+(?:son|sa|leur|its|their)\s+[\p{Ll}-]+)){0,3}\s+(?:par|by)`;
/** A document and the one it is from, right after an inverted verb: "said the post by …", "indique un communiqué du …". */
const DOCUMENT_AFTER = new RegExp(String.raw`^(?:the|a|an|le|la|l['’]|un|une)\s*(?:post|statement|report|letter|message|note|tweet|e-?mail|communiqué|rapport|lettre|texte|courriel)\s+(?:${PUBLISHED_BY}|by|from|of|de la|de l['’]|du|des|de|d['’])\s*`, 'iu');
/** A document right before the verb: "“…,” the statement says". */
const DOCUMENT_SAYS = /(?:^|[\s,;])(?:the|le|la|l['’])\s*(?:statement|report|letter|release|communiqué|rapport|texte|document)\s+$/iu;
/** A document opening the clause, maybe with an apposition: "The memo, dated last week, says", "Le rapport indique". */
const DOCUMENT_SUBJECT = /(?:^|[\s,])(?:the|this|le|la|l['’]|ce|cette)\s*(?:memo|mémo|report|letter|statement|document|study|review|audit|survey|rapport|lettre|communiqué|note|texte|étude|enquête)(?:\s*,[^,.;:!?"«»“”]{1,60},)?\s+(?:[\p{Ll}]+\s+){0,1}$/iu;

/**
 * The author of a document the sentences before `at` cite ("… sur un rapport de l'Observatoire X publié en
 * septembre. Le document estime …"): the name after "rapport de / report by", within a few hundred characters.
 */
function documentAuthorBefore(ctx: AttributionContext, at: number): number | undefined {
  const { text, entities, outsideMentions } = ctx;
  for (let i = firstFrom(outsideMentions, at) - 1; i >= 0; i--) {
    const m = outsideMentions[i]!;
    if (at - m.end > 600) return undefined;
    if (m.end > at || entities[m.entity]!.kind === 'other') continue;
    if (DOCUMENT_AUTHOR.test(text.slice(Math.max(0, m.start - 50), m.start))) return m.entity;
  }
  return undefined;
}

/** The one a document was said to be from in the sentence before `sentenceStart` or this one, up to `to`. */
function documentFrom(ctx: AttributionContext, sentenceStart: number, to: number): Subject | undefined {
  const { text, entities, sentenceStarts } = ctx;
  const [p0] = sentenceStart > 0 ? sentenceAt(sentenceStarts, sentenceStart - 1, text.length) : [sentenceStart];
  const from = between(ctx, p0, to).filter((m) => m.end <= to && entities[m.entity]!.kind !== 'other' && DOCUMENT_FROM.test(text.slice(Math.max(0, m.start - 60), m.start))).pop()?.entity;
  return from === undefined ? undefined : { type: 'entity', entity: from, score: 0.85, reason: 'the author of the document, named before' };
}

/** The subject of the sentence before the one at `sentenceStart`, an organisation or a person: the document's author. */
function authorOfSentenceBefore(ctx: AttributionContext, sentenceStart: number): Subject | undefined {
  const { text, sentenceStarts } = ctx;
  const author = sentenceStart > 0 ? chainedSubject(ctx, sentenceAt(sentenceStarts, sentenceStart - 1, text.length)[0], (e) => e.kind === 'org' || e.kind === 'person', 2) : undefined;
  return author === undefined ? undefined : { type: 'entity', entity: author, score: 0.8, reason: 'the author of the document, named before' };
}

/**
 * "said the post by an unknown author", "indique un communiqué du ministère": a document right after the inverted
 * verb (`rest` is the text past its complements, `skip` characters after it), its length, and its author if named.
 */
export function documentAfterVerb(site: VerbSite, skip: number, rest: string): { readonly length: number; readonly author: Subject | undefined } | undefined {
  const document = DOCUMENT_AFTER.exec(rest);
  if (!document) return undefined;
  const { ctx, ve } = site;
  const at = ve + skip + document[0].length;
  // Right after the document's preposition, or after an article ("a statement from the X").
  const author = mentionsFrom(ctx, ve + skip).find((m) => m.start === at || (m.start > at && m.start - at <= 4 && /^(?:the|la|le|les)\s+$/iu.test(ctx.text.slice(at, m.start))));
  return { length: document[0].length, author: author ? { type: 'entity', entity: author.entity, score: 0.9, reason: 'the author of the document quoted' } : undefined };
}

/** "précise le texte", "indique le document", "the statement said": a document whose author the text named before. */
export function bareDocumentAfterVerb(site: VerbSite, rest: string): Subject | undefined {
  if (!BARE_DOCUMENT.test(rest)) return undefined;
  const { ctx, vs } = site;
  const [sentenceStart] = sentenceAt(ctx.sentenceStarts, vs, ctx.text.length);
  // "… according to a statement from operator X. “…,” the statement says": the one the document was said to be from.
  return documentFrom(ctx, sentenceStart, vs) ?? authorOfSentenceBefore(ctx, sentenceStart);
}

/** "“…,” the statement says": a document said before to be from someone ("according to a statement from X"). */
export function documentSaysBefore(site: VerbSite, before: string): Subject | undefined {
  if (!DOCUMENT_SAYS.test(before)) return undefined;
  const { ctx, vs } = site;
  return documentFrom(ctx, sentenceAt(ctx.sentenceStarts, vs, ctx.text.length)[0], vs);
}

/** "The memo, dated last week, says", "Le rapport indique": a document whose author the text cited or made the subject before. */
export function documentSubjectBefore(b: BeforeVerb): Subject | undefined {
  if (!DOCUMENT_SUBJECT.test(textBefore(b, 100).text) || b.prior || !(b.s > 0)) return undefined;
  const cited = documentAuthorBefore(b.ctx, b.s);
  if (cited !== undefined) return { type: 'entity', entity: cited, score: 0.84, reason: 'the author of the document named before ("un rapport de X")' };
  return authorOfSentenceBefore(b.ctx, b.s);
}
