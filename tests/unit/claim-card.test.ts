// What a claim's card says and where it goes (the browser check of the same is tests/e2e/cards.spec.ts).
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/analysis';
import { cardPosition, CARD_GAP_PX } from '@/lib/highlight/card-place';
import { comparedFigures, figureFacts, mentionChain, sentenceAround, strategicFacts, whyMarked, type ArticleContext } from '@/lib/highlight/card-facts';
import { ClaimBook } from '@/lib/pipeline/claim-book';

const viewport = { width: 1000, height: 800 };
const card = { width: 320, height: 150 };

/** The claim's line and the one after it, as a band of y. */
function band(anchor: { top: number; bottom: number }, lineHeight: number) {
  return { top: anchor.top, bottom: anchor.bottom + lineHeight };
}
const overlaps = (a: { top: number; bottom: number }, b: { top: number; bottom: number }) => a.top < b.bottom && b.top < a.bottom;

describe('cardPosition', () => {
  it('goes above the claim when there is room, covering neither its line nor the next', () => {
    const anchor = { top: 400, bottom: 420, left: 100, right: 200 };
    const at = cardPosition(anchor, 20, card, viewport);
    expect(at.top + card.height).toBeLessThanOrEqual(anchor.top - CARD_GAP_PX);
    expect(overlaps({ top: at.top, bottom: at.top + card.height }, band(anchor, 20))).toBe(false);
  });

  it('goes below the line after the claim when the claim is near the top', () => {
    const anchor = { top: 40, bottom: 84, left: 100, right: 600 };
    const at = cardPosition(anchor, 22, card, viewport);
    expect(at.top).toBeGreaterThanOrEqual(84 + 22);
    expect(overlaps({ top: at.top, bottom: at.top + card.height }, band(anchor, 22))).toBe(false);
    expect(at.top + card.height).toBeLessThanOrEqual(viewport.height);
  });

  it('stays inside the viewport at the right edge and in a window too short for either side', () => {
    const right = cardPosition({ top: 500, bottom: 520, left: 950, right: 990 }, 20, card, viewport);
    expect(right.left + card.width).toBeLessThanOrEqual(viewport.width);
    const tall = cardPosition({ top: 10, bottom: 790, left: 10, right: 500 }, 20, card, viewport);
    expect(tall.top).toBeGreaterThanOrEqual(0);
    expect(tall.top + card.height).toBeLessThanOrEqual(viewport.height);
  });
});

function claim(partial: Partial<Claim> & Pick<Claim, 'id' | 'kind' | 'text'>, text: string): Claim {
  const start = text.indexOf(partial.text);
  return { start, end: start + partial.text.length, themes: [], rank: 1, key: false, ...partial };
}

describe('card facts', () => {
  const text = 'Ferry fares.\nThe harbour board raised fares to $4.50, up from $3.75 last spring. Fares had been flat for 6 years.\nAt $4.50 a crossing, commuters may switch to the bridge.';
  const fare = claim({ id: 'a', kind: 'money', text: '$4.50', value: 4.5, unit: 'USD', subject: 'ferry fares', mentions: ['c'] }, text);
  const before = claim({ id: 'b', kind: 'money', text: '$3.75', value: 3.75, unit: 'USD' }, text);
  const secondStart = text.lastIndexOf('$4.50');
  const again: Claim = { id: 'c', kind: 'money', text: '$4.50', start: secondStart, end: secondStart + 5, value: 4.5, unit: 'USD', themes: [], rank: 9, key: false };
  const years = claim({ id: 'd', kind: 'quantity', text: '6 years', value: 6, unit: 'year' }, text);
  const claims = [fare, before, years, again];
  const book = ClaimBook.of(claims);
  const context: ArticleContext = { text, within: (start, end) => book.within(start, end), byId: (id) => book.byId(id), topicsAt: () => [] };

  it('finds the sentence around a claim, within its paragraph', () => {
    const s = sentenceAround(text, fare.start, fare.end);
    expect(text.slice(s.start, s.end)).toBe('The harbour board raised fares to $4.50, up from $3.75 last spring.');
  });

  it('compares a figure with the same kind of figure in its sentence only', () => {
    expect(comparedFigures(fare, context).map((c) => c.id)).toEqual(['b']);
    expect(comparedFigures(years, context)).toEqual([]);
    expect(comparedFigures(again, context)).toEqual([]);
  });

  it('gives the subject and the repeats of a figure', () => {
    expect(figureFacts(fare, context).subject).toBe('ferry fares');
    expect(mentionChain(fare, context).map((c) => c.id)).toEqual(['a', 'c']);
  });

  it('says why a claim is marked: what it is first, then where it stands, in words', () => {
    expect(whyMarked({ ...fare, why: ['stakes', 'change', 'headline', 'opening'] })).toBe('What a deal or a result is worth, in the headline');
    expect(whyMarked({ ...fare, why: ['opening'] })).toBe('In the opening');
    expect(whyMarked({ ...fare, why: ['deadline'] })).toBe('A deadline or a plan');
    expect(whyMarked(fare)).toBeUndefined();
  });

  it('says what a strategic claim is and who makes it, with theme labels only', () => {
    const warning: Claim = { id: 's', kind: 'strategic', text: 'x', start: 0, end: 1, type: 'risk', hedged: true, source: 'the union', themes: ['cost-risk', 'unlabelled'], rank: 2, key: true };
    const topics = { topicsAt: () => ['port fees'] };
    const facts = strategicFacts(warning, new Map([['cost-risk', 'Cost risk']]), topics);
    expect(facts).toEqual({ what: 'A hedged warning', who: 'the union', themes: ['Cost risk'], about: [] });
    const plain = strategicFacts({ ...warning, type: 'assertion', hedged: false, source: undefined }, new Map(), topics);
    expect(plain).toEqual({ what: 'A claim', who: 'The author', themes: [], about: ['port fees'] });
  });
});

describe('separateBars', () => {
  it('starts a bar below the one above it in the same margin, and leaves other margins alone', async () => {
    const { separateBars, BAR_GAP_PX } = await import('@/lib/highlight/bars');
    const bars = separateBars([
      { id: 'b', top: 120, height: 48, left: 40 },
      { id: 'a', top: 100, height: 48, left: 40 },
      { id: 'c', top: 110, height: 20, left: 300 },
    ]);
    expect(bars.map((b) => b.id)).toEqual(['a', 'c', 'b']);
    const [a, , b] = bars;
    expect(b.top).toBe(a.top + a.height + BAR_GAP_PX);
    expect(b.top + b.height).toBe(168); // it still ends where its sentence ends
    expect(bars[1]).toEqual({ id: 'c', top: 110, height: 20, left: 300 });
  });

  it('keeps a stub for a bar wholly inside the one above it', async () => {
    const { separateBars, MIN_BAR_PX } = await import('@/lib/highlight/bars');
    const [, inner] = separateBars([
      { top: 0, height: 60, left: 10 },
      { top: 20, height: 20, left: 10 },
    ]);
    expect(inner.height).toBe(MIN_BAR_PX);
  });
});
