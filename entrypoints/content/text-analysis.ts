// Asks the background to read the page from a copy of its HTML (the whole pipeline), or, when that
// cannot be used, for the text half of the analysis (claims, themes, thesis) of the article text the
// page half found in the page. The answer is checked like any message. A refusal (or an answer that does not
// check out) is final for this text; anything else thrown is the messaging failing, worth a retry.
import type { ArticleInput, TextAnalysis } from '@/lib/analyse-text';
import { failureMessage, isOkAnswer, isReadPageResponseHead, TextAnalysisRefused } from '@/lib/content-messages';
import { isAnalyseTextResponse } from '@/lib/content-guards';
import type { ReadPageResponse } from '@/lib/messages';
import type { PageCopy } from '@/lib/page-reading';
import { ARTICLE_TEXT_MAX_CHARS } from '@/lib/limits';

export async function analyseTextInBackground(input: ArticleInput): Promise<TextAnalysis> {
  if (input.text.length > ARTICLE_TEXT_MAX_CHARS) throw new TextAnalysisRefused('the page’s text is longer than Lede analyses');
  const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:analyse-text', input });
  if (!isAnalyseTextResponse(answer)) throw new TextAnalysisRefused('malformed answer to lede:analyse-text');
  if (!answer.ok) throw new TextAnalysisRefused(answer.error);
  return answer.result;
}

/**
 * Asks the background to read the page from a copy of its HTML (lib/page-reading.ts): the whole
 * pipeline runs there. A refusal or an answer that does not check out throws TextAnalysisRefused; the
 * answer's claims are left for the caller to check (claimsCheckSteps).
 */
export async function readPageInBackground(page: PageCopy, force: boolean): Promise<ReadPageResponse> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:read-page', page, force });
  // Its claims are checked by the caller, in slices.
  if (!isReadPageResponseHead(answer)) throw new TextAnalysisRefused('malformed answer to lede:read-page');
  if (!answer.ok) throw new TextAnalysisRefused(answer.error);
  return answer;
}

type PageHalf = typeof import('@/lib/read-article').readArticleSteps;

/** The page half's code, injected by the background into this content script's world on first need. */
export async function loadPageHalf(): Promise<PageHalf> {
  const holder = globalThis as { __ledePageHalf?: PageHalf };
  if (!holder.__ledePageHalf) {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:load-page-half' });
    if (!isOkAnswer(answer) || !holder.__ledePageHalf) throw new Error(failureMessage(answer) ?? 'the page reader did not load');
  }
  return holder.__ledePageHalf;
}
