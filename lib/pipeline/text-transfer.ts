// Moving a very long article between the page and the background without a long task in the page.
// Serialising one runtime message (and reading one back) is a single task on the page's thread: a 15 MB
// article text sent whole took over half a second, and its ~70,000 claims came back in one answer that
// took another ~150 ms to read and check. So a text longer than TEXT_PIECE_CHARS goes in pieces
// (`lede:analyze-text:piece`, then `lede:analyze-text` naming the stream), and an answer with more than
// CLAIMS_PER_ANSWER claims comes back with the first ones and a handle to fetch the rest in parts
// (`lede:analyze-text:claims`). Articles of ordinary length use one message each way, as before.
//
// The background keeps both per page (tab and frame): one stream and one answer at a time per page, a
// bounded number of pages, each dropped when taken, replaced, or left idle for TRANSFER_IDLE_MS. Pure
// (no browser.*): background.ts and the content script wire it.
import type { Claim } from '../analysis';
import type { AnalyzeTextResponse, ClaimsPartResponse, TextPieceResponse } from '../messages';
import type { AnalyzeTextRequest, ClaimsPartRequest, TextPieceRequest } from '../protocol';
import { ARTICLE_TEXT_MAX_CHARS, CLAIMS_PER_ANSWER, TEXT_PIECE_CHARS, TRANSFER_IDLE_MS } from '../limits';

/** Pages whose text or answer is held at once; past this, the one left longest goes. */
export const TRANSFER_MAX_PAGES = 8;

interface Held<T> {
  value: T;
  touched: number;
}

/** Values per page that go when idle too long, when replaced, or when too many pages hold one. */
class PerPage<T> {
  private readonly byPage = new Map<string, Held<T>>();
  constructor(private readonly now: () => number) {}

  get(page: string): T | undefined {
    this.dropIdle();
    const held = this.byPage.get(page);
    if (held) held.touched = this.now();
    return held?.value;
  }

  set(page: string, value: T): void {
    this.dropIdle();
    this.byPage.delete(page); // re-inserted last: the map's order is the order of last setting
    this.byPage.set(page, { value, touched: this.now() });
    for (const oldest of this.byPage.keys()) {
      if (this.byPage.size <= TRANSFER_MAX_PAGES) break;
      this.byPage.delete(oldest);
    }
  }

  delete(page: string): void {
    this.byPage.delete(page);
  }

  private dropIdle(): void {
    const now = this.now();
    for (const [page, held] of this.byPage) if (now - held.touched > TRANSFER_IDLE_MS) this.byPage.delete(page);
  }
}

/** The background's side: texts arriving in pieces, and answers' claims waiting to be fetched. */
export class TextTransfers {
  private readonly streams: PerPage<{ stream: string; pieces: string[]; chars: number }>;
  private readonly answers: PerPage<{ id: string; claims: Claim[] }>;

  constructor(now: () => number = () => Date.now()) {
    this.streams = new PerPage(now);
    this.answers = new PerPage(now);
  }

  /** Adds one piece of a page's text: piece 0 starts a stream (dropping the page's earlier one); the rest come in order. */
  addPiece(page: string, { stream, index, text }: TextPieceRequest): TextPieceResponse {
    if (index === 0) this.streams.set(page, { stream, pieces: [], chars: 0 });
    const held = this.streams.get(page);
    if (!held || held.stream !== stream || held.pieces.length !== index) {
      this.streams.delete(page);
      return { ok: false, error: `lede:analyze-text:piece: piece ${index} came out of order, or its text is gone: send the text again` };
    }
    if (held.chars + text.length > ARTICLE_TEXT_MAX_CHARS) {
      this.streams.delete(page);
      return { ok: false, error: 'lede:analyze-text:piece: the text is longer than Lede analyzes' };
    }
    held.pieces.push(text);
    held.chars += text.length;
    return { ok: true, received: held.chars };
  }

  /**
   * The request with its whole text: as it is without `stream`; with one, the page's pieces sent under it
   * (taken: once). An answer to send instead when the pieces are not here (never sent, replaced, dropped).
   */
  withText(page: string, request: AnalyzeTextRequest): { request: AnalyzeTextRequest } | { refused: AnalyzeTextResponse } {
    if (request.stream === undefined) return { request };
    const held = this.streams.get(page);
    if (request.input.text !== '') return { refused: { ok: false, error: 'lede:analyze-text: a text sent in pieces leaves `input.text` empty' } };
    if (!held || held.stream !== request.stream) return { refused: { ok: false, error: 'lede:analyze-text: the text sent in pieces is gone (or never came): send it again' } };
    this.streams.delete(page);
    return { request: { ...request, input: { ...request.input, text: held.pieces.join('') } } };
  }

  /**
   * The answer as sent to the page: as it is when its claims fit one message; else with the first
   * CLAIMS_PER_ANSWER of them and `more`, the rest kept for `claimsPart` (replacing the page's earlier answer).
   */
  answerInParts(page: string, answer: AnalyzeTextResponse, newId: () => string): AnalyzeTextResponse {
    if (!answer.ok || answer.result.claims.length <= CLAIMS_PER_ANSWER) return answer;
    const { claims } = answer.result;
    const id = newId();
    this.answers.set(page, { id, claims });
    return { ok: true, result: { ...answer.result, claims: claims.slice(0, CLAIMS_PER_ANSWER) }, more: { id, total: claims.length } };
  }

  /** Up to CLAIMS_PER_ANSWER of a held answer's claims from `from`, as JSON text; the answer is let go with its last part. */
  claimsPart(page: string, { id, from }: ClaimsPartRequest): ClaimsPartResponse {
    const held = this.answers.get(page);
    if (!held || held.id !== id || from >= held.claims.length) {
      return { ok: false, error: 'lede:analyze-text:claims: this answer is gone (or has no claims from there): ask for the analysis again' };
    }
    const claims = held.claims.slice(from, from + CLAIMS_PER_ANSWER);
    if (from + claims.length >= held.claims.length) this.answers.delete(page);
    // As text: the page keeps it so (lib/pipeline/claim-book.ts), and one string costs it no GC work.
    return { ok: true, claimsJson: JSON.stringify(claims) };
  }
}

/**
 * The pieces a text is sent in: `parts` (consecutive, joined they are the text) regrouped into pieces of
 * at most `max` characters. Neighbouring small parts are put together, a long one is cut; the whole text
 * is never made into one string.
 */
export function messagePieces(parts: readonly string[], max = TEXT_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const part of parts) {
    for (let at = 0; at < part.length; ) {
      const take = Math.min(part.length - at, max - current.length);
      current += at === 0 && take === part.length ? part : part.slice(at, at + take);
      at += take;
      if (current.length === max) {
        pieces.push(current);
        current = '';
      }
    }
  }
  if (current || pieces.length === 0) pieces.push(current);
  return pieces;
}
