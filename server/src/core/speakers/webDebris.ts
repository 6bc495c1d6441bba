// Lines of a pasted web page that are the site's furniture, not the article: import drops them, and the speaker
// engine reads no name in them ("Read More" alone on its line is nobody).

/**
 * Lines of site furniture, not article text: advertising, comment boxes, sharing and sign-in prompts. Whole labels
 * ("Publicité", "Read more") or prompts to the reader ("Partager sur …", "Sign up for …", "… votre publicité"), not
 * any line with one of these words: "Le marché de la publicité a reculé", "Sign up numbers rose" are prose. (`\b`
 * is an ASCII boundary: after a word that may end in an accented letter, a lookahead.)
 */
const DEBRIS = new RegExp(
  `^(?:${[
    'publicité|advertisement|advertising|sponsored(?: content)?|contenu sponsorisé|annonce',
    '.*\\b(?:votre|vos|your)\\b.*\\b(?:publicité|advertis\\w*)(?![\\p{L}\\d]).*',
    '(?:advertise|annoncez)(?: (?:with|here|on|ici|avec|chez)\\b.*)?',
    'contactez-nous.*',
    '.*\\b(?:espace|fil|zone) (?:des |de )?commentaires?\\b.*',
    '.*\\bcommentaires? (?:sont|est) (?:ouverts?|fermés?|réservés?)(?![\\p{L}\\d]).*',
    'connectez-vous.*',
    '.*créez un compte.*',
    // Alone or with the linked headline after a colon or dash ("Read more: Energy news", "Lire aussi : …").
    '(?:à lire aussi|a lire aussi|lire aussi|voir aussi|read more|see also|related articles?|related)(?:\\s*[:—–-].*)?',
    // A news site's label over its summary bullets; its video player's labels.
    'story highlights',
    'just watched|must watch|replay|more videos(?:\\s*(?:\\.\\.\\.|…))?',
    'share (?:this|on)\\b.*',
    'subscribe(?: now)?(?: (?:to|for)\\b.*)?',
    'sign (?:in|up)(?: (?:to|for|with)\\b.*)?',
    'log in(?: (?:to|with)\\b.*)?',
    'cookies?(?: (?:settings|policy|preferences))?',
    '.*\\b(?:uses cookies|utilise des cookies|accept (?:all )?cookies|(?:accepter|refuser|gérer) (?:les )?cookies)(?![\\p{L}\\d]).*',
    'newsletter(?:\\s*[:—–-].*)?',
    'follow us(?: on (?:facebook|twitter|x|instagram|linkedin|tiktok|youtube|bluesky|mastodon|threads)\\b.*)?',
    'partager(?: (?:sur|par|cet article|l\'article)(?![\\p{L}\\d]).*)?',
    'abonnez-vous.*',
  ].join('|')})$`,
  'iu',
);

/**
 * Copyright lines and comment counters ("Commentaires (12)", "34 comments"); a counter has its number, and "copyright" or
 * "(c)" their year, so that a section head "Réactions", a title on copyright law and a list item "(c)" stay.
 */
const FOOTER = /^(?:(?:©|(?:\(c\)|copyright)\s*(?:©\s*)?\d{4}\b).*|.*\b(?:tous droits réservés|all rights reserved)\W*|\d+\s+(?:commentaires?|comments?|réactions?)|(?:commentaires?|comments?|réactions?)\s*\(\d+\))$/iu;
/** A page of the site itself, as its menus, footers and breadcrumbs name it. */
const SITE_PAGE = /^(?:accueil|home|privacy(?: policy)?|terms(?: of (?:use|service))?|contact(?: us)?|contactez-nous|nous contacter|mentions légales|cgu|cgv|politique de confidentialité|plan du site|sitemap|cookies|about(?: us)?|qui sommes-nous|faq)$/iu;

/** A breadcrumb or a menu of links: short items between `>`, `›`, `|` or `·`, one of them a page of the site. */
function isLinkMenu(line: string): boolean {
  const items = line.split(/\s+[>›|·]\s+/u);
  return items.length >= 2 && items.every((i) => i.split(/\s+/u).length <= 4 && !/[.,;:!?"«»“”]/u.test(i)) && items.some((i) => SITE_PAGE.test(i));
}

/** Whether `line` is site furniture: a label, a prompt, a footer or a menu, never prose. */
export function isDebris(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 100 && (DEBRIS.test(t) || FOOTER.test(t) || isLinkMenu(t));
}

