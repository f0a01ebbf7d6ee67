// Security issue #12, findings 1 and 2, against a hostile page (tests/fixtures/e2e/keylogger.html):
// its capture-phase listeners on window and document log every key, input, paste and composition
// event they hear. A note typed in Lede's editor (an extension page framed in Lede's closed shadow
// root) is saved through the background while the page hears none of it; and while the note's
// passage is visibly marked, and when the popup reveals it, the page's scripts read nothing of it:
// not from CSS.highlights, not from the DOM, not by hit-testing the passage.
import type { Page } from '@playwright/test';
import { test, expect, editorOpen, markBoxes, shadowElements, markedNotes, noteEditorFrame, textUnder, type ViewportBox } from './support/extension';
import { allNotes, openPopup, selectText, sendToTab, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const PASSAGE = 'Board chair Alma Voss said the authority could no longer rely on a single terminal';
const BODY = 'Voss: storms shut the ramp 3x. Quiz her on the grant!';
const TAGS = 'harbour, follow-up';
const COMPOSED = ' (IME: 港の予算)';

interface Spy {
  events: string[];
  data: string[];
}

const spyOf = (page: Page) => page.evaluate(() => (window as unknown as { __spy: Spy }).__spy);
/** Everything the page's own scripts can read: Lede's CSS highlights (as text) and the whole DOM. */
const pageView = (page: Page) =>
  page.evaluate(() => ({
    highlights: (window as unknown as { __readHighlights(): Record<string, string[]> }).__readHighlights(),
    html: document.documentElement.outerHTML,
  }));

test('a note typed in Lede’s editor is saved, and the page’s keylogger hears none of it; its marks and the reveal are hidden from the page', async ({ context, page, sw, extensionId, server }) => {
  test.setTimeout(120_000); // many steps, each a round trip through the background
  const url = server.url('/keylogger.html');
  await page.goto(url);
  const tabId = await tabIdOf(sw, url);
  await waitForLede(sw, tabId);
  const before = await pageView(page);
  expect(Object.keys(before.highlights).some((n) => n.startsWith('lede-'))).toBe(true); // the claims are drawn

  // Open the editor on a selected passage, as the context menu does, and type into it for real.
  await selectText(page, PASSAGE);
  expect(await sendToTab(sw, tabId, { type: 'lede:notes:compose' })).toEqual({ ok: true });
  const editor = await noteEditorFrame(page);
  await expect(editor.locator('blockquote')).toHaveText(PASSAGE); // its context came from the background
  await page.keyboard.type(BODY);
  await page.keyboard.insertText(COMPOSED); // text committed without key events, as an IME or a paste
  await page.keyboard.press('Tab');
  await page.keyboard.type(TAGS);
  await page.keyboard.press('Control+Enter');

  // Saved through the background: the editor frame goes, and the store has the note.
  await expect.poll(() => editorOpen(page)).toBe(false);
  const popup = await openPopup(context, extensionId, tabId);
  const notes = await allNotes(popup);
  expect(notes.map((n) => ({ body: n.body, tags: n.tags, quote: n.target.quote?.exact }))).toEqual([{ body: BODY + COMPOSED, tags: ['harbour', 'follow-up'], quote: PASSAGE }]);

  // The page heard nothing at all: no key, no input, no composition (not even of Control+Enter).
  const spy = await spyOf(page);
  expect(spy.events).toEqual([]);
  expect(spy.data).toEqual([]);

  // The passage is marked where the page shows it...
  await expect.poll(() => markedNotes(page)).toEqual([PASSAGE]);
  const boxes = Object.values(await markBoxes(page, 'note'))[0];
  // ...visibly: the marked pixels change when the notes group is turned off.
  const clip = boundsOf(boxes);
  const marked = await page.screenshot({ clip });
  await sendToTab(sw, tabId, { type: 'lede:highlights', on: false, groups: ['notes'] });
  await expect.poll(async () => Object.keys(await markBoxes(page, 'note')).length).toBe(0);
  expect((await page.screenshot({ clip })).equals(marked)).toBe(false);
  await sendToTab(sw, tabId, { type: 'lede:highlights', on: true, groups: ['notes'] });
  await expect.poll(() => markedNotes(page)).toEqual([PASSAGE]);

  // ...and the page reads none of it: its highlights and its DOM are what they were before the note.
  expect(await pageView(page)).toEqual(before);
  expect(await hitTest(page, boxes)).not.toContain('LEDE-ROOT');

  // The popup reveals the passage: flashed where it is, still nothing for the page to read.
  await popup.locator('li.note button.quote').click();
  await expect.poll(async () => textUnder(page, (await markBoxes(page, 'flash')).flash ?? [])).toEqual([PASSAGE]);
  expect(await pageView(page)).toEqual(before);
  // The flash goes by itself.
  await expect.poll(async () => Object.keys(await markBoxes(page, 'flash')).length, { timeout: 5_000 }).toBe(0);

  // Escape closes an editor; the page heard nothing of that either.
  await selectText(page, 'Ticket prices will not rise');
  expect(await sendToTab(sw, tabId, { type: 'lede:notes:compose' })).toEqual({ ok: true });
  await noteEditorFrame(page);
  await page.keyboard.type('never saved');
  await page.keyboard.press('Escape');
  await expect.poll(() => editorOpen(page)).toBe(false);
  expect((await spyOf(page)).events).toEqual([]);
  expect(await allNotes(popup)).toHaveLength(1);

  // The keylogger does work: a key pressed in the page itself is logged.
  await page.locator('h1').click();
  await page.keyboard.press('q');
  expect((await spyOf(page)).data).toContain('q');
});

test('the editor page is framed at a per-session address the page cannot probe, and will not start from a session id it was not given (nor twice from one)', async ({ context, page, sw, extensionId, server }) => {
  const url = server.url('/keylogger.html');
  await page.goto(url);
  const tabId = await tabIdOf(sw, url);
  await waitForLede(sw, tabId);
  await selectText(page, PASSAGE);
  expect(await sendToTab(sw, tabId, { type: 'lede:notes:compose' })).toEqual({ ok: true });
  const editor = await noteEditorFrame(page);
  // Framed at the per-session address (use_dynamic_url), not at the extension's fixed one.
  // Lede frames it at its per-session address (use_dynamic_url); at the extension's fixed address the
  // page cannot load it, so it cannot probe for Lede there.
  const src = (await shadowElements(page)).find((n) => n.nodeName === 'IFRAME')?.attributes.src ?? '';
  expect(src).toMatch(/^chrome-extension:\/\/[0-9a-f-]{36}\/note-editor\.html#/);
  expect(new URL(src).host).not.toBe(extensionId);
  const probe = (address: string) => page.evaluate((a) => fetch(a).then(() => 'loaded', () => 'refused'), address);
  expect(await probe(`chrome-extension://${extensionId}/note-editor.html`)).toBe('refused');
  expect(await probe(src.split('#')[0])).toBe('loaded'); // the probe itself can see a load
  // The same address again (a replay), and a made-up id: neither gets the page's context.
  for (const address of [editor.url(), `chrome-extension://${extensionId}/note-editor.html#00000000-0000-4000-8000-000000000000`]) {
    const other = await context.newPage();
    await other.goto(address);
    await expect(other.getByRole('alert')).toContainText('expired');
    await expect(other.locator('[data-action="save"]')).toBeDisabled();
    await expect(other.locator('blockquote')).toHaveCount(0);
    await other.close();
  }
});

function boundsOf(boxes: ViewportBox[]) {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.w)) - x, height: Math.max(...boxes.map((b) => b.y + b.h)) - y };
}

/** What the page's own scripts find at the centre of each marked box. */
function hitTest(page: Page, boxes: ViewportBox[]): Promise<string[]> {
  return page.evaluate((bs) => bs.flatMap((b) => document.elementsFromPoint(b.x + b.w / 2, b.y + b.h / 2).map((el) => el.nodeName)), boxes);
}
