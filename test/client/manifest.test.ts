// The extension's contributions against what the server and the client do: the
// articlemark.rules schema offers exactly the rule codes and severities the
// server accepts, and every command declared is registered (and back).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { RULES, SEVERITY_SETTINGS } from '../../server/src/core/rules/catalog';

const root = resolve(__dirname, '..', '..');
// Read from the source: quotesView.ts imports vscode, which only exists inside the editor.
const REVEAL_QUOTE_COMMAND = /REVEAL_QUOTE_COMMAND = '([^']+)'/.exec(readFileSync(join(root, 'client', 'src', 'quotesView.ts'), 'utf8'))?.[1] ?? 'not found';

interface RuleSchema {
  readonly type: string;
  readonly enum: readonly string[];
  readonly markdownDescription?: string;
}

interface Manifest {
  readonly contributes: {
    readonly configuration: {
      readonly properties: {
        readonly 'articlemark.rules': {
          readonly properties: Readonly<Record<string, RuleSchema>>;
          readonly additionalProperties: boolean | RuleSchema;
        };
      };
    };
    readonly commands: readonly { readonly command: string }[];
    readonly views: { readonly articlemark: readonly { readonly id: string; readonly when?: string }[] };
    readonly menus?: Readonly<Record<string, readonly { readonly command: string; readonly when?: string; readonly group?: string }[]>>;
  };
}

// Our own manifest; the assertions below fail loudly if its shape drifts.
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const rules = manifest.contributes.configuration.properties['articlemark.rules'];

test('articlemark.rules lists every rule code of the catalog, each with every severity and its default', () => {
  assert.deepEqual(Object.keys(rules.properties), RULES.map((r) => r.code));
  for (const rule of RULES) {
    const schema = rules.properties[rule.code]!;
    assert.deepEqual(schema.enum, SEVERITY_SETTINGS, rule.code);
    // The catalog's title and help, as the settings editor shows them: the two were kept in step by hand.
    assert.equal(schema.markdownDescription, `${rule.title}. ${rule.help} (default: \`${rule.defaultSeverity}\`)`, rule.code);
  }
});

test('articlemark.rules refuses a code the server does not know, so a typo is underlined in settings.json', () => {
  // The server ignores unknown codes in the setting; without this the editor said nothing either.
  assert.equal(rules.additionalProperties, false);
});

function registeredCommands(): string[] {
  const dir = join(root, 'client', 'src');
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/registerCommand\(\s*(?:'([^']+)'|([A-Z_]+))/g)) {
      found.push(match[1] ?? (match[2] === 'REVEAL_QUOTE_COMMAND' ? REVEAL_QUOTE_COMMAND : `unknown constant ${match[2]}`));
    }
  }
  return found.sort();
}

test('every command declared in package.json is registered, and every registered one declared but the view item click', () => {
  const declared = manifest.contributes.commands.map((c) => c.command).sort();
  const registered = registeredCommands();
  // articlemark.revealQuote is what a click on a quote in the view runs, with its arguments: not a palette command.
  assert.deepEqual(registered.filter((c) => c !== REVEAL_QUOTE_COMMAND), declared);
  assert.ok(registered.includes(REVEAL_QUOTE_COMMAND));
});

/** Commands the palette never lists (`when: false`): they act on the quotes view's items. */
const itemCommands = new Set((manifest.contributes.menus?.commandPalette ?? []).filter((entry) => entry.when === 'false').map((entry) => entry.command));

test('docs/extension.md lists the declared commands and settings', () => {
  const docs = readFileSync(join(root, 'docs', 'extension.md'), 'utf8');
  for (const command of manifest.contributes.commands) {
    const title = (command as { readonly title?: string }).title;
    // A view item's action is named in its menu without the category.
    const written = itemCommands.has(command.command) ? `*${title}*` : `*ArticleMark: ${title}*`;
    assert.ok(title !== undefined && docs.includes(written), `${command.command} is documented as ${written}`);
  }
  for (const setting of Object.keys(manifest.contributes.configuration.properties)) assert.ok(docs.includes(`\`${setting}\``), setting);
});

test('the quotes view\'s item actions are on its items\' menus and not in the palette; the palette lists the view once', () => {
  const itemMenu = manifest.contributes.menus?.['view/item/context'] ?? [];
  const onItems = new Set(itemMenu.map((entry) => entry.command));
  // Each one takes the item it is run on: from the palette it would do nothing.
  assert.deepEqual([...itemCommands].sort(), [...onItems].sort());
  for (const entry of itemMenu) assert.match(entry.when ?? '', /^view == articlemark\.quotes && viewItem /, entry.command);
  // VS Code adds "ArticleMark: Focus on Quotes by Speaker View" for the view, shown under the view's own `when`:
  // *Show Quotes by Speaker* is listed only while that one is not, else the palette names the same action twice.
  const viewWhen = manifest.contributes.views.articlemark.find((view) => view.id === 'articlemark.quotes')?.when;
  assert.ok(viewWhen);
  const showQuotes = manifest.contributes.menus?.commandPalette?.find((entry) => entry.command === 'articlemark.showQuotes');
  assert.equal(showQuotes?.when, `!${viewWhen}`);
});
