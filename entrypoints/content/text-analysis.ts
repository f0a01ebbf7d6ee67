// Asks the background for the text half of the analysis (claims, themes, thesis) of the article text
// the page half found. The answer is validated like any message; a failure is an error for the caller.
import type { ArticleInput, TextAnalysis } from '@/lib/analyse-text';
import { isAnalyseTextResponse } from '@/lib/content-messages';

export async function analyseTextInBackground(input: ArticleInput): Promise<TextAnalysis> {
  const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:analyse-text', input });
  if (!isAnalyseTextResponse(answer)) throw new Error('malformed answer to lede:analyse-text');
  if (!answer.ok) throw new Error(answer.error);
  return answer.result;
}
