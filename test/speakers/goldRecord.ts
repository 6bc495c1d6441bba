// The shape of a speaker gold record (bench/speakers/gold/README.md), shared by
// the checks of the corpus gold and of the invented articles' gold.

export interface GoldRecord {
  file: string;
  offset: number;
  end: number;
  text: string;
  kind: 'speech' | 'not-speech';
  speaker: string | null;
  aliases: string[];
  speakerType: 'person' | 'org' | 'source' | 'other' | null;
  difficulty: 'easy' | 'hard' | null;
  cue: string | null;
  note?: string;
}

export const FIELDS = ['file', 'offset', 'end', 'text', 'kind', 'speaker', 'aliases', 'speakerType', 'difficulty', 'cue'];
export const OPTIONAL_FIELDS = ['note'];
/** The closing mark of each opening mark a gold quote may start with. */
export const CLOSING: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“' };

export const where = (r: GoldRecord): string => `${r.file}@${r.offset}`;
