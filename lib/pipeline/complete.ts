// The Analysis of a page from its reading (page-half.ts) and the text half's answer: plain assembly, no extraction code, so the content script can hold it without the
// page half.
import type { Sponsored } from '../analysis';
import type { PageAnalysis, PageTextAnalysis } from './claim-book';
import type { Extraction } from '../extract/types';
import type { ArticleReading } from './page-half';
import type { ArticleText } from '../text/article-text';
import type { SponsoredBlock } from '../sponsored';
import { IdMaker } from '../text/ids';

/** The Analysis (its claims in a book: lib/pipeline/claim-book.ts) plus what the content script needs to draw it on the live page. */
export interface DetailedAnalysis {
  analysis: PageAnalysis;
  extraction: Extraction;
  textMap: ArticleText;
  /** Sponsored id → the flagged element. */
  sponsoredElements: Map<string, Element>;
}

/** Longest text of a sponsored block reported in the Analysis. */
const SPONSORED_TEXT_MAX = 280;

/** The Analysis of the page from its reading and the text half's answer. */
export function completeAnalysis(reading: ArticleReading, text: PageTextAnalysis, url: string | null): DetailedAnalysis {
  const { extraction, textMap, input } = reading;
  const { sponsored, sponsoredElements } = describeSponsored(reading.sponsored, extraction);
  const analysis: PageAnalysis = {
    url,
    title: input.title,
    meta: { ...extraction.meta, lang: input.langHint ?? text.lang },
    article: { text: input.text },
    thesis: text.thesis,
    claims: text.claims,
    sponsored,
    themes: text.themes,
    topics: text.topics,
    timings: { extractMs: round(reading.extractMs), analyzeMs: round(text.analyzeMs) },
  };
  return { analysis, extraction, textMap, sponsoredElements };
}

function describeSponsored(flagged: SponsoredBlock[], extraction: Extraction) {
  const ids = new IdMaker();
  const sponsored: Sponsored[] = [];
  const sponsoredElements = new Map<string, Element>();
  for (const { el, reasons, label } of flagged) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, SPONSORED_TEXT_MAX);
    const id = ids.make('sponsored', text);
    sponsored.push({ id, text, reasons, inArticle: withinArticle(el, extraction), label });
    sponsoredElements.set(id, el);
  }
  return { sponsored, sponsoredElements };
}

/**
 * Inside the article: within the root and between its first and last block. The root is the common
 * parent of the blocks, and may also hold what comes after the story (a widget under a caption).
 */
function withinArticle(el: Element, { root, blocks }: Extraction): boolean {
  if (!root.contains(el) || blocks.length === 0) return false;
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  const startsAfterFirst = el.contains(first) || first.contains(el) || Boolean(first.compareDocumentPosition(el) & FOLLOWING);
  const endsBeforeLast = el.contains(last) || last.contains(el) || Boolean(last.compareDocumentPosition(el) & PRECEDING);
  return startsAfterFirst && endsBeforeLast;
}
const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

const round = (ms: number) => Math.round(ms * 100) / 100;
