import type { DocumentModel } from '../model/documentModel';

/** A likely speaker for a quote, best first in the lists this module returns. */
export interface SpeakerCandidate {
  readonly id: string;
  readonly name: string;
  /** 0 to 1. */
  readonly confidence: number;
  /** Why, in a few words a writer understands ("named next to "a déclaré""). */
  readonly reason: string;
}

const SPEECH_CUES =
  /\b(?:a(?:-t-(?:il|elle))?\s+(?:[\p{L}']+\s+){0,2}(?:déclaré|dit|affirmé|ajouté|précisé|poursuivi|expliqué|estimé|souligné|indiqué|assuré|annoncé|confié|lancé|insisté|répondu)|(?:déclare|dit|affirme|ajoute|précise|poursuit|explique|estime|souligne|indique|assure|annonce)|selon|d'après|said|says|told|added|according\s+to|stated|explained)\b/iu;
const PRONOUN_CLAUSE = /^[\s,]*(?:a-t-(?:il|elle)|ont-(?:ils|elles)|(?:he|she|they)\s+(?:said|added|told))/iu;

/**
 * Ranks the entities likely to have said quote `quoteIndex`: entities named
 * in the quote's sentence near a speech cue first; for a pronoun clause
 * ("a-t-il poursuivi"), the last speaker.
 */
export function speakerCandidates(model: DocumentModel, quoteIndex: number): SpeakerCandidate[] {
  const quote = model.quotes[quoteIndex];
  if (!quote) return [];
  const text = model.tree.text;
  const node = quote.node;
  const block = model.tree.blocks[node.blockIndex];
  if (!block) return [];
  const scores = new Map<string, { score: number; reason: string }>();
  const add = (id: string, score: number, reason: string): void => {
    const current = scores.get(id);
    if (!current || current.score < score) scores.set(id, { score, reason });
  };

  // The sentence around the quote: from the previous sentence end to the next one, within the paragraph.
  const before = text.slice(block.span.start, node.open.start);
  const after = text.slice(node.span.end, block.span.end);
  const sentenceStart = block.span.start + Math.max(0, before.search(/[.!?»"”][^.!?]*$/u) + 1);
  const afterEnd = after.search(/[.!?](?:\s|$)/u);
  const sentenceEnd = node.span.end + (afterEnd < 0 ? after.length : afterEnd + 1);
  const cueBefore = SPEECH_CUES.test(text.slice(sentenceStart, node.open.start)) || /:\s*$/.test(before);
  const cueAfter = SPEECH_CUES.test(text.slice(node.span.end, sentenceEnd));

  for (const mention of model.mentions) {
    if (!mention.entity || mention.ambiguous) continue;
    const at = mention.span.start;
    if (at < sentenceStart || at >= sentenceEnd) continue;
    if (at >= node.open.start && at < node.span.end) continue;
    const kind = mention.entity.kind;
    if (kind === 'place' || kind === 'work' || kind === 'event') continue;
    const distance = at < node.open.start ? node.open.start - mention.span.end : at - node.span.end;
    const cue = at < node.open.start ? cueBefore : cueAfter;
    const base = cue ? 0.9 : 0.5;
    add(mention.entity.id, Math.max(0.1, base - Math.min(0.3, distance / 400)), cue ? 'named next to a speech verb' : 'named in the same sentence');
  }

  if (PRONOUN_CLAUSE.test(text.slice(node.span.end, node.span.end + 40))) {
    for (let i = quoteIndex - 1; i >= 0; i--) {
      const earlier = model.quotes[i]!;
      if (earlier.speakers.length > 0 && !earlier.nested) {
        for (const speaker of earlier.speakers) add(speaker.id, 0.8, 'the last speaker (pronoun clause)');
        break;
      }
    }
  }

  return [...scores.entries()]
    .map(([id, { score, reason }]) => ({ id, name: model.scope.get(id)?.entity.name ?? id, confidence: Math.round(score * 100) / 100, reason }))
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
}
