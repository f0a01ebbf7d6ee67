// A flagged sponsored block's badge: the block's label in a reader's words ("Advertisement",
// "Promoted stories (Outbrain)"), inside the block's top-right corner and never wider than the block,
// shortened by whole words when the block is narrow. It is a button: the evidence (class names,
// rules) opens in a small panel under it. Document coordinates: the badge layer is at the document's
// origin, so badges scroll with their blocks. Page strings are rendered as text, never as markup.
import { useState } from 'preact/hooks';

export interface SponsoredBadgeProps {
  id: string;
  /** The block's label in full (the button's accessible name). */
  label: string;
  /** The label as it fits the badge (a shorter form on a narrow block); empty: only a marker fits. */
  shown: string;
  reasons: readonly string[];
  /** The block's top and right edge, and its width, in document coordinates. */
  top: number;
  right: number;
  width: number;
}

/** The badge's font and its horizontal padding plus border (see .lede-badge in shadow-styles). */
export const BADGE_FONT = '12px system-ui, -apple-system, "Segoe UI", sans-serif';
export const BADGE_PADDING_PX = 14;
/** Width of a character when the text cannot be measured (no canvas): generous, so text never overflows. */
const FALLBACK_CHAR_PX = 7.5;

/** A function measuring badge text in `doc`'s fonts (a detached canvas; nothing is added to the page). */
export function badgeTextMeasure(doc: Document): (text: string) => number {
  const ctx = doc.createElement('canvas').getContext?.('2d');
  if (!ctx) return (text) => text.length * FALLBACK_CHAR_PX;
  ctx.font = BADGE_FONT;
  // Rounded up: a badge a pixel too wide would clip its last letter.
  return (text) => Math.ceil(ctx.measureText(text).width) + 1;
}

export function SponsoredBadge({ id, label, shown, reasons, top, right, width }: SponsoredBadgeProps) {
  const [open, setOpen] = useState(false);
  const detailsId = `lede-badge-details-${id}`;
  return (
    <div class="lede-badge" data-sponsored-id={id} style={{ top: `${top}px`, left: `${right}px`, maxWidth: `${width}px` }}>
      <button
        type="button"
        class="lede-badge-label"
        aria-label={shown === label ? undefined : label}
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={() => setOpen(!open)}
      >
        {shown}
      </button>
      {open ? (
        <div class="lede-badge-details" id={detailsId} role="note" style={{ maxWidth: `${Math.max(width, 160)}px` }}>
          <p class="lede-badge-title">{label}</p>
          <p class="lede-badge-why">Why Lede flagged it:</p>
          <ul>
            {(reasons.length ? reasons : ['flagged as paid placement']).map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
