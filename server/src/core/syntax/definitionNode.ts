import type { Span } from '../text/lineIndex';
import type { EntityKind } from '../text/chars';
import type { DefinitionBlock, Property } from './nodes';

/**
 * A span kept as two offsets on its node and made on first read (then the
 * same object on every read): what the definitions and properties below keep
 * instead of five and three span objects. Only editor features (hover,
 * rename, symbols) and a few rules (`idSpan` of a duplicate) read them; a
 * text that repeats its definitions, or a large registry, has thousands.
 */
type Made = Span | undefined;

function made(start: number, end: number): Span {
  return { start, end };
}

/**
 * A property line under a definition, as the parser makes it (see `Made`
 * above). Own fields are `key` and `value`; `toJSON` gives the literal
 * (key, value, span, keySpan, valueSpan), so a tree prints and compares as it
 * did. A re-parse's shift moves it with `moveBy`.
 */
export class ParsedProperty implements Property {
  readonly key: string;
  readonly value: string;
  #start: number;
  #end: number;
  #keyEnd: number;
  #valueStart: number;
  #valueEnd: number;
  #span: Made = undefined;
  #keySpan: Made = undefined;
  #valueSpan: Made = undefined;

  /** The property runs from `start` (its key) to `end`; its key ends at `keyEnd`, its value is written from `valueStart` to `valueEnd` (a comment in it reads as one space in `value`). */
  constructor(key: string, value: string, start: number, end: number, keyEnd: number, valueStart: number, valueEnd: number) {
    this.key = key;
    this.value = value;
    this.#start = start;
    this.#end = end;
    this.#keyEnd = keyEnd;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
  }

  get start(): number {
    return this.#start;
  }

  get keyEnd(): number {
    return this.#keyEnd;
  }

  get valueStart(): number {
    return this.#valueStart;
  }

  get span(): Span {
    return (this.#span ??= made(this.#start, this.#end));
  }

  get keySpan(): Span {
    return (this.#keySpan ??= made(this.#start, this.#keyEnd));
  }

  get valueSpan(): Span {
    return (this.#valueSpan ??= made(this.#valueStart, this.#valueEnd));
  }

  /** A re-parse's shift: moves the offsets, and the spans already made (by `moveSpan`, once each). */
  moveBy(delta: number, moveSpan: (span: Span) => void): void {
    this.#start += delta;
    this.#end += delta;
    this.#keyEnd += delta;
    this.#valueStart += delta;
    this.#valueEnd += delta;
    if (this.#span) moveSpan(this.#span);
    if (this.#keySpan) moveSpan(this.#keySpan);
    if (this.#valueSpan) moveSpan(this.#valueSpan);
  }

  toJSON(): Record<string, unknown> {
    return { key: this.key, value: this.value, span: this.span, keySpan: this.keySpan, valueSpan: this.valueSpan };
  }
}

/**
 * An entity definition as the parser makes it: its five spans (whole block,
 * header line, kind word, ID, name) kept as offsets and made on first read,
 * as for `ParsedProperty`. Own fields are the literal's but for the spans;
 * `toJSON` gives the literal (type, span, headerSpan, kind, id, name,
 * kindSpan, idSpan, nameSpan, properties).
 */
export class ParsedDefinition implements DefinitionBlock {
  readonly type = 'definition' as const;
  readonly kind: EntityKind;
  readonly id: string;
  readonly name: string;
  readonly properties: readonly ParsedProperty[];
  #start: number;
  #end: number;
  #headerEnd: number;
  #idStart: number;
  #nameStart: number;
  #nameEnd: number;
  #span: Made = undefined;
  #headerSpan: Made = undefined;
  #kindSpan: Made = undefined;
  #idSpan: Made = undefined;
  #nameSpan: Made = undefined;

  /**
   * The header line runs from `start` (its `@`) to `headerEnd`, the block to
   * `end`; the kind word follows the `@`. The name is written from
   * `nameStart` to `nameEnd`: longer than `name` when a comment in it reads as one space.
   */
  constructor(kind: EntityKind, id: string, name: string, start: number, end: number, headerEnd: number, idStart: number, nameStart: number, nameEnd: number, properties: readonly ParsedProperty[]) {
    this.kind = kind;
    this.id = id;
    this.name = name;
    this.properties = properties;
    this.#start = start;
    this.#end = end;
    this.#headerEnd = headerEnd;
    this.#idStart = idStart;
    this.#nameStart = nameStart;
    this.#nameEnd = nameEnd;
  }

  get end(): number {
    return this.#end;
  }

  get span(): Span {
    return (this.#span ??= made(this.#start, this.#end));
  }

  get headerSpan(): Span {
    return (this.#headerSpan ??= made(this.#start, this.#headerEnd));
  }

  get kindSpan(): Span {
    return (this.#kindSpan ??= made(this.#start + 1, this.#start + 1 + this.kind.length));
  }

  get idSpan(): Span {
    return (this.#idSpan ??= made(this.#idStart, this.#idStart + this.id.length));
  }

  get nameSpan(): Span {
    return (this.#nameSpan ??= made(this.#nameStart, this.#nameEnd));
  }

  /** A re-parse's shift: moves the offsets, and the spans already made (by `moveSpan`, once each), its properties' included. */
  moveBy(delta: number, moveSpan: (span: Span) => void): void {
    this.#start += delta;
    this.#end += delta;
    this.#headerEnd += delta;
    this.#idStart += delta;
    this.#nameStart += delta;
    this.#nameEnd += delta;
    for (const made of [this.#span, this.#headerSpan, this.#kindSpan, this.#idSpan, this.#nameSpan]) if (made) moveSpan(made);
    for (const property of this.properties) property.moveBy(delta, moveSpan);
  }

  toJSON(): Record<string, unknown> {
    return {
      type: this.type,
      span: this.span,
      headerSpan: this.headerSpan,
      kind: this.kind,
      id: this.id,
      name: this.name,
      kindSpan: this.kindSpan,
      idSpan: this.idSpan,
      nameSpan: this.nameSpan,
      properties: this.properties,
    };
  }
}
