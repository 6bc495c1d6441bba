import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleProject } from '../../server/src/core';
import { memoryHost } from './helpers';

// The project reuses alias tries across analyses: these tests pin that a reused
// trie never answers for names that are no longer (or not yet) in scope.

const implicitOf = (project: ArticleProject, path: string, text: string, version: number): string[] =>
  project
    .analyze(path, text, version)
    .model.mentions.filter((m) => m.form === 'implicit')
    .map((m) => `${m.id}:${text.slice(m.span.start, m.span.end)}`);

test('alias matcher cache: editing a local definition (alias, name, ID) changes the implicit mentions at once', () => {
  const project = new ArticleProject(memoryHost({}));
  const prose = '\n\nLe ministre Choïgou et le général Dupont ont parlé.\n';
  assert.deepEqual(implicitOf(project, '/p/a.article', '@person c: Sergueï Choïgou\n  aka: Choïgou' + prose, 1), ['c:Choïgou']);
  assert.deepEqual(implicitOf(project, '/p/a.article', '@person c: Sergueï Choïgou\n  aka: Dupont' + prose, 2), ['c:Dupont']);
  assert.deepEqual(implicitOf(project, '/p/a.article', '@person d: Sergueï Choïgou\n  aka: Dupont' + prose, 3), ['d:Dupont']);
  assert.deepEqual(implicitOf(project, '/p/a.article', '@person d: Dupont' + prose, 4), ['d:Dupont']);
  assert.deepEqual(implicitOf(project, '/p/a.article', '@person d: Le général' + prose, 5), ['d:le général']);
  // Back to the first text: the same answer as the first time.
  assert.deepEqual(implicitOf(project, '/p/a.article', '@person c: Sergueï Choïgou\n  aka: Choïgou' + prose, 6), ['c:Choïgou']);
});

test('alias matcher cache: documents with different scopes in one project keep their own names', () => {
  const project = new ArticleProject(memoryHost({}));
  const prose = '\n\nAlpha et Beta se parlent.\n';
  for (let round = 0; round < 3; round++) {
    assert.deepEqual(implicitOf(project, '/p/a.article', '@person a: Alpha' + prose, 10 + round), ['a:Alpha']);
    assert.deepEqual(implicitOf(project, '/p/b.article', '@person b: Beta' + prose, 10 + round), ['b:Beta']);
    assert.deepEqual(implicitOf(project, '/p/c.article', prose, 10 + round), []);
  }
});

test('alias matcher cache: a registry edited on disk is seen after invalidate', () => {
  const host = memoryHost({
    '/p/articlemark.json': '{"registries": ["people.article"]}',
    '/p/people.article': '@person a: Alpha\n',
  });
  const project = new ArticleProject(host);
  const text = 'Alpha et Beta se parlent.\n';
  assert.deepEqual(implicitOf(project, '/p/a.article', text, 1), ['a:Alpha']);
  host.files.set('/p/people.article', '@person a: Alpha\n  aka: Beta\n');
  project.invalidate('/p/people.article');
  assert.deepEqual(implicitOf(project, '/p/a.article', text, 2), ['a:Alpha', 'a:Beta']);
  host.files.set('/p/people.article', '@person b: Beta\n');
  project.invalidate('/p/people.article');
  assert.deepEqual(implicitOf(project, '/p/a.article', text, 3), ['b:Beta']);
});
