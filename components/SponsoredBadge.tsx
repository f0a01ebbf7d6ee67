// A one-line label on the top edge of a flagged sponsored block saying why it was flagged. It sits
// just above the block's right corner (over the page's margin, not its text), as wide as the block
// at most; the full list of reasons is in its title. Document coordinates: the badge layer is at the
// document's origin, so badges scroll with their blocks.
export interface SponsoredBadgeProps {
  id: string;
  reasons: readonly string[];
  /** The block's top and right edge, and its width, in document coordinates. */
  top: number;
  right: number;
  width: number;
}

/** Narrowest a badge gets, even on a narrow block. */
const MIN_WIDTH = 120;

export function SponsoredBadge({ id, reasons, top, right, width }: SponsoredBadgeProps) {
  const why = reasons.length ? reasons.join('; ') : 'flagged as paid placement';
  return (
    <div
      class="lede-badge"
      data-sponsored-id={id}
      role="note"
      title={why}
      style={{ top: `${top}px`, left: `${right}px`, maxWidth: `${Math.max(MIN_WIDTH, width)}px` }}
    >
      Sponsored: {why}
    </div>
  );
}
