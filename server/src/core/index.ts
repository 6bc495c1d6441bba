// The ArticleMark core: text -> syntax tree -> model -> diagnostics. Pure: no
// LSP, no editor API, no file system except through the FileHost callers give.
export { parse, walk, type ParseOptions } from './syntax/parse';
export { reparse, changeBetween, type TextChange } from './syntax/reparse';
export type * from './syntax/nodes';
export { parseFigureValue } from './syntax/figureValue';
export { LineIndex, type Position, type Range, type Span } from './text/lineIndex';
export { lineBreakOf } from './text/lineBreaks';
export { partitionPoint } from './text/partition';
export { fold, isValidId, invalidIdMessage, ENTITY_KINDS, type EntityKind } from './text/chars';
export type { DocumentModel, Mention, QuoteInfo, FigureInfo, ScopeEntry } from './model/documentModel';
export { isAnonymous, type Entity } from './model/entity';
export { RULES, isRuleCode, isSeveritySetting, SEVERITY_SETTINGS, type RuleCode, type RuleInfo, type Severity, type SeveritySetting } from './rules/catalog';
export { type ArticleDiagnostic, type DiagnosticFix, type RangeEdit } from './rules/diagnostics';
export { blockQuoteAttribution, exemptHeadingQuote, followingMention, needsAttribution, typedAttribution } from './rules/quoteRules';
export { ArticleProject, type DocumentAnalysis, type LoadedConfig, type ProjectOptions } from './project/project';
export { parseConfig, type ArticleMarkConfig, type ConfigProblem } from './project/config';
export type { FileHost } from './project/host';
export { normalizePath, dirname, isInside, relativePath, resolvePath } from './project/paths';
export { clearSpeaker, importPlainText, speakerCandidates, suggestionFor, type ImportResult, type QuoteReading, type SpeakerCandidate } from './speakerAccess';
export { opensWithArticleFrontMatter } from './syntax/frontMatter';
