// The pipeline: a live Document in, an Analysis out. The one entry the shells (content script, CLI) call.
//
//   sponsored blocks → article (root, blocks; sponsored left out) → article text + DOM map → sentences
//   → numeric claims → strategic claims → themes and thesis
//
// It is a generator so that the content script can run it in slices between frames; `analyze` runs it
// to the end in one go (CLI, tests). Nothing here changes the document.
import type { Analysis, Claim, Sponsored } from './analysis';
import { extractArticleSteps, isProbablyArticle } from './extract';
import type { Extraction } from './extract/types';
import { wholePageExtraction } from './extract/whole-page';
import { findSponsoredSteps } from './sponsored';
import { buildArticleTextSteps, type ArticleText } from './text/article-text';
import { splitSentences } from './text/sentences';
import { declaredLanguage, guessLanguage, primaryLanguage } from './text/language';
import { findNumericClaims } from './claims/numeric';
import { IdMaker, byPosition, numericClaim, strategicClaim, tieFiguresToThemes } from './claims/assemble';
import { summariseArgument } from './themes/summarise';
import { matchThemes, themesWithTermsIn, type ThemeHit } from './themes/match';
import { DEFAULT_THEMES, type ThemeDefinition } from './themes/taxonomy';

export interface AnalyzeOptions {
  url?: string | null;
  /** The theme table to use; the default taxonomy when absent. */
  themes?: ThemeDefinition[];
  /** Analyse the whole page even when it does not look like an article ("analyse anyway"). */
  force?: boolean;
  /** Clock for timings; `performance.now` where there is one. */
  now?: () => number;
}

export type NotArticle = { status: 'not-article' };

/** The Analysis plus what the content script needs to draw it on the live page. */
export interface DetailedAnalysis {
  analysis: Analysis;
  extraction: Extraction;
  textMap: ArticleText;
  /** Sponsored id → the flagged element. */
  sponsoredElements: Map<string, Element>;
}

/** How many sentences are classified between two yields (the first ones compile the cue and theme tables). */
const SENTENCES_PER_SLICE = 10;
/** Longest text of a sponsored block reported in the Analysis. */
const SPONSORED_TEXT_MAX = 280;

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis | NotArticle {
  const result = runToEnd(analysisStepsDetailed(doc, options));
  return 'status' in result ? result : result.analysis;
}

export function analyzeDetailed(doc: Document, options: AnalyzeOptions = {}): DetailedAnalysis | NotArticle {
  return runToEnd(analysisStepsDetailed(doc, options));
}

export function* analysisSteps(doc: Document, options: AnalyzeOptions = {}): Generator<void, Analysis | NotArticle> {
  const result = yield* analysisStepsDetailed(doc, options);
  return 'status' in result ? result : result.analysis;
}

export function* analysisStepsDetailed(
  doc: Document,
  options: AnalyzeOptions = {},
): Generator<void, DetailedAnalysis | NotArticle> {
  const now = options.now ?? defaultNow;
  const t0 = now();
  if (!doc.body || (!options.force && !isProbablyArticle(doc))) return { status: 'not-article' };
  yield;

  const flagged = yield* findSponsoredSteps(doc);
  yield;
  const exclude = new Set(flagged.map((s) => s.el));
  const extraction = (yield* extractArticleSteps(doc, { exclude })) ?? (options.force ? wholePageExtraction(doc, exclude) : null);
  if (!extraction) return { status: 'not-article' };
  yield;

  const textMap = yield* buildArticleTextSteps(extraction);
  const text = textMap.text;
  if (!text.trim()) return { status: 'not-article' };
  const extractMs = now() - t0;
  yield;

  const t1 = now();
  const lang = primaryLanguage(guessLanguage(text) ?? extraction.meta.lang ?? declaredLanguage(doc));
  const sentences = splitSentences(text);
  const ids = new IdMaker();

  const numeric: Claim[] = [];
  for (let b = 0; b < textMap.blockStarts.length; b++) {
    const from = textMap.blockStarts[b];
    const to = b + 1 < textMap.blockStarts.length ? textMap.blockStarts[b + 1] - 2 : text.length;
    for (const m of findNumericClaims(text.slice(from, to), { lang })) numeric.push(numericClaim(m, from, text, ids));
    yield; // one block per step: a block can be long, and the first one compiles the numeric tables
  }
  yield;

  const strategic: Claim[] = [];
  const themes = options.themes ?? DEFAULT_THEMES;
  // Each sentence's themes, matched once: the claims and the summary both read them.
  const sentenceHits: ThemeHit[][] = [];
  if (lang === 'en') {
    const termsIn = themesWithTermsIn(text, themes);
    for (let i = 0; i < sentences.length; i++) {
      sentenceHits.push(matchThemes(sentences[i].text, themes, termsIn));
      const claim = strategicClaim(sentences[i], themes, ids, sentenceHits[i]);
      if (claim) strategic.push(claim);
      if (i % SENTENCES_PER_SLICE === SENTENCES_PER_SLICE - 1) yield;
    }
  }
  tieFiguresToThemes(numeric, strategic);
  const claims = [...numeric, ...strategic].sort(byPosition);
  yield;

  const title = extraction.title || doc.title.trim();
  const summary =
    lang === 'en'
      ? summariseArgument({ text, title, sentences, claims, themes, sentenceHits })
      : { themes: [], thesis: [] };

  const { sponsored, sponsoredElements } = describeSponsored(flagged, extraction);
  const analysis: Analysis = {
    url: options.url ?? null,
    title,
    meta: { ...extraction.meta, lang: extraction.meta.lang ?? declaredLanguage(doc) ?? lang },
    article: { text },
    thesis: summary.thesis,
    claims,
    sponsored,
    themes: summary.themes,
    timings: { extractMs: round(extractMs), analyzeMs: round(now() - t1) },
  };
  return { analysis, extraction, textMap, sponsoredElements };
}

function describeSponsored(flagged: { el: Element; reasons: string[] }[], extraction: Extraction) {
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

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;
