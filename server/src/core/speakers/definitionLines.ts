// The definition of an entity the engine found in the text, as `articlemark import` writes it and as the quick fix
// *Attribute to … (new)* adds it: one line `@kind id: Name`, and an `aka:` line for the other forms the text uses.
import { SURNAME_PARTICLES } from './nameSequences';
import { HONORIFICS } from './nameTitles';
import type { FoundEntity } from './types';

/** The lines defining `entity` under `id`. */
export function definitionLines(entity: Pick<FoundEntity, 'kind' | 'name' | 'aliases'>, id: string): string[] {
  const written = entity.name.replace(/\s+/gu, ' ');
  const name = entity.kind === 'person' ? withoutHonorific(written) : written;
  const lines = [`@${entity.kind === 'other' ? 'org' : entity.kind} ${id}: ${name}`];
  // A semicolon separates aliases: a form holding one cannot be written as one.
  const aliases = [...new Set([...(name !== written ? [written] : []), ...entity.aliases])].filter((a) => a !== name && !a.includes(';'));
  if (aliases.length > 0) lines.push(`  aka: ${aliases.join('; ')}`);
  return lines;
}

/**
 * A person's name as a definition gives it: "M. Prénom X" is Prénom X (the titled form stays an alias, as the article
 * writes it); an honorific before a surname alone ("Mme X", "M. Le X") is kept, since it is all the name there is.
 */
function withoutHonorific(name: string): string {
  const m = /^(\S+)\s+((\S+)\s+\S.*)$/u.exec(name);
  if (!m || !HONORIFICS.has(m[1]!.replace(/\.$/u, '').toLowerCase())) return name;
  return SURNAME_PARTICLES.has(m[3]!.toLowerCase()) ? name : m[2]!;
}
