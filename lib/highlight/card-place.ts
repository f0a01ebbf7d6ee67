// Where a claim's card goes: above the claim, or below it past the line after it, so the card never
// covers the claim nor the line the reader reads next; always inside the viewport. Pure: the card
// measures itself and asks again (components/ClaimCard.tsx).

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space between the card and the text or the viewport's edge. */
export const CARD_GAP_PX = 8;
/** Keep clear of the overview ruler at the right edge. */
export const CARD_RIGHT_MARGIN_PX = 24;

/**
 * Viewport coordinates of the card's top-left corner. `anchor` is the claim's box, `lineHeight` the
 * height of its last line (the next line is taken to be as tall).
 */
export function cardPosition(anchor: Rect, lineHeight: number, card: Size, viewport: Size): { top: number; left: number } {
  const left = clamp(anchor.left, CARD_GAP_PX, viewport.width - card.width - CARD_RIGHT_MARGIN_PX);
  const above = anchor.top - CARD_GAP_PX - card.height;
  // Below: past the claim's last line and the one after it, which the reader reads next.
  const below = anchor.bottom + lineHeight + CARD_GAP_PX;
  const maxTop = viewport.height - card.height - CARD_GAP_PX;
  // Above first: it covers what was already read.
  if (above >= CARD_GAP_PX) return { top: above, left };
  if (below <= maxTop) return { top: below, left };
  // No room either side (a claim taller than the viewport, or a very short window): the side with more room.
  const roomAbove = anchor.top;
  const roomBelow = viewport.height - anchor.bottom - lineHeight;
  return { top: roomAbove > roomBelow ? CARD_GAP_PX : clamp(below, CARD_GAP_PX, maxTop), left };
}

function clamp(x: number, min: number, max: number): number {
  return Math.max(min, Math.min(x, Math.max(min, max)));
}
