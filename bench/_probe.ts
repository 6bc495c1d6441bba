import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exampleWorkspace, LspClient } from '../test/features/lspClient';
// argv: size (big|story), fullEnvironment (1|0), runs
const dir = exampleWorkspace();
const story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
const body = story.replace(/^---[\s\S]*?\n---\n/, '');
const big = story + body.repeat(Math.ceil((1_000_000 - story.length) / body.length));
const [size, full] = [process.argv[2], process.argv[3] === '1'];
const text = size === 'big' ? big : story;
const path = join(dir, size === 'big' ? 'big.article' : 'le-drian-choigou.article');
void (async () => {
  const t0 = performance.now();
  const c = await LspClient.start({ folders: [dir], pull: false, fullEnvironment: full });
  const t1 = performance.now();
  await c.nextPublish(c.open(path, text));
  const t2 = performance.now();
  await c.stop();
  console.log(`${(t1 - t0).toFixed(0)} ${(t2 - t0).toFixed(0)}`);
})();
