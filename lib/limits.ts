// The engine's limits, one place: how much text it takes, how long one task may run. (The rule tables'
// thresholds stay with their rules: lib/extract/rules.ts, lib/sponsored/rules.ts; notes sizes: lib/notes/limits.ts.)

/**
 * Longest article text the background analyses, and the longest page text whose notes are anchored.
 * The engine is tested on 5 MB pages (tests/scale/robustness); this bound only refuses absurd inputs.
 */
export const ARTICLE_TEXT_MAX_CHARS = 20_000_000;

// Time budgets. The house rule is no task over 50 ms: work is split into slices of these sizes.

/** Work per slice in the page (the content script) before the page's event loop gets a turn. */
export const SLICE_BUDGET_MS = 20;

/** Longest wait for a rendered frame (slices.ts afterNextFrame): a hidden tab renders none, and its work must not wait until it is shown. */
export const FRAME_WAIT_MAX_MS = 100;

/** Work per slice of the background's text analysis before other requests get a turn. */
export const TEXT_SLICE_MS = 25;

/** Work budget for re-anchoring one note (lib/anchor counts work, not time). */
export const NOTE_ANCHOR_BUDGET_MS = 40;

// Sizes of one runtime message between the content script and the background: serialising a message
// (and reading it back) is one task of the page, so a long article text goes in pieces and a long answer
// comes back in parts (lib/pipeline/text-transfer.ts).

/** Longest piece of article text in one message (a few milliseconds to send on a slow machine). */
export const TEXT_PIECE_CHARS = 65_536;

/** Most claims in one answer to the page; the rest is fetched in parts of this size. */
export const CLAIMS_PER_ANSWER = 1_000;

/** Pieces and parts not asked for in this long are dropped (the page gave up, or went away). */
export const TRANSFER_IDLE_MS = 60_000;
