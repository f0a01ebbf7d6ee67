// From an Analysis and its text map to what gets drawn: one live Range per drawn claim, grouped by
// the highlight name of its kind, for the groups the reader has turned on. Only drawn claims get a
// live range (a long article has tens of thousands of claims, and every live range costs memory and
// work on each change to the page); any other claim's range is made when something asks for it.
import type { Claim } from '../analysis';
import type { HighlightGroup, HighlightScope } from '../messages';
import { highlightName, KIND_GROUP, KIND_MARK } from './names';
import { runSteps, type Steps } from '../pipeline/steps';
import type { ClaimBook } from '../pipeline/claim-book';

/** A claim with the live Range that covers its text in the page. */
export interface ClaimTarget {
  claim: Claim;
  range: Range;
}

export type RangeFor = (start: number, end: number) => Range | null;

/** Live ranges for the given claims that still map onto the page, in article order. */
export function claimTargets(claims: readonly Claim[], rangeFor: RangeFor): ClaimTarget[] {
  return runSteps(claimTargetSteps(claims, rangeFor));
}

/** Claims whose ranges are made between two yields (a very long article has tens of thousands). */
const CLAIMS_PER_STEP = 200;

/**
 * `claimTargets` as steps (lib/pipeline/steps.ts), for the content script to spread over slices.
 * `made`: ranges made before (claim id → range), used again instead of making new ones.
 */
export function* claimTargetSteps(claims: readonly Claim[], rangeFor: RangeFor, made?: ReadonlyMap<string, Range>): Steps<ClaimTarget[]> {
  const targets: ClaimTarget[] = [];
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    const range = made?.get(claim.id) ?? claimRange(claim, rangeFor);
    if (range) targets.push({ claim, range });
    if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
  }
  return targets.sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
}

/** A live range over the claim's text, or null when it no longer maps onto the page. */
export function claimRange(claim: Claim, rangeFor: RangeFor): Range | null {
  const range = rangeFor(claim.start, claim.end);
  return range && !range.collapsed ? range : null;
}

/** Whether a claim is drawn when `groups` are on: only key claims unless the scope is `all`. */
function isShown(claim: Claim, groups: ReadonlySet<HighlightGroup>, scope: HighlightScope = 'all'): boolean {
  return groups.has(KIND_GROUP[claim.kind]) && (scope === 'all' || claim.key);
}

/** The claims drawn when `groups` are on (the ones that get live ranges). */
export function shownClaims(claims: readonly Claim[], groups: ReadonlySet<HighlightGroup>, scope: HighlightScope = 'all'): Claim[] {
  return claims.filter((c) => isShown(c, groups, scope));
}

/** Highlight name → ranges, for the given (already filtered) targets that are underlined (not barred). */
export function rangesByName(targets: readonly ClaimTarget[]): Map<string, Range[]> {
  const byName = new Map<string, Range[]>();
  for (const { claim, range } of targets) {
    if (KIND_MARK[claim.kind] !== 'underline') continue;
    const name = highlightName(claim.kind);
    const list = byName.get(name);
    if (list) list.push(range);
    else byName.set(name, [range]);
  }
  return byName;
}

/**
 * The live ranges of the claims drawn when `groups` are on, as steps. Key claims are at hand; "All
 * claims" reads the book a part at a time, a step each (tens of thousands of claims on a very long article).
 */
export function* shownTargetSteps(
  claims: ClaimBook,
  groups: ReadonlySet<HighlightGroup>,
  scope: HighlightScope,
  rangeFor: RangeFor,
  made?: ReadonlyMap<string, Range>,
): Steps<ClaimTarget[]> {
  const shown: Claim[] = [];
  for (const part of scope === 'key' ? [claims.key] : claims.inParts()) {
    shown.push(...shownClaims(part, groups, scope));
    yield;
  }
  return yield* claimTargetSteps(shown, rangeFor, made);
}
