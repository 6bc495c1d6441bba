// The subject after an inverted speech verb ("« … », a déclaré M. X", "“…,” said the spokeswoman"): a name, a role
// and the name in apposition to it, an unnamed source or group, a document and its author.
import { describedThenTitled } from './afterVerb';
import { mentionsFrom, type AttributionContext, type Subject } from './context';
import { bareDocumentAfterVerb, documentAfterVerb } from './documentSubjects';
import { DEMONYM, DESCRIPTION_ADJECTIVE, isGroupNoun, isRolePhrase, roleAt } from './roles';
import { roleSubject, type VerbSite } from './subjectSite';
import type { EntityMention } from './types';
import { ROLE_NOUNS } from './lexicon';

const TELL_VERB = /^(?:told|tell|tells|telling)$/iu;
// Up to a phrase about anonymity, which does not describe the source ("un diplomate sous couvert d'anonymat").
// Also before the verb's own complement: "a expliqué un responsable de X à l'AFP", "told one official to the BBC".
// And before a place of the event ("said a spokesman at the Bethesda, Maryland, ceremony": a town, then its state).
// And before a complement of time or circumstance: "a confié un proche du maire après une réunion lundi matin à la
// mairie" is "un proche du maire" (après, avant, lors de, pendant, au cours de, à l'issue de, a day, a date).
// "l'un des spectateurs", "l'une de ses voisines": one of a group, unnamed, as "un spectateur" is.
const INDEFINITE = /^(?:[Uu]n|[Uu]ne|[Dd]es|[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Pp]lusieurs|[Dd]eux|[Tt]rois|[Cc]ertains|[Cc]ertaines|[Ll]['’]une?\s+(?:des|de\s+(?:ses|leurs|nos|vos)))\s+(?:(?!\s(?:(?:interrog|contact|joint|cité|sollicit|interview|quoted|reached)[\p{L}]*\s+(?:par|by)\s|sous\s+couvert|qui\s+a\s+requis|ayant\s+requis|qui\s+souhaite|speaking\s+on|on\s+condition|who\s+asked|who\s+requested|requesting)\b|\s(?:à|au|aux)\s+(?:l['’]\p{Lu}|\p{Lu}|la\s+(?:presse|radio|télévision|chaîne))|\s(?:à\s+la|à\s+l['’]|au|aux)\s*(?:quotidien|journal|hebdomadaire|mensuel|magazine|radio|chaîne|télévision|site|agence|revue)s?\s|\sto\s+(?:the\s+)?\p{Lu}|\s(?:at|in)\s+the\s+\p{Lu}[\p{L}-]*,\s|\s(?:depuis|dès|from)\s+(?:les|la|le|l['’]|son|sa|ses|the|his|her)|\s(?:après|avant|lors|pendant|durant|au\s+cours|à\s+l['’]issue|en\s+marge|after|before|during|following|ahead\s+of)\s|\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|(?:le|on)\s+\d)\b|\s(?:est|sont|était|étaient|semble|paraît|se\s+montre|is|are|was|were|seems)\s)[^,.;:!?"«»“”\n]){2,90}/u;
/** A group by a plural noun, maybe counted: "ont déclaré les enquêteurs", "said the two investigators". */
const GROUP_AFTER = /^(?:les|the)\s+(?:(?:deux|trois|quatre|two|three|four)\s+)?([\p{Ll}-]+)(?:\s+[\p{Ll}-]+)?/u;

/**
 * A complement of the speech verb after its inverted subject: a preposition of address, occasion or medium and a
 * determiner ("à une question de", "au micro de", "lors d'un point presse", "to reporters"). "de / of" stay: they
 * build the description ("la porte-parole de la fédération").
 */
const VERB_COMPLEMENT_AFTER_SUBJECT = /\s(?:à|au|aux|auprès\s+d[eu']|lors\s+d[eu']|devant|pendant|dans|sur|to|during|in|on|at)(?:\s+(?:un|une|la|le|les|l['’]|des|son|sa|ses|leur|leurs|a|an|the|his|her|their|its|reporters|journalists|journalistes)\b|\s*l['’])/u;

type Role = NonNullable<ReturnType<typeof roleAt>>;

/**
 * The subject after the inverted verb of `site`: `afterComplements` is the text past the verb's complements, which end `skip`
 * characters after the verb; `next` the name there, if any. Undefined when none of the readings fits.
 */
export function invertedSubject(site: VerbSite, afterComplements: string, skip: number, next: EntityMention | undefined): Subject | undefined {
  const { ctx, vs, ve } = site;
  const document = documentAfterVerb(site, skip, afterComplements);
  if (document?.author) return document.author;
  const rest = document ? afterComplements.slice(document.length) : afterComplements;
  const role = roleAt(rest);
  // "told the police": after a verb of telling comes the addressee, not the speaker.
  const addressee = TELL_VERB.test(ctx.text.slice(vs, ve));
  const named = (next ? demonymAfter(ctx, next) ?? nameAfterVerbSubject(site, skip, next, role, addressee) : undefined)
    ?? (role || addressee ? undefined : describedThenNamed(ctx, ve + skip));
  if (named) return named;
  if (role && !addressee) return roleAfterVerb(site, skip, rest, role);
  const restAt = ve + skip + (document ? document.length : 0);
  return indefiniteAfterVerb(ctx, rest, restAt) ?? groupAfterVerb(rest, restAt) ?? (document ? undefined : bareDocumentAfterVerb(site, rest));
}

/** "a déclaré le Guadeloupéen": a people's name after a lowercase article describes the person, it names nobody. */
function demonymAfter(ctx: AttributionContext, next: EntityMention): Subject | undefined {
  const { text, entities } = ctx;
  const entity = entities[next.entity]!;
  const demonym = entity.kind === 'other' && !/\s/u.test(entity.name) && DEMONYM.test(text.slice(next.start, next.end)) && /(?:^|\s)(?:le|la|les|l['’])\s*$/u.test(text.slice(Math.max(0, next.start - 4), next.start));
  return demonym ? { type: 'role', noun: text.slice(next.start, next.end).toLowerCase(), adjectives: [] } : undefined;
}

/** A lowercase description and its complements (maybe no role the lexicon knows), then a comma and maybe a title. */
const DESCRIPTION_THEN_COMMA = /^(?:le|la|l['’]|the)\s*[\p{Ll}-]{3,}(?:\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*)?[\p{Ll}-]{2,}){0,3}\s*,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u;

/** "explique le régisseur, X": a description the role lexicon lacks, then the person in apposition to it. */
function describedThenNamed(ctx: AttributionContext, at: number): Subject | undefined {
  const next = mentionsFrom(ctx, at).find((m) => m.start >= at);
  if (!next || next.start - at > 100 || ctx.entities[next.entity]!.kind !== 'person' || !DESCRIPTION_THEN_COMMA.test(ctx.text.slice(at, next.start))) return undefined;
  return { type: 'entity', entity: next.entity, score: 0.93, reason: 'named in apposition to the description after the speech verb' };
}

/** The name right after the verb speaks, unless it is the addressee, a role's complement, or a role stands first. */
function nameAfterVerbSubject(site: VerbSite, skip: number, next: EntityMention, role: Role | undefined, addressee: boolean): Subject | undefined {
  const { ctx, ve } = site;
  // The name right after the role words ("said lead author Dr. X", "a estimé la cheffe de file X") is the role's holder.
  const gap = ctx.text.slice(ve + skip, next.start);
  const roleThenName = !!role && (isRolePhrase(gap) || describedThenTitled(gap));
  if (addressee || (!!role && complementOfRole(ctx, next)) || !(!role || next.start - ve <= skip + 4 || roleThenName)) return undefined;
  // "said a Kremlin spokesman": a body's name between "a" and a role noun qualifies the role; the role speaks.
  if (ctx.english && /^\s*an?\s+$/iu.test(gap) && ROLE_NOUNS.has(/^\s+([\p{Ll}-]+)/u.exec(ctx.text.slice(next.end, next.end + 30))?.[1] ?? '')) return undefined;
  return { type: 'entity', entity: next.entity, score: 0.95, reason: 'named right after the speech verb' };
}

/** "s'insurge le président de la région X, Y": a place or body after the role is its complement when a person follows in apposition. */
function complementOfRole(ctx: AttributionContext, next: EntityMention): boolean {
  const { text, entities } = ctx;
  const following = mentionsFrom(ctx, next.end).find((m) => m.start > next.end) ?? next;
  return entities[next.entity]!.kind !== 'person' && /^\s*,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(next.end, following.start)) && entities[following.entity]!.kind === 'person';
}

/** A role after the verb: the name in apposition to it holds it; else its description is an unnamed source. */
function roleAfterVerb(site: VerbSite, skip: number, rest: string, role: Role): Subject {
  const { ctx, ve } = site;
  const { text, entities } = ctx;
  // "explique le président de la fédération, Odile Brunet": the name in apposition to the role.
  // A title the name does not keep may come between ("son avocat, Me X").
  const named = mentionsFrom(ctx, ve + skip).find((m) => m.start - ve <= 130 && /,\s*(?:\p{Lu}\p{Ll}{0,3}\.?\s+)?$/u.test(text.slice(ve, m.start)) && !/[;:!?"«»“”\n]|\.(?!\s*$)/u.test(text.slice(ve, m.start).replace(/(?<=\p{Lu}\p{Ll}{0,3})\./gu, '')) && entities[m.entity]!.kind === 'person');
  if (named) return { type: 'entity', entity: named.entity, score: 0.93, reason: `named in apposition to "${role.noun}"` };
  // Nobody holds the role: the description, up to the clause's end, is an unnamed source ("a écrit la commissaire
  // chargée des crises").
  // It stops before a complement of the verb that follows it ("a répondu la porte-parole de la fédération à une
  // question de X", "said the spokeswoman to reporters"): that says how the words were given, not who gave them.
  const clause = /^[^,.;:!?«»"“”\n]{2,80}/u.exec(rest)?.[0] ?? '';
  const complement = VERB_COMPLEMENT_AFTER_SUBJECT.exec(clause);
  const phrase = (complement ? clause.slice(0, complement.index) : clause).trimEnd();
  return roleSubject(role, phrase.length >= 2 ? [ve + skip, ve + skip + phrase.length] : undefined);
}

/** "a expliqué un responsable", "said one resident, X, 67": an unnamed source, or the name in apposition to it. */
function indefiniteAfterVerb(ctx: AttributionContext, rest: string, restAt: number): Subject | undefined {
  const indefinite = INDEFINITE.exec(rest);
  if (!indefinite) return undefined;
  const at = restAt + indefinite[0].trimEnd().length;
  // "said one resident, X, 67", "raconte une habitante, X,": the name in apposition speaks.
  const named = mentionsFrom(ctx, at).find((m) => /^\s*,\s*$/u.test(ctx.text.slice(at, m.start)) && ctx.entities[m.entity]!.kind === 'person');
  if (named) return { type: 'entity', entity: named.entity, score: 0.93, reason: 'named in apposition to the source described' };
  return { type: 'source', start: restAt, end: at };
}

/** ", de la X, de l'Y et du Z": two or more named complements of a plural head, joined by "et". */
const COMPLEMENT = String.raw`(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])\p{Lu}[\p{L}-]*`;
const COMPLEMENT_LIST = new RegExp(String.raw`^\s+${COMPLEMENT}(?:\s*,\s*${COMPLEMENT})*\s+et\s+${COMPLEMENT}`, 'u');

/** "ont déclaré les enquêteurs", "said the investigators": a group described by a plural role. */
function groupAfterVerb(rest: string, restAt: number): Subject | undefined {
  const group = GROUP_AFTER.exec(rest);
  if (!group || !isGroupNoun(group[1]!)) return undefined;
  const words = group[0].split(/\s+/u);
  const last = words[words.length - 1]!;
  // A last word that is no adjective ("les enquêteurs ont") is not part of the group's description.
  const phrase = last !== group[1] && !DESCRIPTION_ADJECTIVE.test(last) ? words.slice(0, -1).join(' ') : group[0];
  // "les ministères de la X, de l'Y et du Z": a list of named complements tells which bodies;
  // the group is all of them together, one speaker, not its head alone.
  const list = COMPLEMENT_LIST.exec(rest.slice(phrase.length));
  return { type: 'source', start: restAt, end: restAt + phrase.length + (list ? list[0].length : 0) };
}
