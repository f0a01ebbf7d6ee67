// Hostile pages: what a page's own script tries against Lede, and what must hold anyway.
import { allTexts, expect, pageHighlights, sendToPage, test, waitForHighlights } from './support/extension';

test('a page that replays the content script’s start-up event does not switch Lede off', async ({ page, sw, server }) => {
  await page.goto(server.url('/replays-startup.html'));
  await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('$310 million')));
  // The page heard the start-up word and replayed it, once at once and once after drawing.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __replays: number }).__replays), { timeout: 10_000 }).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { __startupWord?: string }).__startupWord)).toContain('content-script-started');
  // Lede still answers and still draws.
  expect(await sendToPage(sw, { type: 'lede:state' })).toMatchObject({ status: 'article', on: true });
  expect(allTexts(await pageHighlights(page)).some((t) => t.includes('$310 million'))).toBe(true);
  // And still obeys the reader: off, then on again.
  await sendToPage(sw, { type: 'lede:highlights', on: false });
  expect(await pageHighlights(page)).toEqual({});
  await sendToPage(sw, { type: 'lede:highlights', on: true });
  await waitForHighlights(page, (h) => allTexts(h).some((t) => t.includes('$310 million')));
});
