// Tuning pass 21 (English press): an adjective of nationality ("a Danish trade ministry official", "the Swedish trade
// minister, X,") went to an entity of its own, the adjective, instead of the phrase or the name in apposition; a line
// of web furniture ("Read More", "Advertisement", a video player's "Replay") and a dateline alone on its line
// ("Lagos (CNN)") became speakers; "the foreign trade ministry said" was cut to its first two words; "said a Kremlin spokesman"
// went to the body; "vandals scrawled “…”" went to "Days" (of "Days later"); a
// group's label in quotes ("a group of “…” protesters") was confident speech; a quote closing
// on a comma lost its speech clause on the next line. Each pattern was written again here with other names.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // Adjectives of nationality before a lowercase noun.
  { title: '"a German interior ministry spokeswoman said: “…”": the spokeswoman, not "German"', text: 'The row deepened on Monday.\n\nIn response, a German interior ministry spokeswoman said at a press conference: “This is not acceptable between partners.”', top: 'a German interior ministry spokeswoman', confident: true },
  { title: '"“…,” said the Swedish trade minister, Lars Ekholm,": the minister named in apposition', text: 'The ministry confirmed the purchase.\n\n“We have a seat at the table,” said the Swedish trade minister, Lars Ekholm, on Tuesday.', top: 'Lars Ekholm', confident: true },
  { title: '"a Danish trade ministry official told X", then "The official added": the official both times', text: 'The plan angered Rome. “The method was that of a raider, not a shareholder,” a Danish trade ministry official told Bloomberg.\n\nThe official added that the deal was a “hostile, surprising move”.\n\nThe finance minister, Karl Osterberg, declined to comment.', top: 'a Danish trade ministry official', at: 1 },
  { title: 'guard: "Swedish officials said …“…”": the officials, not "Swedish"', text: 'Talks stalled on Friday.\n\nSwedish officials said the offer was “a step backwards”.', top: 'officials' },
  // English puts the head noun last: the whole phrase before the verb is the subject.
  { title: '"“…,” the foreign trade ministry said": the ministry, not "the foreign trade"', text: 'Tehran rejected the claim.\n\n“We reject the accusations,” the foreign trade ministry said in a statement.', top: 'the foreign trade ministry', confident: true },
  // A body's name between "a" and a role noun after the verb qualifies the role; a town and its state after "at the" are the place.
  { title: '"said a Kremlin spokesman at the ceremony": the spokesman, not the body', text: 'The parade was held on Friday.\n"You join a long and proud tradition," said a Kremlin spokesman at the ceremony.', top: 'a Kremlin spokesman at the ceremony', confident: true },
  { title: '"said a Kremlin spokesman at the Tver, Russia, ceremony": the spokesman, not the state', text: 'The parade was held on Friday.\n"You join a long and proud tradition," said a Kremlin spokesman at the Tver, Russia, ceremony.', top: 'a Kremlin spokesman', confident: true },
  { title: '"said a Kremlin spokesman, Oleg Markov": the name in apposition', text: 'The parade was held on Friday.\n"You join a long and proud tradition," said a Kremlin spokesman, Oleg Markov.', top: 'Oleg Markov' },
  // Words written on a wall: whoever wrote them is their author; a span of time opening the sentence is nobody.
  { title: '"Days later, vandals scrawled “…” on her office door": the vandals', text: 'The mayor, Ada Okafor, has received threats. “I will not be silenced,” she wrote.\nDays later, vandals scrawled “traitor” – slang for a turncoat – and another slogan on her office door.', top: 'vandals', at: 1 },
  { title: '"Weeks after the vote, rioters daubed “…” on the town hall": the rioters', text: 'The council met on Monday.\nWeeks after the vote, rioters daubed “shame” on the town hall.', top: 'rioters' },
  // A few quoted words before a plural of people name the group: nobody's words, even after "condemned".
  { title: '"condemned abuse by a group of "green scarf" protesters": the writer\'s label', text: 'Mayor condemns abuse at rally - CNN\nThe mayor, Ada Okafor, has condemned abuse by a group of "green scarf" protesters, after a journalist was attacked at a rally on Saturday.', top: null },
  { title: 'guard: "said the city could not wait for “painfully slow” talks": his words', text: 'Pilar Montes spoke on Monday. She said the city could no longer wait for “painfully slow” talks at national level.', top: 'Pilar Montes' },
  // A page that breaks lines inside a sentence: a quote closing on a comma goes on with its speech clause.
  { title: '"“…,”⏎Dana Whitfield, chief officer …, told CNN⏎last year.": the sentence goes on past the break', text: 'The dog met the president in 2018.\n"We knew we needed a dog that was adaptable,"\nDana Whitfield, chief officer at the Guide Foundation, told CNN\nlast year.', top: 'Dana Whitfield', confident: true },
  { title: 'guard: a blank line after “…,” is a paragraph break', text: 'Tomas Ferreira spoke first. “We will not move,” he said.\n\n“Nobody asked us,”\n\nThe council, for its part, voted on Monday.', top: 'Tomas Ferreira', at: 1 },
  // Web furniture and datelines on their own line.
  { title: '"Read More" alone on its line is nobody: "said the organiser"', text: 'The march drew thousands.\n\nRead More\n\n“We were moved by the farmers, and decided to march too,” said the organiser. “We hope the mayor will listen.”', top: 'the organiser', at: 1 },
  { title: 'guard: "Advertisement" alone on its line is nobody', text: 'The vote was postponed.\nAdvertisement\n“Nobody told us anything,” a nurse at the clinic said.', top: 'a nurse at the clinic' },
  { title: 'a video player\'s labels ("Replay", "More Videos ...") are nobody', text: 'Crowds gathered by the river.\nJust Watched\nReplay\nMore Videos ...\n“We will stay until they listen,” said the spokeswoman.', top: 'the spokeswoman' },
  { title: 'a dateline alone on its line ("Port Louis (CNN)") is no person the spokeswoman could be', text: 'Dockers strike at the port - CNN\nPort Louis (CNN)\nA union spokeswoman told CNN the strike would go on.\nThe union was founded in 2011.\n"We were moved by the farmers, and decided to strike too," said the spokeswoman. "We hope the minister will listen."', top: 'the spokeswoman', at: 1 },
  // Guards: a demonym that is a people, or part of a body's name, stays.
  { title: 'guard: "the Swedish Trade Council said": a body\'s name keeps its adjective', text: '“Exports will recover,” the Swedish Trade Council said on Monday.', top: 'Swedish Trade Council' },
];

testPassCases(CASES);
