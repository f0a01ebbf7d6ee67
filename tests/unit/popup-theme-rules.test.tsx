import { describe, expect, it } from 'vitest';
import { DEFAULT_THEMES } from '../../lib/themes/taxonomy';
import { patternProblem, readThemeTable, THEME_LIMITS } from '@/lib/settings/theme-table';

describe('theme patterns (options page)', () => {
  it('refuses nested unbounded repetition, the shape of catastrophic backtracking', () => {
    for (const bad of ['(a+)+', '(a*)*b', '(?:\\w+\\s?)*$', '((ab)+c)+', '(x+y?){2,}', '(?:(?:\\w+ ){0,3}z)+']) {
      expect(patternProblem(bad), bad).toMatch(/Nested repetition/);
    }
  });

  it('refuses large repeats of groups that repeat inside, and repeated overlapping alternatives (finding 5)', () => {
    expect(patternProblem(String.raw`(\s*\w+\s*){1,50}$`)).toMatch(/at most 4 times/);
    expect(patternProblem('(.*a){20}')).toMatch(/at most 4 times/);
    expect(patternProblem('(a|aa)*c')).toMatch(/alternatives can match the same text/);
    expect(patternProblem('(?:b|ab|a)+x')).toMatch(/alternatives/);
    // A repeated group that cannot read a text two ways, and small bounded repeats, stay allowed.
    for (const ok of ['(?:its |their |the )+reliance', String.raw`(?:\w+ ){0,4}cost`, '(ab){2,9}', '(?:a|b)?c']) expect(patternProblem(ok), ok).toBeNull();
  });

  it('accepts ordinary patterns, bounded repeats of groups, and every default pattern', () => {
    for (const ok of ['\\bdiversif\\w*', '(?:\\w+ ){0,3}into\\b', '[(+*)]+', '\\(a+\\)+', 'a{2,5}b+']) expect(patternProblem(ok), ok).toBeNull();
    for (const theme of DEFAULT_THEMES) for (const p of theme.patterns ?? []) expect(patternProblem(p), p).toBeNull();
  });

  it('refuses over-long, invalid and back-referencing patterns', () => {
    expect(patternProblem('a'.repeat(THEME_LIMITS.patternLength + 1))).toMatch(/longer than/);
    expect(patternProblem('(unclosed')).toMatch(/Not a valid/);
    expect(patternProblem('(a)\\1')).toMatch(/Back-references/);
  });

  it('reads a stored table only when every theme validates (else the defaults are used)', () => {
    expect(readThemeTable(DEFAULT_THEMES)).toHaveLength(DEFAULT_THEMES.length);
    expect(readThemeTable([{ id: 'x', label: 'X', terms: [], patterns: ['(unclosed'] }])).toBeUndefined();
    // A pattern an older, laxer check let through is kept: the background's time budget switches it off if it runs away.
    expect(readThemeTable([{ id: 'x', label: 'X', terms: [], patterns: ['(a+)+'] }])?.[0].patterns).toEqual(['(a+)+']);
    expect(readThemeTable([{ id: 'x', label: 'X', terms: [] }, { id: 'x', label: 'Y', terms: [] }])).toBeUndefined();
    expect(readThemeTable('nonsense')).toBeUndefined();
  });
});
