import { AliasMatcherCache } from '../model/aliasMatcherCache';
import { ScopeBaseCache } from '../model/scope';
import { buildModel, type DocumentModel } from '../model/documentModel';
import { ModelReuse } from '../model/modelReuse';
import { definitionsOf, entityFromDefinition, looksLikeRegistry, type Entity } from '../model/entity';
import { type RuleCode, type SeveritySetting } from '../rules/catalog';
import { NearIdCache } from '../rules/nearIds';
import { collectFindings, defaultSeverity, toDiagnostics, type ArticleDiagnostic } from '../rules/diagnostics';
import type { Finding } from '../rules/finding';
import { parse, type ParseOptions } from '../syntax/parse';
import { reparse } from '../syntax/reparse';
import type { FrontMatter, SyntaxTree } from '../syntax/nodes';
import { LineIndex, type Range, type Span } from '../text/lineIndex';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, parseConfig, type ArticleMarkConfig, type ConfigProblem } from './config';
import type { FileHost } from './host';
import { ancestors, dirname, isInside, joinPath, normalizePath, resolvePath } from './paths';

export interface LoadedConfig {
  /** The configuration file, when there is one. */
  readonly path?: string;
  /** Where relative paths in it are resolved from. */
  readonly dir: string;
  readonly config: ArticleMarkConfig;
  readonly problems: readonly ConfigProblem[];
}

export interface ProjectOptions {
  /** Use this configuration file instead of looking for one next to each article. */
  readonly configPath?: string;
  /** Severities from the editor's settings; `articlemark.json` wins where both speak. */
  readonly editorRules?: Readonly<Partial<Record<RuleCode, SeveritySetting>>>;
  /**
   * Re-parse an edited document (one analysed with a version) from its
   * previous tree, scanning only the blocks around the edit. The previous
   * analysis of that document then no longer matches its own text: for an
   * editor, which only ever asks about the current version.
   */
  readonly incremental?: boolean;
}

export interface DocumentAnalysis {
  readonly model: DocumentModel;
  readonly diagnostics: readonly ArticleDiagnostic[];
  readonly config: LoadedConfig;
}

interface ParsedFile {
  readonly tree: SyntaxTree;
  readonly lines: LineIndex;
  readonly entities: readonly Entity[];
}

interface RegistrySet {
  readonly paths: ReadonlySet<string>;
  readonly entities: readonly Entity[];
  /** The configuration's `registries` patterns that match no file: asked only by `configProblems`, which may list the disk again. */
  unmatched(): readonly string[];
  /** The matched files that could not be read (not UTF-8, binary, not allowed …): their entities are missing. */
  unreadable(): readonly string[];
}

/** Directories whose configuration is remembered (it is found again by walking up, a few host reads). */
const CONFIG_DIRS_LIMIT = 1_000;

const NO_REGISTRIES: RegistrySet = { paths: new Set(), entities: [], unmatched: () => [], unreadable: () => [] };

/**
 * A set of articles that share configuration and registries. Parses and
 * analyses are cached (per document version for open documents) and dropped
 * by `invalidate` when a file changes on disk.
 */
export class ArticleProject {
  /** Directory of an article → the configuration that applies there (found by walking up). */
  private readonly configsByDir = new Map<string, LoadedConfig>();
  /** Configuration file → what it says; several directories share one. */
  private readonly configFiles = new Map<string, LoadedConfig>();
  private readonly files = new Map<string, ParsedFile | null>();
  /** Configuration file → the registry files its globs find, and their entities. */
  private readonly registries = new Map<string, RegistrySet>();
  private readonly analyses = new Map<string, { version: number | undefined; text: string; analysis: DocumentAnalysis }>();
  /** Edited document → its last tree, kept through invalidation, to re-parse the next version from (see `incremental`). */
  private readonly editedTrees = new Map<string, SyntaxTree>();
  /** Edited document → what its last analysis found, for the next analysis of a re-parsed tree. */
  private readonly reuse = new Map<string, ModelReuse>();
  /** Trees handed to other documents' analyses (a registry's, see `shareParse`): never consumed by a re-parse. */
  private readonly sharedTrees = new WeakSet<SyntaxTree>();
  private readonly aliasMatchers = new AliasMatcherCache();
  private readonly scopeBases = new ScopeBaseCache();
  private readonly nearIds = new NearIdCache();
  /** File → the analysed documents that read it (configuration, registries, `uses` files, found or not). */
  private readonly dependents = new Map<string, Set<string>>();
  /** Analysed document → the files it read; the inverse of `dependents`. */
  private readonly reads = new Map<string, readonly string[]>();
  private editorRules: Readonly<Partial<Record<RuleCode, SeveritySetting>>>;

  constructor(
    private readonly host: FileHost,
    private readonly options: ProjectOptions = {},
  ) {
    this.editorRules = options.editorRules ?? {};
  }

  /** How many entries each cache holds, for the tests that check none grows without bound. */
  retained(): Record<string, number> {
    let dependentEntries = 0;
    for (const set of this.dependents.values()) dependentEntries += set.size;
    return {
      configsByDir: this.configsByDir.size,
      configFiles: this.configFiles.size,
      files: this.files.size,
      registries: this.registries.size,
      analyses: this.analyses.size,
      editedTrees: this.editedTrees.size,
      reuse: this.reuse.size,
      dependents: this.dependents.size,
      dependentEntries,
      reads: this.reads.size,
    };
  }

  setEditorRules(rules: Readonly<Partial<Record<RuleCode, SeveritySetting>>>): void {
    this.editorRules = rules;
    this.dropAnalyses();
  }

  /**
   * Forget what was read from `path` (or everything) and the analyses that read
   * it. `changed` is an edit of its text (in the editor or on disk); `created`
   * and `deleted` may change which files registry globs and `uses` paths find,
   * and may be a folder's: what was read from under it goes too.
   */
  invalidate(path?: string, change: 'changed' | 'created' | 'deleted' = 'changed'): void {
    const normalized = path === undefined ? undefined : normalizePath(path);
    const configInside = (dir: string): boolean => [...this.configFiles.keys(), ...this.configsByDir.keys()].some((known) => isInside(dir, known));
    if (
      normalized === undefined ||
      normalized.endsWith(`/${CONFIG_FILE_NAME}`) ||
      normalized === this.options.configPath ||
      (change !== 'changed' && configInside(normalized))
    ) {
      this.configsByDir.clear();
      this.configFiles.clear();
      this.files.clear();
      this.registries.clear();
      this.dropAnalyses();
      return;
    }
    this.files.delete(normalized);
    if (change !== 'changed') {
      for (const file of [...this.files.keys()]) if (isInside(normalized, file)) this.files.delete(file);
      this.registries.clear();
      this.dropAnalyses();
      return;
    }
    for (const [key, set] of this.registries) if (set.paths.has(normalized)) this.registries.delete(key);
    this.dropAnalysis(normalized);
    for (const dependent of [...(this.dependents.get(normalized) ?? [])]) this.dropAnalysis(dependent);
  }

  /** Whether anything cached was read from `path` or from inside it (a folder deleted on disk may be one). */
  hasRead(path: string): boolean {
    const normalized = normalizePath(path);
    const known = [this.files.keys(), this.dependents.keys(), this.analyses.keys(), this.configFiles.keys()];
    return known.some((paths) => [...paths].some((file) => file === normalized || isInside(normalized, file)));
  }

  /** Whether an analysed document other than `path` itself read `path`: editing it changes their findings. */
  hasDependents(path: string): boolean {
    const normalized = normalizePath(path);
    for (const dependent of this.dependents.get(normalized) ?? []) if (dependent !== normalized) return true;
    return false;
  }

  /**
   * Drops a cached analysis. What an editor's document (analysed with a
   * version) read is kept until it is analysed again or closed: a second edit
   * to a registry before its dependents were re-checked must still count them
   * (erring towards one refresh too many). A file analysed from disk is only
   * analysed again on demand: what it read no longer matters.
   */
  private dropAnalysis(path: string): void {
    const cached = this.analyses.get(path);
    this.analyses.delete(path);
    if (cached && cached.version === undefined) this.forgetReads(path);
  }

  private dropAnalyses(): void {
    for (const path of [...this.analyses.keys()]) this.dropAnalysis(path);
  }

  private recordReads(path: string, read: readonly string[]): void {
    const now = new Set(read);
    for (const previous of this.reads.get(path) ?? []) if (!now.has(previous)) this.removeDependent(previous, path);
    this.reads.set(path, read);
    for (const file of now) {
      let set = this.dependents.get(file);
      if (!set) this.dependents.set(file, (set = new Set()));
      set.add(path);
    }
  }

  private forgetReads(path: string): void {
    for (const file of this.reads.get(path) ?? []) this.removeDependent(file, path);
    this.reads.delete(path);
  }

  private removeDependent(file: string, path: string): void {
    const set = this.dependents.get(file);
    if (!set?.delete(path) || set.size > 0) return;
    this.dependents.delete(file);
    // A file looked for and not found (a `uses` path being typed, letter by letter) is worth remembering only while something reads it.
    if (this.files.get(file) === null) this.files.delete(file);
  }

  configFor(path: string): LoadedConfig {
    if (this.options.configPath) return this.loadConfig(normalizePath(this.options.configPath));
    const dir = dirname(normalizePath(path));
    const cached = this.configsByDir.get(dir);
    if (cached) return cached;
    let found: LoadedConfig | undefined;
    for (const candidateDir of ancestors(dir)) {
      const candidate = joinPath(candidateDir, CONFIG_FILE_NAME);
      if (this.host.readFile(candidate) !== undefined || this.host.exists?.(candidate) === true) {
        found = this.loadConfig(candidate);
        break;
      }
    }
    const result = found ?? { dir, config: DEFAULT_CONFIG, problems: [] };
    // One entry per directory an article was ever analysed in: bounded, as a long editing session opens files from many.
    if (this.configsByDir.size >= CONFIG_DIRS_LIMIT) this.configsByDir.clear();
    this.configsByDir.set(dir, result);
    return result;
  }

  private loadConfig(configPath: string): LoadedConfig {
    const cached = this.configFiles.get(configPath);
    if (cached) return cached;
    const text = this.host.readFile(configPath);
    const parsed = text === undefined ? { config: DEFAULT_CONFIG, problems: [{ message: 'cannot be read', fatal: true, unread: true }] } : parseConfig(text);
    const loaded: LoadedConfig = { path: configPath, dir: dirname(configPath), config: parsed.config, problems: parsed.problems };
    this.configFiles.set(configPath, loaded);
    return loaded;
  }

  /** The severity a rule has for documents under `config`: file, then editor settings, then the default. */
  severityOf(config: LoadedConfig, code: RuleCode): SeveritySetting {
    return config.config.rules[code] ?? this.editorRules[code] ?? defaultSeverity(code);
  }

  /**
   * What is wrong with a configuration: what its text says (`problems`), and
   * the `registries` patterns that match no file (whose entities every article
   * under it would report as unknown).
   */
  configProblems(config: LoadedConfig): ConfigProblem[] {
    const unmatched = this.registrySet(config).unmatched();
    if (unmatched.length === 0) return [...config.problems];
    return [...config.problems, ...unmatched.map((pattern) => ({ message: `no file matches "${pattern}" in "registries"`, fatal: false, key: 'registries' }))];
  }

  /**
   * The registry files of a configuration that its `registries` patterns match
   * but that could not be read. The CLI names them as its host met them; an
   * editor has no other place to say why their entities are unknown.
   */
  unreadableRegistries(config: LoadedConfig): readonly string[] {
    return this.registrySet(config).unreadable();
  }

  /** Analyses a document's current text. `version` (an editor's document version) lets repeated calls reuse the result. */
  analyze(path: string, text: string, version?: number): DocumentAnalysis {
    const normalized = normalizePath(path);
    const cached = this.analyses.get(normalized);
    if (cached && cached.text === text && (version === undefined || cached.version === version)) return cached.analysis;

    const config = this.configFor(normalized);
    const tree = this.parseEdited(normalized, text, version, { quotes: config.config.quotes });
    this.shareParse(normalized, text, tree);
    const registrySet = this.registrySet(config);
    const registryMember = registrySet.paths.has(normalized);
    const loadFindings: Finding[] = [];
    const read: string[] = [...registrySet.paths];
    if (config.path) read.push(config.path);
    const usesEntities = this.usesEntities(normalized, tree, loadFindings, read);
    // The same list from one keystroke to the next unless this document is a registry itself (its own definitions are not its registry's).
    const registryEntities = registryMember ? registrySet.entities.filter((entity) => entity.path !== normalized) : registrySet.entities;
    const model = buildModel({
      path: normalized,
      tree,
      usesEntities,
      registryEntities,
      isRegistry: registryMember || looksLikeRegistry(tree),
      ...(config.config.lang ? { defaultLang: config.config.lang } : {}),
      aliasMatchers: this.aliasMatchers,
      scopeBases: this.scopeBases,
      ...(this.editedTrees.get(normalized) === tree ? { reuse: this.reuseFor(normalized) } : {}),
    });
    const findings = collectFindings({
      model,
      requiredFrontMatter: config.config.requiredFrontMatter,
      checkHeadingQuotes: config.config.checkHeadingQuotes,
      registryMember,
      registryEntities,
      usesEntities,
      loadFindings,
      nearIds: this.nearIds,
    });
    const diagnostics = toDiagnostics(model, findings, (code) => this.severityOf(config, code), (p, span) => this.rangeIn(p, span));
    const analysis = { model, diagnostics, config };
    this.analyses.set(normalized, { version, text, analysis });
    this.recordReads(normalized, read);
    return analysis;
  }

  private parseEdited(path: string, text: string, version: number | undefined, options: ParseOptions): SyntaxTree {
    if (!this.options.incremental || version === undefined) return parse(text, options);
    const previous = this.editedTrees.get(path);
    const tree = previous && !this.sharedTrees.has(previous) ? reparse(previous, text, options) : parse(text, options);
    this.editedTrees.set(path, tree);
    return tree;
  }

  private reuseFor(path: string): ModelReuse {
    let reuse = this.reuse.get(path);
    if (!reuse) this.reuse.set(path, (reuse = new ModelReuse()));
    return reuse;
  }

  /** The editor closed `path`: its next analysis starts from a full parse, and what it read no longer needs re-checking. */
  documentClosed(path: string): void {
    const normalized = normalizePath(path);
    this.editedTrees.delete(normalized);
    this.reuse.delete(normalized);
    if (!this.analyses.has(normalized)) this.forgetReads(normalized);
  }

  /** Analyses a file as it is on disk (for the CLI and workspace-wide features). */
  analyzeFile(path: string): DocumentAnalysis | undefined {
    const text = this.host.readFile(normalizePath(path));
    return text === undefined ? undefined : this.analyze(path, text);
  }

  /**
   * Reads the configuration that applies to articles in `dir` and parses its
   * registries, as the first analysis there would. For an editor's idle
   * moment before the first document arrives; the results are cached (and
   * invalidated) as if an analysis had read them.
   */
  prepare(dir: string): void {
    this.registrySet(this.configFor(joinPath(normalizePath(dir), 'untitled.article')));
  }

  /** Registry files of the project that `path` belongs to. */
  registryPaths(path: string): string[] {
    return [...this.registrySet(this.configFor(path)).paths];
  }

  private rangeIn(path: string, span: Span): Range | undefined {
    return this.file(path)?.lines.rangeOf(span);
  }

  private file(path: string): ParsedFile | undefined {
    const normalized = normalizePath(path);
    const cached = this.files.get(normalized);
    if (cached !== undefined) return cached ?? undefined;
    const text = this.host.readFile(normalized);
    if (text === undefined) {
      this.files.set(normalized, null);
      return undefined;
    }
    const file = parsedFile(normalized, text, parse(text));
    this.files.set(normalized, file);
    return file;
  }

  /**
   * Hands the parse just made for `path`'s own analysis to the documents that
   * read it (a registry, a `uses` file), so an edited registry is parsed once
   * per keystroke, not twice. Only for a file something read before (a plain
   * article costs no extra host read) and only when the host holds this very
   * text; the quote style it was parsed with changes neither definitions nor `uses`.
   */
  private shareParse(path: string, text: string, tree: SyntaxTree): void {
    if (this.files.has(path) || (this.dependents.get(path)?.size ?? 0) === 0) return;
    if (this.host.readFile(path) === text) {
      this.files.set(path, parsedFile(path, text, tree));
      this.sharedTrees.add(tree);
    }
  }

  private registrySet(config: LoadedConfig): RegistrySet {
    // Only a configuration file names registries.
    if (!config.path || config.config.registries.length === 0) return NO_REGISTRIES;
    const cached = this.registries.get(config.path);
    if (cached) return cached;
    const patterns = config.config.registries;
    const paths = this.host.glob(patterns, config.dir).map(normalizePath);
    const entities: Entity[] = [];
    const unreadable: string[] = [];
    for (const path of paths) {
      const file = this.file(path);
      if (file) entities.push(...file.entities);
      else unreadable.push(path);
    }
    let unmatched: readonly string[] | undefined;
    const set: RegistrySet = {
      paths: new Set(paths),
      entities,
      unmatched: () => (unmatched ??= unmatchedPatterns(patterns, paths.length, (some) => this.host.glob(some, config.dir).length)),
      unreadable: () => unreadable,
    };
    this.registries.set(config.path, set);
    return set;
  }

  /**
   * Entities of the `uses` files, followed transitively (nearest first); cycles are cut.
   * `read` receives every `uses` path looked at, found or not: creating a missing one matters too.
   */
  private usesEntities(path: string, tree: SyntaxTree, findings: Finding[], read: string[]): Entity[] {
    const entities: Entity[] = [];
    const visited = new Set<string>([path]);
    const queue: { from: string; uses: FrontMatter['uses']; direct: boolean }[] = [
      { from: path, uses: tree.frontMatter?.uses ?? [], direct: true },
    ];
    while (queue.length > 0) {
      const { from, uses, direct } = queue.shift()!;
      for (const use of uses) {
        const target = resolvePath(dirname(from), use.path);
        if (visited.has(target)) continue;
        visited.add(target);
        read.push(target);
        const file = this.file(target);
        if (!file) {
          if (direct) {
            // A file that is there but unusable (UTF-16, no permission) is not a wrong path: say so, or the writer hunts for a typo.
            const message = this.host.exists?.(target)
              ? `The registry "${use.path}" cannot be read: it must be a UTF-8 text file the tools may read.`
              : `The registry "${use.path}" does not exist (paths in \`uses\` are relative to this article).`;
            findings.push({ code: 'missing-registry', span: use.span, message, data: { path: target } });
          }
          continue;
        }
        for (const entity of file.entities) entities.push(entity);
        queue.push({ from: target, uses: file.tree.frontMatter?.uses ?? [], direct: false });
      }
    }
    return entities;
  }
}

/**
 * The patterns of `patterns` that match nothing, given how many files they
 * matched together. Negated patterns (`!drafts/**`) only narrow the others:
 * each other pattern is tried with them, and only when the list has several.
 */
function unmatchedPatterns(patterns: readonly string[], matchedTogether: number, count: (patterns: readonly string[]) => number): string[] {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
  if (matchedTogether === 0) return positive;
  if (positive.length === 1) return [];
  const negated = patterns.filter((pattern) => pattern.startsWith('!'));
  return positive.filter((pattern) => count([pattern, ...negated]) === 0);
}

function parsedFile(path: string, text: string, tree: SyntaxTree): ParsedFile {
  return { tree, lines: new LineIndex(text), entities: definitionsOf(tree).map((definition) => entityFromDefinition(definition, path)) };
}
