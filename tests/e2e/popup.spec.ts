// The popup on the demo article (which argues all five default themes): every theme once, on the
// first screen or behind "More", and a click on a sentence scrolls the page to it. Axe finds no
// violations, with "More" closed and open. (popup-screen.spec.ts: what the first screen holds.)
import { test, expect } from './support/extension';
import { DEMO_ARTICLE, axeViolations, openPopup, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const ARTICLE_URL = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
const DEFAULT_THEME_IDS = ['diversification', 'cost-risk', 'dependency', 'competition', 'scaling'];

test('the popup shows the five themes, and a click on a sentence scrolls the page to it', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  await page.goto(ARTICLE_URL);
  const tabId = await tabIdOf(sw, ARTICLE_URL);
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);

  await expect(popup.getByRole('heading', { level: 2, name: /two-supplier gamble/ })).toBeVisible();
  await expect(popup.locator('.gist li.theme').first()).toBeVisible();
  // Each theme is `li.theme` once: on the first screen (one sentence) or behind "More" (all of its sentences).
  for (const id of DEFAULT_THEME_IDS) await expect(popup.locator(`li.theme[data-theme="${id}"]`)).toHaveCount(1);
  await expect(popup.locator('li.theme')).toHaveCount(DEFAULT_THEME_IDS.length);
  expect(Number(await popup.getByTestId('count-numeric').textContent())).toBeGreaterThan(0);
  await expect(popup.locator('svg')).toHaveCount(0); // the argument map is gone: the list says what it said

  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    const violations = await axeViolations(popup);
    expect(violations, `closed, ${colorScheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }

  // A sentence far down the article, behind "More": the page scrolls to it and it is in view.
  await popup.getByText('More:').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  const sentence = popup.locator('.more [data-theme="scaling"] button.sentence').last();
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
    expect(violations, `open, ${colorScheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
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
