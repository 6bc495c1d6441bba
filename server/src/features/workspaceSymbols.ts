import type { SymbolInformation } from '../protocol';
import { fold } from '../core';
import type { OpenAnalysis } from '../workspace/articleWorkspace';
import type { RequestToken } from './cancellation';
import { workspaceModels } from './references';
import { ENTITY_SYMBOL } from './symbolKinds';

/** Entities defined anywhere in the workspace, matched on ID, name and aliases. */
export async function workspaceSymbols(query: string, uris: readonly string[], analysis: (uri: string) => OpenAnalysis | undefined, token: RequestToken): Promise<SymbolInformation[]> {
  // LSP asks servers to match loosely (the editor scores and filters again): the query's characters in order,
  // case and accents aside, and the `@` the names are shown with may be typed too.
  const wanted = [...fold(query.trim().replace(/^@/, ''))];
  const found: SymbolInformation[] = [];
  for await (const file of workspaceModels(uris, analysis, token)) {
    const model = file.analysis.model;
    for (const entity of model.localEntities) {
      if (![entity.id, entity.name, ...entity.aliases].some((w) => inOrder(wanted, fold(w)))) continue;
      found.push({ name: `@${entity.id}`, kind: ENTITY_SYMBOL[entity.kind], containerName: entity.name, location: { uri: file.uri, range: model.lines.rangeOf(entity.definition.idSpan) } });
    }
  }
  return found;
}

/** Whether every character of `wanted` appears in `word`, in order. */
function inOrder(wanted: readonly string[], word: string): boolean {
  let at = 0;
  for (const c of wanted) {
    at = word.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
