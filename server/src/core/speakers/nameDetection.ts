// What every name finder returns for one mention, before the mentions are grouped into entities.
import type { SpeakerKind } from './types';

/** A mention a finder detected: its span, its kind, its grouping key and what the words around it say. */
export interface Detected {
  start: number;
  end: number;
  text: string;
  kind: SpeakerKind;
  /** Grouping key: a person's last name, an organisation's folded words. */
  key: string;
  roles: string[];
  gender?: 'f' | 'm';
  knownIndex?: number;
  /** A bare description ("the company", "l'ONG"): determiner and noun only. */
  description?: boolean;
  /** A description with lowercase adjectives only ("le constructeur européen", "l'entreprise publique"). */
  qualified?: boolean;
  /** A description right before a capitalised name ("la chaîne de télévision X"): that name's, if it names a body. */
  describesNext?: boolean;
}
