// A colon just before a quote: the words are those of the clause before it —
// its subject, a pronoun there, an unnamed source it opens on, or the one it
// describes ("Le ministre a été clair : « … »").
import { afterPreposition, between, OBLIQUE_BEFORE, type AttributionContext } from './context';
import { chainedSubject, PRONOUN_OF, resolvePronoun, resolvePronounWith } from './coreference';
import { isRoleWord } from './lexicon';
import { applySubject, type QuoteState } from './quoteState';
import { roleAt } from './roles';
import { sentenceAt } from './sentences';
import type { EntityMention } from './types';

/** "un rapport de l'agence X", "a statement from the ministry": the complement of a document noun is its author. */
const DOCUMENT_OF = /\b(?:rapport|communiqué|lettre|message|texte|document|courriel|déclaration|report|statement|letter|message|post|tweet|e-?mail)\s+(?:de|du|des|d['’]|by|from|of)\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;

/**
 * A noun of what someone says or thinks opening the clause, then its complement: "Le bilan de X :", "Le constat de
 * l'adjoint :", "The verdict of the coach:". The complement is whose words follow.
 */
const STATEMENT_OF = /^[\s«»"“”-]*(?:(?:le|la|les|the)\s+|l['’])(?:bilan|constat|avis|analyse|verdict|conclusion|réponse|réaction|explication|commentaire|version|credo|leitmotiv|mot\s+d['’]ordre|regret|souhait|espoir|ambition|promesse|consigne|conseil|diagnostic|pronostic|jugement|sentiment|réplique|résumé|answer|response|reaction|view|advice|explanation|assessment|conclusion|take)\s+(?:(du|des)\s+|(?:de|d['’]|of|from)\s*((?:la|le|les|the)\s+|l['’])?)/iu;

/** An indefinite role opening the clause, maybe an apposition in commas, then a short verb phrase up to the colon. */
const INDEFINITE_THEN_VERB = /^[\s«»"“”-]*((?:[Uu]n|[Uu]ne|[Aa]n?|[Oo]ne)\s+([\p{Ll}-]+)(?:\s+(?:de|du|des|d['’]|of|from)\s*(?:(?:la|le|les|the)\s+|l['’])?[\p{L}'’-]+(?:\s+[\p{Ll}-]+){0,2}?)?)(\s*,[^,;:«»"“”\n]{2,80},)?\s+\p{Ll}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){0,5}\s*:\s*$/u;

/** A colon just before the quote: the subject of the clause before it. */
export function colonCue(ctx: AttributionContext, st: QuoteState): void {
  const { text, entities, sentenceStarts, addSource, last } = ctx;
  const { q, s, add } = st;
  // A colon just before the quote: the subject of the clause before it (unless a speech verb already named it).
  if (!st.verbCued && /:\s*$/u.test(text.slice(s, q.open))) {
    st.cued = true;
    // Objects and complements ("aux questions de X :") are not the clause's subject.
    // A rubric before a headline's colon (a rubric word, a colon, the headline) is no speaker.
    const rubric = (x: EntityMention): boolean => entities[x.entity]!.kind === 'other' && /^\s*$/u.test(text.slice(s, x.start)) && /^\s*:\s*$/u.test(text.slice(x.end, q.open)) && !text.slice(0, s).includes('\n');
    // "Même son de cloche chez X :", "Du côté de X, on se félicite :": the one "chez" names speaks.
    const statementOf = STATEMENT_OF.exec(text.slice(s, q.open));
    const m = between(ctx, s, q.open).filter((x) => x.end <= q.open && !rubric(x) && (!afterPreposition(ctx, x.start) || DOCUMENT_OF.test(text.slice(Math.max(0, x.start - 30), x.start)) || (!!statementOf && x.start === s + statementOf[0].length) || /(?:\bchez|\bdu\s+côté\s+(?:de|du|des|d['’]))\s*(?:(?:la|le|les)\s+|l['’])?(?:[\p{Ll}-]+\s+(?:de|du|des|d['’])\s*(?:(?:la|le|les)\s+|l['’])?)?$/iu.test(text.slice(Math.max(0, x.start - 40), x.start)))).pop();
    const clause = text.slice(m ? m.end : s, q.open);
    // "Un sénateur de la majorité est plus sévère :": an indefinite role opening the clause is an unnamed source, the
    // body in its complement is not the speaker.
    const opening = /^[\s«»"“”-]*((?:[Uu]n|[Uu]ne|[Aa]n?|[Oo]ne)\s+([\p{Ll}-]+)(?:\s+(?:de|du|des|d['’]|of|from)\s*(?:(?:la|le|les|the)\s+|l['’])?[\p{L}'’-]+(?:\s+[\p{Ll}-]+){0,2}?)?)\s+(?:est|était|se\s+montre|s['’]est\s+montrée?|a\s+été|reste|paraît|semble|is|was|seemed|sounded)\s/u.exec(text.slice(s, q.open));
    // "Un pêcheur, membre depuis vingt ans, résume l'ambiance :": the same head, an apposition maybe, then a verb's
    // phrase that runs to the colon.
    const opensClause = opening ?? INDEFINITE_THEN_VERB.exec(text.slice(s, q.open));
    // A noun the role lexicon lacks is taken too when an apposition describes it (", membre depuis vingt ans,").
    const described = opensClause !== opening && opensClause?.[3] !== undefined;
    const indefiniteHead: [number, number] | undefined = opensClause && (isRoleWord(opensClause[2]!) || described) && (opensClause !== opening || !/[,;]/u.test(text.slice(s, q.open).slice(opensClause[0].length))) ? [s + opensClause[0].indexOf(opensClause[1]!), s + opensClause[0].indexOf(opensClause[1]!) + opensClause[1]!.length] : undefined;
    // "… où il s'était emporté : « … »": a subject pronoun after the last name speaks.
    const pronoun = /(?:^|[\s,;])(il|elle|he|she)\s+(?!(?:et|ou|and|or)\b)\S/iu.exec(clause);
    if (pronoun && !OBLIQUE_BEFORE.test(clause.slice(Math.max(0, pronoun.index - 10), pronoun.index + 1))) {
      const at = (m ? m.end : s) + pronoun.index + pronoun[0].indexOf(pronoun[1]!);
      resolvePronoun(ctx, pronoun[1]!, q.open, at, (x, sc, r) => add(x, sc * 0.95, r));
    } else if (m && !indefiniteHead && clause.length < 100) add(m.entity, /^\s*:/u.test(clause) ? 0.9 : 0.84, 'named before the colon');
    else if (indefiniteHead && addSource) {
      const id = addSource(indefiniteHead[0], indefiniteHead[1]);
      if (id !== undefined) add(id, 0.9, 'an unnamed source before the colon');
    } else if (!m) {
      // Nobody named before the colon: "Le ministre a été clair :", "His message was clear:", else the subject before.
      // "Le constat de l'adjointe :", "L'avis du maire :": the role in the complement of a noun of statement, with its article.
      const head = text.slice(s, q.open).replace(/^[\s«»"“”-]+/u, '').replace(STATEMENT_OF, (_, fused?: string, article?: string) => (fused ? (fused.toLowerCase() === 'du' ? 'le ' : 'les ') : (article ?? '')));
      // "Après la rencontre, l'attaquant s'est montré satisfait :": the role after a leading complement.
      const role = roleAt(head) ?? roleAt(head.replace(/^[^,:]{2,80},\s*/u, ''));
      const possessive = /^(?:son|sa|ses|his|her|its|their)\s/iu.exec(head);
      if (role) applySubject(ctx, st, { type: 'role', noun: role.noun, adjectives: role.adjectives, possessive: role.possessive, gender: role.gender }, 0.95);
      else if (possessive) {
        const word = PRONOUN_OF[possessive[0].trim().toLowerCase()];
        if (word) resolvePronoun(ctx, word, q.open, s, (x, sc, r) => add(x, sc * 0.9, r));
        else resolvePronounWith(ctx, 'il', q.open, s, false, false, (x, sc, r) => add(x, sc * 0.85, r));
      }
      if (last) add(last.entity, 0.7, 'the last speaker (colon)');
      if (s > 0) {
        const subject = chainedSubject(ctx, sentenceAt(sentenceStarts, s - 1, text.length)[0], (x) => x.kind === 'person' || x.kind === 'org' || x.kind === 'source', 2);
        if (subject !== undefined) add(subject, 0.72, 'the subject of the sentence before (colon)');
      }
    }
  }
}
