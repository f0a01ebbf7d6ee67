// Where Lede runs: not on pages that are not articles, not on sensitive sites unless the reader says
// so, and with each site's choice remembered for that site only.
import type { Worker } from '@playwright/test';
import { allTexts, compareWithBefore, expect, pageHighlights, sendToPage, shadowElements, test, TEST_DOMAIN, waitForHighlights } from './support/extension';

const stateOf = async (sw: Worker) => (await sendToPage(sw, { type: 'lede:state' })) as { status: string; siteEnabled: boolean; on: boolean };

test('a page that is not an article is left alone', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/not-article.html'));
  await expect.poll(async () => (await stateOf(sw)).status).toBe('not-article');
  expect(await sendToPage(sw, { type: 'lede:analysis' })).toEqual({ status: 'not-article' });
  expect(await pageHighlights(page)).toEqual({});
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, sameNodes: true });
  expect(errors.list).toEqual([]);
});

test('a webmail-like host is skipped by default and runs once the reader turns the site on', async ({ page, sw, server, errors }) => {
  const port = new URL(server.origin).port;
  await page.goto(`http://webmail.${TEST_DOMAIN}:${port}/wordpress-post.html`);
  await expect.poll(async () => (await stateOf(sw)).status).toBe('disabled');
  // Asked again: the session has settled on 'disabled', with nothing drawn meanwhile.
  expect((await stateOf(sw)).status).toBe('disabled');
  expect(await pageHighlights(page)).toEqual({});
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, sameNodes: true });

  await sendToPage(sw, { type: 'lede:site', enabled: true });
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  await page.reload();
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  expect(errors.list).toEqual([]);
});

test('the highlight choice is remembered per site, not across sites', async ({ page, sw, server, errors }) => {
  const port = new URL(server.origin).port;
  await page.goto(`http://one.${TEST_DOMAIN}:${port}/wordpress-post.html`);
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  expect(await sendToPage(sw, { type: 'lede:highlights', on: false, groups: ['strategic'] })).toMatchObject({ on: true, groups: ['numeric', 'sponsored'] });
  expect(await sendToPage(sw, { type: 'lede:highlights', on: true, groups: [], scope: 'all' })).toMatchObject({ scope: 'all' });
  await page.reload();
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  expect(await sendToPage(sw, { type: 'lede:state' })).toMatchObject({ groups: ['numeric', 'sponsored'], scope: 'all' });
  // Strategic claims are off here: no bar in the margin, though all claims are shown.
  await expect.poll(async () => (await shadowElements(page)).filter((n) => n.attributes.class === 'lede-mark').length).toBeGreaterThan(0);
  expect((await shadowElements(page)).filter((n) => n.attributes.class === 'lede-bar')).toEqual([]);

  // The other site keeps the defaults: every group, key claims only.
  await page.goto(`http://two.${TEST_DOMAIN}:${port}/wordpress-post.html`);
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  expect(await sendToPage(sw, { type: 'lede:state' })).toMatchObject({ groups: ['numeric', 'strategic', 'sponsored'], scope: 'key' });
  expect(errors.list).toEqual([]);
});
