import { describe as group, expect, it } from 'vitest';
import { anchor, describe, CONTEXT_LENGTH, type TextSelector } from '../../lib/anchor';
import { WorkBudget } from '../../lib/anchor/budget';
import { approxMatches } from '../../lib/anchor/approx-search';

// Text written for these tests: a small-town story about a ferry timetable.
const PARAGRAPHS = [
  'The county ferry board met on Tuesday evening to discuss the winter timetable for the crossing at Millbrook.',
  'Members heard that fuel costs had risen by almost a fifth since spring, and that two of the four deckhands had left for jobs on the coast.',
  'The chair, Ruth Okonjo, said the service would keep its early sailing because nurses and bakers depend on it, but the late boat would stop on weekdays.',
  'Residents who spoke at the meeting were unconvinced. One retired pilot argued that the late boat carries most of the students from the college.',
  'The board will publish the final timetable in December after a second consultation with the parish councils on both banks.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

function span(text: string, passage: string, from = 0): [number, number] {
  const start = text.indexOf(passage, from);
  if (start < 0) throw new Error(`test setup: passage not in text: ${passage}`);
  return [start, start + passage.length];
}

const PASSAGE = 'the late boat would stop on weekdays';

group('describe', () => {
  it('keeps the quote with up to 32 characters of context each side and the offsets', () => {
    const [start, end] = span(ARTICLE, PASSAGE);
    const { quote, position } = describe(ARTICLE, start, end);
    expect(quote.type).toBe('TextQuoteSelector');
    expect(quote.exact).toBe(PASSAGE);
    expect(quote.prefix).toBe(ARTICLE.slice(start - CONTEXT_LENGTH, start));
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toBe(ARTICLE.slice(end, end + CONTEXT_LENGTH));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('clamps offsets to the text and orders them', () => {
    const { quote, position } = describe('short text', 8, -5);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 0, end: 8 });
    expect(quote.exact).toBe('short te');
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe('xt');
  });
});

group('anchor', () => {
  const [start, end] = span(ARTICLE, PASSAGE);
  const selectors = describe(ARTICLE, start, end);

  it('finds an unchanged passage at its stored position', () => {
    expect(anchor(ARTICLE, selectors)).toEqual({ start, end, exact: true, score: 1, method: 'position' });
  });

  it('finds a passage that moved because text was inserted before it', () => {
    const inserted = 'Correction: an earlier version of this report misnamed the crossing.\n\n' + ARTICLE;
    const found = anchor(inserted, selectors);
    expect(found).not.toBeNull();
    expect(inserted.slice(found!.start, found!.end)).toBe(PASSAGE);
    expect(found!.start).toBe(start + inserted.length - ARTICLE.length);
    expect(found!.exact).toBe(true);
    expect(found!.method).toBe('quote');
    expect(found!.score).toBeGreaterThan(0.9);
  });

  it('accepts a W3C selector array in any order and ignores unknown selectors', () => {
    const list: unknown[] = [{ type: 'CssSelector', value: 'p' }, selectors.position, selectors.quote];
    expect(anchor(ARTICLE, list)).toMatchObject({ start, end, exact: true });
  });

  it('tells a repeated quote apart by its context, with or without a position', () => {
    const repeated = [
      'On Monday the east pier was closed for repairs, and the ferry will not run before noon.',
      'On Friday the west slipway is flooded at high tide, and the ferry will not run before noon.',
      'Passengers should check the notice board at the harbour office.',
    ].join(' ');
    const quote = 'the ferry will not run before noon';
    const first = span(repeated, quote);
    const second = span(repeated, quote, first[1]);
    for (const [s, e] of [first, second]) {
      const sel = describe(repeated, s, e);
      const shifted = 'Updated at 9am. ' + repeated;
      const offset = shifted.length - repeated.length;
      // Position is stale (text was inserted): context must decide.
      expect(anchor(shifted, sel)).toMatchObject({ start: s + offset, end: e + offset, exact: true });
      // No position at all: context alone decides.
      expect(anchor(shifted, [sel.quote])).toMatchObject({ start: s + offset, end: e + offset });
    }
  });

  it('prefers the occurrence nearest the old position when contexts are equally good', () => {
    const text = 'alpha beta gamma delta. '.repeat(40);
    const quote = { type: 'TextQuoteSelector' as const, exact: 'gamma delta', prefix: '', suffix: '' };
    const target = span(text, 'gamma delta', 500);
    const found = anchor(text, [quote, { type: 'TextPositionSelector', start: target[0] + 3, end: target[1] + 3 }]);
    expect(found).toMatchObject({ start: target[0], end: target[1] });
  });

  it('finds a lightly edited passage by approximate match (exact=false)', () => {
    const sentence = 'The chair, Ruth Okonjo, said the service would keep its early sailing because nurses and bakers depend on it';
    const [s, e] = span(ARTICLE, sentence);
    const sel = describe(ARTICLE, s, e);
    const editedSentence = 'The chair, Ruth Okonjo, said the service will keep its early sailing, because nurses and bakers rely on it';
    const edited = ARTICLE.replace(sentence, editedSentence);
    const found = anchor(edited, sel);
    expect(found).not.toBeNull();
    expect(found!.exact).toBe(false);
    expect(found!.method).toBe('fuzzy');
    expect(edited.slice(found!.start, found!.end)).toBe(editedSentence);
    expect(found!.score).toBeGreaterThan(0.7);
    expect(found!.score).toBeLessThan(1);
  });

  it('finds an edited passage far from its old position (global search after the window)', () => {
    const quoteText = 'Members heard that fuel costs had risen by almost a fifth since spring';
    const [s, e] = span(ARTICLE, quoteText);
    const sel = describe(ARTICLE, s, e);
    const filler = 'Weather notes: light rain and a westerly breeze are expected along the estuary. '.repeat(200);
    const edited = filler + ARTICLE.replace('almost a fifth', 'nearly a fifth');
    const found = anchor(edited, sel);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe('Members heard that fuel costs had risen by nearly a fifth since spring');
    expect(found!.exact).toBe(false);
  });

  it('re-anchors a long multi-paragraph passage with several edits (multi-block search)', () => {
    const long = PARAGRAPHS.slice(1, 4).join('\n\n');
    expect(long.length).toBeGreaterThan(300);
    const [s, e] = span(ARTICLE, long);
    const sel = describe(ARTICLE, s, e);
    const editedLong = long.replace('almost a fifth', 'nearly a fifth').replace('Ruth Okonjo', 'R. Okonjo').replace('unconvinced', 'not convinced');
    const edited = 'Live updates below.\n\n' + ARTICLE.replace(long, editedLong);
    const found = anchor(edited, sel);
    expect(found).toMatchObject({ exact: false, method: 'fuzzy' });
    expect(edited.slice(found!.start, found!.end)).toBe(editedLong);
  });

  it('returns null when the passage is gone', () => {
    const removed = ARTICLE.replace(PARAGRAPHS[2], 'The chair declined to comment.');
    expect(anchor(removed, selectors)).toBeNull();
    // A short quote is only ever matched verbatim.
    const short = describe(ARTICLE, ...span(ARTICLE, 'deckhands'));
    expect(anchor(ARTICLE.replace('deckhands', 'deckhand'), short)).toBeNull();
  });

  it('returns null for a missing or empty quote', () => {
    expect(anchor(ARTICLE, [])).toBeNull();
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } })).toBeNull();
  });

  it('ranks a very common quote only near its old position, within budget', () => {
    const text = 'the tide and the shore. '.repeat(210_000); // ~5 MB, "the" about 420,000 times
    const stats = { workUnits: 0, budgetUnits: 0 };
    const at = text.indexOf('the', 3_000_000);
    const found = anchor(text, [{ type: 'TextQuoteSelector', exact: 'the', prefix: 'x', suffix: 'y' }, { type: 'TextPositionSelector', start: at + 2, end: at + 5 }], { stats });
    expect(found).toMatchObject({ start: at, end: at + 3, exact: true, method: 'quote' });
    expect(stats.workUnits).toBeLessThanOrEqual(stats.budgetUnits);
  });

  it('stays within its work budget on a 5 MB text and still finds a nearby edited passage', () => {
    const words = 'harbour tide rope lantern gull ledger pier quay ballast oar'.split(' ');
    const parts: string[] = [];
    let seed = 7;
    let length = 0;
    while (length < 5_000_000) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const word = words[seed % words.length];
      parts.push(word);
      length += word.length + 1;
    }
    const huge = parts.join(' ');
    const stats = { workUnits: 0, budgetUnits: 0 };
    const gone = describe(ARTICLE, ...span(ARTICLE, PARAGRAPHS[1]));
    expect(anchor(huge, gone, { stats })).toBeNull();
    expect(stats.budgetUnits).toBe(WorkBudget.forMs(undefined).units);
    // One checked step (1024 characters × blocks) of overshoot at most.
    expect(stats.workUnits).toBeLessThanOrEqual(stats.budgetUnits + 1024 * 8);

    // A smaller budget does less work.
    const small = { workUnits: 0, budgetUnits: 0 };
    anchor(huge, gone, { timeBudgetMs: 5, stats: small });
    expect(small.workUnits).toBeLessThan(stats.workUnits / 5);

    // Passage lightly edited in the middle of the huge text, position slightly off: the window finds it.
    const middle = 2_500_000;
    const withArticle = huge.slice(0, middle) + ' ' + ARTICLE + ' ' + huge.slice(middle);
    const [s, e] = span(withArticle, PARAGRAPHS[3]);
    const sel = describe(withArticle, s, e);
    const edited = withArticle.slice(0, s - 40) + withArticle.slice(s - 40).replace('unconvinced', 'not convinced');
    const found = anchor(edited, sel, { stats });
    expect(found).toMatchObject({ start: s, exact: false, method: 'fuzzy' });
    expect(stats.workUnits).toBeLessThan(stats.budgetUnits);
  });
});

// Reference edit distance for checking the bit-vector search: min over substrings ending at each position.
function referenceEnds(text: string, pattern: string): number[] {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const best: number[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      next[i] = Math.min(column[i - 1] + cost, column[i] + 1, next[i - 1] + 1);
    }
    column = next;
    best.push(column[pattern.length]);
  }
  return best;
}

group('approximate search (approx-string-match in budgeted pieces)', () => {
  let seed = 42;
  const random = (n: number, alphabet: string) =>
    Array.from({ length: n }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return alphabet[seed % alphabet.length];
    }).join('');

  it('agrees with the textbook dynamic programme on random strings, one block and several', () => {
    for (const patternLength of [1, 5, 31, 32, 33, 64, 70, 100]) {
      for (let round = 0; round < 4; round++) {
        const pattern = random(patternLength, 'abcé');
        const text = random(300, 'abcé') + pattern.slice(1) + random(50, 'abcé');
        const maxErrors = Math.floor(patternLength / 3);
        const expected = referenceEnds(text, pattern);
        const { matches: ends, complete } = approxMatches(text, pattern, maxErrors, 0, text.length, new WorkBudget(1e9));
        expect(complete).toBe(true);
        for (const { end, errors } of ends) expect(errors).toBe(expected[end - 1]);
        // The best matches are reported: every end at the fewest edits belongs to a reported run.
        const fewest = Math.min(...expected);
        const reportedEnds = new Set(ends.map((x) => x.end));
        const qualifying = expected.map((d, i) => (d <= maxErrors && d === fewest ? i + 1 : -1)).filter((x) => x > 0);
        for (const end of qualifying) {
          expect(reportedEnds.has(end) || qualifying.includes(end - 1)).toBe(true);
        }
        expect(ends.length > 0).toBe(qualifying.length > 0);
        for (const { start, end, errors } of ends) {
          expect(referenceEnds(text.slice(start, end), pattern).at(-1)).toBeLessThanOrEqual(errors);
        }
      }
    }
  });

  it('finds a match across the seam of two pieces, in a sub-range, with offsets into the whole text', () => {
    const pattern = 'the late boat would stop on weekdays after the winter consultation';
    const edited = pattern.replace('would', 'will').replace('winter', 'wintry');
    const text = random(8_150, 'xyz ') + edited + random(20_000, 'xyz ');
    const at = text.indexOf(edited);
    const { matches, complete } = approxMatches(text, pattern, 16, 100, text.length - 100, new WorkBudget(1e9));
    expect(complete).toBe(true);
    expect(matches.map(({ start, end }) => [start, end])).toEqual([[at, at + edited.length]]);
  });

  it('stops when the budget cannot pay for the next piece, keeping what it found', () => {
    const pattern = 'fuel costs had risen by almost a fifth';
    const text = pattern + random(200_000, 'abc ');
    const budget = new WorkBudget(30_000);
    const { matches, complete } = approxMatches(text, pattern, 9, 0, text.length, budget);
    expect(complete).toBe(false);
    expect(matches[0]).toMatchObject({ start: 0, end: pattern.length, errors: 0 });
    expect(budget.spent).toBeLessThanOrEqual(30_000 + 1024);
  });
});

export type { TextSelector };
