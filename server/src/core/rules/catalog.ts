/** Every finding the tools can report, with a stable code. The codes never change meaning. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value);
}

export interface RuleInfo {
  readonly code: string;
  readonly defaultSeverity: SeveritySetting;
  /** One line, for lists and SARIF `shortDescription`. */
  readonly title: string;
  /** What it reports and how to fix it, for writers. */
  readonly help: string;
}

const rule = (code: string, defaultSeverity: SeveritySetting, title: string, help: string): RuleInfo => ({ code, defaultSeverity, title, help });

export const RULES = [
  rule('unattributed-quote', 'warning', 'Quote without attribution', 'Say who is speaking: add `@id` right after the closing mark, or `@-` if the quote is not speech (a title, a term).'),
  rule('unknown-entity', 'error', '@ID that resolves nowhere', 'Define the entity (`@person id: Name`), add it to a registry, or fix the spelling of the ID.'),
  rule('duplicate-entity', 'error', 'Same ID defined twice in one scope', 'Give each entity one definition: remove or rename the second.'),
  rule('shadowed-entity', 'information', 'Local definition shadows a registry entity', 'The article defines an ID its registries define too; the article wins. Remove the local definition to use the registry one.'),
  rule('unused-entity', 'hint', 'Entity defined in the article, never used', 'Mention the entity, or remove its definition.'),
  rule('unclosed-quote', 'error', 'Opening mark without its closing mark', 'Add the closing mark where the quote ends.'),
  rule('mismatched-quote', 'error', 'Quote closed by a mark of another kind', 'Close the quote with the mark that matches its opening mark: « with », “ with ”, " with ".'),
  rule('conflicting-attribution', 'error', 'Two parts of one quote, two speakers', 'A quote split by its speech clause has one speaker: attribute one part, or both parts to the same entity.'),
  rule('unsourced-figure', 'warning', 'Figure without source', 'Add the source after the value: `[2.900 Russes](#2900 @source)`, or `@-` when a figure needs none.'),
  rule('bad-figure-value', 'error', '# value that does not parse', 'Write the value with digits: `#2900`, `#~2900`, `#>80%`, `#-3.5`, `#1_200`.'),
  rule('figure-mismatch', 'warning', 'Written number and value disagree', 'Make the number in the text and the `#` value say the same thing.'),
  rule('bad-attribute', 'error', 'A token an attribute list does not know', 'Attribute lists take `@id`, `@-`, `#value`, `key=value` and `key="…"`.'),
  rule('bad-definition', 'error', 'An @KIND line that is not a definition', 'Write `@KIND id: Name` with a lowercase ID, and indented `key: value` properties.'),
  rule('duplicate-property', 'warning', 'A property given twice in one definition', 'Keep one value; only `aka` lines add up.'),
  rule('bad-front-matter', 'error', 'Front matter that does not parse or has a bad value', 'Fix the YAML between the `---` lines (quote values that contain ": ") and close it with a `---` line; give `date`, `lang` and `quotes` valid values: `2015-12-21`, `fr`, `single`.'),
  rule('missing-registry', 'error', 'A uses file that does not exist or cannot be read', 'Fix the path in `uses` (it is relative to this file), create the registry, or save it as UTF-8 text.'),
  rule('quote-attributed-to-place', 'warning', 'Speaker is a place', 'Places do not speak: attribute the quote to a person, an organisation or a source.'),
  rule('anonymous-source-without-reason', 'information', 'Anonymous source without reason', 'Say why anonymity was granted: add `reason: …` under the source.'),
  rule('missing-front-matter-key', 'off', 'Keys required by configuration', 'Add the key to the front matter; the project requires it.'),
  rule('placeholder', 'warning', 'TK, TODO or XXX left in the text', 'Replace the placeholder with the real text before publication.'),
  rule('image-without-credit', 'warning', 'Illustration without credit', 'Add the credit as the image title: `![caption](photo.jpg "AFP/Jane Doe")`.'),
  rule('image-without-caption', 'warning', 'Illustration without caption', 'Write the caption between the brackets: `![Caption](photo.jpg "credit")`.'),
  rule('unclosed-comment', 'error', '<!-- without -->', 'Close the comment with `-->`; until then it hides the rest of the article.'),
] as const satisfies readonly RuleInfo[];

export type RuleCode = (typeof RULES)[number]['code'];

const BY_CODE = new Map<string, RuleInfo>(RULES.map((r) => [r.code, r]));

export function ruleInfo(code: string): RuleInfo | undefined {
  return BY_CODE.get(code);
}

export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}
