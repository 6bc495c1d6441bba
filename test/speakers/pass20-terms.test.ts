// Tuning pass 20 (not-speech): a few words in quotes inside the writer's own prose, a group's or a thing's name or a
// scare quote, went to the subject of a sentence that had a speech cue elsewhere ("…, a-t-on appris", "indique une
// source") or that carried a speaker on. Such words are nobody's: the complement of a noun ("la révolte des « … »"),
// the subject opening a sentence ("Ces « … » rejettent"), a group as the agent ("tenu par les « … »"), a role after
// "en", a lone adjective after a noun where nobody says anything, or the same words quoted three times in an article.
// The guards keep partial quotes that a speech verb governs. Each pattern was written again here with other names.
import { testPassCases, type PassCase } from './speakerCases';

const CASES: readonly PassCase[] = [
  // The complement of a noun: a group ("des « … »") or a name (a capital), whatever cue the sentence holds.
  { title: '"la révolte des « bonnets verts », a-t-on appris": the group\'s name, nobody\'s words', text: 'Les douanes ont ouvert une enquête sur des comptes créés pour amplifier la révolte des « bonnets verts », a-t-on appris samedi de source policière.', top: null },
  { title: '"les accusations du « Morning Ledger », indique une source": a newspaper\'s name', text: 'Il est trop tôt pour se prononcer sur les accusations du « Morning Ledger », indique une source proche du ministère.', top: null },
  { title: '"dans le cadre de la « Marche pour les abeilles »": a march\'s name', text: 'À Valrenne, 4 000 personnes selon la police, 9 000 selon les organisateurs, ont défilé dans le cadre de la « Marche pour les abeilles ».', top: null },
  // A group as the subject opening its sentence, or as the agent.
  { title: '"Ces « invisibles » rejettent aussi …": the writer\'s scare quote', text: 'Le délégué syndical, Ambroise Keraudren, a présenté ses chiffres. « La moitié des postes sont vacants », a-t-il dit. Ces « invisibles » rejettent aussi les partis, perçus comme lointains.', top: null, at: 1 },
  { title: '"un barrage tenu par les « vestes orange »": a group doing something', text: 'Le forcené, selon les gendarmes, se trouve près d\'un barrage tenu depuis trois jours par les « vestes orange ». Les négociateurs sont sur place.', top: null },
  // A role after "en"; a lone adjective after a noun in a sentence where nobody says anything.
  { title: '"a fait une courte apparition, en « simple spectateur »": a role', text: 'Le chanteur Octave Lemeunier, qui avait soutenu la réforme, a fait une courte apparition, en « simple spectateur ». Le cortège est reparti vers midi.', top: null },
  { title: '"ces grévistes sont des retraités « tranquilles »": the writer\'s word', text: 'La journaliste Solveig Dumarchey a raconté la matinée. « Le village était vide », a-t-elle écrit. Il est frappant de voir à quel point ces grévistes sont des retraités « tranquilles ».', top: null, at: 1 },
  // The same words quoted three times: the writer's term for the group.
  { title: 'a term quoted three times: "« cols bleus »" is nobody\'s, even after a speech verb elsewhere', text: 'Les « cols bleus » bloquent le port\n\nLe préfet, Gatien Morvilliers, a reçu une délégation. « Je ne céderai pas au chantage », a-t-il déclaré.\n\nDepuis lundi, des « cols bleus » venus de toute la côte occupent les quais, a indiqué la capitainerie. Un « col bleu » interrogé sur place évoque la fatigue.', top: null, at: 2 },
  // Guards: partial quotes a speech verb governs stay the speaker's.
  { title: 'guard: "La fédération dénonce des « abus »": the federation\'s word', text: 'La fédération dénonce des « abus » dans la gestion du club de Montvézian.', top: 'La fédération' },
  { title: 'guard: "veut se pencher sur les responsabilités de la « chaîne de décision »", then "a-t-il déclaré": the minister', text: 'Le ministre, Anatole Vasseur-Brun, veut se pencher sur les responsabilités de la « chaîne de décision », a-t-il déclaré lundi.', top: 'Anatole Vasseur-Brun', confident: true },
  { title: 'guard: "Le syndic Firmin Delacourt juge le chantier « bâclé »": his judgement', text: 'Le syndic Firmin Delacourt juge le chantier « bâclé ».', top: 'Firmin Delacourt', confident: true },
  { title: 'guard: a partial quote the speaker repeats twice stays his ("la « colère des marins »")', text: 'Le député Ronan Queffélec veut répondre à la « colère des marins ». Il estime qu\'une « colère des marins » gronde sur la côte, a-t-il déclaré.', top: 'Ronan Queffélec', at: 1 },
  { title: 'guard: "dénoncent des « vestes orange » …" three times, the one a speech verb governs is speech', text: 'Les « vestes orange » bloquent la rocade. Des « vestes orange » ont passé la nuit sur place. Le maire, Lucien Abgrall, dénonce des « vestes orange » venus d\'ailleurs.', top: 'Lucien Abgrall', at: 2 },
];

testPassCases(CASES);
