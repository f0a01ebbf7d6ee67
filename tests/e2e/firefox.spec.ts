// Firefox smoke test: the Firefox build (`wxt build -b firefox` → .output/firefox-mv2) in Firefox ESR,
// driven by puppeteer-core over WebDriver BiDi (Playwright cannot drive stock Firefox). Highlights
// appear in the page's CSS.highlights, the popup's toggle takes every trace away and back, the popup
// renders the analysis (its claims from the background's text half) and saves a note, a passage note
// is marked again after a reload (the background anchors it; the marks live in Lede's closed shadow
// root, not in CSS.highlights), and a note typed in Lede's framed editor page is saved while the
// page's keylogger hears none of it.
import { test, expect } from '@playwright/test';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { afterTwoFrames, firstUnderlineClip } from './support/underline-clip';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(process.env.LEDE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
/** A fixed moz-extension:// host for the add-on, so the test can open its popup page. */
const EXTENSION_UUID = '5d0c3a1e-7c1b-4e0a-9d55-1ede0000e2e5';

let browser: Browser;
let server: FixtureServer;

test.beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  const geckoId = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id as string;
  server = await startFixtureServer();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }) },
  });
  await browser.installExtension(EXTENSION_DIR);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function ledeHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, h] of registry) if (name.startsWith('lede-')) out[name] = h.size;
    return out;
  });
}

test('Firefox ESR: highlights appear, and the popup turns them off without a trace and on again', async () => {
  test.setTimeout(90_000);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => ((window as unknown as { __before: string }).__before = document.documentElement.outerHTML), { once: true });
  });
  await page.goto(server.url('/wordpress-post.html'));
  await page.waitForFunction(
    () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')),
    { timeout: 15_000 },
  );
  const on = await ledeHighlights(page);
  expect(Object.values(on).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.querySelectorAll('lede-root').length)).toBe(1);
  // Painted, not only registered: Firefox passes no ::highlight() style from an element to its children,
  // so Lede marks each highlighted text node's own parent.
  const clip = (await page.evaluate(firstUnderlineClip))!;
  expect(clip).not.toBeNull();
  await page.evaluate(afterTwoFrames); // scrolled there and painted
  const underlined = Buffer.from(await page.screenshot({ clip }));

  // The popup page, opened in a tab, acts on the page the reader was on.
  const popup = await browser.newPage();
  await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 3_000 }).catch(() => undefined);
  await popup.waitForSelector('input[name="all"]', { timeout: 15_000 });
  await popup.waitForFunction(() => (document.querySelector('input[name="all"]') as HTMLInputElement).checked);
  // Read in the page; the popup gets the page's Analysis over the content script's messages.
  const readIn = await popup.evaluate(async (url) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === url);
    const analysis = tab ? ((await api.tabs.sendMessage(tab.id, { type: 'lede:analysis' })) as { timings?: { readIn?: string } }) : null;
    return analysis?.timings?.readIn ?? null;
  }, page.url());
  expect(readIn).toBe('page');
  await popup.click('input[name="all"]');

  await page.bringToFront();
  await page.waitForFunction(() => ![...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')), {
    timeout: 10_000,
  });
  expect(await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { __before: string }).__before)).toBe(true);
  // Repainted without the underline (the next frame may come a little after the registry is emptied).
  await expect.poll(async () => Buffer.from(await page.screenshot({ clip })).equals(underlined), { timeout: 5_000 }).toBe(false);

  await popup.bringToFront();
  await popup.click('input[name="all"]');
  await page.waitForFunction(
    () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')),
    { timeout: 10_000 },
  );
  await popup.close();
});

test('Firefox ESR: the popup renders the analysis and saves a note on the page', async () => {
  test.setTimeout(90_000);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.goto(server.url('/news-item.html'));
  await page.waitForFunction(
    () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')),
    { timeout: 15_000 },
  );

  const popup = await browser.newPage();
  await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 3_000 }).catch(() => undefined);
  // The analysis: the article's title and its counts of claims.
  await popup.waitForSelector('[data-testid="count-numeric"]', { timeout: 15_000 });
  expect(Number(await popup.$eval('[data-testid="count-numeric"]', (el) => el.textContent))).toBeGreaterThan(0);
  expect(await popup.$eval('h2', (el) => el.textContent?.trim().length ?? 0)).toBeGreaterThan(0);

  const text = 'Firefox smoke note: compare the figures with last quarter.';
  await popup.waitForSelector('#new-note');
  await popup.type('#new-note', text);
  await popup.click('::-p-text(Save note)');
  await popup.waitForFunction((t) => [...document.querySelectorAll('.note-list li')].some((li) => li.textContent?.includes(t)), { timeout: 10_000 }, text);
  await popup.close();
});

test('Firefox ESR: a passage note is found again in the page after a reload (anchored by the background)', async () => {
  test.setTimeout(90_000);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const url = server.url('/news-item.html');
  await page.goto(url);
  await page.waitForFunction(
    () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')),
    { timeout: 15_000 },
  );
  const passage = 'Cellforge relies on one factory for its controllers';
  // The popup (an extension page) stores the note, as its own editor would.
  const popup = await browser.newPage();
  await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 3_000 }).catch(() => undefined);
  const created = await popup.evaluate(
    (pageUrl, exact) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).browser.runtime.sendMessage({
        type: 'lede:notes:create',
        page: { url: pageUrl },
        title: 'Portable drive',
        body: 'One controller factory: check the filings.',
        tags: [],
        passage: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
      }),
    url,
    passage,
  );
  expect(created.ok).toBe(true);
  await popup.close();

  await page.reload();
  await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')), { timeout: 15_000 });
  const popupAgain = await openPopupTab();
  await waitFor(async () => (await noteMarks(popupAgain, url)) > 0);
  await popupAgain.close();
  // The page's own scripts find no trace of the note among Lede's highlights.
  expect(await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((n) => /note|flash/.test(n)))).toEqual([]);
});

test('Firefox ESR: with a backtracking theme pattern in the store, an article still gets highlights and the pattern is switched off', async () => {
  test.setTimeout(90_000);
  const runaway = String.raw`(\s*\w+\s*){1,50}$`;
  const options = await browser.newPage();
  await options.goto(`moz-extension://${EXTENSION_UUID}/options.html`, { timeout: 3_000 }).catch(() => undefined);
  await options.waitForSelector('#themes-h', { timeout: 15_000 });
  // Forced into the settings store past the options page's check, as a compromised extension page could.
  const table = await options.evaluate(async (pattern) => {
    const ext = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ table: { id: string; patterns?: string[] }[] | null }> } } }).browser;
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open('lede-settings');
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('prefs', 'readwrite');
        tx.objectStore('prefs').put([{ id: 'runaway', label: 'Runaway', terms: ['chip'], patterns: [pattern] }], 'themes');
        tx.oncomplete = () => (open.result.close(), done());
        tx.onerror = () => fail(tx.error);
      };
    });
    return (await ext.runtime.sendMessage({ type: 'lede:settings:themes' })).table;
  }, runaway);
  expect(table).toEqual([{ id: 'runaway', label: 'Runaway', terms: ['chip'], patterns: [runaway] }]);

  const page = await browser.newPage();
  await page.goto(server.url('/news-item.html'));
  await page.waitForFunction(
    () => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')),
    { timeout: 30_000 },
  );
  const reports = await options.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ reports: { pattern: string }[] }> } } }).browser;
    return (await ext.runtime.sendMessage({ type: 'lede:settings:themes' })).reports.map((r) => r.pattern);
  });
  expect(reports).toEqual([runaway]);
  await page.close();
  await options.close();
});

test('Firefox ESR: a note typed in Lede’s framed editor is saved, and the page’s keylogger hears none of it', async () => {
  test.setTimeout(90_000);
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const url = server.url('/keylogger.html');
  await page.goto(url);
  await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((n) => n.startsWith('lede-')), { timeout: 15_000 });
  const passage = 'Board chair Alma Voss said the authority could no longer rely on a single terminal';
  await page.evaluate((wanted) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes(wanted))!;
    const text = p.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, text.data.indexOf(wanted));
    range.setEnd(text, text.data.indexOf(wanted) + wanted.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, passage);

  // What the context menu item does: the content script opens Lede's editor on the selection.
  const popup = await openPopupTab();
  expect(await toTabOf(popup, url, { type: 'lede:notes:compose' })).toEqual({ ok: true });
  await page.bringToFront();
  const editor = await waitFor(() => editorFrame(page));
  await editor.waitForSelector('blockquote', { timeout: 10_000 });
  expect(await editor.$eval('blockquote', (el) => el.textContent)).toBe(passage);
  await editor.waitForSelector('button[data-action="save"]:not([disabled])', { timeout: 10_000 });
  await editor.click('#note-body');
  const body = 'Firefox: the grant is not approved yet!';
  await page.keyboard.type(body);
  await editor.click('button[data-action="save"]');
  await waitFor(async () => (await editorFrame(page)) === null);

  const notes = (await popup.evaluate(() =>
    (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ notes: { body: string; target: { quote?: { exact: string } } }[] }> } } }).browser.runtime.sendMessage({ type: 'lede:notes:search' }),
  )).notes;
  expect(notes.filter((n) => n.body === body).map((n) => n.target.quote?.exact)).toEqual([passage]);
  expect(await page.evaluate(() => (window as unknown as { __spy: { events: string[] } }).__spy.events)).toEqual([]);
  await waitFor(async () => (await noteMarks(popup, url)) > 0);
  expect(await page.evaluate(() => Object.keys((window as unknown as { __readHighlights(): object }).__readHighlights()).filter((n) => /note|flash/.test(n)))).toEqual([]);
  await popup.close();
});

/** The page's frame showing Lede's note editor (asked of each frame: the BiDi frame list can lag on an extension page's address). */
async function editorFrame(page: Page): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.detached) continue;
    const href = await frame.evaluate(() => location.href).catch(() => '');
    if (href.includes('/note-editor.html')) return frame;
  }
  return null;
}

async function openPopupTab(): Promise<Page> {
  const popup = await browser.newPage();
  await popup.goto(`moz-extension://${EXTENSION_UUID}/popup.html`, { timeout: 3_000 }).catch(() => undefined);
  await popup.waitForFunction(() => typeof (globalThis as unknown as { browser?: unknown }).browser === 'object', { timeout: 10_000 });
  return popup;
}

interface FirefoxTabs {
  browser: {
    tabs: {
      query(q: object): Promise<{ id: number; url?: string }[]>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
      executeScript(id: number, details: { code: string }): Promise<unknown[]>;
    };
  };
}

/** Sends a message to the content script of the tab showing `url`, from an extension page. */
function toTabOf(extPage: Page, url: string, message: unknown): Promise<unknown> {
  return extPage.evaluate(
    async (u, m) => {
      const api = (globalThis as unknown as FirefoxTabs).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === u);
      return tab ? api.tabs.sendMessage(tab.id, m) : null;
    },
    url,
    message,
  );
}

/**
 * How many note marks Lede draws in the tab showing `url`: counted by a script the test runs in the
 * tab's extension world, which (in Firefox only) can open a closed shadow root; page scripts cannot.
 */
function noteMarks(extPage: Page, url: string): Promise<number> {
  return extPage.evaluate(async (u) => {
    const api = (globalThis as unknown as FirefoxTabs).browser;
    const tab = (await api.tabs.query({})).find((t) => t.url === u);
    if (!tab) return 0;
    const code = `(() => { const host = document.querySelector('lede-root'); const root = host && host.openOrClosedShadowRoot; return root ? root.querySelectorAll('.lede-note-mark').length : 0; })()`;
    const [count] = await api.tabs.executeScript(tab.id, { code });
    return Number(count) || 0;
  }, url);
}

/** Polls until `probe` gives something truthy (10 s at most). */
async function waitFor<T>(probe: () => Promise<T | null | false>): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out waiting');
}
