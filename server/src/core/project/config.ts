import { isRuleCode, isSeveritySetting, RULES, SEVERITY_SETTINGS, type RuleCode, type SeveritySetting } from '../rules/catalog';
import { nearIds } from '../rules/nearIds';

export const CONFIG_FILE_NAME = 'articlemark.json';

/** The project configuration, `articlemark.json`. */
export interface ArticleMarkConfig {
  /** Severity per rule code. */
  readonly rules: Readonly<Partial<Record<RuleCode, SeveritySetting>>>;
  /** Glob patterns of registry files, relative to the configuration file. */
  readonly registries: readonly string[];
  /** Front matter keys every article must have (reported by `missing-front-matter-key`). */
  readonly requiredFrontMatter: readonly string[];
  /** `single` for British style, where single marks are the primary quotes. */
  readonly quotes: 'double' | 'single';
  /** Language for articles whose front matter has no `lang`. */
  readonly lang?: string;
  /** Report unattributed `'…'` quotes in headings too. */
  readonly checkHeadingQuotes: boolean;
}

export const DEFAULT_CONFIG: ArticleMarkConfig = { rules: {}, registries: [], requiredFrontMatter: [], quotes: 'double', checkHeadingQuotes: false };

export interface ConfigProblem {
  readonly message: string;
  /** Fatal problems mean the file could not be used at all. */
  readonly fatal: boolean;
  /** The file could not be read (missing, or the host names why): callers with a reason to give can give it. */
  readonly unread?: boolean;
  /** The name in the file the problem is about (a top-level key, or a rule code in "rules"), for an editor to point at. */
  readonly key?: string;
}

export interface ConfigParseResult {
  readonly config: ArticleMarkConfig;
  readonly problems: readonly ConfigProblem[];
}

/** The keys articlemark.json takes (docs/language.md gives each; a test checks). */
export const CONFIG_KEYS = ['$schema', 'rules', 'registries', 'requiredFrontMatter', 'quotes', 'lang', 'checkHeadingQuotes'] as const;
const KNOWN_KEYS = new Set<string>(CONFIG_KEYS);

/**
 * V8's JSON.parse says where it stopped as an offset (Node 20) or an offset, line and column
 * (Node 22): always the offset (the editor places the problem with it) and a line and column
 * counted as editors do, the form a CI log reader can find.
 */
function jsonErrorMessage(error: unknown, json: string): string {
  const message = (error as Error).message.replace(/ \(line \d+ column \d+\)$/, '');
  const position = /at position (\d+)/.exec(message);
  if (!position) return message;
  const before = json.slice(0, Number(position[1]));
  const lines = before.split(/\r\n|\r|\n/);
  return `${message} (line ${lines.length}, column ${lines[lines.length - 1]!.length + 1})`;
}

const RULE_CODES: readonly string[] = RULES.map((rule) => rule.code);

/** `: did you mean "x"?` for a typo (`Registries`, `placehoder`); else, when `listed` says how, the names there are. */
function didYouMean(typed: string, names: readonly string[], listed?: string): string {
  const lower = names.map((name) => name.toLowerCase());
  const near = nearIds(typed.toLowerCase(), lower).slice(0, 3).map((n) => `"${names[lower.indexOf(n)]!}"`);
  if (near.length > 0) return `: did you mean ${near.join(' or ')}?`;
  return listed === undefined ? '' : ` (${listed} ${names.join(', ')})`;
}

/** Reads `articlemark.json`. Bad parts are reported and left at their defaults; the rest still applies. */
export function parseConfig(text: string): ConfigParseResult {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { config: DEFAULT_CONFIG, problems: [{ message: `not valid JSON: ${jsonErrorMessage(error, json)}`, fatal: true }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: DEFAULT_CONFIG, problems: [{ message: 'must be a JSON object', fatal: true }] };
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!KNOWN_KEYS.has(key)) problems.push({ message: `unknown key "${key}"${didYouMean(key, [...KNOWN_KEYS], 'the keys are')}`, fatal: false, key });

  const rules: Partial<Record<RuleCode, SeveritySetting>> = {};
  if (input['rules'] !== undefined) {
    if (typeof input['rules'] !== 'object' || input['rules'] === null || Array.isArray(input['rules'])) {
      problems.push({ message: '"rules" must be an object of rule code → severity', fatal: false, key: 'rules' });
    } else {
      for (const [code, severity] of Object.entries(input['rules'] as Record<string, unknown>)) {
        if (!isRuleCode(code)) problems.push({ message: `unknown rule code "${code}" in "rules"${didYouMean(code, RULE_CODES)}`, fatal: false, key: code });
        else if (!isSeveritySetting(severity)) {
          problems.push({ message: `"${code}": severity must be one of ${SEVERITY_SETTINGS.join(', ')}, not ${JSON.stringify(severity)}`, fatal: false, key: code });
        } else rules[code] = severity;
      }
    }
  }
  const stringList = (key: string): string[] => {
    const value = input[key];
    if (value === undefined) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
    problems.push({ message: `"${key}" must be a string or a list of strings`, fatal: false, key });
    return [];
  };
  const registries = stringList('registries');
  const requiredFrontMatter = stringList('requiredFrontMatter');
  let quotes: 'double' | 'single' = 'double';
  if (input['quotes'] !== undefined) {
    if (input['quotes'] === 'double' || input['quotes'] === 'single') quotes = input['quotes'];
    else problems.push({ message: '"quotes" must be "double" or "single"', fatal: false, key: 'quotes' });
  }
  let lang: string | undefined;
  if (input['lang'] !== undefined) {
    if (typeof input['lang'] === 'string') lang = input['lang'];
    else problems.push({ message: '"lang" must be a language tag such as "fr"', fatal: false, key: 'lang' });
  }
  let checkHeadingQuotes = false;
  if (input['checkHeadingQuotes'] !== undefined) {
    if (typeof input['checkHeadingQuotes'] === 'boolean') checkHeadingQuotes = input['checkHeadingQuotes'];
    else problems.push({ message: '"checkHeadingQuotes" must be true or false', fatal: false, key: 'checkHeadingQuotes' });
  }
  return { config: { rules, registries, requiredFrontMatter, quotes, ...(lang ? { lang } : {}), checkHeadingQuotes }, problems };
}
