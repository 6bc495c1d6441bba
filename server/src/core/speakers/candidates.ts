import type { DocumentModel } from '../model/documentModel';
import { analyzeSpeakers } from './engine';
import type { KnownEntity, SpeakerAnalysis } from './types';

/** A likely speaker for a quote, best first in the lists this module returns. */
export interface SpeakerCandidate {
  readonly id: string;
  readonly name: string;
  /** 0 to 1. */
  readonly confidence: number;
  /** Why, in a few words a writer understands ("named next to "a déclaré""). */
  readonly reason: string;
}

const SPEAKING_KINDS = new Set(['person', 'org', 'source', 'other']);
// One analysis per model: the quick fixes ask for every quote of a document in turn.
const cache = new WeakMap<DocumentModel, SpeakerAnalysis>();

function analysisOf(model: DocumentModel): SpeakerAnalysis {
  const cached = cache.get(model);
  if (cached) return cached;
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const m of model.mentions) {
    if (!m.entity || m.ambiguous || m.form === 'attribution' || m.form === 'figure-source') continue;
    const span = m.textSpan ?? m.span;
    spans.set(m.entity.id, [...(spans.get(m.entity.id) ?? []), { start: span.start, end: span.end }]);
  }
  const known: KnownEntity[] = [...model.scope.values()]
    .map((s) => s.entity)
    .filter((e) => SPEAKING_KINDS.has(e.kind))
    .map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: e.aliases, spans: spans.get(e.id) }));
  // Markup is blanked (same offsets) so that the cues read as in plain prose.
  const text = model.tree.text
    .replace(/\]\((?:@|#)[^)\n]*\)/gu, (m) => ' '.repeat(m.length))
    .replace(/(?<=["”»])@[\p{L}\d+-]+/gu, (m) => ' '.repeat(m.length))
    .replace(/\[(?=[^\]\n]*\]\s*\(\s*(?:@|#))/gu, ' ');
  const quotes = model.quotes
    .filter((q) => !q.nested && q.node.close)
    .map((q) => ({ open: q.node.open.start, end: q.node.close!.end }));
  const lang = model.lang?.startsWith('en') ? 'en' : model.lang?.startsWith('fr') ? 'fr' : undefined;
  const analysis = analyzeSpeakers(text, { known, quotes, newSources: false, ...(lang ? { lang } : {}) });
  cache.set(model, analysis);
  return analysis;
}

/**
 * Ranks the entities in scope likely to have said quote `quoteIndex`, with
 * the plain-text speaker engine: the subject of a speech verb in the quote's
 * sentence, "selon / according to", a colon, pronouns and role descriptions
 * resolved to the last compatible speaker.
 */
export function speakerCandidates(model: DocumentModel, quoteIndex: number): SpeakerCandidate[] {
  const quote = model.quotes[quoteIndex];
  if (!quote || !quote.node.close) return [];
  const analysis = analysisOf(model);
  const attribution = analysis.quotes.find((q) => q.quote.open === quote.node.open.start);
  if (!attribution) return [];
  // Candidates are distinct entities, and the known ones have the scope's distinct IDs: no duplicates to drop.
  return attribution.candidates.flatMap((c) => {
    const entity = analysis.entities[c.entity]!;
    return entity.known ? [{ id: entity.id, name: entity.name, confidence: c.confidence, reason: c.reason }] : [];
  });
}

/**
 * The speaker to attribute quote `quoteIndex` to without asking, when there is
 * one: the engine is confident (the same test `articlemark import` uses) and
 * its best candidate is an entity in scope.
 */
export function clearSpeaker(model: DocumentModel, quoteIndex: number): SpeakerCandidate | undefined {
  const quote = model.quotes[quoteIndex];
  if (!quote || !quote.node.close) return undefined;
  const attribution = analysisOf(model).quotes.find((q) => q.quote.open === quote.node.open.start);
  const best = attribution?.candidates[0];
  if (!attribution?.confident || !best) return undefined;
  return speakerCandidates(model, quoteIndex).find((c) => c.id === analysisOf(model).entities[best.entity]!.id);
}
