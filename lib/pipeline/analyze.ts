// The pipeline: a live Document in, an Analysis out. The one entry the CLI and tests call.
//
//   page-half.ts (needs the page):     sponsored blocks → article (root, blocks; sponsored left out)
//                                      → article text + DOM map
//   text-half.ts (plain data):         sentences → numeric claims → strategic claims → themes and thesis
//
// The content script runs the two halves apart (the page half in the page, in slices; the text half in
// the background); here they run back to back. Nothing here changes the document.
import type { Analysis } from '../analysis';
import { analyzeTextSteps, type TextOptions } from './text-half';
import { runSteps } from './steps';
import { completeAnalysis, type DetailedAnalysis } from './complete';
import { bookedText, fullAnalysis } from './claim-book';
import { readArticleSteps, type NotArticle, type ReadOptions } from './page-half';

export type { DetailedAnalysis } from './complete';
export type { NotArticle } from './page-half';

export interface AnalyzeOptions extends ReadOptions, TextOptions {
  url?: string | null;
}

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis | NotArticle {
  const result = runSteps(analysisStepsDetailed(doc, options));
  return 'status' in result ? result : fullAnalysis(result.analysis);
}

export function analyzeDetailed(doc: Document, options: AnalyzeOptions = {}): DetailedAnalysis | NotArticle {
  return runSteps(analysisStepsDetailed(doc, options));
}

export function* analysisSteps(doc: Document, options: AnalyzeOptions = {}): Generator<void, Analysis | NotArticle> {
  const result = yield* analysisStepsDetailed(doc, options);
  return 'status' in result ? result : fullAnalysis(result.analysis);
}

export function* analysisStepsDetailed(doc: Document, options: AnalyzeOptions = {}): Generator<void, DetailedAnalysis | NotArticle> {
  const reading = yield* readArticleSteps(doc, options);
  if ('status' in reading) return reading;
  yield;
  const text = yield* analyzeTextSteps(reading.input, options);
  return completeAnalysis(reading, bookedText(text), options.url ?? null);
}
