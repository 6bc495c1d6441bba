import { CompletionItemKind, type CompletionItem, type CompletionList, type InsertReplaceEdit, type Position, type TextEdit } from '../protocol';
import { ENTITY_KINDS, dirname, isAnonymous, partitionPoint, relativePath, type DefinitionBlock, type DocumentModel, type ScopeEntry } from '../core';

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
  /** The client takes `InsertReplaceEdit`s (LSP 3.16 `insertReplaceSupport`): it then inserts or replaces the word as its user chooses. */
  readonly insertReplace?: boolean;
}

/** The edit of one item, given its text. */
type EditFor = (newText: string) => TextEdit | InsertReplaceEdit;
/** The edits of the items completing the `prefixLength` characters before the cursor, and what `rest` matches after it. */
type EditForWord = (prefixLength: number, rest: RegExp) => EditFor;

// What each context completes runs on after the cursor: the rest of the word, which `replace` covers.
// An entity ID's characters: those of ID_RE (core/text/chars.ts), capitals too, as they are typed to find a name.
const ID_CHARS = '[\\p{L}\\p{M}\\d-]';
const ID_REST = new RegExp(`^${ID_CHARS}*`, 'u');
// The ID being typed, after `@` or after the `+` of a list (`@le-drian+ch`).
const ID_PREFIX = new RegExp(`@(?:${ID_CHARS}+\\+)*(${ID_CHARS}*)$`, 'u');
// A kind and the spaces after it: the item brings its own (`person `).
const KIND_REST = /^[a-z]*[ \t]*/;
// A key and its `: `, which the item brings too (`title: `).
const KEY_REST = /^[\p{L}\p{N}_-]*(?:[ \t]*:[ \t]*)?/u;
// A `uses` path: up to whitespace, or the end of a flow-list item; a quoted one up to its closing quote, which
// YAML lets hold spaces and commas (`\"` and `''` are a quote inside it).
const PATH_REST = /^[^\s,\]]*/;
const DOUBLE_QUOTED_REST = /^(?:[^"\\\r\n]|\\.)*"?/;
const SINGLE_QUOTED_REST = /^(?:[^'\r\n]|'')*'?/;
// The value typed so far, after `uses:`, after an earlier item of a `[a, b]` list, or after a `- ` item mark.
const USES_VALUE = /^(?:uses:[ \t]*(?:\[[^\]]*?,?[ \t]*)?|[ \t]*-[ \t]+)("(?:[^"\\]|\\.)*|'(?:[^']|'')*|[^\s,\]"'][^\s,\]]*|)$/;

/**
 * At most this many IDs in one answer, marked incomplete so that the editor asks again as the writer types on: a
 * scope of 20,000 entities (a large registry) made a 7 MB answer after every `@`. IDs that start with what was typed
 * come first, then the others, each by ID.
 */
export const MAX_ID_ITEMS = 1_000;

export function completion(model: DocumentModel, position: Position, context: CompletionContext): CompletionItem[] | CompletionList {
  const text = model.tree.text;
  const offset = model.lines.offsetAt(position);
  const lineStart = model.lines.offsetAt({ line: position.line, character: 0 });
  const before = text.slice(lineStart, offset);
  const after = restOfLine(text, offset);
  // `insert` ends at the cursor, `replace` at the end of the word `rest` matches after it; both start where the typed prefix does.
  const editFor: EditForWord = (prefixLength, rest) => {
    const insert = { start: model.lines.positionAt(offset - prefixLength), end: model.lines.positionAt(offset) };
    if (!context.insertReplace) return (newText) => ({ range: insert, newText });
    const replace = { start: insert.start, end: model.lines.positionAt(offset + rest.exec(after)![0].length) };
    return (newText) => ({ newText, insert, replace });
  };

  const frontMatter = model.tree.frontMatter;
  const inFrontMatter = frontMatter ? offset >= frontMatter.contentSpan.start && offset <= frontMatter.contentSpan.end : false;
  if (inFrontMatter) return frontMatterCompletion(model, before, offset, editFor, context);

  const kindPrefix = /^@([a-z]*)$/.exec(before);
  if (kindPrefix) {
    const prefix = kindPrefix[1]!;
    const ids = idItems(model, prefix, editFor(prefix.length, ID_REST));
    const items = [...kindItems(editFor(prefix.length, KIND_REST)), ...ids.items];
    return ids.isIncomplete ? { isIncomplete: true, items } : items;
  }
  // After `+` too: `@le-drian+ch` is the second ID of a list (a bracket mention or an attribution).
  const idPrefix = ID_PREFIX.exec(before);
  if (idPrefix) {
    const ids = idItems(model, idPrefix[1]!, editFor(idPrefix[1]!.length, ID_REST));
    return ids.isIncomplete ? ids : ids.items;
  }

  const propertyPrefix = /^[ \t]+([a-z]*)$/.exec(before);
  const definition = propertyPrefix ? definitionAbove(model, lineStart) : undefined;
  if (propertyPrefix && definition) {
    const edit = editFor(propertyPrefix[1]!.length, KEY_REST);
    return propertyKeysFor(definition, model.tree.text, lineStart).map(([key, detail]) => ({ label: key, kind: CompletionItemKind.Property, detail, textEdit: edit(`${key}: `) }));
  }
  return [];
}

/**
 * The keys worth offering in a definition: not one it already gives on another line (a second one is
 * `duplicate-property`; `aka` lines add up), `date` for works and events, `reason` where anonymity needs one (a
 * source, or an entity made anonymous).
 */
function propertyKeysFor(definition: DefinitionBlock, text: string, lineStart: number): [string, string][] {
  // The property on the line being typed, if any, is the one being replaced: it does not count as given. The line
  // ends at a CR too (a file with lone CRs is one line to indexOf('\n')).
  const lineEnd = lineStart + restOfLine(text, lineStart).length;
  const onThisLine = (at: number): boolean => at >= lineStart && at < lineEnd;
  const given = new Set(definition.properties.filter((p) => !onThisLine(p.span.start)).map((p) => p.key));
  // Anonymous as the model reads it (the rule that asks for a reason does): the last value, anything but "no".
  const anonymous = isAnonymous(definition.kind, definition.properties.filter((p) => p.key === 'anonymous').at(-1)?.value);
  return Object.entries(PROPERTY_KEYS).filter(([key]) => {
    if (key !== 'aka' && given.has(key)) return false;
    if (key === 'date') return definition.kind === 'work' || definition.kind === 'event';
    if (key === 'reason') return anonymous;
    return true;
  });
}

/** From `offset` to the end of its line (before a CR or LF). */
function restOfLine(text: string, offset: number): string {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return text.slice(offset, end);
}

/** In the order of ENTITY_KINDS, the most used first (`person`), not alphabetically (`event` first). */
function kindItems(edit: EditFor): CompletionItem[] {
  return ENTITY_KINDS.map((kind, index) => ({
    label: kind,
    kind: CompletionItemKind.Keyword,
    detail: KIND_DOCS[kind] ?? kind,
    textEdit: edit(`${kind} `),
    // Padded, so that a tenth kind would still sort after the ninth.
    sortText: `0${String(index).padStart(2, '0')}${kind}`,
  }));
}

/** The article's own entities first, then those of its `uses` files, then the project registries' (a registry may hold thousands). */
const ORIGIN_RANK: Record<ScopeEntry['origin'], number> = { document: 0, uses: 1, registry: 2 };

/** The IDs in scope whose ID, name or an alias holds `prefix` (case aside); at most MAX_ID_ITEMS of them. */
function idItems(model: DocumentModel, prefix: string, edit: EditFor): CompletionList {
  const lower = prefix.toLowerCase();
  let matching: [string, ScopeEntry][] = [];
  for (const entry of model.scope) {
    const [id, { entity }] = entry;
    if (lower !== '' && !id.toLowerCase().includes(lower) && !entity.name.toLowerCase().includes(lower) && !entity.aliases.some((w) => w.toLowerCase().includes(lower))) continue;
    matching.push(entry);
  }
  const isIncomplete = matching.length > MAX_ID_ITEMS;
  if (isIncomplete) {
    const rank = (id: string): number => (id.toLowerCase().startsWith(lower) ? 0 : 1);
    matching = matching.sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_ID_ITEMS);
  }
  const items: CompletionItem[] = [];
  for (const [id, { entity, origin }] of matching) {
    const words = [id, entity.name, ...entity.aliases];
    items.push({
      label: id,
      kind: CompletionItemKind.Reference,
      detail: `${entity.kind} — ${entity.name}`,
      labelDetails: { description: entity.name },
      documentation: entity.aliases.length > 0 ? `Also: ${entity.aliases.join('; ')} (${origin})` : `(${origin})`,
      // The name and aliases filter too, so typing "@Choïg" finds @choigou.
      filterText: words.join(' '),
      textEdit: edit(id),
      sortText: `1${ORIGIN_RANK[origin]}${id}`,
    });
  }
  return { isIncomplete, items };
}

/** The definition the line at `lineStart` continues, if any. */
function definitionAbove(model: DocumentModel, lineStart: number): DefinitionBlock | undefined {
  // The line just above belongs to a definition block (its header or a property): the block reaches the end
  // of that line, before its line break (one or two characters: CRLF files are common in newsrooms).
  const text = model.tree.text;
  let previousLineEnd = lineStart;
  if (text[previousLineEnd - 1] === '\n') previousLineEnd--;
  if (text[previousLineEnd - 1] === '\r') previousLineEnd--;
  // The first block reaching that line end (blocks are in document order): a keystroke's completion does not walk them all.
  const { blocks } = model.tree;
  const block = blocks[partitionPoint(blocks.length, (n) => blocks[n]!.span.end < previousLineEnd)];
  return block?.type === 'definition' && block.span.start < lineStart ? block : undefined;
}

function frontMatterCompletion(
  model: DocumentModel,
  before: string,
  offset: number,
  editFor: EditForWord,
  context: CompletionContext,
): CompletionItem[] {
  const keyPrefix = /^([a-z]*)$/.exec(before);
  if (keyPrefix) {
    // The key under the cursor is the one being completed (and replaced), not one already there.
    const keySpans = Object.entries(model.tree.frontMatter?.keySpans ?? {});
    const present = new Set(keySpans.filter(([, span]) => offset < span.start || offset > span.end).map(([key]) => key));
    const edit = editFor(keyPrefix[1]!.length, KEY_REST);
    return Object.entries(FRONT_MATTER_KEYS)
      .filter(([key]) => !present.has(key))
      .map(([key, detail]) => ({ label: key, kind: CompletionItemKind.Property, detail, textEdit: edit(`${key}: `) }));
  }
  const usesValue = USES_VALUE.exec(before);
  if (usesValue && (before.startsWith('uses:') || inUsesList(model, offset))) {
    const typed = usesValue[1]!;
    // An opening quote typed is part of what the client filters with, and no label has one.
    const quote = /^["']/.exec(typed)?.[0];
    const edit = editFor(typed.length, quote === '"' ? DOUBLE_QUOTED_REST : quote === "'" ? SINGLE_QUOTED_REST : PATH_REST);
    const dir = dirname(model.path);
    return context
      .articlePaths()
      .filter((path) => path !== model.path)
      .map((path) => relativePath(dir, path))
      .map((relative) => ({
        label: relative,
        kind: CompletionItemKind.File,
        ...(quote ? { filterText: quote + relative } : {}),
        textEdit: edit(yamlPath(relative)),
      }));
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
