import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exampleWorkspace, LspClient } from '../test/features/lspClient';
const dir = exampleWorkspace();
const story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
const body = story.replace(/^---[\s\S]*?\n---\n/, '');
const size = Number(process.argv[2] ?? 1_000_000);
const half = body.repeat(Math.max(0, Math.ceil((size - story.length) / body.length / 2)));
const text = story + half + '\n[Jean-Yves Le Drian](@le-drian) a ajouté : "Nous verrons bien."\n\n' + half;
const path = join(dir, 'big.article');
void (async () => {
  const c = await LspClient.start({ folders: [dir] });
  const uri = c.open(path, text);
  const report = await c.pullReport(uri);
  const items = report.kind === 'full' ? report.items : [];
  const d = items.find((x: { code?: unknown }) => x.code === 'unattributed-quote');
  if (!d) { console.log('no unattributed quote', items.map((x: { code?: unknown }) => x.code).slice(0, 10)); await c.stop(); return; }
  for (let i = 0; i < 3; i++) {
    if (i > 0) { c.change(uri, i + 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]); await c.pull(uri); }
    const elsewhere = { start: { line: 40, character: 3 }, end: { line: 40, character: 3 } };
    const t1 = performance.now();
    await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: elsewhere, context: { diagnostics: [], triggerKind: 2 } });
    const t2 = performance.now();
    const actions = await c.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], triggerKind: 2 } });
    const t3 = performance.now();
    console.log(`${(text.length / 1000).toFixed(0)} KB: lightbulb elsewhere ${(t2 - t1).toFixed(0)} ms; at the unattributed quote ${(t3 - t2).toFixed(0)} ms (${actions.length} actions)`);
  }
  await c.stop();
})();
