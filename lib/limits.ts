/** Longest article text the background analyses (~400,000 words): beyond it, no page is one article. */
export const ARTICLE_TEXT_MAX_CHARS = 2_500_000;
