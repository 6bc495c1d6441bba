// What the readings of a speech verb's subject share (subjects.ts, invertedSubject.ts, subjectBefore.ts,
// unnamedSubjects.ts, documentSubjects.ts): where the verb stands, and the subjects they build.
import type { AttributionContext, Subject } from './context';
import type { roleAt } from './roles';
import type { EntityMention } from './types';

/** A speech verb at [vs, ve) in the sentence that starts at `s`, with the ends of the text's quotes. */
export interface VerbSite {
  readonly ctx: AttributionContext;
  readonly vs: number;
  readonly ve: number;
  readonly s: number;
  readonly quoteEnds: readonly number[];
}

/** A verb whose subject comes before it: the nearest name before it (`prior`) and the text from that name to the verb. */
export interface BeforeVerb extends VerbSite {
  readonly prior: EntityMention | undefined;
  readonly gap: string;
  /** Whether the verb follows a quote with its subject after it ("« … », a déclaré …"). */
  readonly inverted: boolean;
  /** Where the last quote before the verb ends. */
  readonly lastEnd: number | undefined;
}

type Role = NonNullable<ReturnType<typeof roleAt>>;

/** A role still to resolve to whoever holds it; `span` is its description, should nobody named hold it. */
export function roleSubject(role: Role, span?: readonly [number, number]): Subject {
  return { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender, span };
}

/** An unnamed source: group 1 of `match`, a match of the text that starts at `from`. */
export function sourceAt(from: number, match: RegExpExecArray): Subject {
  const start = from + match.index + match[0].indexOf(match[1]!);
  return { type: 'source', start, end: start + match[1]!.length };
}

/** The (at most) `n` characters of the verb's sentence before it, and where they start. */
export function textBefore(site: VerbSite, n: number): { readonly from: number; readonly text: string } {
  const from = Math.max(site.s, site.vs - n);
  return { from, text: site.ctx.text.slice(from, site.vs) };
}
