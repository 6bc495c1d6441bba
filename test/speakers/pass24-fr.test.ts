// Pass 24 (French, grammar-driven): constructions of speech probed with new invented sentences, not articles' errors.
// 1. A participle of speech after the main clause takes that clause's subject, not a name in its object
//    ("Nadia X avait reçu Louis Y mardi, soulignant que « … »" is Nadia's).
// 2. A speech verb coordinated with the main clause ("et a évoqué", "mais a promis") shares its subject.
import { testPassCases } from './speakerCases';

// 1. "X a <verbe> <objet>, <participe de parole> « … »": the main clause's subject.
testPassCases([
  { title: '", estimant que": the mayor named in apposition', text: "Le conseil municipal s'est réuni lundi. Le maire, Bernard Quéré, a rejeté la demande des commerçants, estimant que «le centre-ville doit rester piéton».", top: 'Bernard Quéré', confident: true },
  { title: '", jugeant les propositions « … »": the unions, not the room', text: "La réunion a tourné court mardi. Les syndicats ont quitté la salle, jugeant les propositions de la direction «indignes».", top: 'Les syndicats', confident: true },
  { title: '", rappelant que": a name as subject', text: "Odile Vasseur a défendu son budget devant les élus, rappelant que «la dette a baissé de dix pour cent en deux ans».", top: 'Odile Vasseur', confident: true },
  { title: '", assurant que": a description as subject', text: "Les pluies ont cessé jeudi. La préfète a levé l'alerte, assurant que «tout danger est désormais écarté».", top: 'La préfète', confident: true },
  { title: '", expliquant que": a pronoun as subject', text: "Karine Delorme n'a pas caché sa colère. Elle a claqué la porte du conseil, expliquant que «personne n'a lu le dossier».", top: 'Karine Delorme', confident: true },
  { title: '", soulignant que": the subject, not the person received (pluperfect)', text: "Nadia Berger avait reçu Louis Mercier mardi, soulignant que «la porte reste ouverte».", top: 'Nadia Berger', confident: true },
  { title: '", dénonçant": the subject of the main clause after a subordinate one', text: "Quand le préfet est arrivé, les manifestants ont sifflé, dénonçant «une mascarade».", top: 'les manifestants', confident: true },
  { title: '", précisant que": the firemen, not the man they came to', text: "Les pompiers sont intervenus près de Vincent Roy, précisant que «le feu est maîtrisé».", top: 'Les pompiers', confident: true },
  { title: '", expliquant que" after "Ils": the family named before', text: "Les Laurent ont vendu leur ferme. Ils ont quitté le village, expliquant que «plus personne ne reprend les terres».", top: 'Laurent', confident: true },
  { title: 'guard (passed before): ", affirmant qu\'il voulait « … »"', text: "Marc Tessier a retiré sa candidature vendredi, affirmant qu'il voulait «laisser la place aux jeunes».", top: 'Marc Tessier', confident: true },
  { title: 'guard (passed before): a participle after an inverted verb keeps that verb\'s subject', text: "«Nous partirons demain», a déclaré Sophie Lemaire, estimant que «rien ne sert d'attendre».", top: 'Sophie Lemaire', at: 1, confident: true },
]);

// 2. "X a <verbe> … et a <verbe de parole> « … »": the shared subject, not the first verb's object.
testPassCases([
  { title: '"et ont réclamé": the farmers', text: "Les agriculteurs ont bloqué la rocade et ont réclamé «des prix justes».", top: 'Les agriculteurs', confident: true },
  { title: '"et a qualifié les faits de": the prosecutor', text: "Le procureur a requis deux ans de prison et a qualifié les faits de «particulièrement graves».", top: 'Le procureur', confident: true },
  { title: '"et a estimé qu\'il était": the name', text: "Hélène Marchal a salué l'accord et a estimé qu'il était «une bonne base pour la suite».", top: 'Hélène Marchal', confident: true },
  { title: '"mais a promis": a description after a participle opening the sentence', text: "Interrogée mardi, la ministre a reconnu des erreurs mais a promis «des changements rapides».", top: 'la ministre', confident: true },
  { title: '"s\'est dit déçu et a dénoncé": the pronoun\'s antecedent', text: "Paul Ravier a perdu son procès jeudi. Il s'est dit déçu et a dénoncé «une justice à deux vitesses».", top: 'Paul Ravier', confident: true },
  { title: '"puis a accusé sa direction de": the name', text: "Sylvie Arnaud a quitté le parti en mars puis a accusé sa direction de «trahir les électeurs».", top: 'Sylvie Arnaud', confident: true },
  { title: '"et ont aussitôt dénoncé": the nurses, not the director they met', text: "Les infirmières ont rencontré Denis Garnier et ont aussitôt dénoncé «un mépris total».", top: 'Les infirmières', confident: true },
  { title: 'guard: "et Y a dénoncé": a coordinated clause with its own subject', text: "Le débat a duré deux heures et Mathieu Fabre a dénoncé «un texte bâclé».", top: 'Mathieu Fabre', confident: true },
  { title: 'guard: a relative clause with its own verb keeps its antecedent', text: "La parole a été donnée à Julien Morel, qui a rappelé que «le club n'a pas d'argent».", top: 'Julien Morel' },
]);
