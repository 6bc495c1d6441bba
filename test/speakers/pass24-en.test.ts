// Pass 24 (English, grammar-driven): constructions probed with new sentences, each written for this file. Only the
// sentences that pass are kept; those that failed on main and still fail are listed in the pass's report. Fixed here: a
// next sentence pointing back at the words with a noun of judgement ("That was the verdict of X", "Such was the
// assessment of X") or "So says X" (continuation.ts).
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // 1. Coordinated speech verbs share the subject.
  { title: '"X welcomed the deal and said it was …": X', text: 'Nina Hart left early. Tomas Reyes welcomed the deal and said it was "a fair compromise".', top: 'Tomas Reyes', confident: true },
  { title: '"She declined to comment, but added that …": she, the one named before', text: 'Nina Hart left early. She declined to comment, but added that the club was "not for sale".', top: 'Nina Hart' },
  { title: '"X thanked the firefighters and described the blaze as …": X, not the object', text: 'Greta Lund thanked the firefighters and described the blaze as "terrifying".', top: 'Greta Lund', confident: true },
  { title: '"X visited the town, met families and called the damage …": X across a list of verbs', text: 'Omar Said visited the flooded town, met families and called the damage "heartbreaking".', top: 'Omar Said', confident: true },
  // 2. A speech verb in a relative clause whose antecedent is the speaker.
  { title: '"residents who complain of …": the residents', text: 'The new road angered residents who complain of "constant noise".', top: 'residents' },
  { title: '"… welcomed by X, who called it …": X', text: 'The report was welcomed by Lena Vogt, who called it "long overdue".', top: 'Lena Vogt', confident: true },
  { title: '"opposition from farmers who warn that …": the farmers', text: 'The plan faces opposition from farmers who warn that it will mean "ruin".', top: 'farmers' },
  { title: '"the referee, X, who later said …": X', text: 'The match was stopped by the referee, Carl Boone, who later said the pitch was "dangerous".', top: 'Carl Boone' },
  // 3. Reported speech through nouns.
  { title: '"In a statement, the company said …": the company', text: 'Nina Hart left early. In a statement, the company said the leak was "regrettable".', top: 'the company', confident: true },
  { title: '"A statement from the ministry read: …": the ministry', text: 'Nina Hart left early. A statement from the ministry read: "We regret the delay."', top: 'the ministry' },
  { title: '"In an interview with local radio, X said …": X, not the radio', text: 'Nina Hart left early. In an interview with local radio, Jonas Berg said the vote was "rigged".', top: 'Jonas Berg', confident: true },
  { title: '"A spokesman for the airline said …": the spokesman', text: 'Nina Hart left early. A spokesman for the airline said the flights were "cancelled".', top: 'A spokesman for the airline' },
  // 4. Quote, then a speaker in the next sentence.
  { title: '"“…” That was the verdict of X.": X', text: 'Nina Hart left early.\n"The plan is dead." That was the verdict of Marco Vitti.', top: 'Marco Vitti' },
  { title: '"“…” So said X on Monday.": X', text: 'Nina Hart left early.\n"We will rebuild." So said Ana Lupo on Monday.', top: 'Ana Lupo' },
  { title: '"“…” The words came from X, who …": X', text: 'Nina Hart left early.\n"We were abandoned." The words came from Hugo Brandt, who lost his home.', top: 'Hugo Brandt' },
  { title: '"“…” That was the view of the council.": the council', text: 'Nina Hart left early.\n"It is a disaster." That was the view of the council.', top: 'the council' },
  { title: '"“…” So says X, a nurse.": X', text: 'Nina Hart left early.\n"Nobody listens to us." So says Elif Kaya, a nurse.', top: 'Elif Kaya' },
  { title: '"“…” Such was the assessment of X last week.": X', text: 'Nina Hart left early.\n"Prices will fall." Such was the assessment of Dorn Logistics last week.', top: 'Dorn Logistics' },
  { title: 'c4 guard: the quote\'s own speech verb wins over a later "That was the view of"', text: '"We will win," said Ana Lupo. That was the view of Marco Vitti too.', top: 'Ana Lupo', confident: true },
  { title: 'c4 guard: "the view of" not at the sentence\'s start points back at nothing', text: 'Nina Hart left early.\n"It is over." Ana Lupo shared the view of Marco Vitti.', top: 'Ana Lupo' },
  // 5. "according to X" / "X says" in the middle or after.
  { title: '"The plan, according to the union, is …": the union', text: 'Nina Hart left early. The plan, according to the union, is "a betrayal".', top: 'the union' },
  { title: '"The cuts, according to X, are …": X', text: 'Nina Hart left early. The cuts, according to Lena Vogt, are "reckless".', top: 'Lena Vogt' },
  { title: '"According to the police, the driver was …": the police', text: 'Nina Hart left early. According to the police, the driver was "drunk".', top: 'the police' },
  { title: '"The deal is “…”, according to X.": X', text: 'Nina Hart left early. The deal is "dead", according to Omar Said.', top: 'Omar Said' },
];

testPassCases(CASES);
