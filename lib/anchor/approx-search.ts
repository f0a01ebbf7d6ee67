/**
 * Approximate search (Levenshtein edits: insert, delete, substitute) through the
 * `approx-string-match` package, Myers' bit-vector algorithm as Hypothesis uses it, run in pieces
 * so that the work budget (budget.ts) is checked between them: a huge page never hangs the search.
 */
import search from 'approx-string-match';
import type { WorkBudget } from './budget';

/** Bits per block of the bit-vector algorithm: a text character costs one step per 32 pattern characters. */
const BLOCK_BITS = 32;
/** Work charged per text character on top of one unit per block (loop and lookup overhead). */
const CHAR_OVERHEAD_UNITS = 1;
/** Text handed to the package in one call: at least this many characters... */
const MIN_PIECE = 8 * 1024;
/** ...and at least this many times the overlap between pieces (so the overlap is a small share). */
const PIECE_OVERLAP_MULTIPLE = 4;

export interface ApproxMatch {
  start: number;
  end: number;
  /** Edits between the pattern and text.slice(start, end). */
  errors: number;
}

/** Work units for running a pattern of `patternLength` characters over `chars` characters of text. */
function scanUnits(patternLength: number, chars: number): number {
  return (Math.ceil(patternLength / BLOCK_BITS) + CHAR_OVERHEAD_UNITS) * chars;
}

/**
 * The best approximate matches (fewest edits, at most `maxErrors`) of `pattern` in text[from, to),
 * piece by piece: each piece reports its own best, so a range holds a candidate per piece that has
 * one. Adjacent ends of one match are reported once (the first). Stops, with what it found, when
 * the budget cannot pay for the next piece; `complete` tells whether the whole range was searched.
 */
export function approxMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
  budget: WorkBudget,
): { matches: ApproxMatch[]; complete: boolean } {
  const matches: ApproxMatch[] = [];
  if (!pattern) return { matches, complete: true };
  // A match crossing a piece's end is found whole in the next piece, which starts this far back.
  const overlap = Math.min(to - from, pattern.length + maxErrors);
  const pieceLength = Math.max(MIN_PIECE, PIECE_OVERLAP_MULTIPLE * overlap);
  const unitsPerChar = scanUnits(pattern.length, 1);
  let lastEnd = -1;
  for (let pieceStart = from; ; ) {
    const affordable = Math.floor(budget.left / unitsPerChar);
    const pieceEnd = Math.min(to, pieceStart + pieceLength, pieceStart + affordable);
    if (pieceEnd < to && pieceEnd - pieceStart <= overlap) return { matches, complete: false };
    budget.spend(scanUnits(pattern.length, pieceEnd - pieceStart));
    const found = search(text.slice(pieceStart, pieceEnd), pattern, maxErrors);
    // The package finds each match's start with a second, backward run: charge it too.
    budget.spend(found.length * scanUnits(pattern.length, pattern.length + maxErrors));
    for (const match of found) {
      const end = match.end + pieceStart;
      if (end > lastEnd + 1) matches.push({ start: match.start + pieceStart, end, errors: match.errors });
      lastEnd = Math.max(lastEnd, end);
    }
    if (pieceEnd >= to) return { matches, complete: true };
    pieceStart = pieceEnd - overlap;
  }
}

/**
 * How alike an expected context is to the text found next to a candidate, in [0, 1]:
 * 1 − edits / expected length, the edits being those of the best approximate match of the expected
 * text within the found text. An empty expectation matches anything.
 */
export function contextSimilarity(expected: string, actual: string): number {
  if (!expected.length) return 1;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}
