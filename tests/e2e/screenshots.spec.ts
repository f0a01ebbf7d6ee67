// Screenshots for the README, made from the real extension on the demo article at every e2e run, so they
// stay current: the highlights, a claim's card, and the popup's summary.
import { test, expect } from './support/extension';
import { DEMO_ARTICLE, openPopup, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const ARTICLE_URL = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
const OUT = 'tests/e2e/screenshots';

test('screenshots of the highlights, a card and the popup on the demo article', async ({ context, page, sw, extensionId }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  await page.goto(ARTICLE_URL);
  const tabId = await tabIdOf(sw, ARTICLE_URL);
  await waitForLede(sw, tabId);
  await page.evaluate(() => document.querySelector('h1')?.scrollIntoView());
  await page.screenshot({ path: `${OUT}/highlights.png` });

  // Alt+Shift+N: the first claim becomes current and its card opens.
  await page.keyboard.press('Alt+Shift+KeyN');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('lede-current')?.size ?? 0)).toBe(1);
  await page.screenshot({ path: `${OUT}/card.png` });

  const popup = await openPopup(context, extensionId, tabId);
  await popup.setViewportSize({ width: 400, height: 900 });
  await expect(popup.locator('li.theme').first()).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });
});
