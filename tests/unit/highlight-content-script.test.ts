// @vitest-environment jsdom
// The content script's small parts that need no layout: slicing, change watching, site list, keys.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BusyClock, runSliced } from '@/lib/pipeline/slices';
import { PageWatch, SETTLE_MS } from '@/lib/pipeline/page-watch';
import { sensitiveSite } from '@/lib/settings/sensitive-sites';
import { navigationKey } from '@/components/page/keys';

describe('runSliced', () => {
  it('runs a generator to the end in slices no longer than the budget, yielding between them', async () => {
    let clock = 0;
    function* work(): Generator<void, string> {
      for (let i = 0; i < 10; i++) {
        clock += 10; // each step takes 10 ms
        yield;
      }
      return 'done';
    }
    let yields = 0;
    const result = await runSliced(work(), { budgetMs: 30, cancelled: () => false, now: () => clock, yieldToPage: async () => void yields++ });
    expect(result).toMatchObject({ done: true, value: 'done' });
    expect(result.done && result.longestSliceMs).toBeLessThanOrEqual(30);
    expect(yields).toBeGreaterThanOrEqual(3);
  });

  it('stops at the next slice when cancelled, and closes the generator', async () => {
    let closed = false;
    let steps = 0;
    function* work(): Generator<void, number> {
      try {
        for (;;) {
          steps++;
          yield;
        }
      } finally {
        closed = true;
      }
    }
    let clock = 0;
    const result = await runSliced(work(), { budgetMs: 5, now: () => (clock += 1), cancelled: () => steps >= 12 });
    expect(result).toEqual({ done: false });
    expect(closed).toBe(true);
    expect(steps).toBeLessThan(20);
  });

  it('stops its busy clock while the page has the event loop, so timings count only the slices', async () => {
    let wall = 0;
    const clock = new BusyClock(() => wall);
    function* work(): Generator<void, number> {
      const t0 = clock.now();
      for (let i = 0; i < 6; i++) {
        wall += 10; // 10 ms of work per step
        yield;
      }
      return clock.now() - t0;
    }
    // The page keeps the main thread for 100 ms at every yield.
    const result = await runSliced(work(), { budgetMs: 20, cancelled: () => false, now: () => wall, clock, yieldToPage: async () => void (wall += 100) });
    expect(result).toMatchObject({ done: true, value: 60 });
    expect(wall).toBeGreaterThan(300);
  });
});

describe('PageWatch', () => {
  // Fake timers: the settle waits pass at once, and exactly when they are due.
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(html: string) {
    document.body.innerHTML = html;
    const changes: string[] = [];
    const watch = new PageWatch({
      doc: document,
      onChange: (r) => changes.push(r),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    });
    return { watch, changes };
  }
  const settle = () => vi.advanceTimersByTimeAsync(SETTLE_MS);

  it('reports one change after a burst of edits to the article, none for edits elsewhere or to attributes', async () => {
    const { watch, changes } = setup('<article id="a"><p>One</p></article><aside id="s"><p>Side</p></aside>');
    const article = document.getElementById('a')!;
    watch.watch(article);
    document.getElementById('s')!.append('more side text');
    article.setAttribute('data-lede-sponsored', 'x');
    await settle();
    expect(changes).toEqual([]);
    for (let i = 0; i < 5; i++) article.append(Object.assign(document.createElement('p'), { textContent: `P${i}` }));
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(changes).toEqual([]); // not before the page has been quiet for SETTLE_MS
    await vi.advanceTimersByTimeAsync(1);
    expect(changes).toEqual(['article']);
    watch.stop();
  });

  it('notices the article being replaced', async () => {
    const { watch, changes } = setup('<main id="m"><article id="a"><p>Old</p></article></main>');
    watch.watch(document.getElementById('a'));
    document.getElementById('m')!.replaceChildren(Object.assign(document.createElement('article'), { textContent: 'New' }));
    await settle();
    expect(changes).toEqual(['article']);
    watch.stop();
  });

  it('on a page without an article, looks again only when enough text arrives', async () => {
    const { watch, changes } = setup('<div id="app"></div>');
    watch.watch(null);
    document.getElementById('app')!.append('tiny');
    await settle();
    expect(changes).toEqual([]);
    document.getElementById('app')!.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(400) }));
    await settle();
    expect(changes).toEqual(['article']);
    watch.stop();
  });

  it('reports navigation when the URL changed', async () => {
    const { watch, changes } = setup('<article><p>x</p></article>');
    watch.watch(document.querySelector('article'));
    watch.checkLocation();
    location.hash = '#section-2';
    watch.checkLocation();
    await settle();
    expect(changes).toEqual([]);
    history.pushState({}, '', '/elsewhere');
    watch.checkLocation();
    await settle();
    expect(changes).toEqual(['navigation']);
    watch.stop();
  });
});

describe('sensitive sites', () => {
  it('matches listed domains, their subdomains and banking/webmail host patterns', () => {
    expect(sensitiveSite('mail.google.com')?.kind).toBe('webmail');
    expect(sensitiveSite('docs.google.com')?.kind).toBe('documents');
    expect(sensitiveSite('www.paypal.com')?.kind).toBe('banking');
    expect(sensitiveSite('onlinebanking.examplebank.de')).not.toBeNull();
    expect(sensitiveSite('news.example.org')).toBeNull();
    expect(sensitiveSite('notpaypal.com')).toBeNull();
  });
});

describe('navigation keys', () => {
  const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>>) =>
    navigationKey({ code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('is Alt+Shift+N / Alt+Shift+P only', () => {
    expect(key('KeyN', { altKey: true, shiftKey: true })).toBe(1);
    expect(key('KeyP', { altKey: true, shiftKey: true })).toBe(-1);
    expect(key('KeyN', { altKey: true })).toBeNull();
    expect(key('KeyN', { altKey: true, shiftKey: true, ctrlKey: true })).toBeNull();
    expect(key('KeyJ', { altKey: true, shiftKey: true })).toBeNull();
  });
});
