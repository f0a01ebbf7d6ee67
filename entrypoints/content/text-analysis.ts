// The content script's side of the Reader's two remote parts: the text half, run by the background on
// the article text (sent in pieces when long, its answer read in parts), and the page half's code,
// injected by the background on first need. Answers are checked like any message. A refusal (or an
// answer that does not check out) is final for this text; anything else thrown is the messaging
// failing, worth a retry.
import type { ArticleInput } from '@/lib/pipeline/text-half';
import type { Claim } from '@/lib/analysis';
import { ClaimBook, type PageTextAnalysis } from '@/lib/pipeline/claim-book';
import type { readArticleSteps } from '@/lib/pipeline/page-half';
import { TextHalfRefused } from '@/lib/pipeline/reader';
import { failureMessage, isOkAnswer } from '@/lib/content-messages';
import { isAnalyzeTextResponse, isClaimList, isClaimsPartResponse, isTextPieceResponse } from '@/lib/content-guards';
import { messagePieces } from '@/lib/pipeline/text-transfer';
import { newId } from '@/lib/notes/ids';
import type { RequestOf } from '@/lib/protocol';
import { ARTICLE_TEXT_MAX_CHARS } from '@/lib/limits';

/**
 * The text half's answer for the article. A long text goes in pieces and a long answer comes back in
 * parts (lib/pipeline/text-transfer.ts): each message is its own task in the page, none of them long.
 * The parts' claims are kept as the JSON text they come in (lib/pipeline/claim-book.ts).
 * `textPieces` joined are `input.text`: the text is sent from them, never copied whole.
 */
export async function analyzeTextInBackground(input: ArticleInput, textPieces: readonly string[] = [input.text]): Promise<PageTextAnalysis> {
  if (input.text.length > ARTICLE_TEXT_MAX_CHARS) throw new TextHalfRefused('the page’s text is longer than Lede analyses');
  const pieces = messagePieces(textPieces);
  let request: RequestOf<'lede:analyze-text'> = { type: 'lede:analyze-text', input };
  if (pieces.length > 1) {
    const stream = newId();
    for (const [index, text] of pieces.entries()) {
      const sent: unknown = await browser.runtime.sendMessage({ type: 'lede:analyze-text:piece', stream, index, text });
      // Out of order or gone (the background restarted mid-way): worth sending again, not final.
      if (!isTextPieceResponse(sent) || !sent.ok) throw new Error(isTextPieceResponse(sent) && !sent.ok ? sent.error : 'malformed answer to lede:analyze-text:piece');
    }
    request = { type: 'lede:analyze-text', input: { ...input, text: '' }, stream };
  }
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isAnalyzeTextResponse(answer)) throw new TextHalfRefused('malformed answer to lede:analyze-text');
  if (!answer.ok) throw new TextHalfRefused(answer.error);
  const claims = ClaimBook.of(answer.result.claims);
  if (answer.more) {
    while (claims.total < answer.more.total) {
      const part: unknown = await browser.runtime.sendMessage({ type: 'lede:analyze-text:claims', id: answer.more.id, from: claims.total });
      if (!isClaimsPartResponse(part)) throw new TextHalfRefused('malformed answer to lede:analyze-text:claims');
      if (!part.ok) throw new Error(part.error);
      const received = claimList(part.claimsJson);
      if (received.length === 0) throw new Error('lede:analyze-text:claims: no claims');
      claims.addPacked(part.claimsJson, received);
    }
  }
  return { ...answer.result, claims };
}

/** The claims of a part's JSON text, checked like any message; a text that does not check out is final. */
function claimList(json: string): Claim[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  if (!isClaimList(value)) throw new TextHalfRefused('malformed claims in an answer to lede:analyze-text:claims');
  return value;
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
