// The content script checks what it receives with guards generated from the protocol's zod schemas
// (lib/content-guards.ts, by scripts/protocol-gen.ts), and the read-page answer with the hand-written
// check of lib/content-messages.ts (no zod in its bundle). The zod schemas stay the definition: here
// both judge valid messages and every mutation of them (each field removed, replaced by a value of
// every other kind, an unknown field added), and must agree.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { failureMessage } from '@/lib/content-messages';
import { contentRequestGuards, isAnalyzeTextResponse, isClaimList, isClaimsPartResponse, isNotesAnchorsAnswer, isSiteSettings, isTextPieceResponse } from '@/lib/content-guards';
import { AnalyzeTextResponseSchema, ClaimListSchema, ClaimsPartResponseSchema, NotesAnchorsAnswerSchema, SiteSettingsSchema, TextPieceResponseSchema } from '@/lib/messages';
import { PROTOCOL, type MessagesTo } from '@/lib/protocol';
import { readArticleSteps } from '@/lib/pipeline/page-half';
import { answerAnalyzeText } from '@/lib/pipeline/text-service';

const REPLACEMENTS: unknown[] = [undefined, null, true, false, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'x', 'lede:analysis', 'numeric', randomUUID(), [], {}, ['numeric']];

/** Every way to break (or keep) a message one change at a time. */
function* mutations(value: unknown): Generator<unknown> {
  for (const r of REPLACEMENTS) yield r;
  if (Array.isArray(value)) {
    yield [];
    if (value.length > 0) {
      const holed = [...value];
      delete holed[0]; // a sparse array, as Firefox's structured clone may hand one over
      yield holed;
    }
    for (let i = 0; i < value.length; i++) {
      for (const m of mutations(value[i])) yield value.map((x, j) => (j === i ? m : x));
      yield value.filter((_, j) => j !== i);
    }
  } else if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    yield { ...obj, unknownField: 1 };
    yield new Map(Object.entries(obj));
    for (const key of Object.keys(obj)) {
      const { [key]: _dropped, ...rest } = obj;
      yield rest;
      for (const m of mutations(obj[key])) yield { ...obj, [key]: m };
    }
  }
}

interface Schema {
  safeParse(v: unknown): { success: boolean };
}

function agree(guard: (v: unknown) => boolean, schema: Schema, samples: unknown[]): number {
  let checked = 0;
  for (const sample of samples) {
    expect(guard(sample), JSON.stringify(sample)).toBe(true);
    expect(schema.safeParse(sample).success).toBe(true);
    for (const m of mutations(sample)) {
      const verdict = schema.safeParse(m).success;
      if (guard(m) !== verdict) throw new Error(`guard says ${!verdict}, zod says ${verdict}: ${JSON.stringify(m)}`);
      checked++;
    }
  }
  return checked;
}

async function textAnswer(page: string) {
  const doc = new JSDOM(readFileSync(`tests/fixtures/pages/${page}.html`, 'utf8'), { url: 'https://example.test/' }).window.document;
  const steps = readArticleSteps(doc);
  let r = steps.next();
  while (!r.done) r = steps.next();
  if ('status' in r.value) throw new Error('not an article');
  const answer = await answerAnalyzeText({ type: 'lede:analyze-text', input: r.value.input });
  if (!answer.ok) throw new Error(answer.error);
  // A few of each, so that every field of every kind is mutated without millions of cases.
  const { claims, themes, thesis } = answer.result;
  const kinds = new Set<string>();
  const someClaims = claims.filter((c) => !kinds.has(c.kind + c.type) && kinds.add(c.kind + c.type)).slice(0, 8);
  return { ...answer, result: { ...answer.result, claims: someClaims, themes: themes.slice(0, 2), thesis: thesis.slice(0, 2) } };
}

/** Valid requests of every message a content script answers, with each optional field present and absent. */
const CONTENT_REQUESTS: { [T in MessagesTo<'content'>]: unknown[] } = {
  'lede:analysis': [{ type: 'lede:analysis' }],
  'lede:summary': [{ type: 'lede:summary' }],
  'lede:highlights': [
    { type: 'lede:highlights', on: true },
    { type: 'lede:highlights', on: false, groups: ['numeric', 'notes'] },
  ],
  'lede:state': [{ type: 'lede:state' }],
  'lede:site': [{ type: 'lede:site', enabled: false }],
  'lede:reveal': [{ type: 'lede:reveal', start: 3, end: 9 }],
  'lede:analyze-anyway': [{ type: 'lede:analyze-anyway' }],
  'lede:notes:page': [{ type: 'lede:notes:page' }],
  'lede:editor:closed': [{ type: 'lede:editor:closed', session: randomUUID(), saved: true }, { type: 'lede:editor:closed', session: randomUUID(), saved: false }],
  'lede:notes:refresh': [{ type: 'lede:notes:refresh' }],
  'lede:notes:compose': [{ type: 'lede:notes:compose' }, { type: 'lede:notes:compose', noteId: randomUUID() }],
};

describe('content-script checks agree with the zod schemas', () => {
  it('on every request a content script answers', () => {
    let n = 0;
    for (const [type, samples] of Object.entries(CONTENT_REQUESTS) as [MessagesTo<'content'>, unknown[]][]) {
      n += agree(contentRequestGuards[type], PROTOCOL[type].request, samples);
      // A request of another type never passes this one's guard.
      for (const other of Object.values(CONTENT_REQUESTS).flat()) if ((other as { type: string }).type !== type) expect(contentRequestGuards[type](other)).toBe(false);
    }
    expect(n).toBeGreaterThan(300);
  });

  it('on the background’s answers and the stored site settings', async () => {
    const long = await textAnswer('amp-streaming-price-rise');
    const a = agree(isAnalyzeTextResponse, AnalyzeTextResponseSchema, [
      await textAnswer('wp-chipmaker-fabs'),
      long,
      // An answer whose claims come in parts.
      { ...long, result: { ...long.result, claims: long.result.claims.slice(0, 2) }, more: { id: randomUUID(), total: long.result.claims.length } },
      { ok: false, error: 'lede:analyze-text: malformed request' },
    ]);
    const parts =
      agree(isTextPieceResponse, TextPieceResponseSchema, [{ ok: true, received: 65536 }, { ok: false, error: 'lede:analyze-text:piece: out of order' }]) +
      agree(isClaimsPartResponse, ClaimsPartResponseSchema, [{ ok: true, claimsJson: JSON.stringify(long.result.claims.slice(0, 3)) }, { ok: false, error: 'lede:analyze-text:claims: gone' }]) +
      // What a part's JSON text holds.
      agree(isClaimList, ClaimListSchema, [[], long.result.claims.slice(0, 3)]);
    expect(parts).toBeGreaterThan(100);
    const b = agree(isNotesAnchorsAnswer, NotesAnchorsAnswerSchema, [
      { ok: true, anchors: {} },
      { ok: true, anchors: { [randomUUID()]: { start: 4, end: 19 }, [randomUUID()]: null } },
    ]);
    const c = agree(isSiteSettings, SiteSettingsSchema, [{}, { enabled: true }, { enabled: false, groups: ['numeric', 'sponsored'] }]);
    expect(a).toBeGreaterThan(1000);
    expect(b + c).toBeGreaterThan(100);
  });

  it('reads a failure’s message, and nothing from anything else', () => {
    expect(failureMessage({ ok: false, error: 'Notes from private windows are not kept.', code: 'private' })).toBe('Notes from private windows are not kept.');
    for (const other of [null, undefined, 'error', { ok: false }, { ok: true, error: 'x' }, { ok: false, error: 5 }]) expect(failureMessage(other)).toBeNull();
  });
});
