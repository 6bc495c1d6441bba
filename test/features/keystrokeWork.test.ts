// Features an editor asks for after every keystroke (semantic tokens, inlay
// hints) and references without implicit mentions must not make the model
// match every name in the text: that is ~20–35 ms at 1 MB, found on first use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ArticleProject, type DocumentModel } from '../../server/src/core';
import { inlayHints } from '../../server/src/features/inlayHints';
import { mentionsIn } from '../../server/src/features/references';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { NodeFileHost } from '../../server/src/node/nodeFileHost';
import { REPO } from './lspClient';

/** The model with `mentions` (every mention, implicit ones found on demand) made to fail when read. */
function withoutImplicitMatching(model: DocumentModel): DocumentModel {
  return new Proxy(model, {
    get(target, key, receiver) {
      if (key === 'mentions') throw new Error('read model.mentions');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

it('semantic tokens, inlay hints and explicit references read only the explicit mentions', () => {
  const path = join(REPO, 'examples/le-drian-choigou.article');
  const model = new ArticleProject(new NodeFileHost()).analyze(path, readFileSync(path, 'utf8')).model;
  const guarded = withoutImplicitMatching(model);
  const whole = { start: { line: 0, character: 0 }, end: model.lines.positionAt(model.tree.text.length) };
  // Same answers as from the full model, without reading `mentions`.
  assert.deepEqual(semanticTokens(guarded, false).data, semanticTokens(model, false).data);
  assert.deepEqual(inlayHints(guarded, whole), inlayHints(model, whole));
  const target = { id: 'le-drian', definedIn: model.scope.get('le-drian')!.entity.path };
  assert.ok(mentionsIn(guarded, target, false).length > 0);
  assert.throws(() => mentionsIn(guarded, target, true), /read model\.mentions/);
});
