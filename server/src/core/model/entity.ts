import type { EntityKind } from '../text/chars';
import type { DefinitionBlock, SyntaxTree } from '../syntax/nodes';

export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Every property except `aka`, last value kept. */
  readonly properties: Readonly<Record<string, string>>;
  /** Sources are anonymous unless `anonymous: no`. */
  readonly anonymous: boolean;
  /** The file that defines it. */
  readonly path: string;
  readonly definition: DefinitionBlock;
}

const NO = new Set(['no', 'false', 'non', 'n']);

/** The aliases of entities that have none: one empty list, shared and never written to. */
const NO_ALIASES: readonly string[] = [];

/** What an entity shows (hover, export, completion) has single spaces: a run a writer typed by mistake is not shown. The tree keeps the text as written. */
const singleSpaced = (text: string): string => (/[ \t]{2}|\t/u.test(text) ? text.replace(/[ \t]+/g, ' ') : text);

/** Whether an entity of `kind` is anonymous with this `anonymous:` value (the last one given): a source unless `no`, another kind if given anything but `no`. */
export function isAnonymous(kind: string, setting: string | undefined): boolean {
  const no = setting !== undefined && NO.has(setting.toLowerCase());
  return kind === 'source' ? !no : setting !== undefined && !no;
}

export function entityFromDefinition(definition: DefinitionBlock, path: string): Entity {
  const aliases: string[] = [];
  // Seen aliases in a set: a list searched per alias made one long `aka` list quadratic (24,000 aliases took 11 s).
  const seen = new Set<string>();
  const properties: Record<string, string> = {};
  for (const property of definition.properties) {
    if (property.key === 'aka') {
      for (const alias of property.value.split(';')) {
        const trimmed = singleSpaced(alias.trim());
        if (trimmed !== '' && !seen.has(trimmed)) {
          seen.add(trimmed);
          aliases.push(trimmed);
        }
      }
    } else {
      properties[property.key] = singleSpaced(property.value);
    }
  }
  const anonymous = isAnonymous(definition.kind, properties['anonymous']);
  // Aliases in a list of their exact size (a list grown by push keeps room for 16 more), kept as long as the model.
  return { id: definition.id, kind: definition.kind, name: singleSpaced(definition.name), aliases: aliases.length === 0 ? NO_ALIASES : aliases.slice(), properties, anonymous, path, definition };
}

export function definitionsOf(tree: SyntaxTree): DefinitionBlock[] {
  return tree.blocks.filter((block): block is DefinitionBlock => block.type === 'definition');
}

/** A file with definitions and no prose is a registry: it never reports unused entities. */
export function looksLikeRegistry(tree: SyntaxTree): boolean {
  let definitions = 0;
  for (const block of tree.blocks) {
    if (block.type === 'definition') {
      definitions++;
      continue;
    }
    if (block.type === 'heading') continue;
    const prose = tree.text.slice(block.contentStart, block.span.end).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
    if (prose.trim() !== '') return false;
  }
  return definitions > 0;
}
