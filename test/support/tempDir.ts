// Temporary folders for tests. Each one is removed when the process that made
// it exits, whether its tests passed or failed (node --test runs each test file
// in a process of its own), so a test run leaves nothing behind: files a test
// writes, and servers or CLIs it starts write, go inside one of these folders.
// scripts/run-tests.mjs fails a run that leaves anything in the temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder `articlemark-PREFIX-XXXXXX` in the temporary folder, removed when this process exits. */
export function tempDir(prefix: string): string {
  if (made.length === 0) process.once('exit', removeAll);
  const dir = mkdtempSync(join(tmpdir(), `articlemark-${prefix}-`));
  made.push(dir);
  return dir;
}

function removeAll(): void {
  for (const dir of made) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      // Not fatal here (an exit handler cannot fail the test); the test runner reports what is left.
      process.stderr.write(`could not remove ${dir}: ${String(error)}\n`);
    }
  }
}
