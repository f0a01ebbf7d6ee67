// Sponsored-content detector: disclosed sponsored / partner / paid content, labelled ad slots,
// ad-unit containers, clusters of rel="sponsored" links and recommendation widgets. Each unit is
// reported once, as the innermost element holding all of it, with human-readable reasons.
//
// Paid links: a rel="sponsored" link that is (most of) a small box counts as evidence for the box
// and flags it together with any other evidence (a label, a promo class, a second paid link). A
// lone paid link inside a normal paragraph is the publisher's own disclosure of a paid link, not a
// sponsored block: its paragraph is flagged only when the paragraph itself carries a disclosure
// label (e.g. "(Anzeige)" beside the link).
//
// Runs without layout (jsdom-safe), walks the page once without recursion, never mutates it.
import { isCandidate, textContext } from './attributes';
import { collectEvidence } from './evidence';
import { surveyPageSteps } from './survey';
import { runSteps, type Steps } from '../pipeline/steps';
import { resolveUnits } from './resolve';
import { UnitSizer } from './units';

/** A block flagged as sponsored, ad or paid placement: the innermost element holding the whole unit. */
export interface SponsoredBlock {
  el: Element;
  reasons: string[];
  /** What the block is, in a reader's words: "Advertisement", "Promoted stories (Outbrain)", "Paid link". */
  label: string;
}

/** Every sponsored unit in the document, in document order; none nested in another. */
export function findSponsored(doc: Document): SponsoredBlock[] {
  return runSteps(findSponsoredSteps(doc));
}

/** `findSponsored` as steps (see lib/pipeline/steps.ts), for callers that spread the work over several tasks. */
export function* findSponsoredSteps(doc: Document): Steps<SponsoredBlock[]> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const { sizes, shortTexts, candidates, pageChars } = yield* surveyPageSteps(root, { isCandidate, textContext });
  yield;
  const sizer = new UnitSizer(sizes, pageChars);
  const evidence = collectEvidence(candidates, shortTexts, sizer);
  return resolveUnits(evidence, sizer);
}
