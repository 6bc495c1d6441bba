// ARTICLEMARK_REQUEST_TIMINGS: the server writes how long each handler took when it exits.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { tempDir } from '../support/tempDir';
import { exampleWorkspace, LspClient, positionOf } from './lspClient';

it('writes the handler times per method to the file ARTICLEMARK_REQUEST_TIMINGS names, and nothing without it', async () => {
  const dir = exampleWorkspace();
  const file = join(tempDir('timings'), 'timings.json');
  const story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
  const run = async (env: Record<string, string>): Promise<void> => {
    const client = await LspClient.start({ folders: [dir], env });
    const uri = client.open(join(dir, 'le-drian-choigou.article'));
    await client.pull(uri);
    for (let i = 0; i < 3; i++) await client.request('textDocument/hover', { textDocument: { uri }, position: positionOf(story, '(@le-drian)', 3) });
    const exited = new Promise((resolve) => client.process.once('exit', resolve));
    await client.stop();
    await exited;
  };
  await run({ ARTICLEMARK_REQUEST_TIMINGS: '' });
  assert.equal(existsSync(file), false);
  await run({ ARTICLEMARK_REQUEST_TIMINGS: file });
  const timings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>;
  assert.equal(timings['hover']?.length, 3);
  assert.ok(timings['hover'].every((ms) => ms >= 0 && Number.isFinite(ms)));
  assert.ok((timings['diagnostics']?.length ?? 0) >= 1);
});
