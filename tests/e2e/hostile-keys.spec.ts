// Hostile pages, finding 3: a page on a shared hosting domain claims a neighbour's article through its
// canonical link. It must not read, draft or file notes under the neighbour's key, and an honest mirror
// of the neighbour's article does not draw the neighbour's passage notes.
import { test, expect } from './support/extension';
import { DEMO_ARTICLE, allNotes, askBackground, openPopup, sendToTab, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const VICTIM = 'https://victim.substack.com/p/larkfield-two-supplier-gamble';
const ATTACKER = 'https://attacker.substack.com/p/larkfield-two-supplier-gamble';
const PASSAGE = 'Chief executive Daniel Achterberg put it more bluntly on a call with reporters.';

/** The demo article as served on `url`, claiming `canonical` as its own address. */
const articleAt = (canonical: string) => DEMO_ARTICLE.replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${canonical}">`);

test('a page on a shared host cannot list, draft or file notes under a neighbour’s article, nor draw its passages', async ({ context, page, sw, extensionId }) => {
  const pages = new Map([
    [VICTIM, articleAt(VICTIM)],
    // The attacker's page copies the article and points its canonical link at the victim's.
    [ATTACKER, articleAt(VICTIM)],
  ]);
  expect(pages.get(ATTACKER)).toContain(`href="${VICTIM}"`);
  await context.route(/^https:\/\/[a-z]+\.substack\.com\//, (route) => {
    const body = pages.get(route.request().url().split('#')[0]);
    return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });

  // The victim's reader keeps a page note, a passage note and a draft on the victim's article.
  await page.goto(VICTIM);
  const victimTab = await tabIdOf(sw, VICTIM);
  await waitForLede(sw, victimTab);
  const popup = await openPopup(context, extensionId, victimTab);
  const { page: victimRef } = (await sendToTab(sw, victimTab, { type: 'lede:notes:page' })) as { page: unknown };
  for (const message of [
    { type: 'lede:notes:create', page: victimRef, title: 'Victim story', body: 'Private thought on the page.', tags: [] },
    {
      type: 'lede:notes:create',
      page: victimRef,
      title: 'Victim story',
      body: 'Private thought on a passage.',
      tags: [],
      passage: { quote: { type: 'TextQuoteSelector', exact: PASSAGE, prefix: '', suffix: '' } },
    },
    { type: 'lede:notes:draft', page: victimRef, body: 'An unsent private draft.' },
  ]) {
    expect(await askBackground(popup, message)).toMatchObject({ ok: true });
  }
  const victimKey = (await allNotes(popup))[0].key;
  // The victim's page draws its passage note (the popup tells a page when its notes change).
  await sendToTab(sw, victimTab, { type: 'lede:notes:refresh' });
  await expect.poll(async () => Object.keys(((await sendToTab(sw, victimTab, { type: 'lede:notes:page' })) as { anchors: object }).anchors).length).toBe(1);

  // The attacker's page: its own key, none of the victim's notes, draft or passages.
  await page.goto(ATTACKER);
  const attackerTab = await tabIdOf(sw, ATTACKER);
  await waitForLede(sw, attackerTab);
  const attacker = (await sendToTab(sw, attackerTab, { type: 'lede:notes:page' })) as { page: unknown; anchors: object };
  expect(attacker.anchors).toEqual({});
  const listed = (await askBackground(popup, { type: 'lede:notes:list', page: attacker.page })) as { ok: boolean; key: string; notes: unknown[]; draft: unknown };
  expect(listed).toMatchObject({ ok: true, notes: [], draft: null });
  expect(listed.key).not.toBe(victimKey);
  expect(listed.key).toContain('attacker.substack.com');

  // A note filed from the attacker's page lands under the attacker's key, never the victim's.
  expect(await askBackground(popup, { type: 'lede:notes:create', page: attacker.page, title: 'Copy', body: 'Planted?', tags: [] })).toMatchObject({ ok: true });
  const notes = await allNotes(popup);
  expect(notes.filter((n) => n.key === victimKey).map((n) => n.body).sort()).toEqual(['Private thought on a passage.', 'Private thought on the page.']);
  expect(notes.find((n) => n.body === 'Planted?')?.key).toBe(listed.key);
});
