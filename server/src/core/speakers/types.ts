// Shapes shared by the plain-text speaker engine's modules.

export type SpeakerKind = 'person' | 'org' | 'source' | 'other';

/** A quote located in the text: `open` at the opening mark, `end` just after the closing mark. */
export interface QuoteSpan {
  readonly open: number;
  readonly end: number;
}

/** An entity the caller already knows (an article's definitions), matched by name and aliases. */
export interface KnownEntity {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Where the caller already knows the entity is mentioned (marked mentions). */
  readonly spans?: readonly { start: number; end: number }[];
}

export interface FoundEntity {
  /** The known entity's ID, or an ID made from the name. */
  id: string;
  kind: SpeakerKind;
  name: string;
  aliases: string[];
  /** Lowercase role words seen next to its mentions ("ministre", "spokeswoman"). */
  roles: Set<string>;
  gender?: 'f' | 'm';
  known: boolean;
}

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly entity: number;
}

export interface RankedSpeaker {
  readonly entity: number;
  readonly confidence: number;
  readonly reason: string;
}

export interface QuoteAttribution {
  readonly quote: QuoteSpan;
  readonly candidates: readonly RankedSpeaker[];
  /** The best candidate is clear enough to attribute without asking. */
  readonly confident: boolean;
  /** The text presents the words as a title, a term or a scare quote. */
  readonly notSpeech: boolean;
}

export interface SpeakerAnalysis {
  readonly entities: readonly FoundEntity[];
  readonly mentions: readonly EntityMention[];
  readonly quotes: readonly QuoteAttribution[];
}
