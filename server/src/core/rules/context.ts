import type { DocumentModel } from '../model/documentModel';
import type { Entity } from '../model/entity';
import type { Finding } from './finding';
import type { NearIdCache } from './nearIds';

export interface RuleContext {
  readonly model: DocumentModel;
  /** Front matter keys the project requires. */
  readonly requiredFrontMatter: readonly string[];
  /** Check `'…'` quotes in headings too (exempt by default). */
  readonly checkHeadingQuotes: boolean;
  /** The document is one of the project's registry files: its IDs share one scope with the other registries. */
  readonly registryMember: boolean;
  /** Entities of the other registry files, for duplicates across registries. */
  readonly registryEntities: readonly Entity[];
  /** Entities of the document's `uses` files, nearest first: a local definition shadows them. */
  readonly usesEntities: readonly Entity[];
  /** Problems with `uses` found while loading them (missing files). */
  readonly loadFindings: readonly Finding[];
  /** Indexes of the IDs in scope for "did you mean" (a project keeps one across analyses); without it each analysis builds its own. */
  readonly nearIds?: NearIdCache;
}

/** A check appends its findings to `out` (plain calls: generators cost an iterator and a result object per step, and defeated escape analysis in their loops). */
export type Rule = (context: RuleContext, out: Finding[]) => void;
