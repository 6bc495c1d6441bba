import type { Span } from '../text/lineIndex';
import type { EntityKind } from '../text/chars';

/** A reference to an entity ID as written, with where it was written. */
export interface IdRef {
  readonly id: string;
  readonly span: Span;
}

/** A problem found while parsing, before severities are applied. */
/** A one-edit repair the parser is sure of (close a comment, quote a YAML value). */
export interface SyntaxFix {
  readonly title: string;
  readonly span: Span;
  readonly newText: string;
}

export interface SyntaxProblem {
  readonly code: string;
  readonly span: Span;
  readonly message: string;
  readonly data?: Record<string, unknown>;
  readonly fixes?: readonly SyntaxFix[];
}

// ---------------------------------------------------------------- inlines

export interface CommentNode {
  readonly type: 'comment';
  readonly span: Span;
  /** The comment's text between `<!--` and `-->`, trimmed. */
  readonly body: string;
  readonly closed: boolean;
}

export interface CodeNode {
  readonly type: 'code';
  readonly span: Span;
}

export interface EscapeNode {
  readonly type: 'escape';
  readonly span: Span;
}

export interface UrlNode {
  readonly type: 'url';
  readonly span: Span;
  readonly url: string;
}

export interface PlaceholderNode {
  readonly type: 'placeholder';
  readonly span: Span;
  readonly word: string;
}

export interface EmphasisNode {
  readonly type: 'emphasis';
  readonly span: Span;
  readonly strong: boolean;
  readonly openMark: Span;
  readonly closeMark: Span;
}

/** `@id` in running text, or `@id` / `@a+b` / `@-` right after a closing quote mark. */
export interface BareMentionNode {
  readonly type: 'bare-mention';
  readonly span: Span;
  readonly ids: readonly IdRef[];
  readonly notSpeech: boolean;
  /** Set when the `@` directly follows a quote mark: a candidate attribution suffix. */
  readonly afterQuoteMark: boolean;
}

export interface FigureValue {
  readonly raw: string;
  readonly value: number;
  readonly approximate: boolean;
  readonly bound?: 'less' | 'more';
  readonly percent: boolean;
}

export interface AttributePair {
  readonly key: string;
  readonly value: string;
  readonly span: Span;
  readonly valueSpan: Span;
}

/** The parenthesised part of `[text](…)` when it is not a link. */
export interface AttributeList {
  readonly span: Span;
  readonly ids: readonly IdRef[];
  readonly idSpan?: Span;
  readonly notSpeech: boolean;
  readonly notSpeechSpan?: Span;
  readonly value?: FigureValue;
  /** The `#…` token, valid or not. */
  readonly valueSpan?: Span;
  readonly valueText?: string;
  readonly pairs: readonly AttributePair[];
}

export type BracketRole = 'link' | 'image' | 'mention' | 'figure' | 'quote';

export interface BracketNode {
  readonly type: 'bracket';
  readonly role: BracketRole;
  /** From `[` (or `![`) to `)`. */
  readonly span: Span;
  /** Between `[` and `]`. */
  readonly textSpan: Span;
  /** Between `(` and `)`. */
  readonly parenSpan: Span;
  readonly children: readonly Inline[];
  readonly destination?: string;
  readonly destinationSpan?: Span;
  readonly title?: string;
  readonly titleSpan?: Span;
  readonly attributes?: AttributeList;
}

export type Inline =
  | CommentNode
  | CodeNode
  | EscapeNode
  | UrlNode
  | PlaceholderNode
  | EmphasisNode
  | BareMentionNode
  | BracketNode;

// ---------------------------------------------------------------- quotes

export type QuoteMark = '"' | '“' | '«' | '„' | "'" | '‘' | '‹' | '>';

export interface Attribution {
  readonly form: 'suffix' | 'bracket' | 'blockquote';
  readonly span: Span;
  readonly ids: readonly IdRef[];
  readonly notSpeech: boolean;
  /** For a suffix, and a block quote's `— @id` or `— [words](@id)`: the node that carries it, so it is not also read as a plain mention. */
  readonly mention?: BareMentionNode | BracketNode;
}

/**
 * Quotes are kept in one flat, document-ordered list rather than in the block
 * tree, because a quote may run across paragraphs (newsroom convention).
 *
 * The parser's quotes are `ParsedQuote` objects (quoteNode.ts): `span`,
 * `open`, `close`, `mismatchedClose` and a one-part `parts` are made on
 * first read and the same objects returned after; the core reads the
 * offsets (`openStartOf`, `closeStartOf`, `spanEndOf`). JSON gives the plain
 * literal.
 */
export interface QuoteNode {
  readonly type: 'quote';
  index: number;
  readonly mark: QuoteMark;
  readonly open: Span;
  close?: Span;
  /** From the opening mark to the closing mark, or to the end of the paragraph where it was left open. */
  span: Span;
  /** Where the quoted words are: one span per paragraph, marks excluded. */
  parts: Span[];
  /** Index of the enclosing quote, for nested quotes. */
  parent?: number;
  readonly inHeading: boolean;
  unclosed: boolean;
  /** A closing mark of another kind than the opening one. */
  mismatchedClose?: Span;
  attribution?: Attribution;
  /**
   * Set on every part of a quote interrupted by speech clauses (`"One," he
   * said, "two," he added, "three."`): the indices of all its parts, in order.
   */
  splitParts?: number[];
  /** Index into `blocks` of the block the quote opens in. */
  readonly blockIndex: number;
}

// ---------------------------------------------------------------- blocks

export interface Property {
  readonly key: string;
  readonly value: string;
  readonly span: Span;
  readonly keySpan: Span;
  readonly valueSpan: Span;
}

/** The parser's definitions and their properties are `ParsedDefinition` and `ParsedProperty` objects (definitionNode.ts): their spans are made on first read; JSON gives the plain literal. */
export interface DefinitionBlock {
  readonly type: 'definition';
  readonly span: Span;
  readonly kind: EntityKind;
  readonly kindSpan: Span;
  readonly id: string;
  readonly idSpan: Span;
  readonly name: string;
  readonly nameSpan: Span;
  readonly properties: readonly Property[];
  /** The header line, without its properties. */
  readonly headerSpan: Span;
}

interface TextBlockBase {
  readonly span: Span;
  /** Where inline content starts (after `#`, `- `, `> `). */
  readonly contentStart: number;
  /** Prefixes inside the block that are not content (`>` on continuation lines). */
  readonly skips: readonly Span[];
  inlines: Inline[];
}

/** The parser's paragraphs are `ParsedParagraph` objects (paragraphNode.ts): `span` is made on first read; JSON gives the plain literal. */
export interface ParagraphBlock extends TextBlockBase {
  readonly type: 'paragraph';
}

export interface HeadingBlock extends TextBlockBase {
  readonly type: 'heading';
  readonly level: number;
}

export interface ListItemBlock extends TextBlockBase {
  readonly type: 'list-item';
  readonly marker: Span;
  readonly indent: number;
}

export interface BlockQuoteBlock extends TextBlockBase {
  readonly type: 'block-quote';
  /** The last line when it starts with —, – or -- : who is quoted. */
  readonly attributionLine?: Span;
}

export type TextBlock = ParagraphBlock | HeadingBlock | ListItemBlock | BlockQuoteBlock;
export type Block = TextBlock | DefinitionBlock;

export interface FrontMatter {
  readonly span: Span;
  /** Between the `---` lines. */
  readonly contentSpan: Span;
  /** Known keys as strings, unknown keys as YAML gave them. Empty when the YAML is bad. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Where each top-level key is written, for hovers and completions. */
  readonly keySpans: Readonly<Record<string, Span>>;
  readonly valueSpans: Readonly<Record<string, Span>>;
  readonly uses: readonly { readonly path: string; readonly span: Span }[];
  readonly ok: boolean;
}

export interface SyntaxTree {
  readonly text: string;
  readonly frontMatter?: FrontMatter;
  readonly blocks: readonly Block[];
  readonly quotes: readonly QuoteNode[];
  readonly comments: readonly CommentNode[];
  readonly problems: readonly SyntaxProblem[];
}
