// Pass 23 (English, broad rules only): a participle of speech after the main clause ("…, saying", "…, calling it")
// takes the main clause's subject, whatever that clause's verb, not a name in its object ("The judges ruled against X,
// saying …"); a group with adjectives before its noun is the group ("The European judges", "Local farmers"); a body
// named by a collective noun speaks ("the yellow vest movement is now calling for", "the coalition warned"). Each
// pattern is written here in other words than the copy it came from. Words glossed by their initials in brackets
// ("“…” (RIC)") are a name.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // A participle of speech after a main clause whose verb is no speech verb.
  { title: '"The European judges decided otherwise, declaring that …": the judges', text: 'Tony Muman spoke for her. The European judges decided otherwise, declaring that the ban was "legitimate".', top: 'The European judges', confident: true },
  { title: '"The appeals judges ruled against X, saying …": the judges, not X', text: 'The appeals judges ruled against Amal Rahim, saying the rule was "fair".', top: 'judges', confident: true },
  { title: '"Local farmers blocked the road, saying …": the farmers, not a name "Local"', text: 'Local farmers blocked the road on Friday, saying the new tax was "unfair".', top: 'Local farmers', confident: true },
  { title: '"The ministry rejected the claims of X, declaring …": the ministry', text: 'The ministry rejected the claims of Jonas Berg, declaring that his report was "a fabrication".', top: 'The ministry', confident: true },
  { title: '"X hit back at Y on Monday, calling his plan …": X', text: 'Rita Olsen hit back at Paul Dorn on Monday, calling his plan "a disgrace".', top: 'Rita Olsen', confident: true },
  { title: '"On Tuesday, the health ministry dismissed the figures, calling them …": the ministry', text: 'On Tuesday, the health ministry dismissed the figures, calling them "deeply misleading".', top: 'the health ministry', confident: true },
  { title: '"Angry residents have rejected the plan, calling it …": the residents', text: 'Angry residents have rejected the plan, calling it "a scandal".', top: 'Angry residents', confident: true },
  // An infinitive of purpose after the main clause: its subject too.
  { title: '"Protesters used spray paint to write “…” on the wall": the protesters (a common word, not a name)', text: 'Yellow vest protesters fan flames in France\nThe restaurant\'s windows were smashed. Protesters used spray paint to write "No more lies" on the wall.', top: 'Protesters', confident: true },
  { title: '"The mayor took to social media on Sunday to say …": the mayor', text: 'The mayor took to social media on Sunday to say the fire was "a tragedy".', top: 'The mayor', confident: true },
  { title: '"Striking nurses gathered outside the hospital to warn …": the nurses, not the hospital', text: 'Nina Hart left early. Striking nurses gathered outside the hospital to warn that cuts would be "deadly".', top: 'Striking nurses', confident: true },
  { title: '"Off-duty policemen marched to the town hall to declare …": the policemen (a plural in "-men")', text: 'Off-duty policemen marched to the town hall at dawn to declare the new rota "a disgrace".', top: 'Off-duty policemen', confident: true },
  { title: 'guard: "X asked Y to explain …": the infinitive is the object\'s', text: 'Nina Hart left early. Rita Olsen asked Paul Dorn to explain why the plan was "dead".', top: 'Paul Dorn' },
  // A verb that has its object speak ("prompting X to accuse"): the object.
  { title: '"…, prompting the French government to accuse it of …": the government, not the company named before', text: 'A row broke out after the Dutch state bought a stake in Air Lumen, prompting the French government to accuse it of acting like an "unfriendly" raider.', top: 'the French government', confident: true },
  { title: '"…, leading the union to describe the plan as …": the union ("leading" holds no article "le")', text: 'Nina Hart left early. The leak angered staff, leading the union to describe the plan as "a betrayal".', top: 'the union', confident: true },
  { title: '"…, forcing the mayor to admit …": the mayor', text: 'The closure was announced on Monday, forcing the mayor to admit the town was "in crisis".', top: 'the mayor', confident: true },
  { title: '"…, prompting local farmers to warn of …": the farmers', text: 'Nina Hart left early. The report was leaked on Monday, prompting local farmers to warn of "ruin".', top: 'farmers', confident: true },
  // "with X …ing": X does what the clause says.
  { title: '"…, with X and Y travelling to … and denouncing it as …": X', text: 'The party began its campaign in May, with Ana Lupo and Marco Vitti travelling to the parliament in Brussels and denouncing it as a "waste of money".', top: 'Ana Lupo', confident: true },
  { title: '"The talks ended early, with X describing them as …": X, not a complement', text: 'The talks ended early, with Ana Lupo describing them as "pointless".', top: 'Ana Lupo', confident: true },
  { title: '"The vote went ahead, with X warning of …": the company', text: 'The vote went ahead, with Dorn Logistics warning of "chaos".', top: 'Dorn Logistics', confident: true },
  { title: '"X met with Y on Monday, telling her …": "with" as a preposition, the main clause\'s X speaks', text: 'Nina Hart met with Ana Lupo on Monday, telling her the plan was "dead".', top: 'Nina Hart' },
  // Guards.
  { title: 'guard: a speech verb before the participle still gives its subject', text: '"We are ready," the coach said on Friday, adding that the team was "hungry".', top: 'the coach', at: 1 },
  { title: 'guard: "The court heard judges say …": no adjective taken from a noun and a verb', text: 'The court heard judges say it was "absurd".', top: 'judges' },
  { title: 'guard: a relative before the participle: no main clause read across it', text: 'Rita Olsen met Paul Dorn, who left early, saying the talks were "useless".', top: 'Paul Dorn' },
  // A body named by a collective noun.
  { title: '"the yellow vest movement is now calling for … “the people”": the movement', text: 'From a fiscal revolt, the yellow vest movement is now calling for more power to be given to "the people" through votes.', top: 'the yellow vest movement', confident: true },
  { title: '"The coalition warned that …": the coalition', text: 'The coalition warned that cuts would be "brutal".', top: 'The coalition', confident: true },
  { title: '"The anti-war movement has demanded …": the movement', text: 'The anti-war movement has demanded "an end to the bombing".', top: 'The anti-war movement', confident: true },
  { title: '"The tenants\' coalition is now calling for …": the coalition', text: 'The tenants\' coalition is now calling for "a rent freeze".', top: 'The tenants\' coalition', confident: true },
  { title: '"The green alliance insists …": the alliance', text: 'The green alliance insists the deal is "a betrayal".', top: 'The green alliance', confident: true },
  { title: '"The farmers\' lobby still says …": the lobby, without the adverb', text: 'The farmers\' lobby still says the deal is "a betrayal".', top: 'The farmers\' lobby', confident: true },
  // Words glossed by their initials in brackets: a name, not anyone's words.
  { title: '"… or “referenda of citizens\' initiative” (RCI)": a name glossed by its initials', text: 'The tenants\' coalition is now calling for more power to be given to "the people" through votes or "referenda of citizens\' initiative" (RCI).', top: null, at: 1 },
  { title: '"calling for a “national wage council” (NWC)": a name', text: 'The union is now calling for a "national wage council" (NWC) to be set up.', top: null },
  { title: '"wants a “Bureau of Open Data” (BOD)": a name, small words left out of the initials', text: 'Rita Olsen said the group wants a "Bureau of Open Data" (BOD) in every town.', top: null },
  { title: 'guard: an agency in brackets after the words is no gloss', text: 'The minister said the plan was "a real mess" (AFP).', top: 'The minister', confident: true },
];

testPassCases(CASES);
