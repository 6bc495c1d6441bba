// "Acme's spokeswoman told reporters …", "X's lawyer said …": the holder of a role a name owns speaks, not the owner.
// The rule that passed over the owner read one word too many ("'s spokeswoman told": it looked at "told" for the role),
// so the owner was given the words; and no reading named the holder. Each sentence written for this file.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  { title: '"Acme\'s spokeswoman told reporters …": the spokeswoman', text: 'Acme\'s spokeswoman told reporters the plant was "entirely safe".', top: "Acme's spokeswoman", confident: true },
  { title: '"X\'s lawyer said …": the lawyer, not X', text: 'Nina Berg\'s lawyer said the ruling was "absurd" and would be appealed.', top: "Nina Berg's lawyer", confident: true },
  { title: '"X\'s new spokeswoman said …": past an adjective', text: 'Orbis\'s new spokeswoman said the merger was "on track".', top: "Orbis's new spokeswoman", confident: true },
  { title: '"the club\'s manager has said …": past an auxiliary', text: 'Tomas Vidal left in May. Redwood\'s manager has said the squad is "too thin".', top: "Redwood's manager" },
  { title: 'guard: "X\'s analysis concluded …": X (a document, no role)', text: 'Delta Labs\' analysis concluded the water was "fit to drink".', top: 'Delta Labs' },
  { title: 'guard: "X\'s lawyer, Y, said …": Y named in apposition', text: 'Nina Berg\'s lawyer, Omar Haddad, said the ruling was "absurd".', top: 'Omar Haddad', confident: true },
  { title: 'guard: "X said …": X', text: 'Nina Berg said the ruling was "absurd".', top: 'Nina Berg', confident: true },
];

testPassCases(CASES);
