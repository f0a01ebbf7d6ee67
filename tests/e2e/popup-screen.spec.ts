// The popup that fits one screen (400×600): what the reader needs first is in the first 600 px, no
// sentence is shown twice, nothing reads like a score, "All claims" switches the page between the key
// claims and all, a key figure is one click from its place in the page, and a saved note leaves no draft.
import { test, expect } from './support/extension';
import { DEMO_ARTICLE, openPopup, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const ARTICLE_URL = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';

test('a saved page note leaves no draft: the popup opened again shows an empty composer', async ({ context, page, sw, extensionId }) => {
  await servePages(context, new Map([[ARTICLE_URL, DEMO_ARTICLE]]));
  await page.goto(ARTICLE_URL);
  const tabId = await tabIdOf(sw, ARTICLE_URL);
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
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
