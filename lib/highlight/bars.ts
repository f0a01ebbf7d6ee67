// Margin bars beside strategic claims, kept apart: two sentences that share a line would otherwise get
// overlapping bars that read as one. A bar that starts inside the previous one (same margin) starts
// just below it instead; one left with no height keeps a short stub, so every claim still has a bar.
export interface BarBox {
  top: number;
  height: number;
  left: number;
}

/** Space kept between two bars in the same margin. */
export const BAR_GAP_PX = 3;
/** Shortest a bar gets after making room for the one above it. */
export const MIN_BAR_PX = 6;

/** The bars in document order, each starting below the one before it in the same margin. */
export function separateBars<T extends BarBox>(bars: readonly T[]): T[] {
  const sorted = [...bars].sort((a, b) => a.top - b.top || a.left - b.left);
  const lastBottom = new Map<number, number>();
  return sorted.map((bar) => {
    const above = lastBottom.get(bar.left);
    const bottom = bar.top + bar.height;
    const top = above === undefined ? bar.top : Math.max(bar.top, above + BAR_GAP_PX);
    const height = Math.max(MIN_BAR_PX, bottom - top);
    lastBottom.set(bar.left, top + height);
    return top === bar.top && height === bar.height ? bar : { ...bar, top, height };
  });
}
