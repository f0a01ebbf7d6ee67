// The page half of the pipeline: what needs the live Document. Finds the sponsored blocks and the
// article, builds the article text with its map back to DOM Ranges, and, once the text half
// (analyse-text.ts) has answered, puts the Analysis together. The content script runs this half in
// the page and sends the text to the background for the other; the CLI runs both in one go (analyze.ts).
// The Analysis is put together from a reading in complete-analysis.ts.
import type { ArticleInput } from './analyse-text';
import { extractArticleSteps, isProbablyArticle } from './extract';
import { defaultNow } from './extract/steps';
import type { Extraction } from './extract/types';
export type { DetailedAnalysis } from './complete-analysis';
import { wholePageExtraction } from './extract/whole-page';
import { findSponsoredSteps, type SponsoredBlock } from './sponsored';
import { buildArticleTextSteps, type ArticleText } from './text/article-text';
import { declaredLanguage } from './text/language';

export interface ReadOptions {
  /** Read the whole page even when it does not look like an article ("analyse anyway"). */
  force?: boolean;
  /** The page's address, when `doc` is a copy of the page made elsewhere (see lib/page-reading.ts). */
  pageUrl?: string;
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


export function* readArticleSteps(doc: Document, options: ReadOptions = {}): Generator<void, ArticleReading | NotArticle> {
  const now = options.now ?? defaultNow;
  const t0 = now();
  if (!doc.body || (!options.force && !isProbablyArticle(doc))) return { status: 'not-article' };
  yield;

  const sponsored = yield* findSponsoredSteps(doc);
  yield;
  const exclude = new Set(sponsored.map((s) => s.el));
  const extraction = (yield* extractArticleSteps(doc, { exclude, pageUrl: options.pageUrl })) ?? (options.force ? wholePageExtraction(doc, exclude) : null);
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

