// Passage notes in the page: added from a selection in Lede's own editor, drawn as `lede-notes`,
// found again after a reload, after a slight edit of the page text, and shown as an orphan (with its
// quote) once the passage is gone. A page whose canonical link points at another site does not see
// that site's notes.
import { test, expect, pageHighlights } from './support/extension';
import { DEMO_ARTICLE, allNotes, openPopup, selectText, sendToTab, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const URL_A = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
const PASSAGE = 'Chief executive Daniel Achterberg put it more bluntly on a call with reporters.';
const EDITED = DEMO_ARTICLE.replace('put it more bluntly on a call', 'put it bluntly on a call');
const REMOVED = DEMO_ARTICLE.replace(/<p>Chief executive Daniel Achterberg[\s\S]*?<\/p>/, '');

test('a passage note survives a reload, a slight edit of the page, and becomes an orphan when the passage goes', async ({ context, page, sw, extensionId }) => {
  expect(EDITED).not.toBe(DEMO_ARTICLE);
  expect(REMOVED).not.toContain('Achterberg put it');
  const pages = new Map([[URL_A, DEMO_ARTICLE]]);
  await servePages(context, pages);
  await page.goto(URL_A);
  const tabId = await tabIdOf(sw, URL_A);
  await waitForLede(sw, tabId);

  // Select the passage and open Lede's editor on it (what the context menu item does).
  await selectText(page, PASSAGE);
  expect(await sendToTab(sw, tabId, { type: 'lede:notes:compose' })).toEqual({ ok: true });
  await page.waitForTimeout(150); // the editor takes focus once it is drawn
  await page.keyboard.type('CEO frames it as survival, not savings.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await pageHighlights(page))['lede-notes'] ?? []).toEqual([PASSAGE]);
  // The note's text never went into the page.
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('survival, not savings'))).toBe(false);

  await page.reload();
  await waitForLede(sw, tabId);
  await expect.poll(async () => (await pageHighlights(page))['lede-notes'] ?? []).toEqual([PASSAGE]);

  pages.set(URL_A, EDITED);
  await page.reload();
  await waitForLede(sw, tabId);
  await expect.poll(async () => ((await pageHighlights(page))['lede-notes'] ?? []).join('')).toContain('Achterberg put it bluntly');

  pages.set(URL_A, REMOVED);
  await page.reload();
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
  const orphan = popup.locator('li.note[data-orphan="true"]');
  await expect(orphan).toHaveCount(1);
  await expect(orphan).toContainText(PASSAGE);
  await expect(orphan).toContainText('Not found on this page');
  expect((await pageHighlights(page))['lede-notes']).toBeUndefined();
  const notes = await allNotes(popup);
  expect(notes).toHaveLength(1);
  expect(notes[0].body).toBe('CEO frames it as survival, not savings.');
});

test('a page with a canonical link to another site does not see that site’s notes; a page note is typed in the popup', async ({ context, page, sw, extensionId }) => {
  // Another site (registrable domain), claiming the article as its own through rel=canonical.
  const urlB = 'http://copycat-news.test/stolen/larkfield';
  const copy = DEMO_ARTICLE.replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${URL_A}">`);
  expect(copy).toContain(URL_A);
  await servePages(context, new Map([[URL_A, DEMO_ARTICLE], [urlB, copy]]));
  await page.goto(URL_A);
  const tabA = await tabIdOf(sw, URL_A);
  await waitForLede(sw, tabA);
  const popupA = await openPopup(context, extensionId, tabA);
  await popupA.getByLabel('New note on this page').fill('Worth comparing with the rivals’ costs.');
  await popupA.getByRole('button', { name: 'Save note' }).click();
  await expect(popupA.locator('li.note')).toHaveCount(1);
  await popupA.close();

  await page.goto(urlB);
  const tabB = await tabIdOf(sw, urlB);
  await waitForLede(sw, tabB);
  const popupB = await openPopup(context, extensionId, tabB);
  await expect(popupB.getByText('No notes on this page yet.')).toBeVisible();
  await expect(popupB.locator('li.note')).toHaveCount(0);
});

test('a draft typed in the popup is still there when the popup is opened again', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[URL_A, DEMO_ARTICLE]]));
  await page.goto(URL_A);
  const tabId = await tabIdOf(sw, URL_A);
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
  await popup.getByLabel('New note on this page').pressSequentially('half a tho');
  await popup.waitForTimeout(700);
  await popup.close();
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByLabel('New note on this page')).toHaveValue('half a tho');
});
