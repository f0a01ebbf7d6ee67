// Lede on a WordPress-like post and a hardware-news item: highlights drawn with the CSS Custom
// Highlight API, sponsored blocks flagged, page text and nodes untouched, off leaves no trace.
import { allTexts, centreOf, compareWithBefore, expect, pageHighlights, sendToPage, shadowElements, test, waitForHighlights, showAllClaimsOn } from './support/extension';
import { afterTwoFrames, firstUnderlineClip } from './support/underline-clip';

test('a WordPress-like post gets figure highlights without changing its text, and off restores it exactly', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  const h = await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('$4.2 billion')));
  const texts = allTexts(h);
  expect(texts.some((t) => t.includes('40%'))).toBe(true);
  expect(Object.keys(h).every((name) => name.startsWith('lede-'))).toBe(true);
  // Not the comments, the sidebar or the navigation.
  expect(texts.some((t) => t.includes('5 times'))).toBe(false);

  const state = (await sendToPage(sw, { type: 'lede:state' })) as { status: string; claims: number };
  expect(state.status).toBe('article');

  // While on: the page's text and its own nodes are exactly as before.
  const on = await compareWithBefore(page);
  expect(on.hadSnapshot && !on.snapshotHadLede).toBe(true);
  expect(on.textSame).toBe(true);
  expect(on.allHeldConnected).toBe(true);
  expect(await page.locator('lede-root').count()).toBe(1);
  const ledeStyles = await page.evaluate(() => [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('::highlight(lede-')).length);
  expect(ledeStyles).toBe(1);
  // Painted, not only registered: Lede's rules reach the text through the marks on its elements.
  expect(await page.locator('[data-lede-highlight]').count()).toBeGreaterThan(0);
  const clip = (await page.evaluate(firstUnderlineClip))!;
  expect(clip).not.toBeNull();
  await page.evaluate(afterTwoFrames); // scrolled there and painted
  const underlined = await page.screenshot({ clip });

  const analysis = (await sendToPage(sw, { type: 'lede:analysis' })) as { claims: unknown[]; timings: { highlightMs?: number; readIn?: string; analyzeMs: number } };
  expect(analysis.claims.length).toBe(state.claims);
  expect(analysis.timings.highlightMs).toBeGreaterThanOrEqual(0);
  // The page half ran in the page; the text half in the background.
  expect(analysis.timings.readIn).toBe('page');
  expect(analysis.timings.analyzeMs).toBeGreaterThan(0);

  const off = await sendToPage(sw, { type: 'lede:highlights', on: false });
  expect(off).toEqual({ on: false, groups: [], scope: 'key' });
  expect(await pageHighlights(page)).toEqual({});
  const after = await compareWithBefore(page);
  expect(after).toMatchObject({ htmlSame: true, textSame: true, allHeldConnected: true, sameNodes: true });
  await expect.poll(async () => (await page.screenshot({ clip })).equals(underlined), { timeout: 5_000 }).toBe(false);

  // And back on: highlights return.
  await sendToPage(sw, { type: 'lede:highlights', on: true });
  await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('$4.2 billion')));
  expect(errors.list).toEqual([]);
});

test('the sponsored block in the post is flagged with an attribute and removed with the rest', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  await expect(page.locator('[data-lede-sponsored]').first()).toBeAttached({ timeout: 10_000 });
  const flagged = await page.locator('[data-lede-sponsored]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  expect(flagged.some((t) => t.includes('Aquaflow'))).toBe(true);
  // A badge in Lede's shadow root says what it is, in the reader's words, inside the block's top edge.
  const id = await page.locator('[data-lede-sponsored]', { hasText: 'Aquaflow' }).getAttribute('data-lede-sponsored');
  const { sponsored } = (await sendToPage(sw, { type: 'lede:analysis' })) as { sponsored: { id: string; label?: string }[] };
  const label = sponsored.find((s) => s.id === id)?.label;
  expect(label).toMatch(/^Sponsored/);
  let badge;
  await expect.poll(async () => (badge = (await shadowElements(page)).find((n) => n.attributes['data-sponsored-id'] === id))?.text ?? '').toBe(label);
  const block = await page.locator('[data-lede-sponsored]', { hasText: 'Aquaflow' }).boundingBox();
  const at = await centreOf(page, badge!.backendNodeId);
  expect(at.y).toBeGreaterThan(block!.y);
  expect(at.y - block!.y).toBeLessThan(20);
  expect(at.x).toBeGreaterThan(block!.x);
  expect(at.x).toBeLessThan(block!.x + block!.width);
  // Turning just the sponsored group off removes the attributes and leaves the figures.
  const res = await sendToPage(sw, { type: 'lede:highlights', on: false, groups: ['sponsored'] });
  expect(res).toMatchObject({ on: true });
  await expect(page.locator('[data-lede-sponsored]')).toHaveCount(0);
  expect(allTexts(await pageHighlights(page)).length).toBeGreaterThan(0);
  await sendToPage(sw, { type: 'lede:highlights', on: false });
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, sameNodes: true });
  expect(errors.list).toEqual([]);
});

test('a hardware-news item gets money, percent and quantity highlights (All claims)', async ({ context, extensionId, page, server, errors }) => {
  await showAllClaimsOn(context, extensionId, new URL(server.origin).hostname);
  await page.goto(server.url('/news-item.html'));
  const h = await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('40%')));
  const texts = allTexts(h);
  expect(texts.some((t) => t.includes('$179'))).toBe(true);
  expect(texts.some((t) => t.includes('2,000 MB/s'))).toBe(true);
  // Comments and the sidebar are not the article.
  expect(texts.some((t) => t.includes('Pass'))).toBe(false);
  expect(errors.list).toEqual([]);
});

test('the page cannot drive Lede: postMessage and synthetic keys do nothing', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  const before = await pageHighlights(page);
  await page.evaluate(async () => {
    // Resolves once the message has been dispatched: to every listener, the content script's too.
    const delivered = new Promise((done) => window.addEventListener('message', done, { once: true }));
    window.postMessage({ type: 'lede:highlights', on: false }, '*');
    for (const type of ['keydown', 'keyup']) {
      window.dispatchEvent(new KeyboardEvent(type, { altKey: true, shiftKey: true, code: 'KeyN', key: 'N', bubbles: true }));
      document.body.dispatchEvent(new KeyboardEvent(type, { altKey: true, shiftKey: true, code: 'KeyN', key: 'N', bubbles: true }));
    }
    await delivered;
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
  });
  // A message through the extension, answered after anything the forged events could have started.
  expect(await sendToPage(sw, { type: 'lede:state' })).toMatchObject({ on: true });
  const after = await pageHighlights(page);
  expect(after).toEqual(before);
  expect(after['lede-current']).toBeUndefined();
  expect(errors.list).toEqual([]);
});

test('when the extension goes away (reload), the orphaned content script removes every trace', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  await expect(page.locator('lede-root')).toHaveCount(1);
  await sw.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
  await expect.poll(async () => Object.keys(await pageHighlights(page)).length, { timeout: 10_000 }).toBe(0);
  await expect(page.locator('lede-root')).toHaveCount(0);
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, sameNodes: true });
  expect(errors.list).toEqual([]);
});

test('re-analysis runs in slices: no long task (over 50 ms) while Lede reads and redraws a re-rendered article', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/react-rerender.html'));
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  // From here on the main thread runs the page's re-render and Lede's work, nothing else.
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[]; __from: number; __observer: PerformanceObserver };
    w.__long = [];
    w.__from = performance.now();
    const note = (entries: PerformanceEntryList) => {
      for (const e of entries) if (e.startTime >= w.__from) w.__long.push(Math.round(e.duration));
    };
    w.__observer = new PerformanceObserver((list) => note(list.getEntries()));
    w.__observer.observe({ type: 'longtask' });
    (window as unknown as { rerender(): void }).rerender();
  });
  await expect
    .poll(async () => ((await sendToPage(sw, { type: 'lede:analysis' })) as { article?: { text: string } }).article?.text ?? '')
    .toContain('$3.4 billion');
  await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('$3.4 billion')));
  // Lede's work is done; after the next frame and task, every long task so far is in the observer's buffer.
  const longTasks = await page.evaluate(async () => {
    await new Promise((next) => requestAnimationFrame(() => setTimeout(next, 0)));
    const w = window as unknown as { __long: number[]; __from: number; __observer: PerformanceObserver };
    for (const e of w.__observer.takeRecords()) if (e.startTime >= w.__from) w.__long.push(Math.round(e.duration));
    return w.__long;
  });
  expect(longTasks).toEqual([]);
  expect(errors.list).toEqual([]);
});

test('a page whose scripts built markup the HTML parser would not make is read as the reader sees it', async ({ context, extensionId, page, sw, server, errors }) => {
  await showAllClaimsOn(context, extensionId, new URL(server.origin).hostname);
  await page.goto(server.url('/script-built.html'));
  // The figure inside the script-built block is highlighted like the others.
  const h = await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('2 cents')));
  expect(allTexts(h).some((t) => t.includes('$18 million'))).toBe(true);
  const analysis = (await sendToPage(sw, { type: 'lede:analysis' })) as { article: { text: string }; timings: { readIn?: string } };
  expect(analysis.timings.readIn).toBe('page');
  expect(analysis.article.text).toContain('Growers will pay 2 cents per kilo stored.');
  const off = await sendToPage(sw, { type: 'lede:highlights', on: false });
  expect(off).toEqual({ on: false, groups: [], scope: 'all' });
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, textSame: true, sameNodes: true });
  expect(errors.list).toEqual([]);
});
