import type { DefinitionBlock, TextBlock } from '../syntax/nodes';
import type { DocumentModel, Mention } from './documentModel';
import { entityFromDefinition, type Entity } from './entity';
import { BlockMatchStore } from './implicitNames';
import type { ScopeBase } from './scope';

/** What the walk of one text block found, in walk order: its share of the model's lists, and its bare and bracket mentions. */
export interface BlockParts extends Pick<DocumentModel, 'figures' | 'images' | 'links' | 'placeholders'> {
  readonly inText: readonly Mention[];
}

/**
 * What one edited document's analysis hands to the next (the project keeps
 * one per document it re-parses incrementally). A re-parse keeps the blocks
 * an edit did not touch as the same objects, their spans moved in place, and
 * what a block yields depends only on the block and on what IDs resolve to:
 * so an entity is made once per definition block, and a text block's
 * mentions and figures are reused while the scope is the same (the same
 * registry layer and the same local entities, in order). After a keystroke
 * in a 1 MB article only the re-scanned blocks are walked again.
 *
 * One map per document, replaced whole by each analysis, rather than weak
 * entries per block: a long article has tens of thousands of blocks, and
 * weak entries slow every full collection of its heap.
 */
export class ModelReuse {
  /** The implicit-mention matches per block (found on first use, not by every analysis). */
  readonly implicitMatches = new BlockMatchStore();
  private entities = new Map<DefinitionBlock, Entity>();
  private parts = new Map<TextBlock, BlockParts>();
  private scopeBase: ScopeBase | undefined;
  private localEntities: readonly Entity[] = [];

  /** The document's entities, the same objects as last time for the definition blocks the re-parse kept. */
  entitiesOf(definitions: readonly DefinitionBlock[], path: string): Entity[] {
    const known = this.entities;
    const next = new Map<DefinitionBlock, Entity>();
    const entities = new Array<Entity>(definitions.length);
    for (let i = 0; i < definitions.length; i++) {
      const definition = definitions[i]!;
      const entity = known.get(definition) ?? entityFromDefinition(definition, path);
      next.set(definition, entity);
      entities[i] = entity;
    }
    this.entities = next;
    return entities;
  }

  /**
   * Starts an analysis whose scope is `base` over `localEntities`: the block
   * parts recorded last time stay usable only if the scope is the same.
   * Undefined for the document's first analysis, which records nothing: it
   * is the one a writer waits for when opening the file, and there may never
   * be a second (the first keystroke's analysis records what the next reuse).
   */
  startWalk(base: ScopeBase, localEntities: readonly Entity[]): BlockWalk | undefined {
    const first = this.scopeBase === undefined;
    const same = base === this.scopeBase && sameList(localEntities, this.localEntities);
    const known = same ? this.parts : EMPTY_PARTS;
    this.scopeBase = base;
    this.localEntities = localEntities;
    if (first) return undefined;
    const parts = new Map<TextBlock, BlockParts>();
    this.parts = parts;
    return { known, record: (block, found) => void parts.set(block, found) };
  }
}

/** One analysis's walk: what the previous one found per block, and where this one records. */
export interface BlockWalk {
  readonly known: ReadonlyMap<TextBlock, BlockParts>;
  record(block: TextBlock, parts: BlockParts): void;
}

const EMPTY_PARTS: ReadonlyMap<TextBlock, BlockParts> = new Map();

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
