// The page half of the pipeline: what needs a Document. Finds the sponsored blocks and the article, and
// builds the article text with its map back to DOM Ranges. In the browser it runs in the page, in
// slices (reader.ts; its code is injected as entrypoints/page-half.ts); the CLI runs both halves in one
// go (analyze.ts). complete.ts puts the Analysis together.
import type { ArticleInput } from './text-half';
import { extractArticleSteps } from '../extract';
import { worthReading } from '../extract/probe';
import { defaultNow } from './steps';
import type { Extraction } from '../extract/types';
import { wholePageExtraction } from '../extract/whole-page';
import { findSponsoredSteps, type SponsoredBlock } from '../sponsored';
import { shownBlocksSteps } from '../sponsored/shown';
import { buildArticleTextSteps, type ArticleText } from '../text/article-text';
import { declaredLanguage } from '../text/language';

export interface ReadOptions {
  /** Read the whole page even when it does not look like an article ("analyze anyway"). */
  force?: boolean;
  /** Clock for timings; `performance.now` where there is one. */
  now?: () => number;
  /**
   * The document is rendered (a live page): sponsored blocks too small or hidden to see are not
   * reported (they are still left out of the article). Without layout (jsdom, the CLI) all are.
   */
  layout?: boolean;
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
  if (!worthReading(doc, options.force)) return { status: 'not-article' };
  yield;

  const found = yield* findSponsoredSteps(doc);
  yield;
  const sponsored = options.layout ? yield* shownBlocksSteps(found) : found;
  const exclude = new Set(found.map((s) => s.el));
  const extraction = (yield* extractArticleSteps(doc, { exclude })) ?? (options.force ? wholePageExtraction(doc, exclude) : null);
  if (!extraction) return { status: 'not-article' };
  yield;

  const textMap = yield* buildArticleTextSteps(extraction);
  // Every block placed holds a visible character (blocks of blank text are left out), so no block is no
  // text; asked this way, a very long text is not read in one go.
  if (textMap.blockStarts.length === 0) return { status: 'not-article' };
  const input: ArticleInput = {
    text: textMap.text,
    blockStarts: textMap.blockStarts,
    title: extraction.title || doc.title.trim(),
    langHint: extraction.meta.lang ?? declaredLanguage(doc) ?? null,
  };
  return { extraction, textMap, sponsored, input, extractMs: now() - t0 };
}

