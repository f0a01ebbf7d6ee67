// INTERIM (replaced by the popup branch's version at merge): a figure's value in a reader's terms.
import type { Claim } from '../analysis';

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function readerValue(claim: Claim): string {
  if (claim.kind === 'date' || claim.value === undefined) return claim.text;
  if (claim.unit === '%') return `${NUMBER_FORMAT.format(claim.value)}%`;
  return claim.text;
}

export function figureLine(claim: Claim): string {
  return claim.subject ? `${readerValue(claim)} — ${claim.subject}` : readerValue(claim);
}
