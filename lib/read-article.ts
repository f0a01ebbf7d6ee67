// The page half of the pipeline: what needs the live Document. Finds the sponsored blocks and the
// article, builds the article text with its map back to DOM Ranges, and, once the text half
// (analyse-text.ts) has answered, puts the Analysis together. The content script runs this half in
// the page and sends the text to the background for the other; the CLI runs both in one go (analyze.ts).
import type { Analysis, Sponsored } from './analysis';
import type { ArticleInput, TextAnalysis } from './analyse-text';
import { IdMaker } from './text/ids';
import { extractArticleSteps, isProbablyArticle } from './extract';
import { defaultNow } from './extract/steps';
import type { Extraction } from './extract/types';
import { wholePageExtraction } from './extract/whole-page';
import { findSponsoredSteps, type SponsoredBlock } from './sponsored';
import { buildArticleTextSteps, type ArticleText } from './text/article-text';
import { declaredLanguage } from './text/language';

export interface ReadOptions {
  /** Read the whole page even when it does not look like an article ("analyse anyway"). */
  force?: boolean;
  /** Clock for timings; `performance.now` where there is one. */
  now?: () => number;
}

export type NotArticle = { status: 'not-article' };

/** The article as found in the page: enough to draw on it, and the text input for the other half. */
export interface ArticleReading {
  extraction: Extraction;
  textMap: ArticleText;
  sponsored: SponsoredBlock[];
  input: ArticleInput;
  extractMs: number;
}

/** The Analysis plus what the content script needs to draw it on the live page. */
export interface DetailedAnalysis {
  analysis: Analysis;
  extraction: Extraction;
  textMap: ArticleText;
  /** Sponsored id → the flagged element. */
  sponsoredElements: Map<string, Element>;
}

/** Longest text of a sponsored block reported in the Analysis. */
const SPONSORED_TEXT_MAX = 280;

export function* readArticleSteps(doc: Document, options: ReadOptions = {}): Generator<void, ArticleReading | NotArticle> {
  const now = options.now ?? defaultNow;
  const t0 = now();
  if (!doc.body || (!options.force && !isProbablyArticle(doc))) return { status: 'not-article' };
  yield;

  const sponsored = yield* findSponsoredSteps(doc);
  yield;
  const exclude = new Set(sponsored.map((s) => s.el));
  const extraction = (yield* extractArticleSteps(doc, { exclude })) ?? (options.force ? wholePageExtraction(doc, exclude) : null);
  if (!extraction) return { status: 'not-article' };
  yield;

  const textMap = yield* buildArticleTextSteps(extraction);
  if (!textMap.text.trim()) return { status: 'not-article' };
  const input: ArticleInput = {
    text: textMap.text,
    blockStarts: textMap.blockStarts,
    title: extraction.title || doc.title.trim(),
    langHint: extraction.meta.lang ?? declaredLanguage(doc) ?? null,
  };
  return { extraction, textMap, sponsored, input, extractMs: now() - t0 };
}

/** The Analysis of the page from its reading and the text half's answer. */
export function completeAnalysis(reading: ArticleReading, text: TextAnalysis, url: string | null): DetailedAnalysis {
  const { extraction, textMap, input } = reading;
  const { sponsored, sponsoredElements } = describeSponsored(reading.sponsored, extraction);
  const analysis: Analysis = {
    url,
    title: input.title,
    meta: { ...extraction.meta, lang: input.langHint ?? text.lang },
    article: { text: input.text },
    thesis: text.thesis,
    claims: text.claims,
    sponsored,
    themes: text.themes,
    timings: { extractMs: round(reading.extractMs), analyzeMs: round(text.analyzeMs) },
  };
  return { analysis, extraction, textMap, sponsoredElements };
}

function describeSponsored(flagged: SponsoredBlock[], extraction: Extraction) {
  const ids = new IdMaker();
  const sponsored: Sponsored[] = [];
  const sponsoredElements = new Map<string, Element>();
  for (const { el, reasons } of flagged) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, SPONSORED_TEXT_MAX);
    const id = ids.make('sponsored', text);
    sponsored.push({ id, text, reasons, inArticle: withinArticle(el, extraction) });
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
