// Which elements hold page text, for every walk that reads it (the extractor, the article text, the
// whole-page reading, the sponsored walk): one set of parts, and a named set per walk where they differ.

/** Code, styles and inert templates: never text a reader sees. */
const CODE_TAGS = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'];
/** Embedded documents and graphics: their text (SVG labels, MathML, fallback content) is not prose. */
const EMBED_TAGS = ['SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS'];
/** Head markup that pages also put in the body. */
const HEAD_MARKUP_TAGS = ['LINK', 'META'];
/** Controls whose text is a value or a list of choices, not something the page says. */
const VALUE_CONTROL_TAGS = ['SELECT', 'OPTION', 'TEXTAREA'];
/** Buttons: a caption, not prose. */
const BUTTON_TAGS = ['BUTTON', 'INPUT'];

/** Never article text, wherever they are: the extractor neither scores them nor keeps them. */
export const NEVER_TEXT_TAGS = new Set([...CODE_TAGS, ...EMBED_TAGS, ...HEAD_MARKUP_TAGS]);

/**
 * What the article text never reads: the above and every form control. The extractor still scores
 * inside controls (it cleans them from the chosen root instead, ALWAYS_CLEANED_TAGS), so the two differ.
 */
export const NEVER_ARTICLE_TEXT_TAGS = new Set([...NEVER_TEXT_TAGS, ...VALUE_CONTROL_TAGS, ...BUTTON_TAGS]);

/**
 * Subtrees the sponsored walk does not measure. Embeds and buttons stay: an ad creative is often only
 * an iframe, and a promo box's "Shop now" is part of its size.
 */
export const UNMEASURED_TAGS = new Set([...CODE_TAGS, ...VALUE_CONTROL_TAGS, 'HEAD']);
