// The popup that fits one screen (400×600): what the reader needs first is in the first 600 px, no
// sentence is shown twice, nothing reads like a score, "All claims" switches the page between the key
// claims and all, a key figure is one click from its place in the page, and a saved note leaves no draft.
import type { Page, Worker } from '@playwright/test';
import { test, expect, allTexts, markBoxes, pageHighlights, shadowElements, textUnder } from './support/extension';
import { DEMO_ARTICLE, openPopup, sendToTab, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';
import type { Analysis } from '../../lib/analysis';
import { figureLine } from '../../lib/highlight/reader-value';

const ARTICLE_URL = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
/** Popup pages in Chrome are at most 800×600; Lede's is 400 px wide. */
const SCREEN = { width: 400, height: 600 };
/** Two decimals, as a score prints ("26.00"); prices ("£17.99") are taken out first. */
const SCORE_LIKE = /\b\d+\.\d{2}\b/;
const MONEY_WITH_CENTS = /(?:[\p{Sc}]|\b[A-Z]{1,3}\$)\s?\d[\d,]*\.\d{2}\b/gu;

interface Opened {
  popup: Page;
  tabId: number;
  analysis: Analysis;
}

/** Opens the page, lets Lede read it, and opens the popup at the popup's own size. */
async function openOn(context: Parameters<typeof servePages>[0], page: Page, sw: Worker, extensionId: string, url: string): Promise<Opened> {
  await page.goto(url);
  const tabId = await tabIdOf(sw, url);
  await waitForLede(sw, tabId);
  const analysis = (await sendToTab(sw, tabId, { type: 'lede:analysis' })) as Analysis;
  const popup = await openPopup(context, extensionId, tabId);
  await popup.setViewportSize(SCREEN);
  await expect(popup.locator('[data-state="article"]')).toBeVisible();
  await expect(popup.locator('.notes h2')).toHaveText(/^Notes \(\d+\)$/);
  return { popup, tabId, analysis };
}

/** Bottom edge (px from the top of the popup) of each first-screen element, by its role there. */
async function firstScreenBottoms(popup: Page): Promise<Record<string, number[]>> {
  return popup.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const el of document.querySelectorAll('[data-first-screen]')) {
      const role = el.getAttribute('data-first-screen')!;
      (out[role] ??= []).push(el.getBoundingClientRect().bottom + scrollY);
    }
    return out;
  });
}

async function expectFirstScreen({ popup, analysis }: Opened) {
  const bottoms = await firstScreenBottoms(popup);
  for (const role of ['site', 'title', 'thesis', 'gist', 'highlights', 'notes', 'more']) expect(bottoms[role], role).toBeDefined();
  expect(bottoms.gist.length).toBeGreaterThanOrEqual(2);
  expect(bottoms.gist.length).toBeLessThanOrEqual(3);
  // The key figures: at most five, each a key numeric claim of the Analysis, none said twice.
  const keyNumeric = new Map(analysis.claims.filter((c) => c.key && c.kind !== 'strategic').map((c) => [c.id, c]));
  const figures = popup.locator('.key-figures button.figure');
  const ids = await figures.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-claim')!));
  const lines = await figures.allTextContents();
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.length).toBe(Math.min(5, new Set([...keyNumeric.values()].map(figureLine)).size));
  for (const id of ids) expect(keyNumeric.has(id), id).toBe(true);
  expect(new Set(lines).size).toBe(lines.length);
  for (const [role, list] of Object.entries(bottoms)) for (const b of list) expect(b, `${role} ends at ${b}px`).toBeLessThanOrEqual(SCREEN.height);
  // The controls themselves: the composer, its Save button, "All claims".
  for (const control of [popup.getByLabel('New note on this page'), popup.getByRole('button', { name: 'Save note' }), popup.getByRole('checkbox', { name: 'All claims' })]) {
    const box = (await control.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
  }
  // The site is a name, never a URL.
  await expect(popup.getByTestId('site')).not.toHaveText(/:\/\/|^www\./);
}

/** Every sentence the popup shows, with "More" open, and all its text. */
async function shownText(popup: Page): Promise<{ sentences: string[]; text: string }> {
  await popup.locator('details.more > summary').click();
  await expect(popup.locator('details.more')).toHaveAttribute('open', '');
  return popup.evaluate(() => ({
    sentences: [...document.querySelectorAll('button.sentence')].map((b) => b.textContent!.trim()),
    text: document.body.innerText,
  }));
}

for (const [name, url, body] of [
  ['a long argued piece', ARTICLE_URL, DEMO_ARTICLE],
  ['a plain news story', null, null],
] as const) {
  test(`on ${name} the first screen holds the summary, figures, highlight control and notes; no sentence twice, no score`, async ({ context, page, sw, extensionId, server }) => {
    let target = server.url('/news-item.html');
    if (url && body) {
      await servePages(context, new Map([[url, body]]));
      target = url;
    }
    const opened = await openOn(context, page, sw, extensionId, target);
    await expectFirstScreen(opened);
    const { sentences, text } = await shownText(opened.popup);
    expect(sentences.length).toBeGreaterThan(2);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i), 'sentences shown twice').toEqual([]);
    expect(text.replace(MONEY_WITH_CENTS, '')).not.toMatch(SCORE_LIKE);
  });
}

test('"All claims" switches the page from the key claims to all of them and back', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  const { popup, analysis } = await openOn(context, page, sw, extensionId, ARTICLE_URL);
  const key = analysis.claims.filter((c) => c.key).length;
  expect(key).toBeGreaterThan(0);
  expect(key).toBeLessThan(analysis.claims.length);
  // Figures are underlined; strategic claims get a bar in the margin (underlined only while their card is open).
  const drawn = async () =>
    allTexts(await pageHighlights(page), ['lede-current', 'lede-strategic']).length +
    (await shadowElements(page)).filter((n) => n.attributes.class === 'lede-bar').length;
  await expect.poll(drawn).toBe(key);
  const allClaims = popup.getByRole('checkbox', { name: 'All claims' });
  await expect(allClaims).not.toBeChecked();
  await allClaims.check();
  await expect.poll(drawn).toBe(analysis.claims.length);
  await allClaims.uncheck();
  await expect.poll(drawn).toBe(key);
});

test('a key figure is one click from its place in the page', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  const { popup, analysis } = await openOn(context, page, sw, extensionId, ARTICLE_URL);
  const figure = popup.locator('.key-figures button.figure').last();
  const id = (await figure.getAttribute('data-claim'))!;
  const target = analysis.claims.find((c) => c.id === id)!;
  expect(target.key).toBe(true);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await figure.click();
  await expect.poll(async () => (await markBoxes(page, 'flash')).flash?.length ?? 0).toBeGreaterThan(0);
  const boxes = (await markBoxes(page, 'flash')).flash!;
  expect((await textUnder(page, boxes)).join(' ')).toContain(target.text);
  const inView = boxes.every((b) => b.y >= 0 && b.y + b.h <= page.viewportSize()!.height);
  expect(inView).toBe(true);
});

test('a saved page note leaves no draft: the popup opened again shows an empty composer', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  const { popup, tabId } = await openOn(context, page, sw, extensionId, ARTICLE_URL);
  const composer = popup.getByLabel('New note on this page');
  // Typed and saved at once, as a quick reader does: the save comes before the draft's pause ends.
  await composer.fill('Two suppliers cost more than one.');
  await popup.getByRole('button', { name: 'Save note' }).click();
  await expect(popup.locator('li.note')).toHaveCount(1);
  await expect(composer).toHaveValue('');
  // Longer than the draft's pause: a draft written late would be in the store by now.
  await popup.waitForTimeout(1_000);
  await popup.close();
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.locator('li.note')).toHaveCount(1);
  await expect(again.getByLabel('New note on this page')).toHaveValue('');
});
