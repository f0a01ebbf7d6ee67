/**
 * Longest article text the background analyses. The engine is tested on 5 MB pages (tests/scale/robustness);
 * this bound only refuses absurd inputs, as the notes' anchoring does (LIMITS.pageTextChars).
 */
export const ARTICLE_TEXT_MAX_CHARS = 20_000_000;
