// The organisation a description refers back to ("the company", "le constructeur européen", "le ministère"), or
// none when the description names a body of its own.
import type { Detected } from './nameDetection';
import { DESCRIPTION_NAME, descriptionOnly } from './orgDescriptions';
import type { EntityMention, FoundEntity } from './types';
import { fold } from './words';

/** Kinds of organisation a bare description refers back to; "the government", "la police" name themselves. */
const ANAPHORIC_ORG_NOUNS = new Set([
  'entreprise', 'société', 'groupe', 'compagnie', 'agence', 'organisation', 'association', 'syndicat', 'parti', 'quotidien', 'journal',
  'hebdomadaire', 'magazine', 'chaîne', 'fédération', 'université', 'institut', 'fondation', 'club', 'équipe', 'constructeur',
  'opérateur', 'ong', 'institution', 'company', 'firm', 'group', 'agency', 'organisation', 'organization', 'association', 'union',
  'party', 'newspaper', 'paper', 'magazine', 'network', 'federation', 'university', 'institute', 'foundation', 'club', 'team',
  'ngo', 'charity', 'bank', 'banque', 'airline', 'carrier', 'regulator', 'watchdog', 'broadcaster', 'channel', 'publisher',
  'retailer', 'manufacturer', 'startup', 'institution', 'laboratoire', 'lab', 'studio', 'revue', 'cabinet', 'label',
  'juridiction', 'organisme', 'collectif', 'mouvement', 'établissement', 'géant', 'assureur', 'body', 'giant', 'carmaker', 'automaker', 'insurer',
  'lender', 'operator', 'utility', 'outlet',
]);

/** The last named organisation before description `d` (within a few paragraphs), one with its noun among its roles first. */
function antecedentOrg(d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  // Else the organisation the text has named most (the story's protagonist), the most recent on a tie.
  const counts = new Map<number, number>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 3000) break;
    const e = entities[m.entity]!;
    if (e.kind !== 'org' || DESCRIPTION_NAME.test(e.name)) continue;
    // Its noun among its roles, or in its name ("l'agence" for "Agence régionale de X").
    if (e.roles.has(d.roles[0]!) || fold(e.name).split(/[\s'’-]+/u).includes(fold(d.roles[0]!))) return m.entity;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  let best: number | undefined;
  // A generic noun ("l'entreprise", "the group") refers to whichever organisation the text is about; a specific one
  // ("le club", "le syndicat", "the newspaper") only to the one organisation named before: with several, none of that
  // kind, it is a body of its own.
  if (GENERIC_ORG_NOUNS.has(d.roles[0]!) || counts.size === 1) for (const [entity, n] of counts) if (best === undefined || n > counts.get(best)!) best = entity;
  if (best !== undefined || !JURISDICTION_NOUNS.has(d.roles[0]!)) return best;
  // "la juridiction" with no named court: the court the text described just before ("Le tribunal administratif").
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 1000) break;
    const e = entities[m.entity]!;
    if (e.kind === 'org' && [...e.roles].some((r) => COURT_NOUNS.has(r))) return m.entity;
  }
  return undefined;
}

/** Nouns for any kind of organisation: they may refer back to one named without that word. */
const GENERIC_ORG_NOUNS = new Set(['entreprise', 'société', 'groupe', 'compagnie', 'organisation', 'organisme', 'institution', 'établissement', 'géant',
  'company', 'firm', 'group', 'organisation', 'organization', 'institution', 'body', 'giant', 'ong', 'ngo', 'operator', 'opérateur', 'constructeur',
  'manufacturer', 'carmaker', 'automaker', 'retailer', 'lender', 'insurer', 'assureur', 'airline', 'carrier', 'bank', 'banque', 'utility', 'startup']);
/** Nouns for any court, and the courts they refer back to. */
const JURISDICTION_NOUNS = new Set(['juridiction', 'court']);
const COURT_NOUNS = new Set(['tribunal', 'cour', 'court', 'parquet', 'conseil']);

/**
 * The organisation a description with adjectives refers back to ("le constructeur européen"): one described with
 * its noun or an adjective before, else the only organisation named in the lines before; none when several were.
 */
function qualifiedAntecedent(d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  const words = fold(d.text).split(/[\s'’]+/u).slice(1).filter((w) => w.length >= 3);
  const seen = new Set<number>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 1000) break;
    const e = entities[m.entity]!;
    if (e.kind !== 'org' || DESCRIPTION_NAME.test(e.name)) continue;
    if ([...e.roles].some((r) => words.includes(fold(r)))) return m.entity;
    seen.add(m.entity);
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** Institutions a bare description names by itself, unless an organisation named with the same word came before. */
const NAMED_ORG_NOUNS = new Set([
  'ministère', 'ministry', 'department', 'tribunal', 'court', 'cour', 'conseil', 'council', 'commission', 'comité', 'committee',
  'parquet', 'préfecture', 'mairie', 'agency', 'office', 'bureau', 'army', 'armée', 'board', 'authority', 'autorité', 'senate', 'sénat',
]);

/** The last organisation before `d` (within a few paragraphs) whose name holds the description's noun. */
function namedAntecedent(d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  const noun = fold(d.roles[0]!);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (d.start - m.end > 3000) break;
    const e = entities[m.entity]!;
    if (e.kind === 'org' && !descriptionOnly(e.name) && fold(e.name).split(/[\s'’-]+/u).includes(noun)) return m.entity;
  }
  return undefined;
}

/** The organisation description `d` refers back to, if any, by the organisations `mentions` named before it. */
export function descriptionAntecedent(text: string, d: Detected, mentions: readonly EntityMention[], entities: readonly FoundEntity[]): number | undefined {
  // "the company", "l'ONG": a bare description of a kind of organisation points back to the last one named.
  // With adjectives too ("le constructeur européen", "l'entreprise publique"), when an organisation was named before.
  // Not when a name follows in apposition ("Le syndicat majoritaire, le X, réclame"): the description introduces it.
  const introduces = /^(?:\s*,\s*|\s)(?:(?:[Ll]e|[Ll]a|[Ll]es|[Tt]he)\s+|[Ll]['’])?\p{Lu}/u.test(text.slice(d.end, d.end + 8));
  let index: number | undefined;
  if (d.description && !introduces && ANAPHORIC_ORG_NOUNS.has(d.roles[0]!)) index = antecedentOrg(d, mentions, entities);
  if (index === undefined && d.qualified && !introduces && ANAPHORIC_ORG_NOUNS.has(d.roles[0]!)) index = qualifiedAntecedent(d, mentions, entities);
  // "the ministry", "le tribunal": the one named with that word before ("the Ministry of Interior"), else it names itself.
  if (index === undefined && d.description && NAMED_ORG_NOUNS.has(d.roles[0]!)) index = namedAntecedent(d, mentions, entities);
  return index;
}
