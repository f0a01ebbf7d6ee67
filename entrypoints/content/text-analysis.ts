// The content script's side of the Reader's two remote parts: the text half, run by the background on
// the article text, and the page half's code, injected by the background on first need. Answers are
// checked like any message. A refusal (or an answer that does not check out) is final for this text;
// anything else thrown is the messaging failing, worth a retry.
import type { ArticleInput, TextAnalysis } from '@/lib/pipeline/text-half';
import type { readArticleSteps } from '@/lib/pipeline/page-half';
import { TextHalfRefused } from '@/lib/pipeline/reader';
import { failureMessage, isOkAnswer } from '@/lib/content-messages';
import { isAnalyzeTextResponse } from '@/lib/content-guards';
import { ARTICLE_TEXT_MAX_CHARS } from '@/lib/limits';

export async function analyzeTextInBackground(input: ArticleInput): Promise<TextAnalysis> {
  if (input.text.length > ARTICLE_TEXT_MAX_CHARS) throw new TextHalfRefused('the page’s text is longer than Lede analyses');
  const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:analyze-text', input });
  if (!isAnalyzeTextResponse(answer)) throw new TextHalfRefused('malformed answer to lede:analyze-text');
  if (!answer.ok) throw new TextHalfRefused(answer.error);
  return answer.result;
}

type PageHalf = typeof readArticleSteps;

/** The page half's code, injected by the background into this content script's world on first need. */
export async function loadPageHalf(): Promise<PageHalf> {
  const holder = globalThis as { __ledePageHalf?: PageHalf };
  if (!holder.__ledePageHalf) {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:load-page-half' });
    if (!isOkAnswer(answer) || !holder.__ledePageHalf) throw new Error(failureMessage(answer) ?? 'the page reader did not load');
  }
  return holder.__ledePageHalf;
}
