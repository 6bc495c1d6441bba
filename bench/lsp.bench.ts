// Language server benchmark over stdio on the marked-up seed story repeated to
// 1 MB. Run: npm run bench:lsp (builds first). Prints a Markdown table and
// writes it into bench/README.md as the "Latest run" of "Language server",
// between two markers: the notes and earlier sessions' tables stay.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exampleWorkspace, LspClient, positionOf, REPO } from '../test/features/lspClient';
import { tempDir } from '../test/support/tempDir';

const ROUNDS = 200;

function stats(samples: number[]): { median: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))]! };
}
const ms = (n: number): string => `${n.toFixed(2)} ms`;

const STARTS = 5;

interface StartTimes {
  /** Spawn → `initialize` answered. */
  readonly initialize: number;
  /** Spawn → the first diagnostics of the opened document. */
  readonly diagnostics: number;
}

/** Starts a server, opens `text` as `path` and waits for its diagnostics (push mode, as a minimal editor would see it). */
async function startOnce(dir: string, path: string, text: string, fullEnvironment = false): Promise<StartTimes> {
  const started = performance.now();
  const client = await LspClient.start({ folders: [dir], pull: false, fullEnvironment });
  const initialize = performance.now() - started;
  await client.nextPublish(client.open(path, text));
  const diagnostics = performance.now() - started;
  await client.stop();
  return { initialize, diagnostics };
}

/** "median (fastest–slowest)" of a few starts. */
function startSummary(samples: number[]): string {
  return `${ms(stats(samples).median)} (${Math.min(...samples).toFixed(0)}–${Math.max(...samples).toFixed(0)})`;
}

async function main(): Promise<void> {
  const dir = exampleWorkspace();
  const story = readFileSync(join(dir, 'le-drian-choigou.article'), 'utf8');
  const body = story.replace(/^---[\s\S]*?\n---\n/, '');
  const text = story + body.repeat(Math.ceil((1_000_000 - story.length) / body.length));
  const path = join(dir, 'big.article');

  // A start varies more than anything else here (Node's own start, a cold JIT): several, alternating sizes.
  const bigStarts: StartTimes[] = [];
  const storyStarts: StartTimes[] = [];
  // As the VS Code extension starts the server (client/src/serverEnvironment.ts); an editor that passes its
  // whole environment on starts it with NODE_EXTRA_CA_CERTS too, when that is set, as on our CI machine.
  const certificates = process.env['NODE_EXTRA_CA_CERTS'] !== undefined;
  const storyStartsWithCertificates: StartTimes[] = [];
  for (let i = 0; i < STARTS; i++) {
    bigStarts.push(await startOnce(dir, path, text));
    storyStarts.push(await startOnce(dir, join(dir, 'le-drian-choigou.article'), story));
    if (certificates) storyStartsWithCertificates.push(await startOnce(dir, join(dir, 'le-drian-choigou.article'), story, true));
  }

  // The server writes how long its handlers took to this file when it exits (server/src/node/requestTimings.ts).
  const timingsFile = join(tempDir('bench'), 'timings.json');
  const client = await LspClient.start({ folders: [dir], env: { ARTICLEMARK_REQUEST_TIMINGS: timingsFile } });
  const uri = client.open(path, text);
  await client.pull(uri);

  // didChange -> fresh diagnostics: type a character in the middle, pull; then delete it, so
  // the text (and the positions the requests below use) ends as it began. Once pulling as a
  // minimal client does (no result ID), once as VS Code does (naming the result it holds).
  const middle = positionOf(text, '"Ce n\'est pas', 0, 40);
  const typed = { start: middle, end: { line: middle.line, character: middle.character + 1 } };
  let version = 1;
  // A keystroke as VS Code follows it (`withCursorRequests`): besides the diagnostics it asks the
  // highlights and the code actions at the cursor, which need the whole model (implicit mentions
  // included), not just the report.
  const cursor = positionOf(text, '(@le-drian)', 3, 100);
  const editLoop = async (withResultIds: boolean, withCursorRequests = false): Promise<number[]> => {
    const samples: number[] = [];
    let resultId: string | undefined;
    for (let i = 0; i < 50; i++) {
      const t0 = performance.now();
      version++;
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [i % 2 === 0 ? { range: { start: middle, end: middle }, text: 'x' } : { range: typed, text: '' }],
      });
      const [report] = await Promise.all([
        client.pullReport(uri, withResultIds ? resultId : undefined),
        ...(withCursorRequests
          ? [
              client.request('textDocument/documentHighlight', { textDocument: { uri }, position: cursor }),
              client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: cursor, end: cursor }, context: { diagnostics: [] } }),
            ]
          : []),
      ]);
      if (report.kind === 'full' && !Array.isArray(report.items)) throw new Error('no diagnostics');
      resultId = report.resultId;
      samples.push(performance.now() - t0);
    }
    return samples;
  };
  const edits = await editLoop(false);
  const editsWithIds = await editLoop(true);
  const keystrokes = await editLoop(true, true);

  const timeRequest = async (method: string, params: unknown, expectError = false): Promise<number[]> => {
    const samples: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const answered = await client.request(method, params).then(() => true, () => false);
      samples.push(performance.now() - t0);
      if (answered === expectError) throw new Error(`${method}: ${expectError ? 'answered' : 'failed'}`);
    }
    return samples;
  };
  // The floor: a request the server answers without running any of ArticleMark's code (JSON-RPC's
  // "method not found"). Its p99 is what the machine's scheduling adds to any request.
  const floor = stats(await timeRequest('articlemark/benchNoSuchMethod', {}, true));
  const hover = stats(await timeRequest('textDocument/hover', { textDocument: { uri }, position: cursor }));
  const completion = stats(await timeRequest('textDocument/completion', { textDocument: { uri }, position: positionOf(text, '(@le-drian)', 2, 100) }));
  const references = stats(await timeRequest('textDocument/references', { textDocument: { uri }, position: cursor, context: { includeDeclaration: true } }));

  // Completion as a writer meets it: typing "@" sends the edit and the completion request together,
  // so the answer waits for the analysis of the new text.
  const typedAt: number[] = [];
  for (let i = 0; i < 20; i++) {
    version++;
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: middle, end: middle }, text: '@' }] });
    const t0 = performance.now();
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: middle.line, character: middle.character + 1 } });
    typedAt.push(performance.now() - t0);
    version++;
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: middle, end: { line: middle.line, character: middle.character + 1 } }, text: '' }] });
  }
  const completionAfterEdit = stats(typedAt);

  // Code actions in a document with an unattributed quote, as VS Code's lightbulb asks them after a keystroke
  // (triggerKind Automatic): with the cursor elsewhere, and on the quote, whose quick fix ranks its speakers.
  const half = text.indexOf('\n\n', text.length / 2) + 2;
  const quoted = `${text.slice(0, half)}[Jean-Yves Le Drian](@le-drian) a ajouté : "Nous verrons bien."\n\n${text.slice(half)}`;
  const quotedUri = client.open(join(dir, 'big-unattributed.article'), quoted);
  const quotedReport = await client.pullReport(quotedUri);
  const unattributed = (quotedReport.kind === 'full' ? quotedReport.items : []).find((d) => d.code === 'unattributed-quote');
  if (!unattributed) throw new Error('the inserted quote is not reported as unattributed');
  const lightbulbElsewhere: number[] = [];
  const lightbulbOnQuote: number[] = [];
  for (let i = 0; i < 20; i++) {
    client.change(quotedUri, i + 2, [i % 2 === 0 ? { range: { start: middle, end: middle }, text: 'x' } : { range: typed, text: '' }]);
    await client.pullReport(quotedUri);
    let t0 = performance.now();
    await client.request('textDocument/codeAction', { textDocument: { uri: quotedUri }, range: { start: cursor, end: cursor }, context: { diagnostics: [], triggerKind: 2 } });
    lightbulbElsewhere.push(performance.now() - t0);
    t0 = performance.now();
    await client.request('textDocument/codeAction', { textDocument: { uri: quotedUri }, range: unattributed.range, context: { diagnostics: [unattributed], triggerKind: 2 } });
    lightbulbOnQuote.push(performance.now() - t0);
  }
  const elsewhere = stats(lightbulbElsewhere);
  const onQuote = stats(lightbulbOnQuote);
  const exited = new Promise((resolveExit) => client.process.once('exit', resolveExit));
  await client.stop();
  await exited;
  // The first ROUNDS of each are the timed loops above (completion is asked again after typing @).
  // A build from before the timings existed (ARTICLEMARK_SERVER_JS) writes none: those rows then say so.
  const inServer = existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number[]>) : {};
  const serverStats = (method: string): string => {
    const samples = inServer[method];
    if (!samples) return 'not recorded | not recorded';
    const { median, p99 } = stats(samples.slice(0, ROUNDS));
    return `${ms(median)} | ${ms(p99)}`;
  };

  const edit = stats(edits);
  const editWithIds = stats(editsWithIds);
  const keystroke = stats(keystrokes);
  const rss = await serverMemory(dir, path, text);
  const section = [
    '### Latest run',
    '',
    `Written by \`npm run bench:lsp\`: one run, seed story repeated to ${(text.length / 1e6).toFixed(2)} MB (${text.split('\n').length} lines), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Starts: median (fastest–slowest) of ${STARTS}.`,
    '',
    '| Measure | Median | p99 | Goal |',
    '| --- | --- | --- | --- |',
    `| didChange → fresh diagnostics (pull) | ${ms(edit.median)} | ${ms(edit.p99)} | < 50 ms |`,
    `| didChange → fresh diagnostics (pull naming the previous result, as VS Code) | ${ms(editWithIds.median)} | ${ms(editWithIds.p99)} | < 50 ms |`,
    `| didChange → diagnostics, highlights and code actions at the cursor (as VS Code asks after a keystroke) | ${ms(keystroke.median)} | ${ms(keystroke.p99)} | — |`,
    `| round trip of a request no feature handles (the floor) | ${ms(floor.median)} | ${ms(floor.p99)} | — |`,
    `| hover | ${ms(hover.median)} | ${ms(hover.p99)} | p99 < 5 ms |`,
    `| completion after @ | ${ms(completion.median)} | ${ms(completion.p99)} | p99 < 5 ms |`,
    `| hover, inside the server (handler only) | ${serverStats('hover')} | — |`,
    `| completion after @, inside the server (handler only) | ${serverStats('completion')} | — |`,
    `| completion right after typing @ (edit + request together) | ${ms(completionAfterEdit.median)} | ${ms(completionAfterEdit.p99)} | — |`,
    `| references (workspace) | ${ms(references.median)} | ${ms(references.p99)} | — |`,
    `| code actions after a keystroke, cursor elsewhere, in a document with an unattributed quote (the lightbulb) | ${ms(elsewhere.median)} | ${ms(elsewhere.p99)} | — |`,
    `| code actions after a keystroke, cursor on the unattributed quote (its speakers ranked) | ${ms(onQuote.median)} | ${ms(onQuote.p99)} | — |`,
    `| start → \`initialize\` answered | ${startSummary([...bigStarts, ...storyStarts].map((t) => t.initialize))} | | — |`,
    `| start → first diagnostics (1 MB document) | ${startSummary(bigStarts.map((t) => t.diagnostics))} | | < 300 ms |`,
    `| start → first diagnostics (the seed story alone, ${(story.length / 1e3).toFixed(0)} KB) | ${startSummary(storyStarts.map((t) => t.diagnostics))} | | — |`,
    ...(certificates
      ? [`| start → first diagnostics (the seed story alone), NODE_EXTRA_CA_CERTS set as on this machine | ${startSummary(storyStartsWithCertificates.map((t) => t.diagnostics))} | | — |`]
      : []),
    `| server resident memory after analysis | ${(rss / 1e6).toFixed(0)} MB | | — |`,
    '',
  ].join('\n');
  console.log(section);
  writeSection(section);
}

/** Resident memory of a server process that holds the 1 MB document, read from /proc. */
async function serverMemory(dir: string, path: string, text: string): Promise<number> {
  const client = await LspClient.start({ folders: [dir] });
  const uri = client.open(path, text);
  await client.pull(uri);
  const status = existsSync(`/proc/${client.process.pid}/status`) ? readFileSync(`/proc/${client.process.pid}/status`, 'utf8') : '';
  await client.stop();
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : Number.NaN;
}

const BEGIN = '<!-- bench:lsp latest run -->';
const END = '<!-- /bench:lsp latest run -->';

/** Replaces the latest-run block between the markers in bench/README.md (appends one when there is none). */
function writeSection(section: string): void {
  const file = join(REPO, 'bench/README.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${BEGIN}\n${section}${END}`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END, start);
  writeFileSync(file, start < 0 || end < 0 ? `${current.trimEnd()}\n\n${block}\n` : current.slice(0, start) + block + current.slice(end + END.length));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
