import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleProject } from '../../server/src/core';
import { AliasMatcher } from '../../server/src/core/model/aliasMatcher';
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

test('alias matcher cache: the trie of unused local entities is built once, not again after a keystroke elsewhere', () => {
  // Counted as names added to tries: rebuilding this trie on every analysis took ~80 ms at 20,000 definitions.
  const project = new ArticleProject(memoryHost({}));
  const definitions = Array.from({ length: 2000 }, (_, i) => `@person p${i}: Personne Numéro${i}\n  aka: Numéro${i}`).join('\n');
  const text = (prose: string): string => `${definitions}\n\n${prose}\n`;
  const unused = (prose: string, version: number): number =>
    project.analyze('/p/a.article', text(prose), version).diagnostics.filter((d) => d.code === 'unused-entity').length;
  const adds = { count: 0 };
  const add = AliasMatcher.prototype.add;
  AliasMatcher.prototype.add = function (this: AliasMatcher, ...args: Parameters<AliasMatcher['add']>): void {
    adds.count++;
    add.apply(this, args);
  };
  try {
    assert.equal(unused('Un texte sans nom.', 1), 2000);
    assert.equal(adds.count, 4000, 'the first analysis builds the trie of the 2,000 unused entities');
    assert.equal(unused('Un texte sans nomx.', 2), 2000);
    assert.equal(adds.count, 4000, 'one keystroke in the prose builds no trie');
    // Reused only for the same names: naming one in the text, or renaming one, is seen at once.
    assert.equal(unused('Un texte qui cite Numéro7.', 3), 1999);
  } finally {
    AliasMatcher.prototype.add = add;
  }
  const renamed = definitions.replace('Personne Numéro5\n  aka: Numéro5', 'Personne Numéro5\n  aka: Autre');
  assert.equal(project.analyze('/p/a.article', `${renamed}\n\nUn texte qui cite Autre.\n`, 4).diagnostics.filter((d) => d.code === 'unused-entity').length, 1999);
});
