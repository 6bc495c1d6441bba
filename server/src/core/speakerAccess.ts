// The speaker engine, loaded on its first question. Its modules create some
// 300 regexes over Unicode letter classes (\p{L}, \p{Ll} …), and V8 looks each
// class up in ICU when a regex is created: about 20 ms at load, for an engine
// that diagnostics never use (only quick fixes, the quotes view, `suggest` and
// `import` ask it). The bundles evaluate its modules on the first call instead.
import type * as Candidates from './speakers/candidates';
import type * as ImportText from './speakers/importText';

// Requires, not imports: an import is evaluated when the bundle loads. Each wrapper passes all its arguments on, so that
// a parameter added to the engine's function reaches it.
let candidates: typeof Candidates | undefined;
const loadCandidates = (): typeof Candidates => (candidates ??= require('./speakers/candidates') as typeof Candidates);
let importText: typeof ImportText | undefined;
const loadImportText = (): typeof ImportText => (importText ??= require('./speakers/importText') as typeof ImportText);

export type { QuoteReading, SpeakerCandidate } from './speakers/candidates';
export type { ImportResult, PreparedCopy } from './speakers/importText';
export const speakerCandidates: typeof Candidates.speakerCandidates = (...args) => loadCandidates().speakerCandidates(...args);
export const clearSpeaker: typeof Candidates.clearSpeaker = (...args) => loadCandidates().clearSpeaker(...args);
export const suggestionFor: typeof Candidates.suggestionFor = (...args) => loadCandidates().suggestionFor(...args);
export const importPlainText: typeof ImportText.importPlainText = (...args) => loadImportText().importPlainText(...args);
export const analyzeForImport: typeof ImportText.analyzeForImport = (...args) => loadImportText().analyzeForImport(...args);
