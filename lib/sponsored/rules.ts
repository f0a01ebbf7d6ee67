// The sponsored-content rule table: every word, label and attribute the detector reacts to, and
// every size limit it applies, in one place (like Readability's REGEXPS table). The code that uses
// them lives in labels.ts (texts), attributes.ts (class/id/data attributes) and units.ts (sizes).

/** Words matched against the words of a class or id token (split on -, _, camelCase and digits). */
export const CLASS_WORDS = {
  /** An ad-unit container: `ad-slot`, `adUnit`, `sidebar-ad`, `advertisement`, `dfp-box`. */
  ad: new Set([
    'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising',
    'adslot', 'adunit', 'adunits', 'adsense', 'adsbygoogle', 'adbox', 'adcontainer', 'adwrap',
    'adwrapper', 'adbanner', 'adspace', 'adzone', 'adholder', 'adframe', 'dfp', 'googleads',
    'doubleclick',
  ]),
  /** Disclosed paid content: `sponsored-post`, `advertorial`, `promoted`. */
  sponsored: new Set(['sponsored', 'sponsor', 'advertorial', 'advertorials', 'promoted', 'gesponsert']),
  /** First word of a two-word sponsored name such as `paid-post` or `partner-content`... */
  sponsoredPrefix: new Set(['paid', 'partner', 'branded', 'native']),
  /** ...and its second word. */
  sponsoredSuffix: new Set(['content', 'post', 'posts', 'story', 'stories', 'article', 'feature']),
  /**
   * Words that say a token describes the page's ad *state*, not an ad (`has-ads`, `no-ads`,
   * `adblock-notice`, `ad-free`): such a token is no evidence at all.
   */
  negating: new Set([
    'has', 'with', 'no', 'non', 'free', 'block', 'blocker', 'blocked', 'adblock', 'adblocker',
    'disabled', 'enabled', 'consent', 'without', 'show', 'hide',
  ]),
  /** Weak hints of a commercial promo box; they count only together with other evidence. */
  promo: new Set([
    'promo', 'promotion', 'promotional', 'offer', 'offers', 'deal', 'deals', 'coupon', 'coupons',
    'affiliate', 'affiliates',
  ]),
} as const;

/** Class or id tokens of third-party recommendation widgets (Taboola/Outbrain kind). */
export const WIDGET_TOKEN =
  /^(?:taboola|outbrain|trc_|trc-|ob-widget|ob-smartfeed|ob-dynamic|revcontent|rc-widget|mgid|mgbox|zergnet|plista|dianomi)|taboola|outbrain/i;

/** Attribute selectors that mark an ad unit by themselves (ad-server markup). */
export const AD_ATTRIBUTE_SELECTORS: readonly { selector: string; reason: string; coversClass?: string }[] = [
  { selector: 'ins.adsbygoogle', reason: 'Google ad container (ins.adsbygoogle)', coversClass: 'adsbygoogle' },
  { selector: '[id^="div-gpt-ad"]', reason: 'Google ad-manager slot (id div-gpt-ad…)' },
  { selector: '[id^="google_ads_"]', reason: 'Google ad container (id google_ads_…)' },
  { selector: '[data-ad-unit]', reason: 'ad-unit container (data-ad-unit)' },
  { selector: '[data-ad-unit-path]', reason: 'ad-unit container (data-ad-unit-path)' },
  { selector: '[data-adunit]', reason: 'ad-unit container (data-adunit)' },
  { selector: '[data-ad-slot]', reason: 'ad-unit container (data-ad-slot)' },
  { selector: '[data-ad-client]', reason: 'ad-unit container (data-ad-client)' },
  { selector: '[data-google-query-id]', reason: 'ad-unit container (data-google-query-id)' },
  { selector: '[data-ad-position]', reason: 'ad-unit container (data-ad-position)' },
  { selector: '[data-native-ad]', reason: 'native ad container (data-native-ad)' },
  { selector: '[data-sponsored]', reason: 'sponsored container (data-sponsored)' },
];

/**
 * Substrings (any case) whose presence in class or id makes an element a candidate; candidates
 * are then verified word by word. Every word and widget prefix above contains one of these.
 */
export const CLASS_ID_FRAGMENTS = [
  'ad', 'dfp', 'doubleclick', 'spons', 'promo', 'paid', 'partner', 'branded', 'native', 'offer', 'deal',
  'coupon', 'affiliate', 'taboola', 'outbrain', 'trc', 'ob-', 'revcontent', 'rc-widget', 'mgid',
  'mgbox', 'zergnet', 'plista', 'dianomi',
] as const;

/** Attribute-name prefixes that make an element a candidate (ad-server data attributes). */
export const DATA_ATTRIBUTE_PREFIXES = ['data-ad', 'data-google-query-id', 'data-native-ad', 'data-sponsored'] as const;

/** The paid-link marker: `sponsored` among a link's rel values (Google's rel qualifier). */
export const SPONSORED_REL = /(?:^|\s)sponsored(?:\s|$)/i;

// --- Label texts -------------------------------------------------------------------------------
// A label is the whole text of one short element, compared after collapsing whitespace and
// trimming decorative punctuation such as "(Anzeige)", "— Advertisement —", "Sponsored:".

/** Ad-slot labels: the whole text is one of these words (case as sites write them). */
export const AD_LABEL =
  /^(?:advertisement|advertisements|ads?|anzeigen?|werbung|publicit[ée]|publicidad|pubblicit[àa]|advertentie|reklame|reklama|annonce|mainos)$/i;
/** "AD" in capitals is an era (AD 79) more often than an ad badge. */
export const AD_LABEL_EXCLUDED = /^AD$/;

/** Headings of recommendation widgets. */
export const WIDGET_HEADING =
  /^(?:promoted (?:stories|links|content)|sponsored (?:links|stories|headlines)|(?:from )?around the web|(?:more )?from (?:our|the web's) partners|recommended by|you may like(?: these)?: sponsored|paid content from around the web)$/i;

/** A disclosure name: a company or brand after "by" / "with" (short, no clause). */
const NAME = "[^.,;!?]{1,60}";
/** Words that open a disclosure label. */
const DISCLOSURE_HEAD = [
  'sponsored(?: (?:content|post|article|story|feature|listing|links?|stories|headlines?))?',
  'promoted(?: (?:content|post|story|stories|links?))?',
  '(?:paid )?partner (?:content|post|story|feature)',
  'content from our partners?',
  'from our partners?',
  'advertorial',
  'advertiser content',
  'advertising feature',
  'advertisement feature',
  'paid (?:content|post|partnership|promotion|feature)',
  'brand(?:ed)? content',
  'gesponsert(?:er (?:beitrag|inhalt))?',
  'werbliche? (?:inhalte?|beitrag)',
  'sponsored post',
  'contenu sponsoris[ée]',
  'sponsoris[ée]',
  'publi-?reportage',
  'contenido patrocinado',
  'patrocinado',
  'contenuto sponsorizzato',
  'sponsorizzato',
  'gesponsord',
].join('|');
/** Heads that need a name after them. */
const DISCLOSURE_BY = [
  // Not "produced by" / "supported by": those are credits and grant notes, not paid placement.
  '(?:sponsored|promoted|paid for|presented|brought to you) by',
  '(?:in|produced in|created in) partnership with',
  'paid partnership with',
  'in association with',
  'pr[ée]sent[ée] par',
  'en partenariat avec',
  'gesponsert von',
  'in (?:zusammenarbeit|kooperation) mit',
  'patrocinado por',
].join('|');
/** "This article is sponsored by X" and the like. */
const DISCLOSURE_SENTENCE =
  `(?:this|the following) (?:post|article|story|content|feature|page|piece|section) (?:is|was) (?:sponsored|paid for|presented|produced|created|brought to you)(?: by ${NAME}| in partnership with ${NAME})?`;

/**
 * A disclosure label: a head, or a "by"/"with" head and a name, or a disclosure sentence; each
 * optionally followed by a separator and a short explanation ("Sponsored content — provided for
 * promotional purposes.", "Sponsored by Acme. The newsroom was not involved.").
 */
const EXPLANATION = '(?:\\s*[—–:|·•.-]\\s*.{0,140})?';
export const DISCLOSURE_LABEL = new RegExp(
  `^(?:(?:${DISCLOSURE_HEAD})${EXPLANATION}|(?:${DISCLOSURE_BY}):? ${NAME}${EXPLANATION}|${DISCLOSURE_SENTENCE}${EXPLANATION})$`,
  'i',
);

/** Cheap test before the label patterns: a short text worth looking at contains one of these. */
export const LABEL_PREFILTER =
  /sponsor|promot|partner|advert|\bads?\b|paid|present|brought|anzeige|werb|publi|reklam|annonce|mainos|around the web|recommended by|association|zusammenarbeit|kooperation|patrocin|gesponsor|produced|created|supported/i;

/** Trimmed off both ends of a label before matching: brackets, stars, dashes, bullets, colons. */
export const LABEL_DECORATION = /^[\s()[\]{}*·•|:—–_-]+|[\s()[\]{}*·•|:—–_-]+$/g;

/**
 * Texts inside these are never labels: navigation, controls (`a` only with an href), and tables,
 * where a cell saying "Promoted" or "Sponsored" is data (a league table, a list of bills).
 */
export const CONTROL_TAGS = new Set(['A', 'NAV', 'BUTTON', 'SELECT', 'OPTION', 'LABEL', 'TEXTAREA', 'TABLE']);
export const CONTROL_ROLES = new Set(['navigation', 'menu', 'menubar', 'button', 'tab', 'tablist']);

// --- Elements and sizes ------------------------------------------------------------------------

/** Never reported: the document's frame and the page's main region. */
export const NEVER_UNIT_TAGS = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);
/** Subtrees whose text is not page text. */
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'HEAD']);
/** Elements that are content even without text (an ad creative is often only these). */
export const MEDIA_TAGS = new Set(['IMG', 'IFRAME', 'INS', 'VIDEO', 'CANVAS', 'OBJECT', 'EMBED']);
/** Inline elements: their text runs on with their neighbours' (no word break added). */
export const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'FONT',
]);

export const LIMITS = {
  /** Longest label text (characters, whitespace collapsed). */
  labelChars: 160,
  /** Text gathered per element while scanning for labels; longer elements are not labels. */
  scanChars: 400,
  /** How much content (non-space characters) beyond itself a label or paid link may claim. */
  labelReach: 1200,
  /** A unit holding more than this share of the page's text is the article or layout... */
  pageShare: 0.5,
  /** ...unless the page is so short that no article root could be this small. */
  minRootChars: 300,
  /** No sponsored unit is longer than this (non-space characters). */
  unitChars: 4000,
  /** A paid link "is" its block when it holds at least this share of the block's text. */
  linkDominance: 0.5,
  /** Most plain text (non-space characters) a unit's parent may add and still be the unit: a caption. */
  captionChars: 120,
  /** A paragraph of running text: a `p` with at least this many non-space characters... */
  proseParagraphChars: 200,
  /** ...and an ad or widget container never holds this many of them (it would be the article). */
  containerMaxProse: 3,
  /** Paid links in one unit that make a cluster on their own. */
  linkCluster: 2,
} as const;
