// Routes the workbench page's console: the suite's own output (tagged by the
// generated suite entry) goes to stdout as it comes; the workbench's log lines,
// mostly harmless noise offline, are printed only with --verbose and otherwise kept
// (the last ones) to show when a run fails or times out.
import type { ConsoleMessage } from 'playwright-core';
import { taggedOutput } from './suite-entry';
import { consoleText } from './workbench-browser';

export class PageConsole {
  private readonly recentLines: string[] = [];
  suiteLines = 0;

  constructor(
    private readonly verbose: boolean,
    private readonly write: (line: string) => void,
    private readonly keep = 60,
  ) {}

  readonly handle = (message: ConsoleMessage | Error): void => {
    const text = message instanceof Error ? `[pageerror] ${message.message}` : consoleText(message);
    const suiteOutput = message instanceof Error ? undefined : taggedOutput(text);
    if (suiteOutput !== undefined) {
      this.suiteLines++;
      this.write(suiteOutput);
      return;
    }
    const line = `[workbench] ${text}`;
    if (this.verbose) {
      this.write(line);
      return;
    }
    this.recentLines.push(line);
    if (this.recentLines.length > this.keep) this.recentLines.shift();
  };

  /** The last workbench lines that were not printed. */
  recent(): string {
    return this.recentLines.join('\n');
  }
}
