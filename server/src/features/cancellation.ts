import { LSPErrorCodes, ResponseError, type CancellationToken } from '../protocol';

/** Thrown between stages of a request whose client gave up on it; answered as RequestCancelled. */
export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** Lets queued messages (a $/cancelRequest among them) run before a long stage starts. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
