import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArticleProject } from '../../server/src/core';
import { isInside, relativePath } from '../../server/src/core/project/paths';
import { codes, memoryHost, only } from './helpers';

test('uses: followed transitively, cycles cut, nearest first; missing-registry for a direct use', () => {
  const host = memoryHost({
    '/p/a.article': '---\nuses: [reg/b.article, nowhere.article]\n---\n@x @y @z\n',
    '/p/reg/b.article': '---\nuses: c.article\n---\n@person x: X from b\n',
    '/p/reg/c.article': '---\nuses: b.article\n---\n@person y: Y\n@person x: X from c\n',
  });
  const project = new ArticleProject(host);
  const a = project.analyzeFile('/p/a.article')!;
  assert.deepEqual(codes(a).sort(), ['missing-registry', 'unknown-entity']);
  assert.equal(a.model.scope.get('x')?.entity.name, 'X from b', 'the nearest uses file wins');
  assert.equal(a.model.scope.get('y')?.origin, 'uses');
  const missing = only(a, 'missing-registry')[0]!;
  assert.equal(missing.range.start.line, 1);
});

test('registries: globs relative to articlemark.json, found by walking up; registries never report unused-entity', () => {
  const host = memoryHost({
    '/p/articlemark.json': '{"registries": ["registry/**/*.article"]}',
    '/p/registry/people.article': '@person x: X\n',
    '/p/registry/deep/orgs.article': '@org o: O\n',
    '/p/news/2024/a.article': '@x and @o\n',
  });
  const project = new ArticleProject(host);
  assert.deepEqual(project.registryPaths('/p/news/2024/a.article'), ['/p/registry/deep/orgs.article', '/p/registry/people.article']);
  const a = project.analyzeFile('/p/news/2024/a.article')!;
  assert.deepEqual(codes(a), []);
  assert.equal(a.model.scope.get('o')?.origin, 'registry');
  assert.equal(project.configFor('/p/news/2024/a.article').path, '/p/articlemark.json');
  const registry = project.analyzeFile('/p/registry/people.article')!;
  assert.equal(registry.model.isRegistry, true);
  assert.deepEqual(codes(registry), []);
});

test('duplicate across registries is duplicate-entity; a local definition shadowing a registry one is information', () => {
  const host = memoryHost({
    '/p/articlemark.json': '{"registries": ["r*.article"]}',
    '/p/r1.article': '@person x: X1\n',
    '/p/r2.article': '@person x: X2\n',
    '/p/a.article': '@person x: Local X\n\n@x\n',
  });
  const project = new ArticleProject(host);
  const r2 = project.analyzeFile('/p/r2.article')!;
  assert.deepEqual(codes(r2), ['duplicate-entity']);
  assert.equal(r2.diagnostics[0]!.related?.[0]?.path, '/p/r1.article');
  const a = project.analyzeFile('/p/a.article')!;
  assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]), [['shadowed-entity', 'information']]);
  assert.equal(a.model.scope.get('x')?.entity.name, 'Local X');
});

test('a local definition shadowing a `uses` definition is shadowed-entity too, pointing to the uses file', () => {
  const host = memoryHost({
    '/p/a.article': '---\nuses: b.article\n---\n@person x: Local X\n\n@x\n',
    '/p/b.article': '@person x: X from b\n',
  });
  const a = new ArticleProject(host).analyzeFile('/p/a.article')!;
  assert.deepEqual(codes(a), ['shadowed-entity']);
  assert.equal(a.diagnostics[0]!.related?.[0]?.path, '/p/b.article');
  assert.equal(a.model.scope.get('x')?.entity.name, 'Local X');
});

test('shadowed-entity names the other file relative to the article, wherever the project lives', () => {
  const message = (root: string): string => {
    const host = memoryHost({
      [`${root}/articlemark.json`]: '{"registries": ["registry/*.article"]}',
      [`${root}/registry/people.article`]: '@person x: X\n',
      [`${root}/stories/2026/a.article`]: '@person x: Local X\n\n@x\n',
    });
    return new ArticleProject(host).analyzeFile(`${root}/stories/2026/a.article`)!.diagnostics[0]!.message;
  };
  assert.equal(message('/home/ana/news'), '"x" is also defined in ../../registry/people.article; this article\'s definition wins here.');
  assert.equal(message('/srv/ci/build-42'), message('/home/ana/news'));
});

test('isInside: a folder holds what is under it, a drive or file-system root everything', () => {
  assert.ok(isInside('/p', '/p/a/r.article'));
  assert.ok(!isInside('/p', '/p'));
  assert.ok(!isInside('/p', '/pa/r.article'));
  assert.ok(isInside('/', '/p/r.article'));
  assert.ok(isInside('C:/', 'C:/news/r.article'));
  assert.ok(!isInside('C:/', 'D:/news/r.article'));
});

test('relativePath', () => {
  assert.equal(relativePath('/p/stories', '/p/registry/r.article'), '../registry/r.article');
  assert.equal(relativePath('/p', '/p/r.article'), 'r.article');
  assert.equal(relativePath('C:/news/a', 'C:/news/r.article'), '../r.article');
  assert.equal(relativePath('C:/news', 'D:/shared/r.article'), 'D:/shared/r.article');
});

test('config: explicit configPath; fatal problems; editor rules', () => {
  const host = memoryHost({ '/c/custom.json': '{"rules": {"placeholder": "error"}}', '/p/articlemark.json': 'not json', '/p/a.article': 'TK\n' });
  const explicit = new ArticleProject(host, { configPath: '/c/custom.json' });
  assert.equal(explicit.analyzeFile('/p/a.article')!.diagnostics[0]!.severity, 'error');
  const walked = new ArticleProject(host);
  const config = walked.configFor('/p/a.article');
  assert.equal(config.problems[0]?.fatal, true);
  assert.equal(walked.analyzeFile('/p/a.article')!.diagnostics[0]!.severity, 'warning', 'an unusable config leaves the defaults');
});

test('analysis is cached per version; invalidate re-reads changed registries and configs', () => {
  const host = memoryHost({ '/p/articlemark.json': '{"registries": ["reg.article"]}', '/p/reg.article': '@person x: X\n' });
  const project = new ArticleProject(host);
  const first = project.analyze('/p/a.article', '@x\n', 1);
  assert.equal(project.analyze('/p/a.article', '@x\n', 1), first);
  assert.notEqual(project.analyze('/p/a.article', '@x \n', 2), first);
  host.files.set('/p/reg.article', '@person y: Y\n');
  assert.deepEqual(codes(project.analyze('/p/a.article', '@x\n', 3)), [], 'still cached until invalidated');
  project.invalidate('/p/reg.article');
  assert.deepEqual(codes(project.analyze('/p/a.article', '@x\n', 4)), ['unknown-entity']);
  host.files.set('/p/articlemark.json', '{"registries": ["reg.article"], "rules": {"unknown-entity": "warning"}}');
  project.invalidate('/p/articlemark.json');
  assert.equal(project.analyze('/p/a.article', '@x\n', 5).diagnostics[0]!.severity, 'warning');
  project.setEditorRules({ 'unknown-entity': 'off' });
  assert.equal(project.analyze('/p/a.article', '@x\n', 5).diagnostics[0]!.severity, 'warning', 'the file wins over the editor');
  project.invalidate();
  host.files.delete('/p/articlemark.json');
  project.invalidate();
  assert.deepEqual(codes(project.analyze('/p/a.article', '@x\n', 6)), [], 'now the editor setting applies');
});

test('invalidate drops exactly the analyses that read the changed file, whatever kind of file it is', () => {
  const host = memoryHost({
    '/p/articlemark.json': '{"registries": ["registry/*.article"]}',
    '/p/registry/people.article': '@person x: X\n',
    // A `uses` file with prose is an ordinary article that others still read.
    '/p/background.article': '@person z: Z\n\nSome background prose about @z.\n',
    '/p/a.article': '---\nuses: background.article\n---\n@x and @z\n',
    '/p/b.article': '@x alone\n',
  });
  const project = new ArticleProject(host);
  const a = project.analyzeFile('/p/a.article')!;
  const b = project.analyzeFile('/p/b.article')!;
  assert.equal(project.hasDependents('/p/background.article'), true);
  assert.equal(project.hasDependents('/p/b.article'), false);

  // Editing b: nobody reads it, so a keeps its analysis.
  host.files.set('/p/b.article', '@x alone, edited\n');
  project.invalidate('/p/b.article');
  assert.equal(project.analyzeFile('/p/a.article'), a, 'a is not re-analysed');
  assert.notEqual(project.analyzeFile('/p/b.article'), b);

  // Editing the `uses` file: a is re-analysed and sees the change.
  host.files.set('/p/background.article', '@person w: W\n\nProse.\n');
  project.invalidate('/p/background.article');
  const again = project.analyzeFile('/p/a.article')!;
  assert.notEqual(again, a);
  assert.deepEqual(codes(again), ['unknown-entity']);

  // Editing a registry re-checks both articles.
  const bAgain = project.analyzeFile('/p/b.article')!;
  host.files.set('/p/registry/people.article', '@person y: Y\n');
  project.invalidate('/p/registry/people.article');
  assert.deepEqual(codes(project.analyzeFile('/p/b.article')!), ['unknown-entity']);
  assert.notEqual(project.analyzeFile('/p/b.article'), bAgain);

  // A created file may be what a missing `uses` path or a registry glob was looking for.
  host.files.set('/p/registry/more.article', '@person x: X again\n');
  project.invalidate('/p/registry/more.article', 'created');
  assert.deepEqual(codes(project.analyzeFile('/p/b.article')!), []);
});

test('an edited registry is parsed once: its readers reuse the parse of its own analysis, only when the host holds that text', () => {
  const host = memoryHost({ '/p/articlemark.json': '{"registries": ["reg.article"]}', '/p/reg.article': '@person x: X\n' });
  const project = new ArticleProject(host);
  project.analyze('/p/reg.article', '@person x: X\n', 1);
  project.analyzeFile('/p/a.article');

  // The editor's buffer is what the host holds (an overlay).
  host.files.set('/p/reg.article', '@person y: Y\n');
  project.invalidate('/p/reg.article');
  const registry = project.analyze('/p/reg.article', '@person y: Y\n', 2);
  const a = project.analyze('/p/a.article', '@y\n', 1);
  assert.deepEqual(codes(a), []);
  assert.equal(a.model.scope.get('y')?.entity.definition, registry.model.tree.blocks[0], 'the registry entity comes from the same parse');

  // Analysed text the host does not hold: readers keep reading the host's text.
  project.invalidate('/p/reg.article');
  project.analyze('/p/reg.article', '@person z: Z\n', 3);
  const again = project.analyze('/p/a.article', '@y @z\n', 2);
  assert.deepEqual(codes(again), ['unknown-entity']);
  assert.equal(again.model.scope.get('y')?.entity.name, 'Y');
});

test('prepare reads the configuration and registries of a folder ahead of its first analysis, which then reads neither again', () => {
  const files = {
    '/p/articlemark.json': '{"registries": ["registry/*.article"], "rules": {"unknown-entity": "warning"}}',
    '/p/registry/people.article': '@person x: X\n',
  };
  const host = memoryHost(files);
  const project = new ArticleProject(host);
  project.prepare('/p');
  assert.ok(host.reads.includes('/p/articlemark.json') && host.reads.includes('/p/registry/people.article'));
  host.reads.length = 0;
  const prepared = project.analyze('/p/a.article', '@x @y\n', 1);
  assert.deepEqual(host.reads.filter((path) => path === '/p/articlemark.json' || path.startsWith('/p/registry/')), []);
  const fresh = new ArticleProject(memoryHost(files)).analyze('/p/a.article', '@x @y\n', 1);
  assert.deepEqual(prepared.diagnostics, fresh.diagnostics);
  assert.deepEqual(prepared.diagnostics.map((d) => [d.code, d.severity, d.range.start.character]), [['unknown-entity', 'warning', 4]]);
  // What prepare read is invalidated like anything an analysis read.
  host.files.set('/p/registry/people.article', '@person y: Y\n');
  project.invalidate('/p/registry/people.article');
  const after = project.analyze('/p/a.article', '@x @y\n', 2).diagnostics;
  assert.deepEqual(after.map((d) => [d.code, d.range.start.character]), [['unknown-entity', 1]], 'now @x is the unknown one');
});

test('prepare of a folder without configuration, or that cannot be read, changes nothing', () => {
  const project = new ArticleProject(memoryHost({}));
  project.prepare('/nowhere');
  assert.deepEqual(codes(project.analyze('/nowhere/a.article', '@x\n', 1)), ['unknown-entity']);
});

test('what a closed document read is forgotten, and a missing `uses` path is remembered only while something reads it', () => {
  const host = memoryHost({ '/p/articlemark.json': '{"registries": ["reg.article"]}', '/p/reg.article': '@person x: X\n' });
  const project = new ArticleProject(host);
  const baseline = project.retained();
  // Typing a `uses` path letter by letter: every prefix is a path looked for and not found.
  const path = 'people/registry-of-the-newsroom.article';
  for (let i = 1; i <= path.length; i++) project.analyze('/p/a.article', `---\nuses: ${path.slice(0, i)}\n---\n@x\n`, i);
  let now = project.retained();
  assert.equal(now.files, baseline.files + 2, 'the registry and the one path the text names now');
  assert.equal(now.dependents, 3, 'the configuration, the registry and that path');
  // Many documents, each in its own folder, opened and closed.
  for (let i = 0; i < 200; i++) {
    const doc = `/p/drafts/${i}/a.article`;
    project.analyze(doc, '---\nuses: missing.article\n---\n@x\n', 1);
    project.invalidate(doc);
    project.documentClosed(doc);
  }
  project.invalidate('/p/a.article');
  project.documentClosed('/p/a.article');
  now = project.retained();
  assert.equal(now.reads, 0);
  assert.equal(now.dependents, 0);
  assert.equal(now.dependentEntries, 0);
  assert.equal(now.files, 1, 'the registry is kept; no missing path is');
  // A file analysed from disk keeps what it read only while its analysis is kept.
  host.files.set('/p/b.article', '---\nuses: gone.article\n---\n@x\n');
  project.analyzeFile('/p/b.article');
  assert.equal(project.hasDependents('/p/reg.article'), true);
  project.invalidate('/p/b.article');
  assert.deepEqual([project.retained().reads, project.retained().dependents], [0, 0]);
});

test('the configuration found per directory is remembered for a bounded number of directories', () => {
  const project = new ArticleProject(memoryHost({ '/p/articlemark.json': '{"rules": {"placeholder": "off"}}' }));
  const config = project.configFor('/p/a.article');
  for (let i = 0; i < 2_500; i++) project.configFor(`/p/${i}/a.article`);
  assert.ok(project.retained().configsByDir <= 1_000, String(project.retained().configsByDir));
  assert.equal(project.configFor('/p/7/b.article'), config, 'found again, the same configuration');
});

test('a duplicate ID in a registry is named as in this registry, in an article as in this article', () => {
  const host = memoryHost({
    '/p/articlemark.json': '{"registries": ["registry/*.article"]}',
    '/p/registry/people.article': '@person x: X\n\n@person x: X again\n',
    '/p/a.article': '@person y: Y\n@person y: Y again\n\n@y\n',
  });
  const project = new ArticleProject(host);
  assert.deepEqual(only(project.analyzeFile('/p/registry/people.article')!, 'duplicate-entity').map((d) => d.message), ['"x" is already defined in this registry; IDs are unique.']);
  assert.deepEqual(only(project.analyzeFile('/p/a.article')!, 'duplicate-entity').map((d) => d.message), ['"y" is already defined in this article; IDs are unique.']);
});
