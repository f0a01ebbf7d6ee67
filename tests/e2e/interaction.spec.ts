// Reading with Lede: cards by pointer and keyboard, the overview ruler, and the popup's toggles.
import {
  allTexts,
  centreOf,
  compareWithBefore,
  expect,
  highlightCentre,
  pageHighlights,
  sendToPage,
  shadowElements,
  showAllClaimsOn,
  test,
  waitForHighlights,
  type ShadowNode,
} from './support/extension';
import type { Page } from '@playwright/test';

const card = (nodes: ShadowNode[]) => nodes.find((n) => n.attributes.class === 'lede-card') ?? null;

async function waitForCard(page: Page, ok: (c: ShadowNode | null) => boolean = (c) => c !== null) {
  let last: ShadowNode | null = null;
  await expect.poll(async () => ok((last = card(await shadowElements(page)))), { message: 'Lede card' }).toBe(true);
  return last as ShadowNode | null;
}

test('a strategic claim is a bar in the margin; pointing at its sentence opens its card off the line and underlines it, leaving closes both', async ({ context, extensionId, page, sw, server, errors }) => {
  // All claims: this post's strategic claims are not among its key ones.
  await showAllClaimsOn(context, extensionId, new URL(server.origin).hostname);
  await page.goto(server.url('/wordpress-post.html'));
  let bar: ShadowNode | undefined;
  await expect.poll(async () => Boolean((bar = (await shadowElements(page)).find((n) => n.attributes.class === 'lede-bar')))).toBe(true);
  // Only the bar until the card opens: no sentence-long underline.
  expect((await pageHighlights(page))['lede-strategic']).toBeUndefined();
  const analysis = (await sendToPage(sw, { type: 'lede:analysis' })) as { claims: { id: string; text: string }[] };
  const claimText = analysis.claims.find((c) => c.id === bar!.attributes['data-claim-id'])!.text;
  // The middle of the sentence's first words, found in the page as a reader sees them.
  const target = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      n.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error('claim text not found');
  }, claimText.slice(0, 30));
  await page.mouse.move(target.x - 40, target.y - 40);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  const c = await waitForCard(page);
  expect(c!.attributes.role).toBe('dialog');
  expect(c!.attributes['data-claim-id']).toBe(bar!.attributes['data-claim-id']);
  expect(c!.text).toMatch(/^An? (hedged )?(claim|prediction|warning|question)/);
  expect(c!.text).toContain('Who says it');
  await expect.poll(async () => (await pageHighlights(page))['lede-strategic']?.length ?? 0).toBe(1);
  // The card does not cover the line it explains.
  const box = await centreOf(page, c!.backendNodeId);
  expect(Math.abs(box.y - target.y)).toBeGreaterThan(20);
  // Away from any claim, the card closes and the underline goes with it.
  await page.mouse.move(5, 5, { steps: 3 });
  await waitForCard(page, (x) => x === null);
  await expect.poll(async () => (await pageHighlights(page))['lede-strategic']).toBeUndefined();
  expect(errors.list).toEqual([]);
});

test('pointer over a money figure shows its value in plain terms (All claims)', async ({ context, extensionId, page, server, errors }) => {
  await showAllClaimsOn(context, extensionId, new URL(server.origin).hostname);
  await page.goto(server.url('/wordpress-post.html'));
  await waitForHighlights(page, (h) => (h['lede-money'] ?? []).some((t) => t.includes('$4.2 billion')));
  const h = await pageHighlights(page);
  const index = h['lede-money'].findIndex((t) => t.includes('$4.2 billion'));
  const target = await highlightCentre(page, 'lede-money', index);
  await page.mouse.move(target.x, target.y, { steps: 3 });
  const c = await waitForCard(page);
  expect(c!.text).toContain('Money');
  expect(c!.text).toContain('$4.2 billion');
  expect(c!.text).not.toContain('4,200,000,000');
  expect(errors.list).toEqual([]);
});

test('Alt+Shift+N / Alt+Shift+P move between claims, mark the current one and open its card; Esc closes', async ({ page, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  await waitForHighlights(page, (h) => allTexts(h).length >= 2);
  await page.locator('h1').click(); // focus the page, not the address bar
  await page.keyboard.press('Alt+Shift+KeyN');
  const first = await waitForHighlights(page, (h) => (h['lede-current']?.length ?? 0) === 1);
  const c1 = await waitForCard(page);
  expect(c1!.text).toMatch(/1 of \d+/);
  await page.keyboard.press('Alt+Shift+KeyN');
  const second = await waitForHighlights(page, (h) => h['lede-current']?.[0] !== first['lede-current'][0]);
  expect(await waitForCard(page, (c) => /2 of \d+/.test(c?.text ?? ''))).toBeTruthy();
  await page.keyboard.press('Alt+Shift+KeyP');
  await waitForHighlights(page, (h) => h['lede-current']?.[0] === first['lede-current'][0]);
  expect(second['lede-current'][0]).not.toBe(first['lede-current'][0]);
  // The current claim is on screen.
  const onScreen = await page.evaluate(() => {
    const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-current')!][0];
    const r = range.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  expect(onScreen).toBe(true);
  // A live region announces the claim.
  const live = (await shadowElements(page)).find((n) => n.attributes['aria-live'] === 'polite');
  expect(live?.text).toMatch(/^Claim 1 of \d+/);
  await page.keyboard.press('Escape');
  await waitForCard(page, (x) => x === null);
  expect((await pageHighlights(page))['lede-current']).toBeUndefined();
  expect(errors.list).toEqual([]);
});

test('the overview ruler has a mark per claim and sponsored block, and a click scrolls there', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  await page.setViewportSize({ width: 1200, height: 400 });
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  const analysis = (await sendToPage(sw, { type: 'lede:analysis' })) as { claims: { id: string; key: boolean }[]; sponsored: { id: string }[] };
  const drawn = analysis.claims.filter((c) => c.key);
  let marks: ShadowNode[] = [];
  await expect
    .poll(async () => (marks = (await shadowElements(page)).filter((n) => n.attributes.class === 'lede-mark')).length)
    .toBe(drawn.length + analysis.sponsored.length);
  const ids = new Set(marks.map((m) => m.attributes['data-id']));
  for (const c of drawn) expect(ids.has(c.id)).toBe(true);
  // Marks sit in document order: tops increase down the strip.
  const tops = marks.map((m) => parseFloat(/top:\s*([\d.]+)%/.exec(m.attributes.style ?? '')![1]));
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  // Clicking the last claim's mark scrolls to it and makes it current.
  await page.evaluate(() => scrollTo(0, 0));
  const last = marks.filter((m) => m.attributes['data-group'] !== 'sponsored').at(-1)!;
  const at = await centreOf(page, last.backendNodeId);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
  await waitForHighlights(page, (h) => (h['lede-current']?.length ?? 0) === 1);
  expect(errors.list).toEqual([]);
});

test('the popup toggles groups and all highlights for the active tab, and remembers the choice for the site', async ({ context, page, sw, server, errors, extensionId }) => {
  await page.goto(server.url('/wordpress-post.html'));
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  await expect(page.locator('[data-lede-sponsored]').first()).toBeAttached();

  const popupPromise = context.waitForEvent('page');
  await sw.evaluate((url) => (globalThis as any).chrome.windows.create({ url, type: 'popup', width: 360, height: 400 }), `chrome-extension://${extensionId}/popup.html`);
  const popup = await popupPromise;
  await expect(popup.getByTestId('status')).toContainText('Article analyzed');
  await popup.getByText('More:').click(); // the per-group and site toggles sit behind "More"

  await popup.getByRole('checkbox', { name: 'Sponsored content' }).uncheck();
  await expect(page.locator('[data-lede-sponsored]')).toHaveCount(0);
  await popup.getByRole('checkbox', { name: 'Strategic claims' }).uncheck();
  await expect.poll(async () => (await pageHighlights(page))['lede-strategic']).toBeUndefined();

  await popup.getByRole('checkbox', { name: 'Highlights' }).uncheck();
  await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, sameNodes: true, allHeldConnected: true });

  // Remembered for the site: a reload stays off.
  await page.reload();
  await expect.poll(async () => ((await sendToPage(sw, { type: 'lede:state' })) as { status: string }).status).toBe('article');
  expect(await pageHighlights(page)).toEqual({});
  expect(await page.locator('lede-root').count()).toBe(0);

  await popup.reload();
  await popup.getByRole('checkbox', { name: 'Highlights' }).check();
  await waitForHighlights(page, (h) => allTexts(h).length > 0);

  // The whole site off: Lede leaves the page and does not come back on reload.
  await popup.getByText('More:').click();
  await popup.getByRole('checkbox', { name: /Run Lede on/ }).uncheck();
  await expect.poll(async () => Object.keys(await pageHighlights(page)).length).toBe(0);
  await page.reload();
  await expect.poll(async () => ((await sendToPage(sw, { type: 'lede:state' })) as { status: string }).status).toBe('disabled');
  expect(await sendToPage(sw, { type: 'lede:analysis' })).toEqual({ status: 'disabled' });
  expect(await page.locator('lede-root').count()).toBe(0);
  expect(errors.list).toEqual([]);
});
