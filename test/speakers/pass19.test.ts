// Tuning pass 19: copy that gives each sentence its own paragraph (the perturb rewrite `sentence-paragraphs`), where a
// pronoun, a group or someone new and unnamed is brought in by the sentence before, now alone in the paragraph before.
// The rules for them looked only inside the quote's paragraph; they now also look across one break when the paragraph
// before is that one sentence alone (a paragraph of several sentences is the writer's own unit and stays a break). Each
// pattern found on the tuned sets was written again here as new invented sentences with other names.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // "elle" for the institution that is the subject of the one-sentence paragraph before, not the person quoted before.
  { title: '"La préfecture a écrit aux maires.\\n\\nElle y estime que « … »": the prefecture, not the mayor', text: 'Le maire, Ghislain Parmentier-Roux, réclame des renforts. « Nous ne tiendrons pas un été de plus », a-t-il averti.\n\nLa préfecture a répondu par un courrier aux maires du canton.\n\nElle y estime que « les effectifs actuels suffisent pour la saison ».', top: 'La préfecture', at: 1 },
  { title: '"Le syndicat mixte a voté mardi.\\n\\nDans un communiqué, il juge « … »": the body (named as detected, without its adjective)', text: 'La présidente du conseil, Solène Arbogast, a défendu le tracé. « Ce tracé protège les vergers », a-t-elle assuré.\n\nLe syndicat mixte a voté contre le projet mardi soir.\n\nDans un communiqué, il juge le tracé « trop coûteux pour les communes ».', top: 'Le syndicat', at: 1 },
  // "ils" inverted after the words: the group opening the one-sentence paragraph before.
  { title: '"Les marins du port ont manifesté.\\n\\n« … », ont-ils lancé": the sailors, not the mayor', text: 'Le maire, Corentin Le Bihan, a reçu une délégation. « Je comprends leur colère », a-t-il dit.\n\nLes marins du port ont manifesté devant la mairie jeudi.\n\n« Nous ne lâcherons rien sur les quotas », ont-ils lancé.', top: 'Les marins du port', at: 1 },
  { title: '"The nurses walked out at noon.\\n\\n“…,” they said": the nurses, not the director', text: 'Hospital director Anselm Whitlow-Brandt said talks would resume. "We want a deal this week," he said.\n\nThe nurses walked out of the ward at noon.\n\n"We cannot keep working double shifts," they said.', top: 'The nurses', at: 1 },
  // Words in the first person plural, bare, after a one-sentence paragraph about a group (or "elles" continuing it).
  { title: '"Les parents d\'élèves ne comptent pas en rester là.\\n\\n« Nous … »": the parents', text: 'La directrice, Apolline Verchère, a présenté le nouveau calendrier. « Les horaires changeront en septembre », a-t-elle indiqué.\n\nLes parents d\'élèves ne comptent pas en rester là.\n\n« Nous serons devant l\'école lundi matin ».', top: 'Les parents d\'élèves', at: 1 },
  { title: '"Les joueuses … \\n\\nElles promettent …\\n\\n« On … »": the players', text: 'L\'entraîneur, Baptistin Orsoni, a salué le match. « C\'est notre meilleure première mi-temps », a-t-il estimé.\n\nLes joueuses du centre de formation ont fêté la victoire dans les vestiaires.\n\nElles promettent de recommencer samedi contre le leader.\n\n« On ira chercher ce titre ».', top: 'Les joueuses du centre de formation', at: 1 },
  // Someone new and unnamed brought in by the one-sentence paragraph before, then a pronoun after the words.
  { title: '"Une riveraine a donné l\'alerte.\\n\\n« … », raconte-t-elle": the resident, not the firefighter', text: 'Le capitaine des pompiers, Isaure Damblain, a détaillé l\'intervention. « Le feu est parti du garage », a-t-elle expliqué.\n\nUne riveraine, réveillée par les aboiements, a donné l\'alerte.\n\n« J\'ai vu des flammes sur le toit et j\'ai appelé tout de suite », raconte-t-elle.', top: 'Une riveraine', at: 1 },
  { title: '"Another shopkeeper, who asked not to be named, disagreed.\\n\\n“…,” he said": that shopkeeper', text: 'Councillor Peregrine Oduya-Marsh defended the parking charges. "The town centre needs the income," he said.\n\nAnother shopkeeper, who asked not to be named, disagreed.\n\n"Nobody comes in anymore since the charges started," he said.', top: 'Another shopkeeper', at: 1 },
  // The guard: across the break, only a paragraph about the group (opening on it or on "ils / they") hands the words over;
  // a paragraph of someone's words does not ("“…,” X said. “We …”" goes on with X, not with the group named before).
  { title: 'guard: "The volunteers, led by X, … .\\n\\n“…,” X said. “We …”": X, not the volunteers', text: 'The volunteers, led by warden Ottoline Fairbrass-Mensah, cleared the canal towpath on Sunday.\n\n"We found two bicycles and a sofa in the water," Fairbrass-Mensah said. "We will be back next month."', top: 'Ottoline Fairbrass-Mensah', at: 1 },
];

testPassCases(CASES);
