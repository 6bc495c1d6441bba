import type { CancellationToken, SymbolInformation } from '../protocol';
import type { OpenAnalysis } from '../workspace/articleWorkspace';
import { workspaceModels } from './references';
import { ENTITY_SYMBOL } from './symbolKinds';

/** Entities defined anywhere in the workspace, matched on ID, name and aliases. */
export async function workspaceSymbols(query: string, uris: readonly string[], analysis: (uri: string) => OpenAnalysis | undefined, token: CancellationToken): Promise<SymbolInformation[]> {
  const wanted = query.toLowerCase();
  const found: SymbolInformation[] = [];
  for await (const file of workspaceModels(uris, analysis, token)) {
    const model = file.analysis.model;
    for (const entity of model.localEntities) {
      if (wanted !== '' && ![entity.id, entity.name, ...entity.aliases].some((w) => w.toLowerCase().includes(wanted))) continue;
      found.push({ name: `@${entity.id}`, kind: ENTITY_SYMBOL[entity.kind], containerName: entity.name, location: { uri: file.uri, range: model.lines.rangeOf(entity.definition.idSpan) } });
    }
  }
  return found;
}
