// @vitest-environment jsdom
// The page half's steps stay small however long the article: no step walks a whole container of
// thousands of paragraphs (summing it, scoring its paragraphs, laying out or judging its blocks).
// Work is counted, not timed: the DOM reads made between two yields.
import { afterEach, describe, expect, it } from 'vitest';
import { readArticleSteps } from '@/lib/pipeline/page-half';
import { PIECE_MIN_CHARS } from '@/lib/text/article-text';

/**
 * Counts reads of the DOM accessors the walks visit nodes with (listing an element's children, a cheap
 * loop, is left out); `take()` gives the count so far and starts again.
 */
function countDomReads() {
  let reads = 0;
  const restore: (() => void)[] = [];
  const proto = Node.prototype;
  for (const name of ['firstChild', 'nextSibling', 'parentElement', 'textContent']) {
    {
      const own = Object.getOwnPropertyDescriptor(proto, name)!;
      Object.defineProperty(proto, name, {
        ...own,
        get() {
          reads++;
          return own.get!.call(this);
        },
      });
      restore.push(() => Object.defineProperty(proto, name, own));
    }
  }
  return {
    take(): number {
      const n = reads;
      reads = 0;
      return n;
    },
    restore: () => restore.forEach((r) => r()),
  };
}

let counter: ReturnType<typeof countDomReads> | null = null;
afterEach(() => counter?.restore());

describe('readArticleSteps on a very long article', () => {
  it('reads no more than a bounded part of the page between two yields', () => {
    const paragraphs = 6000;
    const p = (i: number) =>
      `<p>The committee heard from growers, hauliers and the port authority about the long winter, and spending on the quay reached $${i}.5 million in section ${i}.</p>`;
    document.documentElement.innerHTML = `<head><title>Full report</title></head><body><article><h1>Full report</h1>${Array.from({ length: paragraphs }, (_, i) => p(i)).join('\n')}</article></body>`;

    counter = countDomReads();
    const steps = readArticleSteps(document);
    let most = 0;
    let stepCount = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) {
      most = Math.max(most, counter.take());
      stepCount++;
    }
    most = Math.max(most, counter.take());
    // A single pass over the article's paragraphs reads the DOM several times per paragraph.
    expect(most).toBeLessThan(paragraphs);
    expect(stepCount).toBeGreaterThan(50);
    if ('status' in r.value) throw new Error('not read as an article');
    expect(r.value.input.blockStarts.length).toBe(paragraphs);
    expect(r.value.textMap.pieces.length).toBeGreaterThan(1);
    // Pieces long enough to be allocated apart from V8's young heap, whose scavenges would copy them.
    for (const piece of r.value.textMap.pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(PIECE_MIN_CHARS);
    expect(r.value.textMap.pieces.join('')).toBe(r.value.input.text);
  });
});
