// The overview ruler's marks, kept few enough to draw at once. A strip as tall as the window cannot show
// thousands of marks apart anyway: on a very long article, marks of one group that fall in the same row
// of the strip share one (it goes to the first of them and says how many it stands for).
import type { HighlightGroup } from './groups';

export interface RulerMark {
  /** Claim or sponsored id (the first one, for a mark standing for several). */
  id: string;
  group: HighlightGroup;
  /** 0–100: the target's top as a share of the document's height. */
  topPct: number;
  label: string;
}

/** More marks than this are thinned: a few hundred per group is more than a strip can show apart. */
export const MAX_RULER_MARKS = 600;
/** Height of a row of the strip, as a share of the document: marks of a group in one row merge. */
export const RULER_ROW_PCT = 0.25;

/** `marks` sorted by position; thinned to one per group and row when there are more than MAX_RULER_MARKS. */
export function rulerMarks(marks: RulerMark[]): RulerMark[] {
  const sorted = [...marks].sort((a, b) => a.topPct - b.topPct);
  if (sorted.length <= MAX_RULER_MARKS) return sorted;
  const rows = new Map<string, { mark: RulerMark; count: number }>();
  for (const m of sorted) {
    const key = `${m.group}:${Math.floor(m.topPct / RULER_ROW_PCT)}`;
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { mark: m, count: 1 });
  }
  return [...rows.values()].map(({ mark, count }) => (count === 1 ? mark : { ...mark, label: `${mark.label} (and ${count - 1} more here)` }));
}
