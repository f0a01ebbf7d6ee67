// A label over a flagged sponsored block saying why it was flagged. Document coordinates: the badge
// layer is absolutely positioned at the document's origin, so badges scroll with their blocks.
export interface SponsoredBadgeProps {
  id: string;
  reasons: readonly string[];
  top: number;
  left: number;
}

export function SponsoredBadge({ id, reasons, top, left }: SponsoredBadgeProps) {
  const why = reasons.length ? reasons.join('; ') : 'flagged as paid placement';
  return (
    <div class="lede-badge" data-sponsored-id={id} role="note" style={{ top: `${top}px`, left: `${left}px` }}>
      Sponsored: {why}
    </div>
  );
}
