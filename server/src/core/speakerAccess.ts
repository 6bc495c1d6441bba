// The speaker engine, loaded on its first question. Its modules create some
// 300 regexes over Unicode letter classes (\p{L}, \p{Ll} …), and V8 looks each
// class up in ICU when a regex is created: about 20 ms at load, for an engine
// that diagnostics never use (only quick fixes, the quotes view, `suggest` and
// `import` ask it). The bundles evaluate its modules on the first call instead.
import type * as Candidates from './speakers/candidates';

let engine: typeof Candidates | undefined;
// A require, not an import: an import is evaluated when the bundle loads.
const load = (): typeof Candidates => (engine ??= require('./speakers/candidates') as typeof Candidates);

export type { SpeakerCandidate } from './speakers/candidates';
export const speakerCandidates: typeof Candidates.speakerCandidates = (model, quoteIndex) => load().speakerCandidates(model, quoteIndex);
export const clearSpeaker: typeof Candidates.clearSpeaker = (model, quoteIndex) => load().clearSpeaker(model, quoteIndex);
