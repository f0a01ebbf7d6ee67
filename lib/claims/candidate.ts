import type { NumericMatch } from './types';

/**
 * A possible claim found by one of the detector's passes. `block` marks text that must not be read
 * as a figure at all (a phone number); it wins over what it overlaps and is then dropped.
 */
export type Candidate = Omit<NumericMatch, 'text'> & { block?: boolean };

/**
 * Keep the earliest, then longest, of overlapping candidates: a date phrase (`end of 2026`) starts
 * before the bare year inside it, a money amount (`$38 billion`) before its digits.
 */
export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || Number(Boolean(b.block)) - Number(Boolean(a.block)),
  );
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd || c.end <= c.start) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  return kept.filter((c) => !c.block);
}
