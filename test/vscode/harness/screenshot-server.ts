// A loopback HTTP endpoint through which the in-editor suite asks the harness for a
// screenshot of the workbench: the extension host has no DOM, the harness's browser does.
//
// Protocol (see README.md): POST ${ARTICLEMARK_SCREENSHOT_URL} with a JSON body
//   { "name": "hover-card", "selector"?: ".monaco-hover", "delayMs"?: 300, "fullPage"?: false }
// answers 200 { "path": "/abs/DIR/hover-card.png" } once the PNG is written,
// or 4xx/5xx { "error": "…" }.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';

export interface ScreenshotRequest {
  readonly name: string;
  readonly selector?: string;
  readonly delayMs?: number;
  readonly fullPage?: boolean;
}

/** Takes the screenshot into the given file; bound to the page once it exists. */
export type ScreenshotTaker = (request: ScreenshotRequest, file: string) => Promise<void>;

export interface ScreenshotServer {
  readonly url: string;
  setTaker(taker: ScreenshotTaker): void;
  close(): Promise<void>;
}

const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;
const maxDelayMs = 10_000;

export function parseScreenshotRequest(body: string): ScreenshotRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new Error('body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new Error('body is not a JSON object');
  const { name, selector, delayMs, fullPage } = parsed as Record<string, unknown>;
  if (typeof name !== 'string' || !namePattern.test(name) || name.includes('..')) {
    throw new Error(`name must match ${namePattern} (it becomes NAME.png)`);
  }
  if (selector !== undefined && typeof selector !== 'string') throw new Error('selector must be a string');
  if (delayMs !== undefined && (typeof delayMs !== 'number' || delayMs < 0 || delayMs > maxDelayMs)) {
    throw new Error(`delayMs must be a number between 0 and ${maxDelayMs}`);
  }
  if (fullPage !== undefined && typeof fullPage !== 'boolean') throw new Error('fullPage must be a boolean');
  return { name, selector, delayMs, fullPage };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 64_000) request.destroy(new Error('body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startScreenshotServer(directory: string, print: (line: string) => void): Promise<ScreenshotServer> {
  // A random path segment keeps stray local requests from triggering screenshots.
  const token = randomBytes(12).toString('hex');
  let taker: ScreenshotTaker | undefined;
  // One screenshot at a time: they share the page.
  let queue: Promise<unknown> = Promise.resolve();

  const server: Server = createServer((request, response) => {
    if (request.url !== `/${token}/screenshot` || request.method !== 'POST') {
      answer(response, 404, { error: 'not found' });
      return;
    }
    readBody(request)
      .then(async (body) => {
        let parsed: ScreenshotRequest;
        try {
          parsed = parseScreenshotRequest(body);
        } catch (error) {
          answer(response, 400, { error: (error as Error).message });
          return;
        }
        const current = taker;
        if (!current) {
          answer(response, 503, { error: 'the workbench page is not ready' });
          return;
        }
        const file = join(directory, `${parsed.name}.png`);
        const job = queue.then(() => current(parsed, file));
        queue = job.catch(() => undefined);
        try {
          await job;
          print(`screenshot ${parsed.name}: ${file}`);
          answer(response, 200, { path: file });
        } catch (error) {
          answer(response, 500, { error: (error as Error).message });
        }
      })
      .catch((error: unknown) => answer(response, 500, { error: String(error) }));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('screenshot server has no port');

  return {
    url: `http://127.0.0.1:${address.port}/${token}/screenshot`,
    setTaker(next) {
      taker = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
