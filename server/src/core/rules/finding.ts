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

/** What a rule reports, in offsets, before severities and ignore comments apply. */
export interface Finding {
  readonly code: RuleCode;
  readonly span: Span;
  readonly message: string;
  readonly data?: Record<string, unknown>;
  readonly fixes?: readonly Fix[];
  readonly unnecessary?: boolean;
  /** Another place that explains this one (the first definition of a duplicate, say). */
  readonly related?: readonly { readonly path: string; readonly span: Span; readonly message: string }[];
}
