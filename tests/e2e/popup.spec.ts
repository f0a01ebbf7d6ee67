// The popup on the demo article (which argues all five default themes): every theme with its
// sentences, and a click on a sentence scrolls the page to it. Axe finds no violations.
import { test, expect, markBoxes, pageHighlights } from './support/extension';
import { DEMO_ARTICLE, axeViolations, openPopup, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const ARTICLE_URL = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
const DEFAULT_THEME_IDS = ['diversification', 'cost-risk', 'dependency', 'competition', 'scaling'];

test('the popup shows the five themes with their sentences, and a click scrolls the page to one', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  await page.goto(ARTICLE_URL);
  const tabId = await tabIdOf(sw, ARTICLE_URL);
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);

  await expect(popup.locator('li.theme')).not.toHaveCount(0);
  for (const id of DEFAULT_THEME_IDS) {
    const theme = popup.locator(`li.theme[data-theme="${id}"]`);
    await expect(theme).toHaveCount(1);
    expect(await theme.locator('button.sentence').count()).toBeGreaterThan(0);
  }
  await expect(popup.getByRole('heading', { level: 2, name: /two-supplier gamble/ })).toBeVisible();
  expect(Number(await popup.getByTestId('count-numeric').textContent())).toBeGreaterThan(0);
  // The argument map: a root, one branch per theme, clickable nodes.
  expect(await popup.locator('svg.argument-map [data-node="theme"]').count()).toBe(await popup.locator('li.theme').count());

  // A sentence far down the article: the page scrolls to it and it is in view.
  await page.evaluate(() => window.scrollTo(0, 0));
  const sentence = popup.locator('li.theme[data-theme="scaling"] button.sentence').last();
  const text = (await sentence.textContent())!;
  await sentence.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const inView = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const probe = t.slice(0, 40);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n as Text).data.includes(probe)) continue;
      const r = n.parentElement!.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }
    return false;
  }, text);
  expect(inView).toBe(true);

  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const violations = await axeViolations(popup);
    expect(violations, `${colorScheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }
});

test('a page that is not an article offers "Analyze anyway"', async ({ context, page, sw, extensionId, server }) => {
  await page.goto(server.url('/not-article.html'));
  const tabId = await tabIdOf(sw, server.url('/not-article.html'));
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByRole('button', { name: 'Analyze anyway' })).toBeVisible();
  await popup.getByRole('button', { name: 'Analyze anyway' }).click();
  await expect(popup.locator('[data-state="article"]')).toBeVisible();
});

test('on a browser page the popup says Lede cannot read it', async ({ context, page, sw, extensionId }) => {
  await page.goto('chrome://version/');
  const tabId = await sw.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({});
    return tabs[0].id!;
  });
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.getByTestId('page-state')).toContainText('Lede cannot read this page');
});

test('the argument map works from the keyboard', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  await page.goto(ARTICLE_URL);
  const tabId = await tabIdOf(sw, ARTICLE_URL);
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
  const leaf = popup.locator('svg.argument-map [data-node="leaf"]').last();
  await leaf.focus();
  await expect(leaf).toBeFocused();
  await page.evaluate(() => window.scrollTo(0, 0));
  await popup.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  // The revealed passage flashes (boxes in Lede's shadow root, not a CSS highlight the page could read).
  await expect.poll(async () => (await markBoxes(page, 'flash')).flash?.length ?? 0).toBeGreaterThan(0);
  expect((await pageHighlights(page))['lede-flash']).toBeUndefined();
});
