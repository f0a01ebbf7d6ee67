// What the popup shows of an Analysis (lede:summary): everything but the article's text, with only
// the key claims, and the claims counted. Kept apart from lib/analysis.ts so that the content script,
// which builds it, does not bundle the schemas (zod).
import type { Analysis, Claim, Summary } from './analysis';
import { isNumericKind } from './claim-kinds';

/** The Summary of an Analysis. */
export function summaryOf(analysis: Analysis): Summary {
  let figures = 0;
  const key: Claim[] = [];
  for (const c of analysis.claims) {
    if (isNumericKind(c.kind)) figures++;
    if (c.key) key.push(c);
  }
  const { url, title, meta, thesis, sponsored, themes, topics } = analysis;
  return {
    url, title, meta, thesis, sponsored, themes, topics,
    claims: key,
    counts: { numeric: figures, strategic: analysis.claims.length - figures, key: key.length },
  };
}

