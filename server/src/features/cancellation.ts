import { LSPErrorCodes, ResponseError } from '../protocol';

/**
 * What a request checks between its stages. A request that yields to the
 * event loop (the workspace-wide ones, between files) lets edits and file
 * events in: its answer would then mix two versions of the workspace (ranges
 * of one version placed on the lines of another), so it stops instead.
 */
export interface RequestToken {
  /** The client sent $/cancelRequest. */
  readonly isCancellationRequested: boolean;
  /** A document, file or setting changed since the request started reading. */
  readonly contentModified: boolean;
}

/** Thrown between stages of a request: RequestCancelled when its client gave up on it, ContentModified when what it read changed. */
export function throwIfCancelled(token: RequestToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
  if (token?.contentModified) throw new ResponseError(LSPErrorCodes.ContentModified, 'The workspace changed while the request ran');
}

/** Lets queued messages (a $/cancelRequest among them) run before a long stage starts. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
