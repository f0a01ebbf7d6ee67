// Sponsored flags on a page of ad shapes (tests/fixtures/e2e/ad-shapes.html), in Chromium with the
// built extension: the three visible labelled shapes are flagged, the collapsed slot, the pixel and
// the hidden containers are not; every badge lies inside its block and speaks a reader's words; its
// evidence opens on click.
import type { Page } from '@playwright/test';
import { expect, sendToPage, shadowElements, test } from './support/extension';
import { shorterLabels } from '../../lib/sponsored/label-fit';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Flag {
  id: string;
  label?: string;
  reasons: string[];
}

/** A shadow-root element's border box in viewport coordinates (over CDP: the root is closed). */
async function shadowBox(page: Page, backendNodeId: number): Promise<Box> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
    const xs = [0, 2, 4, 6].map((i) => model.border[i]);
    const ys = [1, 3, 5, 7].map((i) => model.border[i]);
    return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  } finally {
    await cdp.detach();
  }
}

/** Half a pixel of slack for sub-pixel layout. */
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** Words of the rules and the markup: never in what the reader sees. */
const DEVELOPER_WORDS = /class|\bid\b|data-|rel=|container|widget|slot|_/i;

test('the visible labelled shapes are flagged in a reader’s words, the invisible ones are not, and badges stay inside their blocks', async ({ page, sw, server, errors }) => {
  await page.goto(server.url('/ad-shapes.html'));
  const flagged = page.locator('[data-lede-sponsored]');
  await expect.poll(() => flagged.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);

  // The three labelled shapes, each flagged as the block its label heads.
  const flaggedIds = await flagged.evaluateAll((els) => els.map((e) => e.id));
  expect(flaggedIds.sort()).toEqual(['ferry-box', 'markets', 'resources']);
  // The decoys: a collapsed 300×0 slot, a 1×2 px pixel, display:none and visibility:hidden containers.
  for (const decoy of ['slot-collapsed', 'pixel', 'hidden-ad', 'invisible-ad']) {
    await expect(page.locator(`#${decoy}`)).not.toHaveAttribute('data-lede-sponsored');
  }

  const analysis = (await sendToPage(sw, { type: 'lede:analysis' })) as { sponsored: Flag[] };
  expect(analysis.sponsored).toHaveLength(3);
  const idOf = async (el: string) => (await page.locator(`#${el}`).getAttribute('data-lede-sponsored'))!;
  const flagOf = new Map<string, Flag>();
  for (const el of ['ferry-box', 'markets', 'resources']) {
    const id = await idOf(el);
    flagOf.set(el, analysis.sponsored.find((s) => s.id === id)!);
  }
  expect(flagOf.get('ferry-box')!.label).toBe('Advertisement');
  expect(flagOf.get('markets')!.label).toBe('Partner content (Quotewise Data)');
  expect(flagOf.get('resources')!.label).toBe('Sponsored');
  // The evidence stays in the reasons.
  expect(flagOf.get('ferry-box')!.reasons).toEqual(['ad slot: labelled ADVERTISING']);

  // Every flagged block is at least 20×20 px; every badge lies inside its block and shows the
  // block's label or a shorter form of it, by whole words, with no markup words.
  let nodes: Awaited<ReturnType<typeof shadowElements>> = [];
  await expect.poll(async () => (nodes = await shadowElements(page)).filter((n) => n.attributes['data-sponsored-id']).length).toBe(3);
  const badges = nodes.filter((n) => n.attributes['data-sponsored-id']);
  // The badge's first element is its button.
  const buttonOf = (badge: (typeof nodes)[number]) => nodes[nodes.indexOf(badge) + 1];
  for (const badge of badges) {
    const flag = analysis.sponsored.find((s) => s.id === badge.attributes['data-sponsored-id'])!;
    const block = (await page.locator(`[data-lede-sponsored="${flag.id}"]`).boundingBox())!;
    expect(block.width).toBeGreaterThanOrEqual(20);
    expect(block.height).toBeGreaterThanOrEqual(20);
    const box = await shadowBox(page, badge.backendNodeId);
    expect(box.width).toBeGreaterThan(0);
    expect(inside(box, block), `badge ${JSON.stringify(box)} inside block ${JSON.stringify(block)}`).toBe(true);
    const button = buttonOf(badge);
    expect(button.nodeName).toBe('BUTTON');
    expect(shorterLabels(flag.label!)).toContain(button.text);
    expect(button.text).not.toMatch(DEVELOPER_WORDS);
  }
  // The narrow rail's widget cannot take its full label: a whole-word shorter form instead.
  const marketsBadge = badges.find((b) => b.attributes['data-sponsored-id'] === flagOf.get('markets')!.id)!;
  expect(marketsBadge.text).toBe('Partner content');

  // A click opens the evidence in a panel inside Lede's shadow root.
  const ferryBadge = badges.find((b) => b.attributes['data-sponsored-id'] === flagOf.get('ferry-box')!.id)!;
  const ferryButton = buttonOf(ferryBadge);
  const at = await shadowBox(page, ferryButton.backendNodeId);
  await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  await expect
    .poll(async () => (await shadowElements(page)).find((n) => n.attributes.class === 'lede-badge-details')?.text ?? '')
    .toContain('ad slot: labelled ADVERTISING');
  expect(errors.list).toEqual([]);
});
