// The page's claims: objects at hand for the first answer, JSON text for the later parts, parsed again
// only when asked for, and only the parts asked about.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/lib/analysis';
import { ClaimBook, fullAnalysis, type PageAnalysis } from '@/lib/pipeline/claim-book';
import { summaryOf } from '@/lib/summary';

/** Claim i covers [10i, 10i + 4): a figure, or every fifth a strategic sentence; every seventh is key. */
const claim = (i: number): Claim => ({
  id: `c${i}`,
  kind: i % 5 === 4 ? 'strategic' : 'money',
  text: `t${i}`,
  start: 10 * i,
  end: 10 * i + 4,
  themes: [],
  rank: i + 1,
  key: i % 7 === 0,
});
const claims = Array.from({ length: 30 }, (_, i) => claim(i));

/** The first 10 at hand, then two parts of 10 kept as text. */
function bookInParts(): ClaimBook {
  const book = ClaimBook.of(claims.slice(0, 10));
  for (const part of [claims.slice(10, 20), claims.slice(20, 30)]) book.addPacked(JSON.stringify(part), structuredClone(part));
  return book;
}

afterEach(() => vi.restoreAllMocks());

describe('ClaimBook', () => {
  it('gives every claim back in order, and counts them without parsing the parts', () => {
    const book = bookInParts();
    const parse = vi.spyOn(JSON, 'parse');
    expect(book.total).toBe(30);
    expect(book.key.map((c) => c.id)).toEqual(['c0', 'c7', 'c14', 'c21', 'c28']);
    expect(book.counts).toEqual({ numeric: 24, strategic: 6, key: 5 });
    expect(parse).not.toHaveBeenCalled();
    expect(book.all()).toEqual(claims);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('finds the claims within a stretch of text, parsing only the parts that reach it', () => {
    const book = bookInParts();
    const parse = vi.spyOn(JSON, 'parse');
    expect(book.within(0, 24).map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(parse).not.toHaveBeenCalled();
    // c9 is at hand, c10 and c11 in the first part; c12 ends past the stretch.
    expect(book.within(90, 123).map((c) => c.id)).toEqual(['c9', 'c10', 'c11']);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(book.within(1000, 2000)).toEqual([]);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('keeps the part parsed last: a card asking again about the same stretch parses nothing more', () => {
    const book = bookInParts();
    const parse = vi.spyOn(JSON, 'parse');
    for (let render = 0; render < 3; render++) expect(book.within(150, 175).map((c) => c.id)).toEqual(['c15', 'c16', 'c17']);
    expect(book.byId('c19')).toEqual(claim(19));
    expect(parse).toHaveBeenCalledTimes(1);
    expect(book.within(250, 265).map((c) => c.id)).toEqual(['c25', 'c26']);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('finds a claim by id, parsing only the part whose text names it', () => {
    const book = bookInParts();
    const parse = vi.spyOn(JSON, 'parse');
    expect(book.byId('c3')).toEqual(claim(3));
    expect(book.byId('c25')).toEqual(claim(25));
    expect(parse).toHaveBeenCalledTimes(1);
    // "c" and "c2" begin the ids of the parts' claims, but no part names them as an id: none is parsed.
    expect(book.byId('c')).toBeUndefined();
    expect(book.byId('c99')).toBeUndefined();
    expect(ClaimBook.of([]).byId('c2')).toBeUndefined();
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('an ordinary article is all at hand: nothing is ever parsed', () => {
    const book = ClaimBook.of(claims);
    const parse = vi.spyOn(JSON, 'parse');
    expect(book.all()).toEqual(claims);
    expect(book.within(0, 300)).toEqual(claims);
    expect(book.byId('c29')).toEqual(claim(29));
    expect(parse).not.toHaveBeenCalled();
  });

  it('makes the whole Analysis for lede:analysis and the small Summary for lede:summary', () => {
    const analysis: PageAnalysis = {
      url: 'https://example.test/quay',
      title: 'Quay spending',
      meta: {},
      article: { text: 'x'.repeat(300) },
      thesis: [],
      claims: bookInParts(),
      sponsored: [],
      themes: [],
      topics: [],
      timings: { extractMs: 1, analyzeMs: 1 },
    };
    expect(fullAnalysis(analysis).claims).toEqual(claims);
    const summary = summaryOf(analysis);
    expect(summary.claims.map((c) => c.id)).toEqual(['c0', 'c7', 'c14', 'c21', 'c28']);
    expect(summary.counts).toEqual({ numeric: 24, strategic: 6, key: 5 });
    expect(summary).not.toHaveProperty('article');
  });
});
