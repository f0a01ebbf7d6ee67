// The card that explains one claim: kind, normalized value, claim type and hedging, themes.
// Positioned beside the claim's text (below it, or above when there is no room), never over it.
import type { Claim } from '../lib/analysis';
import { claimStance, KIND_LABELS, normalizedValue } from '../lib/highlight/describe';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ClaimCardProps {
  claim: Claim;
  /** The claim's text box in viewport coordinates. */
  anchor: Rect;
  viewport: { width: number; height: number };
  /** Theme id → label, from the Analysis. */
  themeLabels: ReadonlyMap<string, string>;
  /** "3 of 12" when moving with the keyboard. */
  position?: { index: number; count: number };
  onClose(): void;
  onAddNote(claim: Claim): void;
}

export const CARD_WIDTH = 320;
const GAP = 8;
/** Keep clear of the overview ruler at the right edge. */
const RIGHT_MARGIN = 24;

/** Fixed-position style that keeps the card off the anchor's line: below it when it sits high. */
export function cardPlacement(anchor: Rect, viewport: { width: number; height: number }): Record<string, string> {
  const left = Math.max(GAP, Math.min(anchor.left, viewport.width - CARD_WIDTH - RIGHT_MARGIN));
  if (anchor.bottom < viewport.height * 0.6) return { top: `${anchor.bottom + GAP}px`, left: `${left}px` };
  return { bottom: `${viewport.height - anchor.top + GAP}px`, left: `${left}px` };
}

export function ClaimCard({ claim, anchor, viewport, themeLabels, position, onClose, onAddNote }: ClaimCardProps) {
  const value = normalizedValue(claim);
  const stance = claimStance(claim);
  const titleId = `lede-card-title-${claim.id}`;
  return (
    <div class="lede-card" role="dialog" aria-modal="false" aria-labelledby={titleId} data-claim-id={claim.id} style={cardPlacement(anchor, viewport)}>
      <h2 id={titleId}>
        {KIND_LABELS[claim.kind]}
        {position ? <span class="meta"> · {position.index + 1} of {position.count}</span> : null}
      </h2>
      {value ? <p class="value">{value}</p> : <p class="value">{claim.kind === 'strategic' ? null : claim.text}</p>}
      {stance ? <p class="meta">{stance}</p> : null}
      {claim.themes.length ? (
        <ul class="themes" aria-label="Themes">
          {claim.themes.map((id) => (
            <li key={id}>{themeLabels.get(id) ?? id}</li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="button" data-action="note" onClick={(e) => e.isTrusted && onAddNote(claim)}>
          Add a note
        </button>
        <button type="button" data-action="close" aria-label="Close" onClick={(e) => e.isTrusted && onClose()}>
          Close
        </button>
      </div>
    </div>
  );
}
