// From a pointer position to the claim under it: the caret position at the point (layout), then the
// claim ranges compared with it, confirmed against the ranges' boxes so a point beside a line of text
// (where the caret snaps to the nearest character) opens nothing.
import { targetAtPoint } from '@/lib/highlight/hit-test';
import type { ClaimTarget } from '@/lib/highlight/plan';

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

/** Extra pixels around a claim's boxes that still count as over it. */
const SLOP_PX = 2;

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p?.offsetNode ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export function rangeCoversPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - SLOP_PX && x <= r.right + SLOP_PX && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX) return true;
  }
  return false;
}

/** The claim under the viewport point (x, y), innermost first, or null. */
export function claimAtPointer<T extends ClaimTarget>(doc: Document, targets: readonly T[], x: number, y: number): T | null {
  const caret = caretAt(doc, x, y);
  if (caret) {
    const hit = targetAtPoint(targets, caret.node, caret.offset);
    if (hit && rangeCoversPoint(hit.range, x, y)) return hit;
    // The caret snaps to the nearest boundary: over a claim's last character it sits at the claim's end.
    const near = targets.filter((t) => safeIntersects(t.range, caret.node) && rangeCoversPoint(t.range, x, y));
    if (near.length) return near.reduce((a, b) => (b.claim.end - b.claim.start < a.claim.end - a.claim.start ? b : a));
    return null;
  }
  const covering = targets.filter((t) => rangeCoversPoint(t.range, x, y));
  return covering.length ? covering.reduce((a, b) => (b.claim.end - b.claim.start < a.claim.end - a.claim.start ? b : a)) : null;
}

function safeIntersects(range: Range, node: Node): boolean {
  try {
    return range.intersectsNode(node);
  } catch {
    return false;
  }
}
