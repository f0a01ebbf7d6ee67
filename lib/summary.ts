// What the popup shows of an Analysis (lede:summary): everything but the article's text, with only
// the key claims, and the claims counted. Kept apart from lib/analysis.ts so that the content script,
// which builds it, does not bundle the schemas (zod).
import type { Summary } from './analysis';
import type { PageAnalysis } from './pipeline/claim-book';

/** The Summary of the page's Analysis: its book gives the key claims and the counts without parsing the rest. */
export function summaryOf(analysis: PageAnalysis): Summary {
  const { url, title, meta, thesis, sponsored, themes, topics, claims } = analysis;
  return { url, title, meta, thesis, sponsored, themes, topics, claims: [...claims.key], counts: claims.counts };
}
