// Reader-facing words for a claim, shown in its card: "$4.2 billion = 4,200,000,000 USD".
import type { Claim } from '../analysis';
import { byKind, CLAIM_TYPE_LABELS, type ClaimType } from '../claim-kinds';

export const KIND_LABELS = byKind((r) => r.label);

export const TYPE_LABELS: Record<ClaimType, string> = CLAIM_TYPE_LABELS;

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The claim's value as normalized by the engine, or null when it carries none. */
export function normalizedValue(claim: Claim): string | null {
  if (claim.kind === 'date') return claim.iso ? `${claim.text} = ${claim.iso}` : null;
  if (claim.value === undefined || !Number.isFinite(claim.value)) return null;
  // A count's unit is the counted noun in the singular: "870 stores" reads as "870 × store".
  const unit = !claim.unit ? '' : claim.unit === '%' ? '%' : claim.kind === 'count' ? ` × ${claim.unit}` : ` ${claim.unit}`;
  const normalized = `${NUMBER_FORMAT.format(claim.value)}${unit}`;
  // "40%" needs no "= 40%": say it once when the text already is the normal form.
  return normalized === claim.text ? normalized : `${claim.text} = ${normalized}`;
}

/** "Prediction, hedged" — the claim type and whether it is hedged, when the engine says. */
export function claimStance(claim: Claim): string | null {
  if (!claim.type) return null;
  const type = TYPE_LABELS[claim.type];
  if (claim.hedged === undefined) return type;
  return claim.hedged ? `${type}, hedged` : `${type}, not hedged`;
}
