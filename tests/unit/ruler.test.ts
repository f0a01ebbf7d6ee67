// The overview ruler's marks: every claim its own mark on an ordinary article; on a very long one, marks
// of a group that share a row of the strip merge, so the strip never holds thousands of buttons.
import { describe, expect, it } from 'vitest';
import { MAX_RULER_MARKS, RULER_ROW_PCT, rulerMarks, type RulerMark } from '@/lib/highlight/ruler';

const mark = (i: number, topPct: number, group: RulerMark['group'] = 'numeric'): RulerMark => ({ id: `c${i}`, group, topPct, label: `Money: $${i}` });

describe('rulerMarks', () => {
  it('keeps one mark per claim, in document order, when there are not many', () => {
    const marks = [mark(2, 40), mark(1, 10), mark(3, 10.01, 'strategic')];
    expect(rulerMarks(marks).map((m) => m.id)).toEqual(['c1', 'c3', 'c2']);
  });

  it('merges a group’s marks that share a row on a very long article, and says how many a mark stands for', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => mark(i, (i / 20_000) * 100, i % 2 ? 'numeric' : 'strategic'));
    const thinned = rulerMarks(many);
    expect(thinned.length).toBeLessThanOrEqual((2 * 100) / RULER_ROW_PCT);
    expect(thinned.length).toBeGreaterThan(MAX_RULER_MARKS / 2);
    // Every row of each group still has its mark, going to the first claim in it.
    const rows = new Set(many.map((m) => `${m.group}:${Math.floor(m.topPct / RULER_ROW_PCT)}`));
    expect(thinned).toHaveLength(rows.size);
    const first = thinned.find((m) => m.topPct === 0)!;
    expect(first.id).toBe('c0');
    expect(first.label).toMatch(/and \d+ more here\)$/);
  });
});
