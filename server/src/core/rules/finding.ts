import type { Span } from '../text/lineIndex';
import type { RuleCode } from './catalog';

export interface SpanEdit {
  readonly span: Span;
  readonly newText: string;
}

/** A fix that is certain enough to carry with the finding; richer ones are built by the editor features. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly SpanEdit[];
  readonly preferred?: boolean;
}

/**
 * Makes a finding's fixes when they are asked for (code actions), from the
 * document's text and the finding's span and data: for rules whose findings
 * come by the thousand (an unattributed quote each), where fixes built with
 * every finding were most of what a large document's diagnostics kept. One
 * shared function per rule, so a finding pays nothing for it.
 */
export type LaterFixes = (text: string, span: Span, data: Readonly<Record<string, unknown>>) => readonly Fix[];

/** What a rule reports, in offsets, before severities and ignore comments apply. */
export interface Finding {
  readonly code: RuleCode;
  readonly span: Span;
  readonly message: string;
  readonly data?: Record<string, unknown>;
  readonly fixes?: readonly Fix[];
  /** Instead of `fixes` (with `data`, never both): fixes made on first read of the diagnostic's `fixes`, never empty. */
  readonly laterFixes?: LaterFixes;
  readonly unnecessary?: boolean;
  /** Another place that explains this one (the first definition of a duplicate, say). */
  readonly related?: readonly { readonly path: string; readonly span: Span; readonly message: string }[];
}
