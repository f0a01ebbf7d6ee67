/**
 * Approximate string search with a bounded number of edits (Levenshtein: insert, delete, substitute),
 * using the bit-parallel algorithm of G. Myers (1999, "A fast bit-vector algorithm for approximate
 * string matching based on dynamic programming") in the multi-block form described by H. Hyyrö
 * (2003). One column of the edit-distance table is held as bit vectors of 32 rows per block, so a
 * text character costs one step per block: ceil(patternLength / 32) work units.
 *
 * Two uses:
 *  - `searchEnds`: where in the text may the pattern end with ≤ k edits (the pattern may start
 *    anywhere: the top row of the table is all zeros);
 *  - `bestStart`: given an end, where does the best match start (the pattern is run backwards over
 *    the text before the end, anchored at that end: the top row counts up).
 */

import type { WorkBudget } from './budget';

const BLOCK_BITS = 32;
/** How many text characters are processed between two budget checks. */
const BUDGET_CHECK_INTERVAL = 1024;
/** Work charged per text character on top of one unit per block (loop and lookup overhead). */
const CHAR_OVERHEAD_UNITS = 1;

/** Character codes below this get a flat lookup table; the rest a Map (rare in most texts). */
const FLAT_TABLE_SIZE = 256;

/** Bit masks of where each character code occurs in the pattern, per 32-row block. */
class PatternMasks {
  readonly blocks: number;
  /** Bit of the last pattern row in the last block (other blocks use bit 31). */
  readonly lastRowBit: number;
  /** masks for code c < FLAT_TABLE_SIZE at [c * blocks, (c + 1) * blocks). */
  readonly flat: Int32Array;
  private readonly other = new Map<number, Int32Array>();
  private readonly none: Int32Array;

  constructor(readonly pattern: string) {
    this.blocks = Math.max(1, Math.ceil(pattern.length / BLOCK_BITS));
    this.lastRowBit = 1 << ((pattern.length - 1) % BLOCK_BITS);
    this.none = new Int32Array(this.blocks);
    this.flat = new Int32Array(FLAT_TABLE_SIZE * this.blocks);
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const block = (i / BLOCK_BITS) | 0;
      const bit = 1 << i % BLOCK_BITS;
      if (code < FLAT_TABLE_SIZE) {
        this.flat[code * this.blocks + block] |= bit;
        continue;
      }
      let mask = this.other.get(code);
      if (!mask) {
        mask = new Int32Array(this.blocks);
        this.other.set(code, mask);
      }
      mask[block] |= bit;
    }
  }

  /** Mask of `code` in block `block`. */
  at(code: number, block: number): number {
    if (code < FLAT_TABLE_SIZE) return this.flat[code * this.blocks + block];
    return (this.other.get(code) ?? this.none)[block];
  }
}

/**
 * One column of the table: positive and negative vertical deltas per block, and the last-row score.
 * Single-block patterns (≤ 32 characters, the common case for short quotes) take a fast path.
 */
class Column {
  readonly pv: Int32Array;
  readonly mv: Int32Array;
  score: number;

  constructor(private readonly masks: PatternMasks) {
    this.pv = new Int32Array(masks.blocks).fill(-1); // all +1: D[i][0] = i
    this.mv = new Int32Array(masks.blocks);
    this.score = masks.pattern.length;
  }

  /**
   * Advance by one text character. `topDelta` is the horizontal delta of row 0: 0 when the match may
   * start anywhere (search), +1 when the match is anchored at the first character consumed.
   */
  advance(code: number, topDelta: 0 | 1): void {
    const masks = this.masks;
    const last = masks.blocks - 1;
    let hIn: number = topDelta;
    for (let b = 0; b <= last; b++) {
      const pv = this.pv[b];
      const mv = this.mv[b];
      const carryNeg = hIn < 0 ? 1 : 0;
      const eq = masks.at(code, b) | carryNeg;
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const rowBit = b === last ? masks.lastRowBit : 1 << 31;
      let hOut = 0;
      if (ph & rowBit) hOut = 1;
      else if (mh & rowBit) hOut = -1;
      ph = (ph << 1) | (hIn > 0 ? 1 : 0);
      mh = (mh << 1) | carryNeg;
      this.pv[b] = mh | ~(xv | ph);
      this.mv[b] = ph & xv;
      hIn = hOut;
    }
    this.score += hIn;
  }
}

export interface MatchEnd {
  /** Offset just after the last matched character. */
  end: number;
  /** Edit distance between the pattern and the best text substring ending here. */
  errors: number;
}

/**
 * Every place in text[from, to) where `pattern` can end with at most `maxErrors` edits, keeping one
 * (the lowest) per run of adjacent hits. Stops early, with what it found, when the budget runs out;
 * `complete` tells whether the whole range was scanned.
 */
export function searchEnds(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  budget: WorkBudget,
): { ends: MatchEnd[]; complete: boolean } {
  const ends: MatchEnd[] = [];
  if (!pattern) return { ends, complete: true };
  const masks = new PatternMasks(pattern);
  const costPerChunk = (masks.blocks + CHAR_OVERHEAD_UNITS) * BUDGET_CHECK_INTERVAL;
  if (masks.blocks === 1) return searchEndsSingleBlock(text, masks, maxErrors, from, to, budget, costPerChunk);
  const column = new Column(masks);
  let run: MatchEnd | null = null;
  for (let chunkStart = from; chunkStart < to; chunkStart += BUDGET_CHECK_INTERVAL) {
    if (!budget.spend(costPerChunk)) {
      if (run) ends.push(run);
      return { ends, complete: false };
    }
    const chunkEnd = Math.min(to, chunkStart + BUDGET_CHECK_INTERVAL);
    for (let j = chunkStart; j < chunkEnd; j++) {
      column.advance(text.charCodeAt(j), 0);
      if (column.score <= maxErrors) {
        if (!run || column.score < run.errors) run = { end: j + 1, errors: column.score };
      } else if (run) {
        ends.push(run);
        run = null;
      }
    }
  }
  if (run) ends.push(run);
  return { ends, complete: true };
}

/** `searchEnds` for patterns of at most 32 characters: the same steps on local variables (hot loop). */
function searchEndsSingleBlock(
  text: string,
  masks: PatternMasks,
  maxErrors: number,
  from: number,
  to: number,
  budget: WorkBudget,
  costPerChunk: number,
): { ends: MatchEnd[]; complete: boolean } {
  const ends: MatchEnd[] = [];
  const flat = masks.flat;
  const lastRowBit = masks.lastRowBit;
  let pv = -1;
  let mv = 0;
  let score = masks.pattern.length;
  let runEnd = -1;
  let runErrors = 0;
  for (let chunkStart = from; chunkStart < to; chunkStart += BUDGET_CHECK_INTERVAL) {
    if (!budget.spend(costPerChunk)) {
      if (runEnd >= 0) ends.push({ end: runEnd, errors: runErrors });
      return { ends, complete: false };
    }
    const chunkEnd = Math.min(to, chunkStart + BUDGET_CHECK_INTERVAL);
    for (let j = chunkStart; j < chunkEnd; j++) {
      const code = text.charCodeAt(j);
      const eq = code < FLAT_TABLE_SIZE ? flat[code] : masks.at(code, 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      const mh = pv & xh;
      if (ph & lastRowBit) score++;
      else if (mh & lastRowBit) score--;
      ph <<= 1;
      pv = (mh << 1) | ~(xv | ph);
      mv = ph & xv;
      if (score <= maxErrors) {
        if (runEnd < 0 || score < runErrors) {
          runEnd = j + 1;
          runErrors = score;
        }
      } else if (runEnd >= 0) {
        ends.push({ end: runEnd, errors: runErrors });
        runEnd = -1;
      }
    }
  }
  if (runEnd >= 0) ends.push({ end: runEnd, errors: runErrors });
  return { ends, complete: true };
}

/**
 * Where the best match of `pattern` ending at `end` starts: runs the reversed pattern backwards
 * over at most `pattern.length + maxErrors` characters. Ties go to the length closest to the
 * pattern's.
 */
export function bestStart(text: string, pattern: string, end: number, maxErrors: number, budget: WorkBudget): { start: number; errors: number } {
  // Reverse by UTF-16 code unit, the same unit the text is walked in.
  const reversed = pattern.split('').reverse().join('');
  const masks = new PatternMasks(reversed);
  const column = new Column(masks);
  const span = Math.min(end, pattern.length + maxErrors);
  budget.spend((masks.blocks + CHAR_OVERHEAD_UNITS) * span);
  let best = { start: end, errors: column.score, gap: pattern.length };
  for (let t = 1; t <= span; t++) {
    column.advance(text.charCodeAt(end - t), 1);
    const gap = Math.abs(t - pattern.length);
    if (column.score < best.errors || (column.score === best.errors && gap < best.gap)) {
      best = { start: end - t, errors: column.score, gap };
    }
  }
  return { start: best.start, errors: best.errors };
}
