// Tuning pass 22 (English press, second cut): a few lowercase words in quotes after "a" inside the writer's own
// sentence ("leading a “grand public consultation” aimed at …") were confident speech; a term glossed by another in
// quotes ("the “bonnets verts,” or “green hat” movement") went to the sentence's subject; a name after a noun for things
// that carry one ("the independent ticket “Onward Now,”") went to the subject of "promised"; a name opening the
// sentence lost its speech verb past a long apposition ("X, representing …, which … and which …, declared"); "They"
// went past a group the sentence before gave as speaking ("solicitors …, who claimed", "argue some observers"). Each pattern was written
// again here with other names.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A noun phrase in quotes after "a", the sentence going on past it: the writer names something.
  { title: '"leading a “grand public consultation” aimed at …": the writer\'s name for it', text: 'Dockers blocked the port for a week. “We will stay,” the strikers said.\nThe governor, Hana Brill, is now touring the province leading a “grand public consultation” aimed at answering the anger voiced by the dockers, but strikers have kept up their blockades.', top: null, at: 1 },
  { title: '"launched an “open door week” for …": the writer\'s name for it', text: 'The museum reopened on Monday, its director said.\nThe city has launched an “open door week” for families, and crowds have kept coming ever since.', top: null },
  { title: 'guard: "warned of a “perfect storm” of cuts": his words', text: 'Omar Lind spoke on Monday. He warned of a “perfect storm” of cuts to services.', top: 'Omar Lind' },
  { title: 'guard: "The town faces a “perfect storm” of cuts, he said": his words', text: 'Omar Lind spoke on Monday. The town faces a “perfect storm” of cuts to services, he said.', top: 'Omar Lind' },
  { title: 'guard: "called it a “total mess” on Monday": his words', text: 'Omar Lind spoke on Monday. He called the reform a “total mess” at a rally.', top: 'Omar Lind' },
  // A term and its gloss, each in quotes, joined by "or": both name the thing.
  { title: '"calm the “bonnets verts,” or “green hat” movement": a term, not her words', text: 'Ruth Calder spoke on Monday. These days, Ruth Calder is learning about the demands of farmers in an effort to calm the "bonnets verts," or "green hat" movement.', top: null },
  { title: '"the “bonnets verts,” or “green hat” movement": its gloss too', text: 'Ruth Calder spoke on Monday. These days, Ruth Calder is learning about the demands of farmers in an effort to calm the "bonnets verts," or "green hat" movement.', top: null, at: 1 },
  { title: 'guard: "She said “maybe later” or “not now” every time": words said after a speech verb stay hers', text: 'Ruth Calder was asked twice. She said "maybe later" or "not now" every time.', top: 'Ruth Calder' },
  // A name after a noun for things that carry one.
  { title: '"the independent ticket “Onward Now,” Calder promised …": the ticket\'s name', text: 'Ruth Calder spoke on Monday. Having won office with her candidacy, which she ran on the independent ticket "Onward Now," Calder promised to fix the budget.', top: null },
  { title: '"founded the party “New Dawn” in 2019": the party\'s name', text: 'Tariq Bello spoke on Monday. He founded the party "New Dawn" in 2019, he said.', top: null },
  // A long apposition between the name opening the sentence and its speech verb: the name still speaks.
  { title: '"Anna Kovac, representing …, which passed … and which joined …, declared both rules “…”": hers', text: 'Judges at the appeals court upheld the ban. Anna Kovac, representing the Dutch government, which passed a similar law in 2014 and which joined the defence, declared both rules "proportionate" with the law.', top: 'Anna Kovac', confident: true },
  { title: 'guard: "After Anna Kovac, …, …, declared …": a name after a preposition is not the subject', text: 'Judges at the appeals court upheld the ban. After Anna Kovac, representing the Dutch government, which passed a similar law in 2014 and which joined the defence, the presiding judge declared both rules "proportionate" with the law.', top: 'the presiding judge' },
  // "They" after a sentence that gives a group as speaking, though not as its opening subject.
  { title: '"represented by lawyers from Leeds in the north, who claimed …. They argued it was “…”": the lawyers', text: 'The ruling was read on Tuesday. She was represented by lawyers from Leeds in the north, who claimed the ban was contrary to four articles of the charter. They argued it was "cruel and degrading, against the right to privacy".\nThe state asked the court to throw out the case.', top: 'lawyers from Leeds in the north', confident: true },
  { title: '"…, argue some observers of local politics who warn …. By …“…,” they say": the observers', text: 'Some doubt the plan will help, argue some observers of local politics who warn of its risks.\nBy casting himself as a friend of "the voters," they say, Ortiz has weakened the council.', top: 'some observers of local politics' },
  { title: 'guard: a group opening the sentence before still comes first for "They"', text: 'The vote was held on Friday. The nurses met lawyers from the union, who said little. They argued the cuts were "a betrayal of the wards".', top: 'The nurses' },
];

testPassCases(CASES);
