// Security issue #12, findings 5 and 6, in Chromium with the built extension: a backtracking theme
// pattern is refused by the options page, and one forced into the settings store anyway (as a
// compromised extension page could) is switched off on the first article it runs away on, named on the
// options page, while the popup and other tabs keep working; a content script can neither change
// another site's settings nor the theme table, through messages or through storage.local.
import type { Page, Worker } from '@playwright/test';
import { test, expect, TEST_DOMAIN, allTexts, waitForHighlights } from './support/extension';
import { DEMO_ARTICLE, askBackground, openPopup, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';
import { DEFAULT_THEMES } from '../../lib/themes/taxonomy';

const RUNAWAY = String.raw`(\s*\w+\s*){1,50}$`;
const ARTICLE = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
const OTHER_ARTICLE = 'http://other-news.lede.test/2026/01/21/larkfield/';

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Themes', exact: true })).toBeVisible();
}

/** What the background holds: the theme table (null: defaults) and the reports. */
const storedThemes = (options: Page) => askBackground(options, { type: 'lede:settings:themes' }) as Promise<{ ok: boolean; table: { id: string; patterns?: string[] }[] | null; reports: { pattern: string; site: string }[] }>;

test('the options page refuses a backtracking pattern and saves nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.locator('[data-theme-row="scaling"] textarea').nth(1).fill(RUNAWAY);
  await options.getByRole('button', { name: 'Save themes' }).click();
  await expect(options.getByTestId('theme-problems')).toContainText('at most 4 times');
  expect(await storedThemes(options)).toMatchObject({ ok: true, table: null });
  // Nor does the background take it from a page that skips the form's check.
  const table = [...DEFAULT_THEMES, { id: 'runaway', label: 'Runaway', terms: [], patterns: [RUNAWAY] }];
  expect(await askBackground(options, { type: 'lede:settings:themes', table })).toMatchObject({ ok: false });
  expect(await storedThemes(options)).toMatchObject({ ok: true, table: null });
});

test('a backtracking pattern forced into the store is switched off and named; the article, the popup and other tabs carry on', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE, DEMO_ARTICLE], [OTHER_ARTICLE, DEMO_ARTICLE]]));
  const options = await context.newPage();
  await openOptions(options, extensionId);
  // A compromised extension page can write the extension's IndexedDB directly, past every check.
  const table = [...DEFAULT_THEMES, { id: 'runaway', label: 'Runaway', terms: ['supplier'], patterns: [RUNAWAY] }];
  await options.evaluate(
    (t) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('lede-settings');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('prefs', 'readwrite');
          tx.objectStore('prefs').put(t, 'themes');
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    table,
  );
  expect((await storedThemes(options)).table?.find((t) => t.id === 'runaway')?.patterns).toEqual([RUNAWAY]);

  await page.goto(ARTICLE);
  const tabId = await tabIdOf(sw, ARTICLE);
  await waitForLede(sw, tabId);
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('li.theme[data-theme="dependency"]')).toHaveCount(1);
  await popup.close();

  const reports = (await storedThemes(options)).reports;
  expect(reports).toEqual([expect.objectContaining({ pattern: RUNAWAY, site: 'shelfedge.lede.test', themes: ['runaway'] })]);
  await options.reload();
  await expect(options.getByTestId('pattern-reports')).toContainText(`took too long on shelfedge.lede.test and was switched off`);

  // Another tab: read as usual (the pattern stays off).
  const other = await context.newPage();
  await other.goto(OTHER_ARTICLE);
  await waitForLede(sw, await tabIdOf(sw, OTHER_ARTICLE));
  await waitForHighlights(other, (h) => allTexts(h).length > 0);
  expect((await storedThemes(options)).reports).toHaveLength(1);
});

/** Runs `func` in the tab's content-script world (the extension's isolated world), as Lede's content script could. */
async function inContentScriptWorld<T>(sw: Worker, tabId: number, func: () => Promise<T>): Promise<T> {
  return sw.evaluate(
    async ([id, source]) => {
      const chrome = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } } }).chrome;
      const [{ result }] = await chrome.scripting.executeScript({ target: { tabId: id }, world: 'ISOLATED', func: new Function(`return (${source})()`) });
      return result as T;
    },
    [tabId, func.toString()] as const,
  );
}

test("a content script cannot write another site's settings or the theme table", async ({ context, page, sw, server, extensionId }) => {
  const port = new URL(server.origin).port;
  const mine = `http://mine.${TEST_DOMAIN}:${port}/wordpress-post.html`;
  const bank = `http://bank.${TEST_DOMAIN}:${port}/wordpress-post.html`;
  await page.goto(mine);
  const tabId = await tabIdOf(sw, mine);
  await waitForLede(sw, tabId);

  const answers = await inContentScriptWorld(sw, tabId, async () => {
    const chrome = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> }; storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    const host = `bank.lede.test`;
    // storage.local is open to content scripts: write what older Lede versions read from there.
    await chrome.storage.local.set({ [`lede:site:${host}`]: { enabled: false }, 'lede:themes': [{ id: 'evil', label: 'Evil', terms: ['the'], patterns: ['(a|aa)*c'] }] });
    const table = [{ id: 'evil', label: 'Evil', terms: ['the'] }];
    return Promise.all([
      chrome.runtime.sendMessage({ type: 'lede:settings:site', host, change: { enabled: false } }),
      chrome.runtime.sendMessage({ type: 'lede:settings:sites', host, change: { enabled: false } }),
      chrome.runtime.sendMessage({ type: 'lede:settings:themes', table }),
      chrome.runtime.sendMessage({ type: 'lede:settings:themes', table: null }),
    ]).then((all) => all.map((a) => a.ok));
  });
  expect(answers).toEqual([false, false, false, false]);

  // Its own site it may change (the popup's "off for this site" goes this way).
  expect(await inContentScriptWorld(sw, tabId, () => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'lede:settings:site' }))).toEqual({ ok: true, site: `mine.${TEST_DOMAIN}`, settings: {} });

  // None of it changed what Lede does: the bank page is read, the options page lists no such site, the table is the default.
  const options = await context.newPage();
  await openOptions(options, extensionId);
  expect(await askBackground(options, { type: 'lede:settings:sites' })).toEqual({ ok: true, sites: {} });
  expect(await storedThemes(options)).toMatchObject({ ok: true, table: null, reports: [] });
  await page.goto(bank);
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  expect(await askBackground(options, { type: 'lede:settings:sites' })).toEqual({ ok: true, sites: {} });
});
