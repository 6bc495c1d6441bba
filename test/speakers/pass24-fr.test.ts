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

// 3. A speech verb in a relative clause: "qui" right before it has its antecedent as subject, a description too,
// after a contracted article ("au maire, qui a promis") or in the plural ("les habitants, qui dénoncent").
testPassCases([
  { title: '"en présence du préfet, qui a évoqué": the prefect', text: "La réunion s'est tenue en présence du préfet, qui a évoqué «une situation préoccupante».", top: 'préfet', confident: true },
  { title: '"des habitants qui dénoncent": the residents', text: "Le projet d'usine inquiète des habitants qui dénoncent «un passage en force».", top: 'des habitants', confident: true },
  { title: '"les habitants, qui dénoncent": the residents', text: "Le projet inquiète les habitants, qui dénoncent «un passage en force».", top: 'les habitants', confident: true },
  { title: 'guard (passed before): "ont rencontré le maire, qui a promis": the mayor, not the shopkeepers', text: "Les commerçants ont rencontré le maire, qui a promis «une réponse rapide».", top: 'le maire', confident: true },
  { title: '"remise au maire, qui a promis": the mayor', text: "Hier soir, une lettre a été remise au maire, qui a promis «une réponse rapide».", top: 'maire', confident: true },
  { title: '"les parents d\'élèves, qui réclament": the parents', text: "La décision a surpris les parents d'élèves, qui réclament «une vraie concertation».", top: "les parents d'élèves", confident: true },
  { title: '"exaspère les riverains, qui ont dénoncé": the neighbours', text: "Le bruit de l'usine exaspère les riverains, qui ont dénoncé «un enfer quotidien».", top: 'les riverains', confident: true },
  { title: 'guard (passed before): "confiée à la juge, qui a évoqué"', text: "L'affaire a été confiée à la juge, qui a évoqué «un dossier hors norme».", top: 'la juge', confident: true },
  { title: 'guard (passed before): a named antecedent after a description', text: "Le club a écrit au président, Marc Vidal, qui a répondu «avec le plus grand calme».", top: 'Marc Vidal', confident: true },
  { title: 'guard (passed before): a relative closed before the verb leaves the main subject', text: "Le préfet, qui a écouté le maire pendant une heure, a dénoncé «des lenteurs coupables».", top: 'Le préfet', confident: true },
  { title: 'guard (passed before): "laquelle assure que"', text: "Les salariés attendent une réponse de la direction, laquelle assure que «rien n'est décidé».", top: 'la direction' },
]);

// 4. A participle of speech with no auxiliary, set off by commas, and its agent ("Le projet, qualifié de « … » par la
// maire, …"): the agent judged the thing in those words; a described agent too ("par les riverains").
testPassCases([
  { title: '", qualifié de « … » par la maire,": the mayor', text: "Le projet, qualifié de «mauvaise idée» par la maire, a été abandonné.", top: 'la maire', confident: true },
  { title: '", dénoncé comme « … » par les riverains,": the neighbours', text: "Le chantier, dénoncé comme «un scandale» par les riverains, reprendra lundi.", top: 'les riverains', confident: true },
  { title: '", jugé « … » par X,": the name, now confident', text: "Le départ de l'entraîneur, jugé «inévitable» par Florence Petit, a été annoncé mardi.", top: 'Florence Petit', confident: true },
  { title: '", qualifié d\'« … » par X,": the name, now confident', text: "Le rapport, qualifié d'«accablant» par Léon Dufour, sera publié lundi.", top: 'Léon Dufour', confident: true },
  { title: '", dénoncé comme « … » par la CGT,": the union, now confident', text: "Le plan social, dénoncé comme «une saignée» par la CGT, sera présenté jeudi.", top: 'CGT', confident: true },
  { title: 'guard (passed before): no comma, "critiqués comme « … » par le syndicat"', text: "Les horaires critiqués comme «intenables» par le syndicat seront revus.", top: 'le syndicat', confident: true },
  { title: 'guard (passed before): "décrite comme « … » par X"', text: "Une réforme décrite comme «injuste» par Thomas Vidal a été adoptée lundi.", top: 'Thomas Vidal' },
]);

// 5. A quote opening its paragraph, then a sentence pointing back at it that describes its speaker after the
// inverted verb ("C'est ce qu'a souligné la directrice de l'école"): that description, not nobody.
testPassCases([
  { title: '"C\'est ce qu\'a souligné la directrice de l\'école": the headmistress', text: "«Les élèves ont progressé.» C'est ce qu'a souligné la directrice de l'école lors du conseil.", top: "la directrice de l'école" },
  { title: '"C\'est ce qu\'a martelé l\'avocate de la défense": the lawyer', text: "«Mon client est innocent.» C'est ce qu'a martelé l'avocate de la défense mardi.", top: "l'avocate de la défense" },
  { title: '"C\'est ainsi qu\'a résumé le maire": the mayor', text: "«Le village revit.» C'est ainsi qu'a résumé le maire la fête de dimanche.", top: 'le maire' },
  { title: 'guard (passed before): "C\'est ce qu\'a affirmé X"', text: "Le conseil a voté le budget. «Nous ne lâcherons rien.» C'est ce qu'a affirmé Anne Roussel à la sortie.", top: 'Anne Roussel', at: 0, confident: true },
  { title: 'guard (passed before): "Ce sont les mots de X, président du club"', text: "«La saison a été difficile.» Ce sont les mots de Gérard Lemoine, président du club.", top: 'Gérard Lemoine', confident: true },
  { title: 'guard (passed before): "Voilà ce qu\'a lancé X aux élus"', text: "«Personne ne nous écoute.» Voilà ce qu'a lancé Yves Carré aux élus.", top: 'Yves Carré', confident: true },
]);
