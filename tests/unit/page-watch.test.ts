// @vitest-environment jsdom
// PageWatch on a clock of the test's own: quiet time before a new look, back-off for a page that keeps
// changing, and a bound on the wait for an article that never stops changing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PENDING_MS, PageWatch, SETTLE_MS, type ChangeReason } from '@/lib/pipeline/page-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function watched() {
  document.body.innerHTML = '<article><p id="p">First words of the story.</p></article>';
  const changes: ChangeReason[] = [];
  const watch = new PageWatch({
    doc: document,
    onChange: (reason) => changes.push(reason),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    now: () => Date.now(),
  });
  watch.watch(document.querySelector('article'));
  return { watch, changes, p: document.getElementById('p')! };
}

/** Lets the MutationObserver deliver (a microtask) and the clock move on. */
async function after(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('PageWatch', () => {
  it('looks again once the article has been quiet for the settle time', async () => {
    const { watch, changes, p } = watched();
    p.textContent = 'Second words.';
    await after(SETTLE_MS - 10);
    expect(changes).toEqual([]);
    await after(20);
    expect(changes).toEqual(['article']);
    watch.stop();
  });

  it('reads an article that never stops changing at most every few seconds, instead of never', async () => {
    const { watch, changes, p } = watched();
    // A ticker rewriting the article every 10 ms for 10 s.
    for (let t = 0; t < 10_000; t += 10) {
      p.textContent = `Price at tick ${t}`;
      await after(10);
    }
    // Without the bound, each change pushes the look back and it never comes.
    expect(changes.length).toBeGreaterThanOrEqual(2);
    expect(changes.length).toBeLessThanOrEqual(Math.ceil(10_000 / MAX_PENDING_MS));
    watch.stop();
  });
});
