/**
 * Longest article text the background analyses. The engine is tested on 5 MB pages (tests/scale/robustness);
 * this bound only refuses absurd inputs, as the notes' anchoring does (LIMITS.pageTextChars).
 */
export const ARTICLE_TEXT_MAX_CHARS = 20_000_000;

/**
 * Longest page HTML the content script sends the background to read (runtime messages carry up to
 * 64 MiB in Chrome). A longer page is read in the page itself.
 */
export const PAGE_HTML_MAX_CHARS = 24_000_000;
