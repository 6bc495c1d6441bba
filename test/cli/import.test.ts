// `articlemark import` and `suggest` on plain copy a writer pastes, run as users run them:
// the article import writes checks without errors, gives back the copy's prose once its
// markup is removed, has only paragraphs and definitions, and attributes exactly the
// quotes `suggest` calls confident.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from '../../server/src/core/syntax/parse';
import { importedProse } from '../speakers/importedProse';
import { ensureBuilt, removeDir, run, tempDir } from './run';

before(ensureBuilt);

interface Finding {
  readonly severity: string;
  readonly code: string;
  readonly line: number;
  readonly message: string;
}
interface ExportedQuote {
  readonly parent: number | null;
  readonly speakers: readonly string[];
}
interface SuggestedQuote {
  readonly range: { start: { line: number }; end: { line: number } };
  readonly confident: boolean;
  readonly candidates: readonly { id: string }[];
}

describe('import: the article written from plain copy', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
  });
  after(() => removeDir(dir));

  /** Imports `copy`, checks the result, and returns what the commands said. */
  function importCopy(name: string, copy: string): { article: string; errors: string[]; exported: ExportedQuote[]; suggested: SuggestedQuote[] } {
    writeFileSync(join(dir, `${name}.txt`), copy);
    const imported = run(['import', `${name}.txt`, '-o', `${name}.article`], { cwd: dir });
    assert.equal(imported.code, 0, imported.stderr);
    const article = readFileSync(join(dir, `${name}.article`), 'utf8');
    const checked = run(['check', '--format', 'json', '--no-exit', `${name}.article`], { cwd: dir });
    const findings = (JSON.parse(checked.stdout) as { files: { findings: Finding[] }[] }).files[0]!.findings;
    const exported = (JSON.parse(run(['export', `${name}.article`, '--format', 'json'], { cwd: dir }).stdout) as { quotes: ExportedQuote[] }).quotes;
    const suggested = (JSON.parse(run(['suggest', `${name}.txt`, '--format', 'json'], { cwd: dir }).stdout) as { quotes: SuggestedQuote[] }).quotes;
    const errors = findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.line}: ${f.message}`);
    return { article, errors, exported, suggested };
  }

  /** The promises of import for any copy: no error, the prose back, paragraphs only, suggest's confident quotes attributed. */
  function assertFaithful(name: string, copy: string): string {
    const { article, errors, exported, suggested } = importCopy(name, copy);
    assert.deepEqual(errors, [], article);
    const lines = copy.replace(/^\uFEFF/u, '').split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
    assert.deepEqual(importedProse(article), lines, article);
    const body = parse(article).blocks.filter((b) => b.type !== 'definition');
    assert.deepEqual(body.map((b) => b.type).filter((t) => t !== 'paragraph'), [], article);
    const quotes = exported.filter((q) => q.parent === null);
    assert.deepEqual(
      quotes.map((q) => q.speakers),
      suggested.map((q) => (q.confident ? [q.candidates[0]!.id] : [])),
      article,
    );
    return article;
  }

  it('a line indented before a heading, list or block quote mark stays a paragraph', () => {
    assertFaithful('indented', 'Conseil municipal\n  # Les chiffres\n\t- le budget baisse\n   > un habitant proteste\n  1. premier point\n2) second point\n');
  });

  it('a quote left open on one line does not pair with the marks of the next lines', () => {
    const copy = 'Council approves budget\nMayor Tom Baker said the plan was "the best we could do.\nCouncillor Ann Lee disagreed. "It is a disaster," she said.\nThe vote was 5-4.\n';
    const article = assertFaithful('open-straight', copy);
    assert.match(article, /was \\"the best/u);
    // Read as one paragraph, the second quote was nested in the first and never listed.
    assert.equal(importCopy('open-straight', copy).suggested.length, 1);
  });

  it('no suggested quote runs from a mark left open to a closing mark lines later', () => {
    const copy = 'Les riverains inquiets\nLe maire Paul Martin a dit « bonjour, puis il est parti.\nLe conseil a voté le budget.\nUne fermeture seule » traîne ici.\n';
    const { suggested } = importCopy('open-french', copy);
    assert.deepEqual(suggested.filter((q) => q.range.start.line !== q.range.end.line), []);
  });

  it('quote marks in what would be code, a comment or a link in the copy are quotes of the article', () => {
    assertFaithful('hidden-quotes', 'Budget vote\nShe typed `rm "x` and left. "Fine," said Tom Baker.\nA note <!-- "draft" --> and [the report](http://x.example "Title here") stay. "We are done," said Ann Lee.\n');
  });

  it('an attribution is not glued to the word after the quote', () => {
    const article = assertFaithful('glued', 'Vote au conseil\n« Nous gagnerons »-a lancé le maire Paul Martin.\nLe maire Paul Martin a déclaré : « Nous sommes prêts »2 fois.\n');
    assert.match(article, /\[« Nous gagnerons »\]\(@martin\)-a lancé/u);
  });

  it('an attribution or a mention next to a straight mark does not change how the mark pairs', () => {
    // `"…"@martin"…"`: after a letter, the next mark could no longer open its quote.
    const article = assertFaithful('next-to-marks', 'Marques collées\nLa CGT"" réagit.\n"Nous irons""jusqu au bout", a déclaré le maire Paul Martin.\n');
    assert.match(article, /\["Nous irons"\]\(@martin\)"jusqu au bout"@martin,/u);
    // A quote closed by a mark of another kind is the writer's to fix: not attributed, and not listed as confident.
    const { errors, exported, suggested } = importCopy('mismatched', 'Marques\n“We are done" said Mayor Tom Baker.\n');
    assert.deepEqual(errors.map((e) => e.split('@')[0]), ['mismatched-quote']);
    assert.deepEqual(exported.map((q) => q.speakers), [[]]);
    assert.deepEqual(suggested, []);
  });

  it('an @ and + after a quote mark stay text (the parser reads "@+x as an attribution)', () => {
    assertFaithful('at-plus', 'Titre\nIl a crié "@+tous et "@+vous".\n');
  });

  it('reads standard input for - (import and suggest), as check and export do', () => {
    const copy = 'Vote au conseil\nLe maire Paul Martin a déclaré : « Nous sommes prêts ».\n';
    writeFileSync(join(dir, 'stdin.txt'), copy);
    for (const command of [['import'], ['suggest', '--format', 'json']]) {
      const fromFile = run([command[0]!, 'stdin.txt', ...command.slice(1)], { cwd: dir });
      const fromStdin = run([command[0]!, '-', ...command.slice(1)], { cwd: dir, input: copy });
      assert.equal(fromStdin.code, 0, fromStdin.stderr);
      assert.equal(fromStdin.stdout, fromFile.stdout);
      assert.match(fromStdin.stdout, /Nous sommes prêts/u);
      // Refused as a file would be: not UTF-8.
      const binary = run([command[0]!, '-', ...command.slice(1)], { cwd: dir, input: Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x00]) });
      assert.equal(binary.code, 2);
      assert.match(binary.stderr, new RegExp(`^articlemark ${command[0]}: cannot read standard input: `, 'u'));
    }
  });

  it('a backslash in the copy is kept, before a quote mark too', () => {
    assertFaithful('backslash', 'Chemins Windows\nLe fichier C:\\"docs\\" et C:\\temp\\ ont disparu.\n');
  });

  it('the title is the first line with words, not a rule of dashes, nor a heading mark', () => {
    const article = assertFaithful('rule', '---\nLe titre entre tirets\n---\nLe maire Paul Martin a déclaré : « Nous sommes prêts ».\n');
    assert.match(article, /^---\ntitle: "Le titre entre tirets"\n/u);
    // Copy pasted from Markdown: the heading's text, its marks kept in the prose only.
    const markdown = assertFaithful('markdown-title', '## Le maire démissionne\nLe maire Paul Martin a démissionné lundi.\n');
    assert.match(markdown, /^---\ntitle: "Le maire démissionne"\n/u);
  });

  it('an article (its own output too) is refused and left as it is; copy between rules of dashes is not an article', () => {
    const article = assertFaithful('twice', 'Ferry vote\nMayor Tom Baker said the line was \\"overdue. "We waited," said Ann Lee.\n');
    const again = run(['import', 'twice.article', '-o', 'twice.article'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /^articlemark import: twice\.article is already an article \(it opens with front matter\)/u);
    assert.equal(readFileSync(join(dir, 'twice.article'), 'utf8'), article);
    assertFaithful('not-front-matter', '---\nBy: Tom Baker\n---\n"We waited," said Ann Lee.\n');
  });

  it('IDs are made from names in any script: letters without a decomposition are folded, Cyrillic kept', () => {
    const article = assertFaithful('scripts', 'Visite officielle\n« C\'est un jour historique », a affirmé Mme Zoë Ørsted-Łukasiewicz.\n"Nous sommes prêts", a déclaré le président Владимир Путин à Moscou.\n');
    assert.match(article, /^@person orsted-lukasiewicz: Zoë Ørsted-Łukasiewicz\n {2}aka: Mme Zoë Ørsted-Łukasiewicz$/mu);
    assert.match(article, /^@person путин: Владимир Путин$/mu);
  });

  it('a pasted page loses its breadcrumb, footer links, comment counter, copyright and prompts, named on stderr; prose with the same words stays', () => {
    writeFileSync(join(dir, 'page.txt'), [
      'Home › News › Local',
      'City to close Elm Street library',
      'The city will close the library in June, Mayor Tom Baker said on Tuesday.',
      'Comments (34)',
      'Privacy Policy | Terms of Use | Contact Us',
      '© 2024 The Daily Example. All rights reserved.',
      'Accueil > Actualités > Politique',
      'Mentions légales | CGU | Cookies',
      "Envie d'afficher votre publicité ?",
      'Les commentaires sont fermés.',
      '',
    ].join('\n'));
    const result = run(['import', 'page.txt'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stderr.split('\n').filter((l) => l !== ''), [
      'dropped: Home › News › Local',
      'dropped: Comments (34)',
      'dropped: Privacy Policy | Terms of Use | Contact Us',
      'dropped: © 2024 The Daily Example. All rights reserved.',
      'dropped: Accueil > Actualités > Politique',
      'dropped: Mentions légales | CGU | Cookies',
      "dropped: Envie d'afficher votre publicité ?",
      'dropped: Les commentaires sont fermés.',
    ]);
    assert.match(result.stdout, /^---\ntitle: "City to close Elm Street library"\n/u);
    // Prose with the same words is kept: sentences, a section head, a title, a list item.
    const kept = [
      'Copyright law changes',
      'The privacy policy changed, and 34 comments were posted.',
      'Réactions',
      '(c) the third point',
      "Le marché de la publicité a reculé de 5 % en 2023, selon l'Irep.",
      'The advertising industry lost 3,000 jobs last year.',
      'Sponsored by the city, the festival opens on Friday.',
      "Partager le pouvoir n'est pas simple, a-t-il reconnu.",
      'Cookies and cakes were sold at the fair.',
      'Newsletter publishers say readers are back.',
      'Sign up numbers rose by 12 % in March.',
      'Log in details were stolen, the bank said.',
      'Les commentaires du ministre ont ouvert un débat.',
      '',
    ].join('\n');
    assertFaithful('page-prose', kept);
  });

  it('a URL is written as it is (the parser reads a backslash in it as part of the address)', () => {
    const article = assertFaithful('url', 'Liens\nVoir https://example.org/list?id=[12]&q=*a* pour le détail, ou [le site](https://example.org/a_[1]).\n');
    assert.ok(article.includes(' https://example.org/list?id=[12]&q=*a* pour'), article);
    assert.ok(article.includes('\\[le site\\](https://example.org/a_[1]).'), article);
    // A name in an address is not marked there (brackets would become part of the address), an autolink's address is let alone too.
    const names = assertFaithful('url-names', 'Le maire démissionne\nSelon https://example.org/CGT/communique et <https://example.org/a_[1]>, la CGT a réagi.\n');
    assert.ok(names.includes(' https://example.org/CGT/communique et <https://example.org/a_[1]>, la [CGT](@cgt) a réagi.'), names);
  });

  it('lines ended by a lone CR (old Mac files) are lines, as editors show them', () => {
    const copy = 'Titre mac\rLe maire Paul Martin a dit : « Oui ».\r# pas un titre\r';
    const article = assertFaithful('mac', copy.replace(/\r/gu, '\n'));
    const { article: fromMac, suggested } = importCopy('mac', copy);
    assert.equal(fromMac, article);
    assert.equal(suggested[0]!.range.start.line, 1);
  });

  it('straight marks left open inside one another are all made literal, in one go', () => {
    // Lines of many lengths: lines all filled to one width would read as hard-wrapped copy.
    const lines = Array.from({ length: 30 }, (_, n) => `Ligne ${n} "un "deux "trois "quatre fin${'.'.repeat(1 + (n % 40))}`);
    const article = assertFaithful('nested-open', ['Marques ouvertes', 'Il a dit "oui "peut-être" non.', ...lines, ''].join('\n'));
    assert.match(article, /^Il a dit \\"oui "peut-être" non\.$/mu);
    assert.match(article, /^Ligne 29 \\"un \\"deux \\"trois \\"quatre fin\.+$/mu);
  });

  // Found on real copy: a short surname or an abbreviation's dot at a sentence's end glued the next sentence's
  // first word to the name ("@person two: … Wu. Two", a mention across the sentence end). Invented names.
  it('a name ends at a sentence\'s end, after a short surname, an abbreviation or an initial', () => {
    const article = assertFaithful('sentence-end', [
      'Council vote',
      'The motion was tabled by councillor Ana Wu. Two members abstained.',
      'The delegation arrived in Springfield D.C. The mayor greeted them.',
      'Members of the Harbor Guild. Tessaly Brandt said the guild would appeal.',
      '"We are relieved," said Ana Wu.',
      '',
    ].join('\n\n'));
    const definitions = article.split('\n').filter((l) => l.startsWith('@'));
    assert.deepEqual(definitions.filter((d) => /\. \S/u.test(d)), [], article);
    assert.ok(definitions.includes('@person wu: Ana Wu') && definitions.includes('@person brandt: Tessaly Brandt'), article);
    assert.match(article, /councillor \[Ana Wu\]\(@wu\)\. Two members/u);
    // An initial and a title's dot still go on: "L. Ron …", "Dr. …".
    const initials = assertFaithful('initials', 'Visit\nDr. Mira L. Okafor met Gov. Tam Reyes in St. Alder on Friday.\n');
    assert.match(initials, /^@person okafor: Mira L\. Okafor\n {2}aka: Dr\. Mira L\. Okafor$/mu);
  });

  // Found on real copy: "@source la-porte-parole-de-la: …", an ID cut after four words, on a particle.
  it('an unnamed source\'s ID does not end on a particle or an article', () => {
    const article = assertFaithful('source-ids', 'Vote\n\nLe club a perdu. « Nous reviendrons », a assuré la porte-parole de la fédération régionale.\n\n"We will be back," said a spokesman of the regional league.\n');
    const ids = article.split('\n').filter((l) => l.startsWith('@source')).map((l) => l.split(/[ :]/u)[1]);
    assert.deepEqual(ids, ['la-porte-parole', 'a-spokesman'], article);
  });

  it('a transcript keeps one paragraph per turn, however alike the lengths of its lines', () => {
    assertFaithful('transcript', [
      'Press conference, City Hall',
      'REPORTER: Mayor Baker, what about the budget and the schools?',
      'TOM BAKER: We will balance it, as I said last year, and we did.',
      'REPORTER: And what do the critics say about the new plan now?',
      'TOM BAKER: They can say what they like. We have the numbers.',
      'ANN LEE (Councillor): That is not true, and the auditors will see.',
      '',
    ].join('\n'));
  });
});
