/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, piece by piece. The
 * SARIF log of a large archive (hundreds of thousands of findings) is longer
 * than the longest string V8 can make (512 MB), and one JSON.stringify of it
 * threw; written in pieces, the output has no limit but memory.
 */
export function writeJson(stream: NodeJS.WritableStream, value: unknown): void {
  let buffer = '';
  for (const piece of jsonPieces(value, '')) {
    buffer += piece;
    if (buffer.length >= 1 << 16) {
      stream.write(buffer);
      buffer = '';
    }
  }
  stream.write(`${buffer}\n`);
}

/** The pieces of `JSON.stringify(value, null, 2)`, the value starting at a line indented by `indent`. */
function* jsonPieces(value: unknown, indent: string): Generator<string> {
  const json = toJsonValue(value);
  if (json === null || typeof json !== 'object') {
    yield JSON.stringify(json) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < json.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item = toJsonValue(json[i]);
      // As JSON.stringify: what JSON cannot hold is null in a list.
      yield* jsonPieces(representable(item) ? item : null, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(json)) {
    // As JSON.stringify: what JSON cannot hold is left out of an object.
    if (!representable(toJsonValue(member))) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(member, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/** What JSON.stringify writes for a value with a toJSON method (a date from the front matter). */
function toJsonValue(value: unknown): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}

function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
