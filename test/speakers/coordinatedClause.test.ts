// A speech verb coordinated to the clause's first verb shares its subject, the clause's opening words, not the object
// of the first verb that stands right before the conjunction: "The coach praised his players but conceded “…”" is the
// coach's (it was given, confidently, to "his players"). Found by pass 24's probe of coordinated speech verbs; each
// sentence written for this file, in French and English, with guards where the conjunction joins two subjects.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  { title: '"The coach praised his players but conceded …": the coach', text: 'The coach praised his players but conceded that the defence was "far too slow".', top: 'The coach', confident: true },
  { title: '"The mayor met the protesters but warned …": the mayor', text: 'The mayor met the protesters but warned that the square would be "cleared by Friday".', top: 'The mayor', confident: true },
  { title: '"The minister thanked the nurses and said …": the minister, named as a role', text: 'The minister thanked the nurses and said the new wards were "a first step".', top: 'The minister', confident: true },
  { title: '"On Monday, the governor visited the farmers and promised …": the governor past a lead', text: 'On Monday, the governor visited the farmers and promised "real help within weeks".', top: 'the governor', confident: true },
  { title: '"Le maire a reçu les manifestants mais a prévenu …": le maire', text: 'Le maire a reçu les manifestants mais a prévenu que la place serait « évacuée vendredi ».', top: 'Le maire', confident: true },
  { title: '"La ministre a félicité les soignants et a estimé …": la ministre', text: "La ministre a félicité les soignants et a estimé que l'hôpital était « à bout de souffle ».", top: 'La ministre', confident: true },
  { title: '"Le préfet a rencontré les éleveurs et a jugé …": le préfet', text: 'Le préfet a rencontré les éleveurs et a jugé leurs demandes « légitimes ».', top: 'Le préfet', confident: true },
  { title: 'guard: "The coach and his players said …": the conjunction joins two subjects (the group)', text: 'The coach and his players said the season had been "a disaster".', top: 'his players' },
  { title: 'guard: "X thanked the volunteers and said …": the named subject', text: 'Paul Moreau thanked the volunteers and said the fair was "a real success".', top: 'Paul Moreau', confident: true },
  { title: 'guard: "Les habitants ont manifesté et ont dénoncé …": the group opening the clause', text: 'Les habitants ont manifesté devant la mairie et ont dénoncé « un mépris total ».', top: 'Les habitants' },
];

testPassCases(CASES);
