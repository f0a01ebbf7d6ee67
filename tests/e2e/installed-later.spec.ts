// A tab opened before Lede was installed has no content script: the popup injects it (host permissions +
// scripting) and then shows the article's summary. The extension is installed into the running browser
// over CDP (Extensions.loadUnpacked) after the page has loaded, as a reader installing Lede would.
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium-path';
import { EXTENSION_DIR } from './support/extension';

const ARTICLE_URL = 'http://later.lede.test/2026/01/20/grocer-chips/';
const DEMO_ARTICLE = readFileSync(resolve('tests/fixtures/pages/wp-grocer-chip-supply.html'), 'utf8');

test('a tab opened before Lede was installed gets Lede when the popup opens', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'lede-later-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    // Playwright turns extensions off unless told otherwise; here none is loaded at start.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...CHROMIUM_ARGS, '--enable-unsafe-extension-debugging', '--remote-debugging-port=0'],
  });
  try {
    await context.route('http://later.lede.test/**', (route) => route.fulfill({ contentType: 'text/html', body: DEMO_ARTICLE }));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ARTICLE_URL);

    // Install Lede now, into the running browser: a browser-level CDP session over the debugging port.
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const cdp = await remote.newBrowserCDPSession();
    const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: resolve(EXTENSION_DIR) } as never)) as { id: string };
    expect(id).toMatch(/^[a-p]{32}$/);
    // The page has no Lede yet: nothing registered in CSS.highlights.
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-')).length)).toBe(0);

    // The tab's id, asked from an extension page (the popup) as the popup itself would.
    // Opened as a new tab by the browser itself (as the toolbar button would), not navigated to by a page.
    const opened = context.waitForEvent('page');
    await cdp.send('Target.createTarget' as never, { url: `chrome-extension://${id}/popup.html` } as never);
    const popup = await opened;
    await popup.waitForURL(/popup\.html/);
    await popup.waitForLoadState();
    // Lede holds no "tabs" permission, so tab URLs are hidden from it: the article is the other tab.
    const tabId = (await popup.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const self = await chrome.tabs.getCurrent();
      const tabs: { id: number }[] = await chrome.tabs.query({});
      return tabs.find((t) => t.id !== self.id)?.id as number;
    })) as number;
    expect(tabId).toBeGreaterThan(0);
    await popup.evaluate((tab) => location.assign(`popup.html?tab=${tab}`), tabId);
    await popup.waitForURL(/tab=/);
    await expect(popup.locator('li.theme').first()).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('lede-')).length), { timeout: 10_000 }).toBeGreaterThan(0);
  } finally {
    await context.close();
  }
});
