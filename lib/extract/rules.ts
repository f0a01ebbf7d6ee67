// The data the extractor decides with: class/id word tables, tag sets and thresholds, one place each.
// The approach follows Mozilla Readability's (score paragraphs into their containers, keep the best
// container and its related siblings, then clean it conditionally); the tables here are our own.
import { wordsSource } from '../lang/page-words';

/** Words in `class`, `id` and component-naming attributes (dom.ts hintString) that the extractor reads as hints. */
export const HINTS = {
  /** Page furniture: never a content container (unless `rescue` also matches). */
  furniture:
    /-ad-|ad-break|agegate|ai2html|banner|breadcrumbs?|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|newsletter|pager|pagination|popup|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote/i,
  /** Saves a `furniture` match: the element may still be the content. */
  rescue: /and|article|body|column|content|main|mathjax|shadow/i,
  /** A content container: +25 to its weight (class and id counted separately). */
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i,
  /** Not a content container: -25 to its weight. */
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|cookie|footer|gdpr|masthead|media|meta|newsletter|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|subscribe|tags|widget/i,
  /** Who wrote it, when: a short element with one of these is a byline, not article text. */
  byline: /byline|author|dateline|writtenby|p-author|reading-?time|read-?time|posted-?on|entry-date/i,
  /** Short furniture inside the content: share bars, tag and category lines, post meta, promos, author bios. */
  inContent:
    /(\b|_)(share|sharedaddy|sharing|social|tags?|tag-?list|tags-links|categories|category|cat-links|post-meta|entry-meta|reading-?time|comment-?count|related|newsletter|subscribe|promo|bio|author-?bio|author-?info|about-?the-?author|meta|byline|dateline|timestamp|read-?more|see-?also|more-?stories)(\b|_)/i,
} as const;

/** schema.org types that describe an article (a JSON-LD `@type`). */
export const ARTICLE_TYPES = [
  'Article', 'AdvertiserContentArticle', 'NewsArticle', 'AnalysisNewsArticle', 'AskPublicNewsArticle',
  'BackgroundNewsArticle', 'OpinionNewsArticle', 'ReportageNewsArticle', 'ReviewNewsArticle', 'Report',
  'SatiricalArticle', 'ScholarlyArticle', 'MedicalScholarlyArticle', 'SocialMediaPosting', 'BlogPosting',
  'LiveBlogPosting', 'DiscussionForumPosting', 'TechArticle', 'APIReference',
];

/**
 * Comment threads and the page's own post (comments.ts, post.ts): the words and markup that name them in
 * any CMS. Comments are never the article; the post (headline, date, articleBody) is preferred to them.
 */
export const COMMENT_THREAD = {
  /** Parts of a class/id token (split at - _ and camelCase) that name a thread, a comment or a comment service. */
  hintWords: new Set([
    'comment', 'comments', 'commentlist', 'commentslist', 'commentbox', 'respond', 'disqus', 'dsq', 'livefyre', 'fyre',
    'commento', 'isso', 'remark42', 'hyvor', 'vuukle', 'spotim', 'openweb', 'viafoura', 'talkyard',
  ]),
  /** Token parts that make a comment-named token a state flag of its holder ("comments-open", "has-comments"). */
  flagWords: new Set(['open', 'closed', 'enabled', 'disabled', 'allowed', 'allow', 'on', 'off', 'has', 'no', 'with']),
  /** Quick look at class, id, itemprop and itemtype together: may they name a thread? (The token test decides.) */
  attributeWords: /omment|respond|disqus|dsq|fyre|isso|remark42|hyvor|vuukle|spotim|openweb|viafoura|talkyard/i,
  /** schema.org types of a comment or a thread (microdata itemtype). */
  schemaTypes: /schema\.org\/(Comment|UserComments)$/i,
  /** Headings that open a thread or its reply form. */
  headings: [
    /^(\d[\d,.]*\s+comments?|comments|reader comments|readers' comments)(\s*\(\d+\))?:?$/iu,
    /^\d[\d,.]*\s+(responses?|replies|reactions?|thoughts? on\b.*)$/iu,
    /^(leave|post|add|write|submit) a (reply|comment|response)\b.*$|^join the (discussion|conversation)$|^have your say$/iu,
    /^(\d+\s+)?(kommentare|commentaires|comentarios|commenti|reacties|komentarze)(\s*\(\d+\))?:?$/iu,
  ],
  /** Text of a link or button that answers one comment. */
  replyMarkers: /^(reply|reply to this comment|antworten|répondre|responder|rispondi|reageer|odpowiedz)$/iu,
  /** A heading of this length or more is not a thread's title. */
  headingMaxChars: 120,
} as const;

/** The page's own post (post.ts): what marks the element holding it, and its date. */
export const OWN_POST = {
  /** schema.org types of a post in microdata (`itemtype`). */
  itemtypes: /schema\.org\/(\w*Article|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/i,
  /** Microformats class tokens of a post. */
  classes: /(^|\s)(hentry|h-entry)(\s|$)/,
  /** What dates a post: a <time>, or datePublished microdata. */
  date: 'time, [itemprop~="datePublished"]',
} as const;

/** Photo captions and credits inside the article: not article text (clean.ts, probe.ts). */
export const CAPTIONS = {
  tags: new Set(['FIGCAPTION']),
  hints: /(\b|_)(caption|wp-caption-text|wp-element-caption|credit|photo-?credit|image-?credit|img-?credit|media-?credit)(\b|_)/i,
} as const;

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Text of a whole element that marks it as an ad slot or a loading placeholder (words: lib/lang, PageWords). */
export const PLACEHOLDER_TEXT = [
  /* @__PURE__ */ new RegExp(`^(?:${/* @__PURE__ */ wordsSource((w) => w.adWords)}|${/* @__PURE__ */ wordsSource((w) => w.placeholderWords)})$`, 'iu'),
  /* @__PURE__ */ new RegExp(`^(?:${/* @__PURE__ */ wordsSource((w) => w.loadingWords)})(?:…|\\.\\.\\.)?$`, 'iu'),
];

/** Embeds that are content (videos); other embeds are dropped. */
export const VIDEO_HOSTS =
  /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;

/** Commas of Latin, Arabic, CJK and other scripts: each one adds to a paragraph's score. */
export const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Never article text, wherever they are (one set for every walk: lib/text/dom-tags.ts). */
export { NEVER_TEXT_TAGS } from '../text/dom-tags';

/** Paragraph-like elements whose own text is scored into their containers. */
export const SCORED_TAGS = new Set(['SECTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'TD', 'PRE']);

/** A DIV holding any of these is a container, not a paragraph. */
export const BLOCK_TAGS = new Set(['BLOCKQUOTE', 'DL', 'DIV', 'IMG', 'OL', 'P', 'PRE', 'TABLE', 'UL']);

/** Phrasing content: runs of these (and text) inside a DIV read as a paragraph. A, DEL, INS only when all they hold is phrasing. */
export const PHRASING_TAGS = new Set([
  'ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG',
  'INPUT', 'KBD', 'LABEL', 'MARK', 'MATH', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY', 'SAMP',
  'SCRIPT', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR', 'FONT', 'U', 'S', 'TT',
  'BIG', 'STRIKE',
]);
export const TRANSPARENT_TAGS = new Set(['A', 'DEL', 'INS']);

/** Tags whose text counts as "text-ish" when telling content from empty shells. */
export const TEXTISH_TAGS = new Set(['SPAN', 'LI', 'TD', ...BLOCK_TAGS]);

/** Starting score of a candidate container by its tag. */
export const TAG_SCORE: Record<string, number> = {
  DIV: 5,
  PRE: 3, TD: 3, BLOCKQUOTE: 3,
  ADDRESS: -3, OL: -3, UL: -3, DL: -3, DD: -3, DT: -3, LI: -3, FORM: -3,
  H1: -5, H2: -5, H3: -5, H4: -5, H5: -5, H6: -5, TH: -5,
};

/** Dropped from the chosen content unconditionally (videos excepted for embeds). */
export const ALWAYS_CLEANED_TAGS = new Set(['FOOTER', 'ASIDE', 'NAV', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Checked by the conditional cleaning of the chosen content. */
export const CONDITIONALLY_CLEANED_TAGS = new Set(['FORM', 'FIELDSET', 'TABLE', 'UL', 'DIV']);

export const LIMITS = {
  /** Paragraphs shorter than this do not score. */
  minParagraphChars: 25,
  /** How many ancestors a paragraph's score reaches. */
  scoreDepth: 5,
  /** Top candidates compared to find a common container. */
  topCandidates: 5,
  /** How many near-best candidates must share an ancestor for it to win. */
  sharedAncestorMin: 3,
  /** An article shorter than this makes the extractor retry with fewer rules. */
  minArticleChars: 500,
  /** A class/id hint is worth this much. */
  hintWeight: 25,
  /** Link text share above which a DIV/UL/TABLE without commas is link furniture. */
  linkDensityMax: 0.2,
  /** Bylines and share bars are short. */
  bylineMaxChars: 100,
  /** In-content furniture (HINTS.inContent) is short. */
  inContentMaxChars: 500,
  /** A paragraph-like element shorter than this, nearly all link text, is a teaser link. */
  teaserMaxChars: 200,
  teaserLinkDensity: 0.8,
  /** A list of teaser links whose text is at least this share headings lists other stories' headlines. */
  teaserHeadingShare: 0.8,
  /** Elements with this many commas are prose, never conditionally cleaned. */
  proseCommas: 10,
  /** The cheap article test: paragraphs of at least this length, and their summed sqrt(excess) score. */
  probeMinParagraph: 140,
  probeMinScore: 20,
  /** The same, for pages that declare themselves articles (og:type, JSON-LD). */
  probeDeclaredMinParagraph: 80,
  probeDeclaredMinScore: 10,
  /** A short story on a page that declares itself one: this many paragraphs of this length, this much text. */
  storyMinParagraphs: 2,
  storyMinParagraphChars: 40,
  storyMinChars: 150,
} as const;
