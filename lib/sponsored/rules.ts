// The sponsored-content rule table: every word, label and attribute the detector reacts to, and
// every size limit it applies, in one place (like Readability's REGEXPS table). The code that uses
// them: labels.ts (label texts), attributes.ts (class/id/data attributes, paid links), survey.ts
// (the walk), units.ts (sizes), evidence.ts (where evidence attaches), resolve.ts (what is reported).
// Label words of every language come from lib/lang (PageWords); the English sentence patterns are here.
import { wordsSource } from '../lang/page-words';

/** Words matched against the words of a class or id token (split on -, _, camelCase and digits). */
export const CLASS_WORDS = {
  /** An ad-unit container: `ad-slot`, `adUnit`, `sidebar-ad`, `advertisement`, `dfp-box`. */
  ad: new Set([
    'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'advertising',
    'adslot', 'adunit', 'adunits', 'adsense', 'adsbygoogle', 'adbox', 'adcontainer', 'adwrap',
    'adwrapper', 'adbanner', 'adspace', 'adzone', 'adholder', 'adframe', 'dfp', 'googleads',
    'doubleclick',
  ]),
  /** Disclosed paid content: `sponsored-post`, `advertorial`. */
  sponsored: /* @__PURE__ */ new Set(/* @__PURE__ */ wordsSource((w) => w.sponsoredClassWords).split('|')),
  /** First word of a two-word sponsored name such as `paid-post` or `partner-content`... */
  sponsoredPrefix: new Set(['paid', 'partner', 'branded', 'native']),
  /** ...and its second word. */
  sponsoredSuffix: new Set(['content', 'post', 'posts', 'story', 'stories', 'article', 'feature']),
  /**
   * Words that say a token describes the page's ad *state*, not an ad (`has-ads`, `no-ads`,
   * `adblock-notice`, `ad-free`), or is not about ads (`ad-hoc`, the `ad-choices` info link):
   * such a token is no evidence at all.
   */
  negating: new Set([
    'has', 'with', 'no', 'non', 'free', 'block', 'blocker', 'blocked', 'adblock', 'adblocker',
    'disabled', 'enabled', 'consent', 'without', 'show', 'hide', 'hoc', 'choice', 'choices',
  ]),
  /**
   * Weak hints of a commercial promo box; they count only together with other evidence.
   * `promoted` and `sponsor` are here, not above: Drupal marks front-page teasers `node--promoted`,
   * and charities ask readers to "sponsor a child".
   */
  promo: new Set([
    'promo', 'promotion', 'promotional', 'promoted', 'offer', 'offers', 'deal', 'deals', 'coupon',
    'coupons', 'affiliate', 'affiliates', 'sponsor', 'sponsors',
  ]),
} as const;

/** Class or id tokens of third-party recommendation widgets (Taboola/Outbrain kind). */
export const WIDGET_TOKEN =
  /^(?:taboola|outbrain|trc_|trc-|ob-widget|ob-smartfeed|ob-dynamic|revcontent|rc-widget|mgid|mgbox|zergnet|plista|dianomi)|taboola|outbrain/i;

/** Recommendation networks by their class or id tokens, for the reader's label ("Promoted stories (Outbrain)"). */
export const WIDGET_NETWORKS: readonly { token: RegExp; name: string }[] = [
  { token: /taboola|^trc[_-]/i, name: 'Taboola' },
  { token: /outbrain|^ob-/i, name: 'Outbrain' },
  { token: /^(?:revcontent|rc-widget)/i, name: 'Revcontent' },
  { token: /^(?:mgid|mgbox)/i, name: 'MGID' },
  { token: /^zergnet/i, name: 'ZergNet' },
  { token: /^plista/i, name: 'plista' },
  { token: /^dianomi/i, name: 'Dianomi' },
];

/**
 * Ad-server markup that marks an ad unit by itself. Each rule is one test: an element with this
 * `tag` and `className`, an id starting with `idPrefix`, or an attribute named `attr`.
 */
export interface AdMarkupRule {
  tag?: string;
  className?: string;
  idPrefix?: string;
  attr?: string;
  kind: 'ad' | 'sponsored';
  reason: string;
}
export const AD_MARKUP_RULES: readonly AdMarkupRule[] = [
  { tag: 'INS', className: 'adsbygoogle', kind: 'ad', reason: 'Google ad container (ins.adsbygoogle)' },
  { idPrefix: 'div-gpt-ad', kind: 'ad', reason: 'Google ad-manager slot (id div-gpt-ad…)' },
  { idPrefix: 'google_ads_', kind: 'ad', reason: 'Google ad container (id google_ads_…)' },
  { attr: 'data-ad-unit', kind: 'ad', reason: 'ad-unit container (data-ad-unit)' },
  { attr: 'data-ad-unit-path', kind: 'ad', reason: 'ad-unit container (data-ad-unit-path)' },
  { attr: 'data-adunit', kind: 'ad', reason: 'ad-unit container (data-adunit)' },
  { attr: 'data-ad-slot', kind: 'ad', reason: 'ad-unit container (data-ad-slot)' },
  { attr: 'data-ad-client', kind: 'ad', reason: 'ad-unit container (data-ad-client)' },
  { attr: 'data-google-query-id', kind: 'ad', reason: 'ad-unit container (data-google-query-id)' },
  { attr: 'data-ad-position', kind: 'ad', reason: 'ad-unit container (data-ad-position)' },
  { attr: 'data-native-ad', kind: 'ad', reason: 'native ad container (data-native-ad)' },
  { attr: 'data-sponsored', kind: 'sponsored', reason: 'sponsored container (data-sponsored)' },
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

/** A name after "by" / "with" in a label: a company or brand, short, no clause. */
const NAME = '[^.,;!?]{1,60}';

/** Words that label an ad slot on their own, any language's. */
const AD_WORD = /* @__PURE__ */ wordsSource((w) => w.adWords);

/**
 * Ad-slot labels: the whole text is an ad word (case as sites write them), maybe with a
 * "scroll to continue" tail, or a "story continues below advertisement" line.
 */
export const AD_LABEL = /* @__PURE__ */ new RegExp(
  `^(?:(?:${AD_WORD})(?:\\s*[—–:|·•-]\\s*(?:${/* @__PURE__ */ wordsSource((w) => w.continueWords)}).{0,40})?|(?:the )?(?:story|article) continues below(?: this)? (?:advertisement|ad))$`,
  'i',
);
/** "AD" in capitals is an era (AD 79) more often than an ad badge. */
export const AD_LABEL_EXCLUDED = /^AD$/;

/** Headings of recommendation widgets, maybe naming the vendor ("Promoted links by X"); "Recommended by" alone (with a name it is editorial). */
export const WIDGET_HEADING = /* @__PURE__ */ new RegExp(
  `^(?:(?:promoted (?:stories|links|content)|sponsored (?:links|stories|headlines)|(?:from )?around the web|(?:more )?from (?:our|the web's) partners|trending (?:now )?(?:from|around) the web)(?: (?:by|from|powered by) ${NAME})?|recommended by)$`,
  'i',
);

/**
 * A third-party widget's credit line: "Powered by Acme Quotes", or "Powered by" beside the vendor's
 * logo. Sites credit their software the same way ("Powered by WordPress"), so it counts only on a
 * small box it heads or closes, outside the page's header and footer (evidence.ts).
 */
export const POWERED_BY_LABEL = /* @__PURE__ */ new RegExp(`^powered by(?: ${NAME})?$`, 'i');

/** Words that open a disclosure label. */
const DISCLOSURE_HEAD = /* @__PURE__ */ wordsSource((w) => w.disclosureHeads);
/** Heads that need a name after them. */
const DISCLOSURE_BY = /* @__PURE__ */ wordsSource((w) => w.disclosureBy);
/** "This article is sponsored by X" and the like. */
const DISCLOSURE_SENTENCE =
  `(?:this|the following) (?:post|article|story|content|feature|page|piece|section) (?:is|was) (?:(?:sponsored|paid for)(?: by ${NAME})?|(?:presented|brought to you) by ${NAME}|(?:produced|created|written) in partnership with ${NAME})`;

/**
 * A disclosure label: a head, or a "by"/"with" head and a name, or a disclosure sentence; each
 * optionally followed by a separator and a short explanation ("Sponsored content — provided for
 * promotional purposes.", "Sponsored by Acme. The newsroom was not involved.").
 */
const EXPLANATION = '(?:\\s*[—–:|·•.-]\\s*.{0,140})?';
export const DISCLOSURE_LABEL = /* @__PURE__ */ new RegExp(
  `^(?:(?:${DISCLOSURE_HEAD})${EXPLANATION}|(?:${DISCLOSURE_BY}):? ${NAME}${EXPLANATION}|${DISCLOSURE_SENTENCE}${EXPLANATION})$`,
  'i',
);

/** Cheap test before the label patterns: a short text worth looking at contains one of these. */
export const LABEL_PREFILTER = /* @__PURE__ */ new RegExp(/* @__PURE__ */ wordsSource((w) => w.labelHints), 'i');

/** Trimmed off both ends of a label before matching: brackets, stars, dashes, bullets, colons. */
export const LABEL_DECORATION = /^[\s()[\]{}*·•|:—–_-]+|[\s()[\]{}*·•|:—–_-]+$/g;

/**
 * Navigation: texts inside are never labels, and class names inside are menu items, not ads
 * (a site about advertising has `menu-ad-ops` entries).
 */
export const NAVIGATION_TAGS = new Set(['NAV']);
export const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar']);
/**
 * Controls: texts inside are never labels (`a` only with an href). Tables too: a cell saying
 * "Promoted" or "Sponsored" is data (a league table, a list of bills).
 */
export const CONTROL_TAGS = new Set(['A', 'BUTTON', 'SELECT', 'OPTION', 'LABEL', 'TEXTAREA', 'TABLE']);
export const CONTROL_ROLES = new Set(['button', 'tab', 'tablist']);

/**
 * The page's header, footer and navigation: a "Powered by" line in them, or in a box beside them,
 * credits the site's software, not a widget.
 */
export const PAGE_EDGE_SELECTOR = 'header, footer, nav, [role="banner"], [role="contentinfo"]';
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
export const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';

/** Headings and sections: a box holding two of these besides its label is a column of sections, not one unit. */
export const SECTION_PARTS_SELECTOR = 'h1, h2, h3, h4, h5, h6, section, article, aside, nav';

// --- Elements and sizes ------------------------------------------------------------------------

/** Never reported: the document's frame and the page's main region. */
export const NEVER_UNIT_TAGS = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);
/** Elements that are content even without text (an ad creative is often only these). */
export const MEDIA_TAGS = new Set(['IMG', 'IFRAME', 'VIDEO', 'CANVAS', 'OBJECT', 'EMBED']);
/** Elements that are ad slots by nature when they sit right next to an "Advertisement" label. */
export const SLOT_TAGS = new Set(['IFRAME', 'INS']);
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
  /** Most text (non-space characters) a label's row may add to it (an info icon, "Learn more"). */
  rowExtraChars: 24,
  /** Most plain text (non-space characters) a unit's parent may add and still be the unit: a caption. */
  captionChars: 120,
  /** A paragraph of running text: a `p` with at least this many non-space characters... */
  proseParagraphChars: 120,
  /** ...and a container found by its attributes never holds this many of them (it would be the article). */
  containerMaxProse: 3,
  /** Content (non-space characters) besides its units that makes an ad-named region a layout column. */
  layoutChars: 200,
  /** Share of a credited box's text inside links that makes it a list of links (a site's footer), not a widget. */
  linkListShare: 0.6,
  /** Paid links in one unit that make a cluster on their own. */
  linkCluster: 2,
} as const;
