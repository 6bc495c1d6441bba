// The group a plural pronoun continues ("Les riverains se sont réunis. Ils ont signé … « … », résument-ils."): a
// plural role noun opening a sentence as its subject, found back through sentences that open on a plural pronoun.
import { carriesOn, type AttributionContext } from './context';
import { isSpeechVerb } from './lexicon';
import { isGroupNoun } from './roles';
import { sentenceAt } from './sentences';

// A plural determiner (or a number) and a noun, after an optional opening complement ("Dans la soirée, les bénévoles …").
const GROUP_OPENING = /^(?:[^,.;:!?«»"“”\n]{0,40},\s*)?((?:[Ll]es|[Cc]es|[Ss]es|[Ll]eurs|[Nn]os|[Tt]he|[Tt]hese|[Tt]hose|[Tt]heir|[Bb]oth)\s+(?:(?:deux|trois|quatre|cinq|two|three|four|five)\s+)?([\p{Ll}-]+))/u;
// A complement of the group ("des urgences", "de l'opposition", "of the estate").
const COMPLEMENT = /^\s+(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|des\s+|of\s+(?:the\s+)?)[\p{Ll}-]+/u;
// A word that starts the predicate rather than continuing the group ("ont", "se", "were", "promettent").
const PREDICATE = /^(?:ont|sont|se|s['’]|ne|n['’]|y|en|avaient|étaient|have|had|are|were|will|did|do|also|aussi)$|(?:ent|ont)$/u;
const PLURAL_PRONOUN_OPENING = /^(?:[^,.;:!?«»"“”\n]{0,40},\s*)?(?:[Ii]ls|[Ee]lles|[Tt]hey)\s/u;

/** The group phrase opening `sentence` as its subject, with its complement, if any. */
export function groupOpening(sentence: string): { at: number; phrase: string } | undefined {
  const m = GROUP_OPENING.exec(sentence);
  if (!m || !isGroupNoun(m[2]!)) return undefined;
  const at = m.index + m[0].length - m[1]!.length;
  let end = m.index + m[0].length;
  for (let n = 0; n < 2; n++) {
    const c = COMPLEMENT.exec(sentence.slice(end));
    if (!c || PREDICATE.test(c[0].trim().split(/\s+|['’]/u).pop()!)) break;
    end += c[0].length;
  }
  // One more word after a complement belongs to it ("du premier rang"), unless it starts the predicate.
  const next = /^\s+([\p{Ll}-]+)(?=[\s,.;:])/u.exec(sentence.slice(end));
  if (end > at + m[1]!.length && next && !PREDICATE.test(next[1]!)) end += next[0].length;
  return { at, phrase: sentence.slice(at, end) };
}

// A group with its complement, then ", who" and a speech verb: "solicitors from Leeds, who claimed …".
const GROUP_WHO_SPOKE = /(?:^|\s)((?:(?:the|some|many|several|two|three|four|five)\s+)?([\p{Ll}-]+)(?:\s+(?:from|of|at|in|for)\s+[^,.;:!?"“”«»\n]{1,50}?)?),\s*who\s+(?:[\p{Ll}]+ly\s+)?([\p{Ll}]+)/gu;
// A speech verb, then the group as its subject, put after it: "…, argue some observers of politics who …".
const VERB_THEN_GROUP = /(?:^|[\s,])(\p{Ll}+)\s+((?:some|many|several|most|other|the)\s+([\p{Ll}-]+)(?:\s+(?:of|from|at|in)\s+[^,.;:!?"“”«»\n]{1,40}?)?)(?=\s+who\b|\s*[,.;:!?]|\s*$)/gu;

/**
 * A group the sentence gives as speaking, though not as its opening subject: "She was represented by solicitors from
 * Leeds, who claimed …", "…, argue some observers of politics who warn …". A plural pronoun in the next sentence ("They
 * argued", "they say") most likely continues it. English only: the patterns are English word order.
 */
function speakingGroup(sentence: string): { at: number; phrase: string } | undefined {
  for (const m of sentence.matchAll(GROUP_WHO_SPOKE)) {
    if (isGroupNoun(m[2]!) && isSpeechVerb(m[3]!)) return { at: m.index! + m[0].indexOf(m[1]!), phrase: m[1]! };
  }
  for (const m of sentence.matchAll(VERB_THEN_GROUP)) {
    if (isSpeechVerb(m[1]!) && isGroupNoun(m[3]!)) return { at: m.index! + m[0].indexOf(m[2]!), phrase: m[2]! };
  }
  return undefined;
}

/** Whether a sentence opens on a group or on a plural pronoun standing for one ("Les soignants …", "Ils dénoncent …"). */
export function opensOnGroup(sentence: string): boolean {
  return groupOpening(sentence) !== undefined || PLURAL_PRONOUN_OPENING.test(sentence);
}

/**
 * The group a plural pronoun at `at` stands for: the subject opening its own sentence, else that of the sentences
 * before in its paragraph, back through sentences that open on a plural pronoun.
 */
export function pluralAntecedent(ctx: AttributionContext, at: number): { start: number; end: number } | undefined {
  const { text, sentenceStarts } = ctx;
  let [s0] = sentenceAt(sentenceStarts, at, text.length);
  const own = groupOpening(text.slice(s0, at));
  if (own) return { start: s0 + own.at, end: s0 + own.at + own.phrase.length };
  for (let n = 0; n < 3 && s0 > 0; n++) {
    const [p0, p1] = sentenceAt(sentenceStarts, s0 - 1, text.length);
    // Back through the paragraph, and across a break only after a paragraph of one sentence (see carriesOn).
    if (!carriesOn(ctx, p0, s0)) return undefined;
    const sentence = text.slice(p0, p1);
    const group = groupOpening(sentence) ?? (n === 0 ? speakingGroup(sentence) : undefined);
    if (group) return { start: p0 + group.at, end: p0 + group.at + group.phrase.length };
    if (!PLURAL_PRONOUN_OPENING.test(sentence)) return undefined;
    s0 = p0;
  }
  return undefined;
}
