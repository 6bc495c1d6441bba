import type { Span } from '../text/lineIndex';
import { LineIndex } from '../text/lineIndex';
import { partitionPoint } from '../text/partition';
import type { Attribution, BracketNode, FigureValue, IdRef, Inline, PlaceholderNode, QuoteNode, SyntaxTree, TextBlock } from '../syntax/nodes';
import { lineStartsOf } from '../syntax/parse';
import { openStartOf, quoteText, spanEndOf } from '../syntax/quoteNode';
import type { AliasMatcherCache } from './aliasMatcherCache';
import { definitionsOf, entityFromDefinition, type Entity } from './entity';
import { ImplicitNames } from './implicitNames';
import type { BlockWalk, ModelReuse } from './modelReuse';
import { LayeredScope, ScopeBase, type ScopeBaseCache, type ScopeEntry } from './scope';

export type MentionForm = 'bracket' | 'bare' | 'implicit' | 'attribution' | 'figure-source';

export interface Mention {
  readonly form: MentionForm;
  readonly id: string;
  /** The ID as written (`le-drian` in `@le-drian`), or the matched words for an implicit mention. */
  readonly span: Span;
  /** The words of a bracket mention, or the matched words of an implicit one. */
  readonly textSpan?: Span;
  readonly entity?: Entity;
  /** For an implicit mention whose words name several entities. */
  readonly ambiguous?: readonly string[];
}

export interface QuoteInfo {
  readonly node: QuoteNode;
  /** The quoted words without marks, paragraphs joined by a blank line (a block quote's lines by a line break). */
  readonly text: string;
  readonly nested: boolean;
  /** The attribution that applies: the quote's own, or its split partner's. */
  readonly attribution?: Attribution;
  readonly speakers: readonly Entity[];
  readonly notSpeech: boolean;
}

export interface FigureInfo {
  readonly node: BracketNode;
  readonly value?: FigureValue;
  readonly sourceIds: readonly IdRef[];
  readonly sources: readonly Entity[];
  /** The figure sits in an attributed quote: the speaker is its source. */
  readonly sourceQuote?: number;
  readonly noSourceOnPurpose: boolean;
  readonly unit?: string;
  readonly properties: Readonly<Record<string, string>>;
}

export type { ScopeEntry } from './scope';

export interface DocumentModel {
  readonly path: string;
  readonly tree: SyntaxTree;
  readonly lines: LineIndex;
  readonly lang?: string;
  readonly isRegistry: boolean;
  /** Definitions in this document, in order (duplicates included). */
  readonly localEntities: readonly Entity[];
  /** What an ID resolves to here: the document first, then `uses` files, then project registries. */
  readonly scope: ReadonlyMap<string, ScopeEntry>;
  /** Every mention in document order, implicit ones included. Found on first use: only editor features and export need the implicit ones. */
  readonly mentions: readonly Mention[];
  /** Bracket, bare, attribution and figure-source mentions, in document order: known without matching names in the text. */
  readonly explicitMentions: readonly Mention[];
  /**
   * Which of `ids` (entities in scope) the running text names implicitly, by
   * name or alias, as `mentions` would report them (ambiguous words count for
   * each entity they name). Cheaper than `mentions` when the answer is none.
   */
  namedInText(ids: ReadonlySet<string>): Set<string>;
  readonly quotes: readonly QuoteInfo[];
  readonly figures: readonly FigureInfo[];
  readonly images: readonly BracketNode[];
  readonly links: readonly BracketNode[];
  /** TK, TODO and XXX in running text, in document order. */
  readonly placeholders: readonly PlaceholderNode[];
}

export interface ModelInputs {
  readonly path: string;
  readonly tree: SyntaxTree;
  /** Entities from the document's `uses` files, transitively, nearest first. */
  readonly usesEntities: readonly Entity[];
  readonly registryEntities: readonly Entity[];
  readonly isRegistry: boolean;
  /** Project default when the front matter has no `lang`. */
  readonly defaultLang?: string;
  /** Reuses alias tries across analyses (a project keeps one); without it each analysis builds its own. */
  readonly aliasMatchers?: AliasMatcherCache;
  /** Reuses the scope outside the document (`uses` files and registries) across analyses. */
  readonly scopeBases?: ScopeBaseCache;
  /** What this document's previous analysis found (an editor's re-parsed document): the blocks the re-parse kept are not walked or matched again. */
  readonly reuse?: ModelReuse;
}

export function buildModel(inputs: ModelInputs): DocumentModel {
  const { tree, path, reuse } = inputs;
  const definitions = definitionsOf(tree);
  const localEntities = reuse ? reuse.entitiesOf(definitions, path) : definitions.map((definition) => entityFromDefinition(definition, path));
  const base = inputs.scopeBases ? inputs.scopeBases.baseFor(inputs.registryEntities, inputs.usesEntities) : new ScopeBase(inputs.registryEntities, inputs.usesEntities);
  const scope = new LayeredScope(base, localEntities);
  const found = new ModelBuilder(tree, scope);
  const resolve = found.resolve;
  // Quotes first: the walk of the blocks must know which bare mentions are attributions.
  const quotes = found.quotesAndAttributions();
  const textBlocks: TextBlock[] = [];
  const walk = reuse?.startWalk(base, localEntities);
  // Indexed loops in code that runs once per analysis: unoptimised, for…of allocates a result object per step.
  for (let b = 0; b < tree.blocks.length; b++) {
    const block = tree.blocks[b]!;
    if (block.type === 'definition') continue;
    textBlocks.push(block);
    if (walk) found.visitBlock(block, walk);
    else found.visit(block.inlines);
  }
  const figures = found.figures;
  const figureSources: Mention[] = [];
  for (let f = 0; f < figures.length; f++) for (const ref of figures[f]!.sourceIds) figureSources.push(explicitMention('figure-source', ref, undefined, resolve(ref.id)));

  // The implicit ones come in document order and are merged in when first asked for.
  const explicitMentions = inOrder(found.inText, found.attributions, figureSources);
  const names = new ImplicitNames(tree, textBlocks, scope, inputs.aliasMatchers, reuse?.implicitMatches);
  let allMentions: Mention[] | undefined;

  // A figure in an attributed quote takes the speaker as its source.
  const withQuoteSources = figures.map((figure) => {
    if (figure.sourceIds.length > 0 || figure.noSourceOnPurpose) return figure;
    const quote = innermostQuote(quotes, figure.node.span.start);
    return quote && quote.speakers.length > 0 ? { ...figure, sourceQuote: quote.node.index, sources: quote.speakers } : figure;
  });

  const lang = typeof tree.frontMatter?.data['lang'] === 'string' && tree.frontMatter.data['lang'] !== '' ? (tree.frontMatter.data['lang'] as string) : inputs.defaultLang;
  return {
    path,
    tree,
    lines: new LineIndex(tree.text, lineStartsOf.get(tree)),
    ...(lang ? { lang } : {}),
    isRegistry: inputs.isRegistry,
    localEntities,
    scope,
    get mentions(): readonly Mention[] {
      return (allMentions ??= mergeByStart(explicitMentions, names.mentions()));
    },
    explicitMentions,
    namedInText: (ids) => names.namedIn(ids),
    quotes,
    figures: withQuoteSources,
    images: found.images,
    links: found.links,
    placeholders: found.placeholders,
  };
}

/**
 * What one pass over the quotes and one over the inlines of the text blocks
 * find. A 1 MB article's tree is many megabytes: each extra pass over it
 * costs mostly memory traffic, and a closure per block for `walk` costs
 * allocations and a call per node.
 */
class ModelBuilder {
  /** Bare and bracket mentions, in the order of the walk. */
  readonly inText: Mention[] = [];
  /** Attribution mentions, in quote order. */
  readonly attributions: Mention[] = [];
  readonly figures: FigureInfo[] = [];
  readonly images: BracketNode[] = [];
  readonly links: BracketNode[] = [];
  readonly placeholders: PlaceholderNode[] = [];
  private readonly attributionMentions = new Set<Inline>();

  constructor(
    private readonly tree: SyntaxTree,
    private readonly scope: LayeredScope,
  ) {}

  readonly resolve = (id: string): Entity | undefined => this.scope.get(id)?.entity;

  quotesAndAttributions(): QuoteInfo[] {
    const quotes = this.tree.quotes;
    const infos = new Array<QuoteInfo>(quotes.length);
    for (let i = 0; i < quotes.length; i++) {
      const quote = quotes[i]!;
      const attribution = quote.attribution;
      let speakers: readonly Entity[] | undefined;
      if (attribution) {
        // The node that carries the attribution (`"…"@id`, `> — @id`, `> — [words](@id)`) is its mention only, not also a bare or bracket one.
        const carrier = attribution.mention;
        if (carrier) this.attributionMentions.add(carrier);
        // A block quote's `— [Le ministre](@id)` keeps its words.
        const words = carrier?.type === 'bracket' ? carrier.textSpan : undefined;
        const ids = attribution.ids;
        if (ids.length === 1) {
          // The usual single speaker, resolved once for the mention and the quote's speakers.
          const entity = this.resolve(ids[0]!.id);
          this.attributions.push(explicitMention('attribution', ids[0]!, words, entity));
          speakers = entity ? [entity] : [];
        } else {
          for (let k = 0; k < ids.length; k++) this.attributions.push(explicitMention('attribution', ids[k]!, words, this.resolve(ids[k]!.id)));
        }
      }
      infos[i] = quoteInfo(this.tree, quote, this.resolve, speakers);
    }
    return infos;
  }

  /** A text block's parts: as the previous analysis found them when it saw this block under the same scope, else walked now; recorded for the next. */
  visitBlock(block: TextBlock, walk: BlockWalk): void {
    const known = walk.known.get(block);
    if (known) {
      appendAll(this.inText, known.inText);
      appendAll(this.figures, known.figures);
      appendAll(this.images, known.images);
      appendAll(this.links, known.links);
      appendAll(this.placeholders, known.placeholders);
      walk.record(block, known);
      return;
    }
    const inText = this.inText.length;
    const figures = this.figures.length;
    const images = this.images.length;
    const links = this.links.length;
    const placeholders = this.placeholders.length;
    this.visit(block.inlines);
    walk.record(block, {
      inText: tail(this.inText, inText),
      figures: tail(this.figures, figures),
      images: tail(this.images, images),
      links: tail(this.links, links),
      placeholders: tail(this.placeholders, placeholders),
    });
  }

  /** Each node, then the children of a bracket: the order of `walk`. */
  visit(inlines: readonly Inline[]): void {
    for (let i = 0; i < inlines.length; i++) {
      const node = inlines[i]!;
      if (node.type === 'bare-mention') {
        if (!this.attributionMentions.has(node)) for (const ref of node.ids) this.inText.push(explicitMention('bare', ref, undefined, this.resolve(ref.id)));
      } else if (node.type === 'placeholder') {
        this.placeholders.push(node);
      } else if (node.type === 'bracket') {
        if (node.role === 'mention' && !this.attributionMentions.has(node)) {
          const ids = node.attributes?.ids;
          if (ids) for (const ref of ids) this.inText.push(explicitMention('bracket', ref, node.textSpan, this.resolve(ref.id)));
        } else if (node.role === 'figure') this.figures.push(figureInfo(node, this.resolve));
        else if (node.role === 'image') this.images.push(node);
        else if (node.role === 'link') this.links.push(node);
        if (node.children.length > 0) this.visit(node.children);
      }
    }
  }
}

function appendAll<T>(to: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) to.push(items[i]!);
}

const NOTHING: readonly never[] = [];

/** What `list` got from `from` on: most blocks add nothing to most lists, and then share one empty list. */
function tail<T>(list: readonly T[], from: number): readonly T[] {
  return list.length === from ? NOTHING : list.slice(from);
}

function figureInfo(node: BracketNode, resolve: (id: string) => Entity | undefined): FigureInfo {
  const attrs = node.attributes!;
  const properties: Record<string, string> = {};
  for (const pair of attrs.pairs) properties[pair.key] = pair.value;
  const sources = resolveAll(attrs.ids, resolve);
  const value = attrs.value;
  const unit = properties['unit'];
  const noSourceOnPurpose = attrs.notSpeech;
  // One literal per shape, fields in the same order: no temporary objects to spread.
  if (value) return unit ? { node, value, sourceIds: attrs.ids, sources, noSourceOnPurpose, unit, properties } : { node, value, sourceIds: attrs.ids, sources, noSourceOnPurpose, properties };
  return unit ? { node, sourceIds: attrs.ids, sources, noSourceOnPurpose, unit, properties } : { node, sourceIds: attrs.ids, sources, noSourceOnPurpose, properties };
}

/** The entities `ids` resolve to, in order, skipping unknown IDs: an array of the exact size (kept with the model), usually of one. */
function resolveAll(ids: readonly IdRef[], resolve: (id: string) => Entity | undefined): Entity[] {
  if (ids.length === 1) {
    const entity = resolve(ids[0]!.id);
    return entity ? [entity] : [];
  }
  const found: Entity[] = [];
  for (const ref of ids) {
    const entity = resolve(ref.id);
    if (entity) found.push(entity);
  }
  return found;
}

const NO_SPEAKERS: readonly Entity[] = [];

/** `ownSpeakers`: what the quote's own attribution resolves to, when the caller already has it. */
function quoteInfo(tree: SyntaxTree, node: QuoteNode, resolve: (id: string) => Entity | undefined, ownSpeakers?: readonly Entity[]): QuoteInfo {
  // One attribution covers every part of a split quote; the first one written wins.
  let attribution = node.attribution;
  if (!attribution && node.splitParts) for (const i of node.splitParts) if ((attribution ??= tree.quotes[i]?.attribution)) break;
  const speakers = ownSpeakers ?? (attribution && attribution.ids.length > 0 ? resolveAll(attribution.ids, resolve) : NO_SPEAKERS);
  return new ModelQuote(node, tree.text, node.parent !== undefined, attribution, speakers);
}

/**
 * A quote of the model. Its `text` is sliced from the document when first
 * read (the quote list, symbols, export), not for each of a long article's
 * thousands of quotes. The fields are the literal's, in its order (with
 * `attribution` only when there is one); `toJSON` gives that literal.
 */
class ModelQuote implements QuoteInfo {
  readonly node: QuoteNode;
  readonly nested: boolean;
  readonly attribution: Attribution | undefined;
  readonly speakers: readonly Entity[];
  readonly notSpeech: boolean;
  readonly #document: string;
  #text: string | undefined;

  constructor(node: QuoteNode, document: string, nested: boolean, attribution: Attribution | undefined, speakers: readonly Entity[]) {
    this.node = node;
    this.nested = nested;
    this.attribution = attribution;
    this.speakers = speakers;
    this.notSpeech = attribution ? attribution.notSpeech : false;
    this.#document = document;
  }

  get text(): string {
    return (this.#text ??= quoteText(this.#document, this.node));
  }

  toJSON(): Record<string, unknown> {
    const { node, text, nested, attribution, speakers, notSpeech } = this;
    return attribution ? { node, text, nested, attribution, speakers, notSpeech } : { node, text, nested, speakers, notSpeech };
  }
}

/** The innermost attributed quote around `offset`: a binary search, then up the parent chain. */
function innermostQuote(quotes: readonly QuoteInfo[], offset: number): QuoteInfo | undefined {
  const last = partitionPoint(quotes.length, (i) => openStartOf(quotes[i]!.node) <= offset) - 1;
  let quote = last >= 0 ? quotes[last] : undefined;
  while (quote) {
    if (offset < spanEndOf(quote.node) && quote.speakers.length > 0) return quote;
    quote = quote.node.parent !== undefined ? quotes[quote.node.parent] : undefined;
  }
  return undefined;
}

function isSortedBy<T>(items: readonly T[], start: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (start(items[i]!) < start(items[i - 1]!)) return false;
  return true;
}

function byStart(a: Mention, b: Mention): number {
  return a.span.start - b.span.start;
}

/**
 * A mention with its optional fields in a literal of its own shape (form, id,
 * span, then textSpan and entity when present): assigning them after creation
 * gave each of thousands of mentions a second allocation for the added fields.
 */
function explicitMention(form: MentionForm, ref: IdRef, textSpan: Span | undefined, entity: Entity | undefined): Mention {
  if (textSpan) return entity ? { form, id: ref.id, span: ref.span, textSpan, entity } : { form, id: ref.id, span: ref.span, textSpan };
  return entity ? { form, id: ref.id, span: ref.span, entity } : { form, id: ref.id, span: ref.span };
}

/**
 * The three lists in document order, as a stable sort of their concatenation
 * would give (on a tie, the earlier list first). Each is almost always in
 * order already (a mention inside the words of a bracket mention comes after
 * the bracket's own IDs in the walk): then merges do, else a sort.
 */
function inOrder(a: Mention[], b: Mention[], c: Mention[]): Mention[] {
  const start = (mention: Mention): number => mention.span.start;
  if (!isSortedBy(a, start) || !isSortedBy(b, start) || !isSortedBy(c, start)) return a.concat(b, c).sort(byStart);
  const ab = b.length === 0 ? a : mergeByStart(a, b);
  return c.length === 0 ? ab : mergeByStart(ab, c);
}

/** Two lists sorted by start, merged; on a tie the first list's mention comes first (as a stable sort of a then b would give). */
function mergeByStart(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = new Array<Mention>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = b[j]!.span.start < a[i]!.span.start ? b[j++]! : a[i++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
