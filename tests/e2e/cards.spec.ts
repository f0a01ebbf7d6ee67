// Show less, explain more: by default the page shows only the Analysis' key claims (figures
// underlined, strategic claims as a bar in the margin); "All claims" shows the rest. A claim's card
// says what the claim is and never covers the claim's line or the next one.
import type { Page, Worker } from '@playwright/test';
import { DEMO_ARTICLE, servePages } from '../fixtures/notes/harness';
import {
  allTexts,
  boxOf,
  centreOf,
  compareWithBefore,
  expect,
  pageHighlights,
  sendToPage,
  shadowElements,
  test,
  waitForHighlights,
  type ShadowNode,
} from './support/extension';

interface Claim {
  id: string;
  kind: string;
  text: string;
  start: number;
  end: number;
  themes: string[];
  key: boolean;
  mentions?: string[];
  why?: string[];
}
interface Analysis {
  claims: Claim[];
  themes: { id: string; label: string }[];
  topics: { label: string; sentences: { start: number; end: number }[] }[];
}

const ARGUED_URL = 'http://shelfedge.lede.test/2026/01/20/two-supplier-gamble/';
/** Underlines the claim of an open card gets, and the keyboard's current mark: not part of what is drawn by default. */
const NOT_DRAWN = ['lede-current', 'lede-strategic'];

async function analysisOf(sw: Worker): Promise<Analysis> {
  let analysis: Analysis | null = null;
  await expect.poll(async () => Boolean((analysis = (await sendToPage(sw, { type: 'lede:analysis' })) as Analysis).claims)).toBe(true);
  return analysis!;
}

const bars = (nodes: ShadowNode[]) => nodes.filter((n) => n.attributes.class === 'lede-bar').map((n) => n.attributes['data-claim-id']);
const sorted = (xs: string[]) => [...xs].sort();

/** What the page shows now: underlined texts and barred claim ids. */
async function drawn(page: Page) {
  return { underlined: sorted(allTexts(await pageHighlights(page), NOT_DRAWN)), barred: sorted(bars(await shadowElements(page))) };
}

function expected(analysis: Analysis, which: (c: Claim) => boolean) {
  const claims = analysis.claims.filter(which);
  return {
    underlined: sorted(claims.filter((c) => c.kind !== 'strategic').map((c) => c.text)),
    barred: sorted(claims.filter((c) => c.kind === 'strategic').map((c) => c.id)),
  };
}

for (const fixture of ['argued piece', 'plain news story'] as const) {
  test(`${fixture}: the page shows the key claims by default, and Alt+Shift+A shows all of them and back`, async ({ context, page, sw, server, errors }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    if (fixture === 'argued piece') {
      await servePages(context, new Map([[ARGUED_URL, DEMO_ARTICLE]]));
      await page.goto(ARGUED_URL);
    } else {
      await page.goto(server.url('/news-item.html'));
    }
    await waitForHighlights(page, (h) => allTexts(h).length > 0);
    const analysis = await analysisOf(sw);
    const key = expected(analysis, (c) => c.key);
    const all = expected(analysis, () => true);
    // Showing less must mean something on this page.
    expect(key.underlined.length + key.barred.length).toBeGreaterThan(0);
    expect(all.underlined.length + all.barred.length).toBeGreaterThan(key.underlined.length + key.barred.length);

    await expect.poll(() => drawn(page)).toEqual(key);
    expect(((await sendToPage(sw, { type: 'lede:state' })) as { scope: string }).scope).toBe('key');

    await page.locator('h1').click();
    await page.keyboard.press('Alt+Shift+KeyA');
    await expect.poll(() => drawn(page)).toEqual(all);
    expect(((await sendToPage(sw, { type: 'lede:state' })) as { scope: string }).scope).toBe('all');

    await page.keyboard.press('Alt+Shift+KeyA');
    await expect.poll(() => drawn(page)).toEqual(key);
    expect(errors.list).toEqual([]);
  });
}

/** The open card's element, once there is one matching `ok`. */
async function openCard(page: Page, ok: (card: ShadowNode) => boolean = () => true): Promise<ShadowNode> {
  let card: ShadowNode | undefined;
  await expect
    .poll(async () => Boolean((card = (await shadowElements(page)).find((n) => n.attributes.class === 'lede-card' && !/visibility:\s*hidden/.test(n.attributes.style ?? ''))) && ok(card)))
    .toBe(true);
  return card!;
}

/** The current claim's line boxes in viewport coordinates. */
async function currentLines(page: Page) {
  return page.evaluate(() => {
    const range = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lede-current')!][0];
    return [...range.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
  });
}

test('every key claim’s card stays off the claim’s lines and the next line, inside the viewport, and says what the claim is', async ({ context, page, sw, errors }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await servePages(context, new Map([[ARGUED_URL, DEMO_ARTICLE]]));
  await page.goto(ARGUED_URL);
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  const analysis = await analysisOf(sw);
  const keyCount = analysis.claims.filter((c) => c.key).length;
  const themeIds = analysis.themes.filter((t) => t.id !== t.label).map((t) => t.id);
  await page.locator('h1').click();
  expect(analysis.claims.filter((c) => c.key && c.why?.length).length, 'key claims with a reason').toBeGreaterThan(0);
  for (let i = 0; i < keyCount; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    const card = await openCard(page, (c) => c.text.includes(`${i + 1} of ${keyCount}`));
    const box = await boxOf(page, card.backendNodeId);
    const lines = await currentLines(page);
    expect(lines.length).toBeGreaterThan(0);
    const last = lines[lines.length - 1];
    // The claim's lines and the line after the claim, across the whole width.
    const covered = { top: Math.min(...lines.map((l) => l.top)), bottom: last.bottom + (last.bottom - last.top) };
    expect(box.bottom <= covered.top || box.top >= covered.bottom, `card ${i + 1} covers its claim or the next line`).toBe(true);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(900);
    expect(box.right).toBeLessThanOrEqual(1280);
    // Reader words: no "× noun" or "= 4,200,000 USD" forms, no raw theme ids.
    expect(card.text).not.toMatch(/ × |= [\d,.]+ [A-Z]{3}\b/);
    for (const id of themeIds) expect(card.text).not.toContain(id);
    const claimId = card.attributes['data-claim-id'];
    const claim = analysis.claims.find((c) => c.id === claimId);
    // Why the claim is marked, in words, whenever the ranking gave a reason.
    if (claim?.why?.length) expect(card.text).toMatch(/Why it matters:\s*[A-Z]/);
    else expect(card.text).not.toMatch(/Why it matters/);
    if (claim?.kind === 'strategic') {
      expect(card.text).toMatch(/Who says it/);
      // On no labelled theme, the card says which of the article's topics the claim is about.
      const onTheme = claim.themes.some((id) => analysis.themes.some((t) => t.id === id));
      const about = analysis.topics.filter((t) => t.sentences.some((s) => s.start < claim.end && claim.start < s.end)).map((t) => t.label);
      if (!onTheme && about.length) expect(card.text).toContain(`About: ${about.join(', ')}`);
      else expect(card.text).not.toMatch(/About:/);
      // While its card is open, a strategic claim is underlined too.
      await expect.poll(async () => (await pageHighlights(page))['lede-strategic']?.length ?? 0).toBe(1);
    }
  }
  expect(errors.list).toEqual([]);
});

test('a repeated key figure is drawn once, and its card steps to the other mentions', async ({ context, page, sw, errors }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await servePages(context, new Map([[ARGUED_URL, DEMO_ARTICLE]]));
  await page.goto(ARGUED_URL);
  await waitForHighlights(page, (h) => allTexts(h).length > 0);
  const analysis = await analysisOf(sw);
  const keys = analysis.claims.filter((c) => c.key).sort((a, b) => analysis.claims.indexOf(a) - analysis.claims.indexOf(b));
  const repeated = keys.find((c) => c.mentions?.length);
  expect(repeated, 'the fixture repeats a key figure').toBeTruthy();
  const mention = analysis.claims.find((c) => c.id === repeated!.mentions![0])!;
  expect(mention.key).toBe(false);
  // Not drawn: the repeat's text is underlined once (at the key claim), however often it appears.
  const h = await pageHighlights(page);
  expect(allTexts(h, NOT_DRAWN).filter((t) => t === repeated!.text)).toHaveLength(1);

  await page.locator('h1').click();
  let card: ShadowNode | null = null;
  for (let i = 0; i < keys.length && !card; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    const open = await openCard(page, (c) => c.text.includes(`${i + 1} of ${keys.length}`));
    if (open.attributes['data-claim-id'] === repeated!.id) card = open;
  }
  expect(card).not.toBeNull();
  const next = (await shadowElements(page)).find((n) => n.attributes['data-action'] === 'next-mention')!;
  const at = await centreOf(page, next.backendNodeId);
  await page.mouse.click(at.x, at.y);
  await openCard(page, (c) => /2 of \d+/.test(c.text.replace(/\d+ of \d+ ·/, '')));
  await expect.poll(async () => (await pageHighlights(page))['lede-current']).toEqual([mention.text]);
  expect(errors.list).toEqual([]);
});

test('turning highlights off while drawing is still in progress leaves no trace', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/wordpress-post.html'));
  // Slow the page's thread twentyfold, so the drawing (in slices) is caught half way.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  try {
    await waitForHighlights(page, (h) => allTexts(h).length > 0, 30_000);
    // The highlights are registered; the ruler, bars and badges are still being measured.
    await sendToPage(sw, { type: 'lede:highlights', on: false });
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  // Whatever was pending has had time to run: still nothing of Lede in the page.
  await page.waitForTimeout(1_500);
  expect(await pageHighlights(page)).toEqual({});
  expect(await page.locator('lede-root, [data-lede-sponsored], [data-lede-highlight]').count()).toBe(0);
  expect(await compareWithBefore(page)).toMatchObject({ htmlSame: true, sameNodes: true, allHeldConnected: true });
  expect(errors.list).toEqual([]);
});
