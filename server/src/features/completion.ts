import { CompletionItemKind, type CompletionItem, type Position, type Range } from '../protocol';
import { ENTITY_KINDS, dirname, relativePath, type DocumentModel } from '../core';

const FRONT_MATTER_KEYS: Record<string, string> = {
  title: 'The headline',
  date: 'Publication date (YYYY-MM-DD)',
  lang: 'Language of the article (fr, en, …)',
  byline: 'Who wrote it',
  source: 'Agency or outlet',
  quotes: 'Quote marks in use',
  uses: 'Registry files whose entities this article uses',
};

const PROPERTY_KEYS: Record<string, string> = {
  aka: 'Other names, separated by ;',
  role: 'Role or title (shown on hover)',
  wikidata: 'Wikidata ID (Q…)',
  url: 'Web page',
  reason: 'Why an anonymous source was granted anonymity',
  anonymous: 'yes or no',
  date: 'Date (for works and events)',
};

const KIND_DOCS: Record<string, string> = {
  person: 'A person',
  org: 'An organisation',
  place: 'A place',
  source: 'An unnamed or anonymous source',
  work: 'A report, statement, communiqué',
  event: 'An event',
  other: 'Anything else',
};

export interface CompletionContext {
  /** Paths of the workspace's articles, for `uses`. */
  readonly articlePaths: () => readonly string[];
}

export function completion(model: DocumentModel, position: Position, context: CompletionContext): CompletionItem[] {
  const text = model.tree.text;
  const offset = model.lines.offsetAt(position);
  const lineStart = model.lines.offsetAt({ line: position.line, character: 0 });
  const before = text.slice(lineStart, offset);
  const rangeBack = (length: number): Range => ({ start: model.lines.positionAt(offset - length), end: model.lines.positionAt(offset) });

  const frontMatter = model.tree.frontMatter;
  const inFrontMatter = frontMatter ? offset >= frontMatter.contentSpan.start && offset <= frontMatter.contentSpan.end : false;
  if (inFrontMatter) return frontMatterCompletion(model, before, offset, rangeBack, context);

  const kindPrefix = /^@([a-z]*)$/.exec(before);
  if (kindPrefix) {
    const items = kindItems(rangeBack(kindPrefix[1]!.length));
    return [...items, ...idItems(model, kindPrefix[1]!, rangeBack(kindPrefix[1]!.length))];
  }
  // After `+` too: `@le-drian+ch` is the second ID of a list (a bracket mention or an attribution).
  const idPrefix = /@(?:[\p{L}\d-]+\+)*([\p{L}\d-]*)$/u.exec(before);
  if (idPrefix) return idItems(model, idPrefix[1]!, rangeBack(idPrefix[1]!.length));

  const propertyPrefix = /^[ \t]+([a-z]*)$/.exec(before);
  if (propertyPrefix && insideDefinition(model, lineStart)) {
    return Object.entries(PROPERTY_KEYS).map(([key, detail]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail,
      textEdit: { range: rangeBack(propertyPrefix[1]!.length), newText: `${key}: ` },
    }));
  }
  return [];
}

function kindItems(range: Range): CompletionItem[] {
  return ENTITY_KINDS.map((kind) => ({
    label: kind,
    kind: CompletionItemKind.Keyword,
    detail: KIND_DOCS[kind] ?? kind,
    textEdit: { range, newText: `${kind} ` },
    sortText: `0${kind}`,
  }));
}

function idItems(model: DocumentModel, prefix: string, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const lower = prefix.toLowerCase();
  for (const [id, { entity, origin }] of model.scope) {
    const words = [id, entity.name, ...entity.aliases];
    if (lower !== '' && !words.some((w) => w.toLowerCase().includes(lower))) continue;
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: `${entity.kind} — ${entity.name}`,
      labelDetails: { description: entity.name },
      documentation: entity.aliases.length > 0 ? `Also: ${entity.aliases.join('; ')} (${origin})` : `(${origin})`,
      // The name and aliases filter too, so typing "@Choïg" finds @choigou.
      filterText: words.join(' '),
      textEdit: { range, newText: id },
      sortText: `1${id}`,
    });
  }
  return items;
}

function insideDefinition(model: DocumentModel, lineStart: number): boolean {
  // The line just above belongs to a definition block (its header or a property): the block reaches the end
  // of that line, before its line break (one or two characters: CRLF files are common in newsrooms).
  const text = model.tree.text;
  let previousLineEnd = lineStart;
  if (text[previousLineEnd - 1] === '\n') previousLineEnd--;
  if (text[previousLineEnd - 1] === '\r') previousLineEnd--;
  return model.tree.blocks.some((block) => block.type === 'definition' && block.span.start < lineStart && previousLineEnd <= block.span.end);
}

function frontMatterCompletion(
  model: DocumentModel,
  before: string,
  offset: number,
  rangeBack: (length: number) => Range,
  context: CompletionContext,
): CompletionItem[] {
  const keyPrefix = /^([a-z]*)$/.exec(before);
  if (keyPrefix) {
    const present = new Set(Object.keys(model.tree.frontMatter?.keySpans ?? {}));
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, detail]) => ({ label: key, kind: CompletionItemKind.Property, detail, textEdit: { range: rangeBack(keyPrefix[1]!.length), newText: `${key}: ` } }));
  }
  const usesValue = /^(?:uses:[ \t]*(?:\[[^\]]*?,?[ \t]*)?|[ \t]*-[ \t]+)([^\s,\]]*)$/.exec(before);
  if (usesValue && (before.startsWith('uses:') || inUsesList(model, offset))) {
    const dir = dirname(model.path);
    return context
      .articlePaths()
      .filter((path) => path !== model.path)
      .map((path) => relativePath(dir, path))
      .map((relative) => ({ label: relative, kind: CompletionItemKind.File, textEdit: { range: rangeBack(usesValue[1]!.length), newText: yamlPath(relative) } }));
  }
  return [];
}

/**
 * A path as a YAML value that reads back as that path, in a `uses:` line or a
 * `[a, b]` list: plain when it can be, else double-quoted (` #` would start a
 * comment, `, ` end a list item, a leading `%` or `@` is reserved…).
 */
function yamlPath(path: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}\p{Cc}]*$/u.test(path) && !/: |:$| #|\s$/.test(path);
  return plain ? path : JSON.stringify(path);
}

function inUsesList(model: DocumentModel, offset: number): boolean {
  const span = model.tree.frontMatter?.keySpans['uses'];
  if (!span || span.start > offset) return false;
  // Every line between `uses:` and here is a `- item` line.
  const between = model.tree.text.slice(span.end, offset).split(/\r?\n/).slice(1, -1);
  return between.every((line) => /^[ \t]*-[ \t]/.test(line));
}
