/**
 * Writes `JSON.stringify(value, null, 2)` and a newline, piece by piece. The
 * SARIF log of a large archive (hundreds of thousands of findings) is longer
 * than the longest string V8 can make (512 MB), and one JSON.stringify of it
 * threw; written in pieces, the output has no limit but memory.
 */
export function writeJson(stream: NodeJS.WritableStream, value: unknown): void {
  let buffer = '';
  for (const piece of jsonPieces(toJsonValue(value, ''), '')) {
    buffer += piece;
    if (buffer.length >= 1 << 16) {
      stream.write(buffer);
      buffer = '';
    }
  }
  stream.write(`${buffer}\n`);
}

/** The pieces of `JSON.stringify(value, null, 2)` for a value already resolved (toJsonValue), starting at a line indented by `indent`. */
function* jsonPieces(json: unknown, indent: string): Generator<string> {
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
      const item = toJsonValue(json[i], String(i));
      // As JSON.stringify: what JSON cannot hold is null in a list.
      yield* jsonPieces(representable(item) ? item : null, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, member] of Object.entries(json)) {
    const resolved = toJsonValue(member, key);
    // As JSON.stringify: what JSON cannot hold is left out of an object.
    if (!representable(resolved)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonPieces(resolved, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * What JSON.stringify writes a value as, once per value: what its toJSON method (a date from the front matter) gives
 * for its key, and a boxed number, string or boolean as the primitive it holds.
 */
function toJsonValue(value: unknown, key: string): unknown {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  const json = typeof toJSON === 'function' ? (toJSON as (key: string) => unknown).call(value, key) : value;
  return json instanceof Number || json instanceof String || json instanceof Boolean ? json.valueOf() : json;
}

function representable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
