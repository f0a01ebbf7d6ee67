/**
 * Re-anchoring: find where a described passage is in a (possibly changed) text.
 *
 * Strategy, cheapest first:
 *  1. position: the text at the stored offsets is the quote, with the same context → unchanged;
 *  2. quote: every verbatim occurrence of the quote, ranked by context similarity and closeness to
 *     the old position (tells repeated phrases apart);
 *  3. fuzzy: approximate search (approx-string-match, Myers' bit-vector algorithm; at most
 *     QUOTE_ERROR_RATIO × length edits), first in a window around the old position, then outward
 *     over the whole text in chunks;
 *  4. otherwise null: the passage is gone and the note is an orphan showing its quote.
 * All work is counted against a deterministic budget (budget.ts), so a 5 MB text returns in bounded
 * time; when the budget runs out the best match found so far (or null) is returned.
 */

import { NATIVE_SCAN_SPEEDUP, WorkBudget } from './budget';
import { approxMatches, contextSimilarity } from './approx-search';
import { CONTEXT_LENGTH, pickSelectors, type PassageSelectors, type TextPositionSelector, type TextQuoteSelector, type TextSelector } from './selectors';

/** Largest share of the quote that may be edited for a fuzzy match (a quarter: a word or two in a sentence). */
export const QUOTE_ERROR_RATIO = 0.25;
/** Quotes shorter than this only match verbatim: a few edits make a short phrase match anything. */
export const MIN_FUZZY_QUOTE_LENGTH = 12;
/** A fuzzy candidate needs at least this combined score (see SCORE_WEIGHTS). */
export const MIN_FUZZY_SCORE = 0.5;
/** Fuzzy search looks first within the allowed edits plus this many characters of the old position... */
export const TIGHT_WINDOW_SLACK = 64;
/** ...then this far (at least) around it... */
export const FUZZY_WINDOW_MIN = 2_000;
/** ...or this many quote lengths, whichever is larger. */
export const FUZZY_WINDOW_QUOTE_MULTIPLE = 4;
/** Then the rest of the text, outward from the window, in chunks of this many characters. */
export const GLOBAL_CHUNK = 64 * 1024;
/** Verbatim hits beyond this many are pre-ranked cheaply before their context is compared in full. */
export const MAX_FULLY_SCORED_HITS = 64;

/** More verbatim hits than this and the quote is too common to rank them all... */
export const MAX_VERBATIM_HITS = 20_000;
/** ...so only those within this many characters of the old position are ranked. */
export const VERBATIM_NEAR_REACH = 16 * 1024;
/** Work charged per verbatim hit (recording it, ranking it): a one-letter quote cannot flood memory. */
export const VERBATIM_HIT_UNITS = 50;

/** How much each kind of evidence counts in a candidate's score (the quote itself dominates). */
export const SCORE_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position;

export interface AnchorOptions {
  /** Work allowed, in milliseconds-worth of work units (default DEFAULT_TIME_BUDGET_MS). */
  timeBudgetMs?: number;
  /** When given, receives the work units spent (for tests and benchmarks). */
  stats?: { workUnits: number; budgetUnits: number };
}

export interface AnchorResult {
  start: number;
  end: number;
  /** The passage's text is unchanged: text.slice(start, end) === quote.exact (it may have moved). */
  exact: boolean;
  /** Confidence in [0, 1]; 1 when found unchanged at its old position. */
  score: number;
  /** Which step found it. */
  method: 'position' | 'quote' | 'fuzzy';
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Scores candidates against one quote/position; charges the budget for context comparisons. */
class Scorer {
  private readonly prefix: string;
  private readonly suffix: string;

  constructor(
    private readonly text: string,
    private readonly quote: TextQuoteSelector,
    private readonly position: TextPositionSelector | undefined,
    private readonly budget: WorkBudget,
  ) {
    // Context is compared over at most CONTEXT_LENGTH characters next to the quote (other tools may store more).
    this.prefix = (quote.prefix ?? '').slice(-CONTEXT_LENGTH);
    this.suffix = (quote.suffix ?? '').slice(0, CONTEXT_LENGTH);
  }

  /** Closeness to the old position in [0, 1]; neutral (1) when there is none. */
  closeness(start: number): number {
    if (!this.position) return 1;
    return 1 - Math.min(1, Math.abs(start - this.position.start) / Math.max(1, this.text.length));
  }

  /** Full score: edit-distance similarity of quote and both contexts (contextSimilarity), and closeness. */
  score(candidate: Candidate): number {
    const { prefix, suffix, text } = this;
    this.budget.spend(prefix.length * prefix.length + suffix.length * suffix.length + 1);
    const quoteSim = 1 - candidate.errors / Math.max(1, this.quote.exact.length);
    const prefixSim = contextSimilarity(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start));
    const suffixSim = contextSimilarity(suffix, text.slice(candidate.end, candidate.end + suffix.length));
    return (
      (SCORE_WEIGHTS.quote * quoteSim +
        SCORE_WEIGHTS.prefix * prefixSim +
        SCORE_WEIGHTS.suffix * suffixSim +
        SCORE_WEIGHTS.position * this.closeness(candidate.start)) /
      WEIGHT_TOTAL
    );
  }

  /** Cheap score for pre-ranking many verbatim hits: length of context agreeing next to the quote. */
  quickScore(candidate: Candidate): number {
    const { prefix, suffix, text } = this;
    let before = 0;
    while (before < prefix.length && text.charCodeAt(candidate.start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)) before++;
    let after = 0;
    while (after < suffix.length && text.charCodeAt(candidate.end + after) === suffix.charCodeAt(after)) after++;
    this.budget.spend(before + after + 1);
    return before + after + this.closeness(candidate.start);
  }

  /** Best of the candidates by full score, with that score. */
  best(candidates: Candidate[]): { candidate: Candidate; score: number } | null {
    let best: { candidate: Candidate; score: number } | null = null;
    for (const candidate of candidates) {
      const score = this.score(candidate);
      if (!best || score > best.score) best = { candidate, score };
    }
    return best;
  }
}

function contextAgrees(text: string, quote: TextQuoteSelector, start: number, end: number): boolean {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  return text.slice(start - prefix.length, start) === prefix && text.slice(end, end + suffix.length) === suffix;
}

/** A position past the end of a shortened text still says roughly where to look. */
function isUsablePosition(position: TextPositionSelector | undefined): position is TextPositionSelector {
  return (
    !!position &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    position.start >= 0 &&
    position.start <= position.end
  );
}

/** Verbatim occurrences of the quote starting in [from, to), at most `max` (and while the budget lasts). */
function scanHits(text: string, exact: string, from: number, to: number, max: number, budget: WorkBudget): { hits: Candidate[]; complete: boolean } {
  const hits: Candidate[] = [];
  let at = from;
  while (budget.affords(1)) {
    const found = text.indexOf(exact, at);
    const hit = found >= 0 && found < to;
    budget.spend(((found < 0 ? text.length : found + exact.length) - at) / NATIVE_SCAN_SPEEDUP + (hit ? VERBATIM_HIT_UNITS : 0));
    if (!hit) return { hits, complete: true };
    if (hits.length === max) return { hits, complete: false };
    hits.push({ start: found, end: found + exact.length, errors: 0 });
    at = found + 1;
  }
  return { hits, complete: false };
}

/**
 * Verbatim occurrences of the quote. A quote too common to rank every occurrence (a word, a
 * letter) is looked for only around its old position.
 */
function verbatimHits(text: string, exact: string, position: TextPositionSelector | undefined, budget: WorkBudget): Candidate[] {
  const everywhere = scanHits(text, exact, 0, text.length, MAX_VERBATIM_HITS, budget);
  if (everywhere.complete || !position) return everywhere.hits;
  const from = Math.max(0, position.start - VERBATIM_NEAR_REACH);
  return scanHits(text, exact, from, Math.min(text.length, position.end + VERBATIM_NEAR_REACH), MAX_VERBATIM_HITS, budget).hits;
}

function bestVerbatim(scorer: Scorer, hits: Candidate[]): { candidate: Candidate; score: number } | null {
  if (hits.length > MAX_FULLY_SCORED_HITS) {
    const ranked = hits.map((hit) => ({ hit, quick: scorer.quickScore(hit) })).sort((a, b) => b.quick - a.quick);
    hits = ranked.slice(0, MAX_FULLY_SCORED_HITS).map((r) => r.hit);
  }
  return scorer.best(hits);
}

/** Fuzzy candidates in text[from, to): the best approximate matches, piece by piece (approx-search.ts). */
function fuzzyCandidates(text: string, exact: string, maxErrors: number, from: number, to: number, budget: WorkBudget): Candidate[] {
  return approxMatches(text, exact, maxErrors, from, to, budget).matches;
}

/** Ranges of the text outside [lo, hi), nearest first, alternating right and left. */
function* outwardChunks(length: number, lo: number, hi: number, overlap: number): Generator<[number, number]> {
  let left = lo;
  let right = hi;
  while (left > 0 || right < length) {
    if (right < length) {
      const next = Math.min(length, right + GLOBAL_CHUNK);
      yield [Math.max(0, right - overlap), next];
      right = next;
    }
    if (left > 0) {
      const next = Math.max(0, left - GLOBAL_CHUNK);
      yield [next, Math.min(length, left + overlap)];
      left = next;
    }
  }
}

function fuzzySearch(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined, scorer: Scorer, budget: WorkBudget) {
  const exact = quote.exact;
  if (exact.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const maxErrors = Math.floor(exact.length * QUOTE_ERROR_RATIO);
  const accept = (found: { candidate: Candidate; score: number } | null) => (found && found.score >= MIN_FUZZY_SCORE ? found : null);

  let lo = 0;
  let hi = 0;
  if (position) {
    // Nearest first: a tight window (small edits, nothing moved), then a wide one (moved a little).
    const center = Math.min(position.start, text.length);
    for (const reach of [maxErrors + TIGHT_WINDOW_SLACK, Math.max(FUZZY_WINDOW_MIN, exact.length * FUZZY_WINDOW_QUOTE_MULTIPLE)]) {
      lo = Math.max(0, center - reach);
      hi = Math.min(text.length, center + exact.length + reach);
      const near = accept(scorer.best(fuzzyCandidates(text, exact, maxErrors, lo, hi, budget)));
      if (near) return near;
    }
  }

  // A match straddling a chunk boundary is found by overlapping each chunk with what was searched.
  const overlap = exact.length + maxErrors;
  const seenEnds = new Set<number>();
  let best: { candidate: Candidate; score: number } | null = null;
  for (const [from, to] of outwardChunks(text.length, lo, hi, overlap)) {
    if (budget.exhausted) break;
    const fresh = fuzzyCandidates(text, exact, maxErrors, from, to, budget).filter((c) => !seenEnds.has(c.end));
    for (const c of fresh) seenEnds.add(c.end);
    const found = accept(scorer.best(fresh));
    if (found && (!best || found.score > best.score)) best = found;
  }
  return best;
}

/**
 * Find the passage described by `selectors` ({quote, position} or a W3C selector array) in `text`.
 * Returns null when it cannot be found (no quote, or gone, or not found within the budget).
 */
export function anchor(
  text: string,
  selectors: PassageSelectors | readonly TextSelector[] | readonly unknown[],
  options: AnchorOptions = {},
): AnchorResult | null {
  if (options.stats) options.stats.workUnits = 0;
  const { quote, position: rawPosition } = pickSelectors(selectors);
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) return null;
  const position = isUsablePosition(rawPosition) ? rawPosition : undefined;
  const exact = quote.exact;

  if (position && text.slice(position.start, position.end) === exact && contextAgrees(text, quote, position.start, position.end)) {
    return { start: position.start, end: position.end, exact: true, score: 1, method: 'position' };
  }

  const budget = WorkBudget.forMs(options.timeBudgetMs);
  try {
    return locate(text, quote, position, budget);
  } finally {
    if (options.stats) {
      options.stats.workUnits = budget.spent;
      options.stats.budgetUnits = budget.units;
    }
  }
}

/** Steps 2–4 (verbatim, fuzzy, none) under one budget. */
function locate(text: string, quote: TextQuoteSelector, position: TextPositionSelector | undefined, budget: WorkBudget): AnchorResult | null {
  const exact = quote.exact;
  const scorer = new Scorer(text, quote, position, budget);

  const verbatim = bestVerbatim(scorer, verbatimHits(text, exact, position, budget));
  if (verbatim) {
    return { start: verbatim.candidate.start, end: verbatim.candidate.end, exact: true, score: verbatim.score, method: 'quote' };
  }

  const fuzzy = fuzzySearch(text, quote, position, scorer, budget);
  if (fuzzy) {
    const { start, end } = fuzzy.candidate;
    return { start, end, exact: text.slice(start, end) === exact, score: fuzzy.score, method: 'fuzzy' };
  }
  return null;
}
