import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from '../protocol';
import { blockQuoteAttribution, clearSpeaker, ENTITY_KINDS, type EntityKind, followingMention, isValidId, lineBreakOf, partitionPoint, speakerCandidates, typedAttribution, type ArticleDiagnostic, type DocumentModel, type Entity, type Mention, type SpeakerCandidate } from '../core';
import { toLspDiagnostic } from './diagnostics';

export const ATTRIBUTE_ALL_KIND = `${CodeActionKind.Source}.attributeAll`;

export interface CodeActionInputs {
  readonly uri: string;
  readonly model: DocumentModel;
  readonly diagnostics: readonly ArticleDiagnostic[];
  readonly range: Range;
  readonly only?: readonly string[];
  /**
   * True when the client asked on its own (VS Code's lightbulb, after every
   * cursor move), with no kinds named: source actions are then left out, since
   * no one is shown them and attribute-all reads the whole document's speakers.
   */
  readonly automatic?: boolean;
  /** Registry files the article's project loads, for "Define @id as … in <registry>"; asked only when an unknown ID is in range. */
  readonly registries: () => readonly { uri: string; name: string; endPosition: Range['start']; endsWithNewline: boolean; lineBreak: string; empty: boolean }[];
  /**
   * Called now and then between two quotes' speaker readings, each of which reads the text around its quote: the
   * server yields there, so that a cancel or an edit is read, and stops the request if one came.
   */
  readonly pause?: () => Promise<void>;
}

/**
 * At most this many unattributed quotes get their *Attribute to …* fixes in one request, the first in the range;
 * their other fixes are always offered. Each reading costs tens of milliseconds, and an editor asks for code
 * actions on every change of selection: a whole file selected (1,968 such quotes at 1 MB) held the server for half
 * a minute. *Attribute all quotes with a clear speaker* is the way to attribute many at once.
 */
export const MAX_QUOTES_TO_ATTRIBUTE = 50;
/** How many speaker readings run between two pauses. */
const READINGS_BETWEEN_PAUSES = 5;

// A quote's candidates, read once per analysis: an editor asks again on every cursor move in the same text.
const candidatesByModel = new WeakMap<DocumentModel, Map<number, readonly SpeakerCandidate[]>>();


const overlaps = (a: Range, b: Range): boolean =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

export async function codeActions(inputs: CodeActionInputs): Promise<CodeAction[]> {
  const wants = (kind: string): boolean => !inputs.only || inputs.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    // A range may hold thousands of findings (a whole file selected, a client asking for a long line): what every fix of a kind reads is found once, and actions are appended one by one (a spread of 100,000 overflowed the stack).
    const shared = new SharedReads(inputs);
    let quotesToAttribute = MAX_QUOTES_TO_ATTRIBUTE;
    let readings = 0;
    for (const diagnostic of inputs.diagnostics) {
      if (!overlaps(diagnostic.range, inputs.range)) continue;
      const quote = attributable(diagnostic, inputs.model);
      let candidates: readonly SpeakerCandidate[] = [];
      if (quote !== undefined && quotesToAttribute-- > 0) {
        let known = candidatesByModel.get(inputs.model);
        if (!known) candidatesByModel.set(inputs.model, (known = new Map()));
        const cached = known.get(quote);
        if (cached) candidates = cached;
        else {
          if (readings++ % READINGS_BETWEEN_PAUSES === READINGS_BETWEEN_PAUSES - 1) await inputs.pause?.();
          candidates = speakerCandidates(inputs.model, quote, 'around', { undefinedSpeakers: true });
          known.set(quote, candidates);
        }
      }
      for (const action of quickFixes(inputs, diagnostic, shared, candidates)) actions.push(action);
    }
    for (const action of markAsMention(inputs)) actions.push(action);
  }
  if (wants(ATTRIBUTE_ALL_KIND) && !(inputs.automatic && !inputs.only)) {
    const all = attributeAll(inputs);
    if (all) actions.push(all);
  }
  return actions;
}

function edit(uri: string, edits: TextEdit[]): CodeAction['edit'] {
  return { changes: { [uri]: edits } };
}

/** What the fixes of one request read from the whole document, each found on first need and once. */
class SharedReads {
  private named: Map<string, Mention> | undefined;
  private registryList: ReturnType<CodeActionInputs['registries']> | undefined;
  private sorted: { at: { start: number; end: number }; mention: Mention }[] | undefined;

  constructor(private readonly inputs: CodeActionInputs) {}

  /** The first mention of `id` that has words (`[Jean Dupont](@dupont)`), from one walk of the mentions instead of one per unknown ID. */
  namedMention(id: string): Mention | undefined {
    if (!this.named) {
      this.named = new Map();
      for (const mention of this.inputs.model.explicitMentions) if (mention.textSpan && !this.named.has(mention.id)) this.named.set(mention.id, mention);
    }
    return this.named.get(id);
  }

  /** The document's mentions by where their words (or ID) start: an unsourced figure looks up those of its block. */
  mentionsByStart(): readonly { at: { start: number; end: number }; mention: Mention }[] {
    return (this.sorted ??= this.inputs.model.mentions.map((mention) => ({ at: mention.textSpan ?? mention.span, mention })).sort((a, b) => a.at.start - b.at.start));
  }

  registries(): ReturnType<CodeActionInputs['registries']> {
    return (this.registryList ??= this.inputs.registries());
  }
}

/** The quote an unattributed-quote finding is about, when an ID can be inserted after it or, for a block quote, on its last line. */
function attributable(diagnostic: ArticleDiagnostic, model: DocumentModel): number | undefined {
  const data = diagnostic.data;
  const quote = data?.['quote'];
  if (diagnostic.code !== 'unattributed-quote' || typeof quote !== 'number') return undefined;
  return typeof data?.['insertAt'] === 'number' || model.quotes[quote]?.node.mark === '>' ? quote : undefined;
}

/** The edit that attributes `quote` (of an unattributed-quote finding) to `candidate`, and what the title adds to say all it does. */
function attribution(model: DocumentModel, diagnostic: ArticleDiagnostic, candidate: SpeakerCandidate): { edit: TextEdit; also: string } | undefined {
  const text = model.tree.text;
  const insertAt = diagnostic.data?.['insertAt'];
  if (typeof insertAt !== 'number') {
    // A block quote: its last line, `> — @id`; the speaker's name there (`> — Ana Pérez`) becomes the mention.
    const entity = model.scope.get(candidate.id)?.entity;
    const span = { start: model.lines.offsetAt(diagnostic.range.start), end: model.lines.offsetAt(diagnostic.range.end) };
    const { span: at, newText } = blockQuoteAttribution(text, span, `@${candidate.id}`, entity ? [entity.name, ...entity.aliases] : [candidate.name]);
    return { edit: { range: model.lines.rangeOf(at), newText }, also: '' };
  }
  const typed = followingMention(text, insertAt);
  // The ID the writer typed after a space is attached by *Attach*; another speaker replaces it (`"…"@ana @bob` would still name bob next to the quote).
  if (typed?.id === candidate.id) return undefined;
  const at = typed ? typedAttribution(insertAt, typed) : { start: insertAt, end: insertAt };
  return { edit: { range: model.lines.rangeOf(at), newText: `@${candidate.id}` }, also: typed ? ` instead of @${typed.id}` : '' };
}

/** A finding's fixes; `candidates`: the likely speakers of its quote, for an unattributed one. */
function quickFixes(inputs: CodeActionInputs, diagnostic: ArticleDiagnostic, shared: SharedReads, candidates: readonly SpeakerCandidate[]): CodeAction[] {
  const lsp: Diagnostic = toLspDiagnostic(diagnostic);
  const actions: CodeAction[] = [];
  const attached = typeof diagnostic.data?.['attach'] === 'string';
  candidates.forEach((candidate, rank) => {
    const made = attribution(inputs.model, diagnostic, candidate);
    if (!made) return;
    // A speaker the article does not define yet is defined by the same fix, as `import` would define it.
    const definition = candidate.definition ? [definitionInsertion(inputs.model, candidate.definition)] : [];
    actions.push({
      title: `Attribute to ${candidate.name} (@${candidate.id}${candidate.definition ? ', new definition' : ''})${made.also}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [lsp],
      // The core's "Attach" fix is the better first choice when the writer already typed the ID.
      isPreferred: rank === 0 && !attached,
      edit: edit(inputs.uri, [...definition, made.edit]),
    });
  });
  if (diagnostic.code === 'unsourced-figure' && typeof diagnostic.data?.['insertAt'] === 'number') {
    const at = inputs.model.lines.positionAt(diagnostic.data['insertAt']);
    for (const entity of likelySources(inputs.model, diagnostic, shared)) {
      actions.push({
        title: `Use ${entity.name} (@${entity.id}) as the source`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [lsp],
        edit: edit(inputs.uri, [{ range: { start: at, end: at }, newText: ` @${entity.id}` }]),
      });
    }
  }
  for (const fix of diagnostic.fixes ?? []) {
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [lsp],
      ...(fix.preferred ? { isPreferred: true } : {}),
      edit: edit(inputs.uri, fix.edits.map((e) => ({ range: e.range, newText: e.newText }))),
    });
  }
  // Only an ID a definition can take: a kind word, capitals or a decomposed accent would define nothing (bad-definition) and leave the mention unknown.
  const unknownId = diagnostic.code === 'unknown-entity' ? diagnostic.data?.['id'] : undefined;
  if (typeof unknownId === 'string' && isValidId(unknownId)) actions.push(...defineEntity(inputs, unknownId, lsp, shared));
  return actions;
}

/** At most this many sources offered for an unsourced figure. */
const MAX_SOURCES = 3;

/**
 * The entities named in an unsourced figure's block ("Selon l'Insee, [3,5 %](#3.5%)"), nearest first: where a
 * figure's source usually stands. Not places, which publish no figures, and not the figure's own words.
 */
function likelySources(model: DocumentModel, diagnostic: ArticleDiagnostic, shared: SharedReads): Entity[] {
  const figure = { start: model.lines.offsetAt(diagnostic.range.start), end: model.lines.offsetAt(diagnostic.range.end) };
  const blocks = model.tree.blocks;
  const b = partitionPoint(blocks.length, (i) => blocks[i]!.span.end < figure.end);
  const block = blocks[b]?.span;
  if (!block || block.start > figure.start) return [];
  const mentions = shared.mentionsByStart();
  const nearest = new Map<string, { entity: Entity; distance: number }>();
  for (let m = partitionPoint(mentions.length, (i) => mentions[i]!.at.start < block.start); m < mentions.length && mentions[m]!.at.start < block.end; m++) {
    const { at, mention } = mentions[m]!;
    const entity = mention.entity;
    if (!entity || entity.kind === 'place' || (mention.ambiguous?.length ?? 0) > 0 || at.end > block.end || (at.start < figure.end && figure.start < at.end)) continue;
    const distance = at.end <= figure.start ? figure.start - at.end : at.start - figure.end;
    const known = nearest.get(entity.id);
    if (!known || distance < known.distance) nearest.set(entity.id, { entity, distance });
  }
  return [...nearest.values()].sort((x, y) => x.distance - y.distance).slice(0, MAX_SOURCES).map((n) => n.entity);
}

/** How a quick-fix title names each kind of entity; they are offered in the language's order, person first, as most unknown IDs are people. */
const KIND_WORDS: Readonly<Record<EntityKind, string>> = {
  person: 'a person',
  org: 'an organisation',
  place: 'a place',
  source: 'a source',
  work: 'a work',
  event: 'an event',
  other: 'another kind of entity (other)',
};

/** Particles written in lower case inside a name: "Charles de Gaulle", "Ursula von der Leyen", "Vincent van Gogh". */
const LOWER_PARTICLES = new Set(['de', 'd', 'du', 'des', 'von', 'van', 'der', 'den', 'zu', 'da', 'do', 'dos', 'das', 'del', 'della', 'y', 'ter', 'ten']);
/** Articles that open a surname with a capital after a given name ("Jean-Yves Le Drian", "Marine Le Pen"), in lower case after a particle ("de la"). */
const ARTICLES = new Set(['le', 'la', 'les']);
/** Arabic articles, joined to the next word by a hyphen, in lower case: "Bachar al-Assad". */
const HYPHENED_ARTICLES = new Set(['al', 'el']);

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A readable name for an ID that has no words to take one from: `jean-yves-le-drian` gives "Jean-Yves Le Drian".
 * The hyphens of an ID stand for spaces and hyphens alike; a particle (de, von, van, al, le …) shows where a
 * surname starts, so the words before it are read as one hyphenated given name ("Jean-Yves", "Jean-Marie"). With
 * no particle, words are joined with spaces ("Jean Dupont"). Only a starting point: the writer corrects the rest.
 */
export function nameFromId(id: string): string {
  const words = id.split('-');
  const last = words.length - 1;
  const isParticle = (i: number): boolean => i > 0 && i < last && (LOWER_PARTICLES.has(words[i]!) || ARTICLES.has(words[i]!) || HYPHENED_ARTICLES.has(words[i]!));
  const firstParticle = words.findIndex((_, i) => isParticle(i));
  let name = '';
  for (let i = 0; i <= last; i++) {
    const word = words[i]!;
    // Lower case only for a particle inside the name, and an article only after another particle ("de la").
    const lower = isParticle(i) && (!ARTICLES.has(word) || isParticle(i - 1));
    const written = lower ? word : capitalized(word);
    const previous = words[i - 1];
    let separator = ' ';
    if (i === 0 || previous === 'd') separator = ''; // "d'Ormesson"
    else if (isParticle(i - 1) && HYPHENED_ARTICLES.has(previous!)) separator = '-'; // "al-Assad"
    else if (i < firstParticle) separator = '-'; // the given name before the surname: "Jean-Yves"
    name += separator + (word === 'd' && i < last ? `${written}'` : written);
  }
  return name;
}

function defineEntity(inputs: CodeActionInputs, id: string, diagnostic: Diagnostic, shared: SharedReads): CodeAction[] {
  const { model } = inputs;
  // An unknown ID is always written out (an implicit mention names a known entity).
  const mention = shared.namedMention(id);
  const words = mention?.textSpan ? model.tree.text.slice(mention.textSpan.start, mention.textSpan.end).replace(/\s+/g, ' ').trim() : '';
  const name = words || nameFromId(id);
  const registries = shared.registries();
  const actions: CodeAction[] = [];
  // Grouped by kind, person first: the writer picks a kind, then where the definition goes.
  for (const kind of ENTITY_KINDS) {
    const asKind = KIND_WORDS[kind];
    const line = `@${kind} ${id}: ${name}`;
    actions.push({
      title: `Define @${id} as ${asKind} in this document`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit(inputs.uri, [definitionInsertion(model, [line])]),
    });
    for (const registry of registries) {
      actions.push({
        title: `Define @${id} as ${asKind} in ${registry.name}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit(registry.uri, [{ range: { start: registry.endPosition, end: registry.endPosition }, newText: `${registry.empty ? '' : `${registry.endsWithNewline ? '' : registry.lineBreak}${registry.lineBreak}`}${line}${registry.lineBreak}` }]),
      });
    }
  }
  return actions;
}

/** The edit adding a definition of `lines` to the document: after its last definition, or at the top of the body (after the front matter or a byte-order mark). */
function definitionInsertion(model: DocumentModel, lines: readonly string[]): TextEdit {
  const lastDefinition = model.localEntities.at(-1)?.definition.span.end;
  const bom = model.tree.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const anchor = lastDefinition ?? model.tree.frontMatter?.span.end ?? bom;
  const at = model.lines.positionAt(anchor);
  // At the start of its line: a byte-order mark before it is not text.
  const atLineStart = at.character === 0 || anchor === bom;
  const eol = lineBreakOf(model.tree.text);
  const text = lines.join(eol);
  // A blank line between the definitions and prose right after them: it reads better, and an indented line after a
  // definition would be read as its property.
  const proseNext = atLineStart && anchor < model.tree.text.length && !/[\r\n]/.test(model.tree.text[anchor]!);
  return { range: { start: at, end: at }, newText: atLineStart ? `${text}${eol}${proseNext ? eol : ''}` : `${eol}${text}` };
}

function markAsMention(inputs: CodeActionInputs): CodeAction[] {
  const { model } = inputs;
  const start = model.lines.offsetAt(inputs.range.start);
  const end = model.lines.offsetAt(inputs.range.end);
  const actions: CodeAction[] = [];
  const implicit = model.mentions.filter((m): m is Mention & { textSpan: NonNullable<Mention['textSpan']> } => m.form === 'implicit' && m.textSpan !== undefined && m.textSpan.start <= end && start <= m.textSpan.end);
  for (const mention of implicit) {
    const words = model.tree.text.slice(mention.textSpan.start, mention.textSpan.end);
    for (const id of mention.ambiguous && mention.ambiguous.length > 0 ? mention.ambiguous : [mention.id]) {
      actions.push({
        title: `Mark "${words}" as a mention of @${id}`,
        kind: CodeActionKind.QuickFix,
        edit: edit(inputs.uri, [{ range: model.lines.rangeOf(mention.textSpan), newText: `[${words}](@${id})` }]),
      });
    }
  }
  return actions;
}

function attributeAll(inputs: CodeActionInputs): CodeAction | undefined {
  const edits: TextEdit[] = [];
  const defined = new Map<string, readonly string[]>();
  for (const diagnostic of inputs.diagnostics) {
    if (diagnostic.code !== 'unattributed-quote') continue;
    const insertAt = diagnostic.data?.['insertAt'];
    const quote = diagnostic.data?.['quote'];
    if (typeof insertAt !== 'number' || typeof quote !== 'number') continue;
    // The engine's own test, the one `articlemark import` applies: anything less is left to a human. A speaker the
    // article does not define yet is defined once, with the others, after the last definition.
    const best = clearSpeaker(inputs.model, quote, { undefinedSpeakers: true });
    if (!best) continue;
    const attach = diagnostic.data?.['attach'];
    if (typeof attach === 'string') {
      // The writer typed an ID (or @-) after a space: attach it when the engine agrees, else leave the quote to them (a second ID would contradict theirs).
      const fix = attach === best.id ? diagnostic.fixes?.find((f) => f.preferred) : undefined;
      if (!fix) continue;
      for (const e of fix.edits) edits.push({ range: e.range, newText: e.newText });
    } else {
      const at = inputs.model.lines.positionAt(insertAt);
      edits.push({ range: { start: at, end: at }, newText: `@${best.id}` });
    }
    if (best.definition && !defined.has(best.id)) defined.set(best.id, best.definition);
  }
  if (edits.length === 0) return undefined;
  if (defined.size > 0) edits.unshift(definitionInsertion(inputs.model, [...defined.values()].flat()));
  return { title: 'Attribute all quotes with a clear speaker', kind: ATTRIBUTE_ALL_KIND, edit: edit(inputs.uri, edits) };
}
