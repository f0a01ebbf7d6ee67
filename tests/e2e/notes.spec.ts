// Passage notes in the page: added from a selection in Lede's own editor (an extension page framed in
// Lede's shadow root), marked over the passage (boxes in the shadow root, read here as drawn),
// found again after a reload, after a slight edit of the page text, and shown as an orphan (with its
// quote) once the passage is gone. A page whose canonical link points at another site does not see
// that site's notes.
import { test, expect, centreOf, compareWithBefore, markedNotes, noteEditorFrame, pageHighlights, shadowElements } from './support/extension';
import type { Page, Worker } from '@playwright/test';
import { DEMO_ARTICLE, allNotes, askBackground, axeViolations, openPopup, selectText, sendToTab, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const URL_A = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
const PASSAGE = 'Chief executive Daniel Achterberg put it more bluntly on a call with reporters.';
const EDITED = DEMO_ARTICLE.replace('put it more bluntly on a call', 'put it bluntly on a call');
const REMOVED = DEMO_ARTICLE.replace(/<p>Chief executive Daniel Achterberg[\s\S]*?<\/p>/, '');

/** The draft the background holds for this tab's page (or for the note `noteId`), as the popup reads it. */
async function storedDraft(sw: Worker, extPage: Page, tabId: number, noteId?: string): Promise<string | null> {
  const { page } = (await sendToTab(sw, tabId, { type: 'lede:notes:page' })) as { page: unknown };
  const answer = (await askBackground(extPage, { type: 'lede:notes:draft', page, ...(noteId ? { noteId } : {}) })) as { draft: { body: string } | null };
  return answer.draft?.body ?? null;
}

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
  await noteEditorFrame(page); // it takes the focus once its page has loaded
  await page.keyboard.type('CEO frames it as survival, not savings.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => markedNotes(page)).toEqual([PASSAGE]);
  // The note's text never went into the page.
  expect(await page.evaluate(() => document.documentElement.outerHTML.includes('survival, not savings'))).toBe(false);

  await page.reload();
  await waitForLede(sw, tabId);
  await expect.poll(() => markedNotes(page)).toEqual([PASSAGE]);

  pages.set(URL_A, EDITED);
  await page.reload();
  await waitForLede(sw, tabId);
  await expect.poll(async () => (await markedNotes(page)).join('')).toContain('Achterberg put it bluntly');

  pages.set(URL_A, REMOVED);
  await page.reload();
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
  const orphan = popup.locator('li.note[data-orphan="true"]');
  await expect(orphan).toHaveCount(1);
  await expect(orphan).toContainText(PASSAGE);
  await expect(orphan).toContainText('Not found on this page');
  expect(await markedNotes(page)).toEqual([]);
  const violations = await axeViolations(popup); // the notes list with an orphan in it
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
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
  await expect.poll(() => storedDraft(sw, popup, tabId)).toBe('half a tho');
  await popup.close();
  const again = await openPopup(context, extensionId, tabId);
  await expect(again.getByLabel('New note on this page')).toHaveValue('half a tho');
});

test('selecting text with the mouse offers "Add note" in Lede’s shadow root; turning Lede off takes the note highlight away too', async ({ context, page, sw }) => {
  await servePages(context, new Map([[URL_A, DEMO_ARTICLE]]));
  await page.goto(URL_A);
  const tabId = await tabIdOf(sw, URL_A);
  await waitForLede(sw, tabId);
  // A real drag over the first words of a paragraph.
  const box = await page.evaluate(() => {
    const p = [...document.querySelectorAll('.entry-content p')].find((el) => el.textContent!.startsWith('Chief executive'))!;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 'Chief executive Daniel Achterberg'.length);
    const r = range.getBoundingClientRect();
    return { x1: r.left + 1, x2: r.right - 1, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => getSelection()!.toString());
  expect(selected.length).toBeGreaterThan(10);
  let add: Awaited<ReturnType<typeof shadowElements>>[number] | undefined;
  await expect.poll(async () => (add = (await shadowElements(page)).find((n) => n.attributes['data-action'] === 'add-note')) !== undefined).toBe(true);
  const at = await centreOf(page, add!.backendNodeId);
  await page.mouse.click(at.x, at.y);
  const editor = await noteEditorFrame(page);
  await page.keyboard.type('Who said it, and where.');
  await editor.locator('[data-action="save"]').click();
  await expect.poll(() => markedNotes(page)).toEqual([selected.trim()]);

  await sendToTab(sw, tabId, { type: 'lede:highlights', on: false });
  await expect.poll(async () => Object.keys(await pageHighlights(page))).toEqual([]);
  expect(await markedNotes(page)).toEqual([]);
  const after = await compareWithBefore(page);
  expect(after.htmlSame).toBe(true);
});

test('"Add a note" on a claim’s card opens Lede’s editor on that claim, and the popup can hide notes in the page', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[URL_A, DEMO_ARTICLE]]));
  await page.goto(URL_A);
  const tabId = await tabIdOf(sw, URL_A);
  await waitForLede(sw, tabId);
  await page.keyboard.press('Alt+Shift+KeyN'); // first claim, with its card
  let button: Awaited<ReturnType<typeof shadowElements>>[number] | undefined;
  await expect.poll(async () => (button = (await shadowElements(page)).find((n) => n.attributes['data-action'] === 'note')) !== undefined).toBe(true);
  const claimText = (await pageHighlights(page))['lede-current'][0];
  const at = await centreOf(page, button!.backendNodeId);
  await page.mouse.click(at.x, at.y);
  await noteEditorFrame(page);
  await page.keyboard.type('First figure of the piece.');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => markedNotes(page)).toEqual([claimText]);

  const popup = await openPopup(context, extensionId, tabId);
  const toggle = popup.getByLabel('Show my notes in the page');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => markedNotes(page)).toEqual([]);
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect.poll(() => markedNotes(page)).toEqual([claimText]);
});

test('in the popup a note is edited (the half-typed edit survives closing the popup), tagged, deleted and restored with undo', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[URL_A, DEMO_ARTICLE]]));
  await page.goto(URL_A);
  const tabId = await tabIdOf(sw, URL_A);
  await waitForLede(sw, tabId);
  let popup = await openPopup(context, extensionId, tabId);
  await popup.getByLabel('New note on this page').fill('First thought.');
  await popup.getByRole('button', { name: 'Save note' }).click();
  const item = () => popup.locator('li.note').first();
  await expect(item()).toContainText('First thought.');

  await item().getByRole('button', { name: /^Edit/ }).click();
  await item().getByLabel('Note', { exact: true }).fill('Second thought, not saved yet');
  const [note] = await allNotes(popup);
  await expect.poll(() => storedDraft(sw, popup, tabId, note.id)).toBe('Second thought, not saved yet');
  await popup.close();
  popup = await openPopup(context, extensionId, tabId);
  await item().getByRole('button', { name: /^Edit/ }).click();
  await expect(item().getByLabel('Note', { exact: true })).toHaveValue('Second thought, not saved yet');
  await item().getByLabel('Tags').fill('costs, follow up');
  await item().getByRole('button', { name: 'Save', exact: true }).click();
  await expect(item().locator('.body')).toHaveText('Second thought, not saved yet');
  await expect(item().locator('.tags li')).toHaveText(['costs', 'follow up']);

  await item().getByRole('button', { name: /^Delete/ }).click();
  await expect(popup.locator('li.note')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.locator('li.note')).toHaveCount(1);
  await expect(item().locator('.body')).toHaveText('Second thought, not saved yet');
});

test('on a page that is not an article, a passage note is anchored against the page’s own text', async ({ page, sw, server }) => {
  const url = server.url('/not-article.html');
  await page.goto(url);
  const tabId = await tabIdOf(sw, url);
  await waitForLede(sw, tabId);
  expect(await sendToTab(sw, tabId, { type: 'lede:state' })).toMatchObject({ status: 'not-article' });
  await selectText(page, 'Prices from $4');
  expect(await sendToTab(sw, tabId, { type: 'lede:notes:compose' })).toEqual({ ok: true });
  await noteEditorFrame(page);
  await page.keyboard.type('Cheapest tier only?');
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => markedNotes(page)).toEqual(['Prices from $4']);
  await page.reload();
  await waitForLede(sw, tabId);
  await expect.poll(() => markedNotes(page)).toEqual(['Prices from $4']);
});
