import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LspClient, positionOf } from './lspClient';

test('probe', async () => {
  const dir = '/tmp/qf/ws';
  const client = await LspClient.start({ folders: [dir] });
  const text = readFileSync(`${dir}/a.article`, 'utf8');
  const uri = client.open(`${dir}/a.article`);
  for (const needle of ['#1_500', '#9999', '#0.1%', '#-0', '#26', '#~<', '#12', '#5 @']) {
    const h = await client.request<{ contents: { value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 1) });
    console.log(needle, JSON.stringify(h));
  }
  for (const needle of ['@insee unit', '@paris', '@nope', '+ana', '@i\n']) {
    const h = await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(text, needle, 2) });
    console.log('HOVER', needle, JSON.stringify(h)?.slice(0, 200));
    const r = await client.request('textDocument/references', { textDocument: { uri }, position: positionOf(text, needle, 2), context: { includeDeclaration: true } });
    console.log('REFS', needle, JSON.stringify(r));
  }
  const c = await client.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '@i\n', 2) });
  console.log('COMPL', JSON.stringify(c).slice(0, 400));
  const c2 = await client.request('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '+ana', 1) });
  console.log('COMPL+', JSON.stringify(c2).slice(0, 400));
  const diags = await client.pull(uri);
  console.log(JSON.stringify(diags.map((d) => [d.code, d.range, d.message])));
  const tok = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  console.log('TOK', JSON.stringify(client.capabilities.semanticTokensProvider?.legend), JSON.stringify(tok.data));
  await client.stop();
});
