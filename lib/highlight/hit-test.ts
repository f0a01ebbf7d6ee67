// Which claim is under a caret position. The content script gets the position from the pointer with
// caretPositionFromPoint / caretRangeFromPoint (layout); this part only compares boundary points.
import type { ClaimTarget } from './plan';

/** The innermost (shortest) target whose range holds the point (node, offset), or null. */
export function targetAtPoint<T extends ClaimTarget>(targets: readonly T[], node: Node, offset: number): T | null {
  let best: T | null = null;
  for (const target of targets) {
    const { range } = target;
    if (!range.collapsed && containsPoint(range, node, offset)) {
      if (!best || length(target) < length(best)) best = target;
    }
  }
  return best;
}

function containsPoint(range: Range, node: Node, offset: number): boolean {
  try {
    // The end boundary itself is just past the last character: not inside.
    return range.comparePoint(node, offset) === 0 && !(node === range.endContainer && offset === range.endOffset);
  } catch {
    return false; // point in another document or a doctype
  }
}

function length(target: ClaimTarget): number {
  return target.claim.end - target.claim.start;
}

/** The index of the next (step 1) or previous (step -1) target from `current`, wrapping around. */
export function stepIndex(count: number, current: number | null, step: 1 | -1): number | null {
  if (count === 0) return null;
  if (current === null || current < 0 || current >= count) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}
