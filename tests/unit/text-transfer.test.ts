// A long article between the page and the background: its text goes in pieces, its answer comes back in
// parts, and what arrives is exactly what one message each way would have carried. The background keeps
// pieces and parts per page, in order, bounded, and lets abandoned ones go.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messagePieces, TextTransfers, TRANSFER_MAX_PAGES } from '@/lib/pipeline/text-transfer';
import { analyzeTextRequest } from '@/lib/pipeline/text-service';
import { analyzeText, type ArticleInput } from '@/lib/pipeline/text-half';
import { analyzeTextInBackground } from '@/entrypoints/content/text-analysis';
import { TextHalfRefused } from '@/lib/pipeline/reader';
import { parseRequest } from '@/lib/protocol';
import { ARTICLE_TEXT_MAX_CHARS, CLAIMS_PER_ANSWER, TEXT_PIECE_CHARS, TRANSFER_IDLE_MS } from '@/lib/limits';
import type { AnalyzeTextResponse } from '@/lib/messages';
import type { Claim } from '@/lib/analysis';

const STREAM = '0b7f6f0e-3a2c-4d59-9a53-5d2b8f1c2e11';
const OTHER = '6c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';

describe('messagePieces', () => {
  it('regroups parts into pieces of at most the bound whose join is the text', () => {
    const parts = ['ab', 'cde', 'f', 'ghijklmnop', '', 'q'];
    const pieces = messagePieces(parts, 4);
    expect(pieces.join('')).toBe(parts.join(''));
    expect(pieces.every((p) => p.length <= 4)).toBe(true);
    expect(pieces).toEqual(['abcd', 'efgh', 'ijkl', 'mnop', 'q']);
  });

  it('sends a short text as one piece, and an empty one as one empty piece', () => {
    expect(messagePieces(['one ', 'story'])).toEqual(['one story']);
    expect(messagePieces([])).toEqual(['']);
  });
});

describe('TextTransfers: pieces of a text', () => {
  it('joins a page’s pieces sent in order, once', () => {
    const t = new TextTransfers();
    expect(t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: 'Rates ' })).toEqual({ ok: true, received: 6 });
    expect(t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 1, text: 'rose.' })).toEqual({ ok: true, received: 11 });
    const request = { type: 'lede:analyze-text' as const, input: { text: '', blockStarts: [0], title: 'T', langHint: null }, stream: STREAM };
    expect(t.withText('1:0', request)).toEqual({ request: { ...request, input: { ...request.input, text: 'Rates rose.' } } });
    expect(t.withText('1:0', request)).toHaveProperty('refused.ok', false);
  });

  it('keeps each page’s text apart: another tab or frame gets nothing of it', () => {
    const t = new TextTransfers();
    t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: 'mine' });
    const request = { type: 'lede:analyze-text' as const, input: { text: '', blockStarts: [0], title: '', langHint: null }, stream: STREAM };
    expect(t.withText('1:3', request)).toHaveProperty('refused');
    expect(t.withText('2:0', request)).toHaveProperty('refused');
    expect(t.withText('1:0', request)).toHaveProperty('request.input.text', 'mine');
  });

  it('refuses a piece out of order or of another stream, and drops the stream', () => {
    const t = new TextTransfers();
    t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: 'a' });
    expect(t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 2, text: 'c' }).ok).toBe(false);
    expect(t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 1, text: 'b' }).ok).toBe(false);
    t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: 'a' });
    expect(t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: OTHER, index: 1, text: 'b' }).ok).toBe(false);
  });

  it('a new stream from the page replaces its earlier one', () => {
    const t = new TextTransfers();
    t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: 'old' });
    t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: OTHER, index: 0, text: 'new' });
    const input = { text: '', blockStarts: [0], title: '', langHint: null };
    expect(t.withText('1:0', { type: 'lede:analyze-text', input, stream: STREAM })).toHaveProperty('refused');
    expect(t.withText('1:0', { type: 'lede:analyze-text', input, stream: OTHER })).toHaveProperty('request.input.text', 'new');
  });

  it('refuses a text longer than Lede analyzes', () => {
    const t = new TextTransfers();
    const piece = 'x'.repeat(TEXT_PIECE_CHARS);
    let answer = t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: piece });
    for (let i = 1; answer.ok; i++) answer = t.addPiece('1:0', { type: 'lede:analyze-text:piece', stream: STREAM, index: i, text: piece });
    expect(answer).toEqual({ ok: false, error: expect.stringMatching(/longer than Lede analyzes/) });
    expect(Math.ceil(ARTICLE_TEXT_MAX_CHARS / TEXT_PIECE_CHARS)).toBeGreaterThan(1);
  });

  it('drops pieces left idle, and the oldest page’s beyond the bound on pages', () => {
    let now = 0;
    const t = new TextTransfers(() => now);
    const input = { text: '', blockStarts: [0], title: '', langHint: null };
    t.addPiece('idle', { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: 'x' });
    now += TRANSFER_IDLE_MS + 1;
    expect(t.addPiece('idle', { type: 'lede:analyze-text:piece', stream: STREAM, index: 1, text: 'y' }).ok).toBe(false);
    for (let p = 0; p <= TRANSFER_MAX_PAGES; p++) t.addPiece(`${p}:0`, { type: 'lede:analyze-text:piece', stream: STREAM, index: 0, text: `page ${p}` });
    expect(t.withText('0:0', { type: 'lede:analyze-text', input, stream: STREAM })).toHaveProperty('refused');
    expect(t.withText(`${TRANSFER_MAX_PAGES}:0`, { type: 'lede:analyze-text', input, stream: STREAM })).toHaveProperty('request.input.text', `page ${TRANSFER_MAX_PAGES}`);
  });
});

describe('TextTransfers: an answer in parts', () => {
  const claim = (i: number) => ({ id: `c${i}`, kind: 'number', text: String(i), start: i, end: i + 1, themes: [], rank: i + 1, key: false }) as Claim;
  const answerWith = (n: number): AnalyzeTextResponse => ({
    ok: true,
    result: { lang: 'en', claims: Array.from({ length: n }, (_, i) => claim(i)), thesis: [], themes: [], topics: [], analyzeMs: 1 },
  });

  it('sends an answer with few claims as it is', () => {
    const t = new TextTransfers();
    const answer = answerWith(CLAIMS_PER_ANSWER);
    expect(t.answerInParts('1:0', answer, () => STREAM)).toBe(answer);
  });

  it('sends the first claims with a handle, then the rest in parts until the last, then lets it go', () => {
    const t = new TextTransfers();
    const total = CLAIMS_PER_ANSWER * 2 + 5;
    const first = t.answerInParts('1:0', answerWith(total), () => STREAM);
    if (!first.ok || !first.more) throw new Error('expected an answer in parts');
    expect(first.more).toEqual({ id: STREAM, total });
    const claims = [...first.result.claims];
    expect(claims).toHaveLength(CLAIMS_PER_ANSWER);
    expect(t.claimsPart('2:0', { type: 'lede:analyze-text:claims', id: STREAM, from: claims.length }).ok).toBe(false);
    expect(t.claimsPart('1:0', { type: 'lede:analyze-text:claims', id: OTHER, from: claims.length }).ok).toBe(false);
    while (claims.length < total) {
      const part = t.claimsPart('1:0', { type: 'lede:analyze-text:claims', id: STREAM, from: claims.length });
      if (!part.ok) throw new Error(part.error);
      claims.push(...(JSON.parse(part.claimsJson) as Claim[]));
    }
    expect(claims).toEqual((answerWith(total) as { result: { claims: Claim[] } }).result.claims);
    expect(t.claimsPart('1:0', { type: 'lede:analyze-text:claims', id: STREAM, from: 0 }).ok).toBe(false);
  });
});

describe('the content script and the background over messages', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  /** The background's side as background.ts wires it, every message and answer structured-cloned. */
  function fakeBackground() {
    const transfers = new TextTransfers();
    const sent: string[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (raw: unknown) => {
      const message = structuredClone(raw) as { type: string };
      sent.push(message.type);
      if (message.type === 'lede:analyze-text:piece') {
        const parsed = parseRequest('lede:analyze-text:piece', message);
        return structuredClone(parsed.success ? transfers.addPiece('7:0', parsed.data) : { ok: false, error: 'malformed' });
      }
      if (message.type === 'lede:analyze-text:claims') {
        const parsed = parseRequest('lede:analyze-text:claims', message);
        return structuredClone(parsed.success ? transfers.claimsPart('7:0', parsed.data) : { ok: false, error: 'malformed' });
      }
      const parsed = parseRequest('lede:analyze-text', message);
      if (!parsed.success) return { ok: false, error: 'malformed' };
      const whole = transfers.withText('7:0', parsed.data);
      if ('refused' in whole) return whole.refused;
      return structuredClone(transfers.answerInParts('7:0', await analyzeTextRequest(whole.request), () => OTHER));
    }) as never);
    return sent;
  }

  it('a long article’s text goes in pieces and its many claims come back in parts, as one message each way would give them', async () => {
    const paragraph = (i: number) => `In section ${i}, spending on the quay reached $${(i % 90) + 3}.5 million, up ${(i % 40) + 2}% from 2024.`;
    // The text as the page half leaves it: pieces made one per step (here one per block), joined.
    const stepPieces = Array.from({ length: 3000 }, (_, i) => (i === 0 ? paragraph(i) : `\n\n${paragraph(i)}`));
    const text = stepPieces.join('');
    let end = 0;
    const blockStarts = stepPieces.map((piece) => {
      const start = end + (piece.startsWith('\n\n') ? 2 : 0);
      end += piece.length;
      return start;
    });
    const input: ArticleInput = { text, blockStarts, title: 'Full report of the harbour committee', langHint: 'en' };
    const expected = analyzeText(structuredClone(input));
    expect(expected.claims.length).toBeGreaterThan(CLAIMS_PER_ANSWER);
    expect(text.length).toBeGreaterThan(TEXT_PIECE_CHARS);

    const sent = fakeBackground();
    const result = await analyzeTextInBackground(input, stepPieces);
    expect({ ...result, claims: result.claims.all(), analyzeMs: 0 }).toEqual({ ...expected, analyzeMs: 0 });
    expect(sent.filter((t) => t === 'lede:analyze-text:piece')).toHaveLength(Math.ceil(text.length / TEXT_PIECE_CHARS));
    expect(sent.filter((t) => t === 'lede:analyze-text')).toHaveLength(1);
    expect(sent.filter((t) => t === 'lede:analyze-text:claims')).toHaveLength(Math.ceil(expected.claims.length / CLAIMS_PER_ANSWER) - 1);
  });

  it('a part whose JSON text does not hold claims is refused, as a malformed answer is', async () => {
    const claims = Array.from({ length: CLAIMS_PER_ANSWER + 1 }, (_, i) => ({ id: `c${i}`, kind: 'number', text: '1', start: i, end: i + 1, themes: [], rank: 1, key: false }));
    const result = { lang: 'en', claims: claims.slice(0, CLAIMS_PER_ANSWER), thesis: [], themes: [], topics: [], analyzeMs: 1 };
    for (const claimsJson of ['[{"id": 1}]', '{"0": "x"}', 'not json', '[]']) {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) =>
        message.type === 'lede:analyze-text' ? { ok: true, result, more: { id: OTHER, total: claims.length } } : { ok: true, claimsJson }) as never);
      const input: ArticleInput = { text: 'Harbour', blockStarts: [0], title: 'Harbour', langHint: 'en' };
      const error = await analyzeTextInBackground(input).catch((e: unknown) => e);
      // An empty part is the background failing (worth a retry); anything else is final.
      if (claimsJson === '[]') expect(error).not.toBeInstanceOf(TextHalfRefused);
      else expect(error).toBeInstanceOf(TextHalfRefused);
      expect(error).toBeInstanceOf(Error);
    }
  });

  it('an article of ordinary length is one message each way', async () => {
    const text = 'Spending on the quay reached $3.5 million in 2024, and the port will likely add 4 cranes by 2027.';
    const input: ArticleInput = { text, blockStarts: [0], title: 'Harbour', langHint: 'en' };
    const sent = fakeBackground();
    const result = await analyzeTextInBackground(input, [text.slice(0, 20), text.slice(20)]);
    expect(result.claims.all().map((c) => c.text)).toEqual(analyzeText(input).claims.map((c) => c.text));
    expect(sent).toEqual(['lede:analyze-text']);
  });
});
