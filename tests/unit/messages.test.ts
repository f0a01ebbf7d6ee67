import { describe, expect, it } from 'vitest';
import { AnalysisResponseSchema, HighlightsResponseSchema, SiteSettingsSchema, StateResponseSchema } from '@/lib/messages';
import { handlers, type HandlerTable } from '@/lib/handlers';
import { messagesTo, parseRequest, type MessagesTo } from '@/lib/protocol';

/** The content script's table with each handler answering its parsed request: what gets through. */
const echo = Object.fromEntries(messagesTo('content').map((type) => [type, (request: unknown) => request])) as unknown as HandlerTable<MessagesTo<'content'>>;
const dispatch = handlers(parseRequest, echo);
const parseContentRequest = (message: unknown) => dispatch(message)?.answer ?? null;

describe('lede:* messages', () => {
  it('accepts the two fixed messages and the extension ones', () => {
    expect(parseContentRequest({ type: 'lede:analysis' })).toEqual({ type: 'lede:analysis' });
    expect(parseContentRequest({ type: 'lede:highlights', on: false })).toEqual({ type: 'lede:highlights', on: false });
    expect(parseContentRequest({ type: 'lede:highlights', on: true, groups: ['numeric', 'sponsored'] })).toMatchObject({ groups: ['numeric', 'sponsored'] });
    expect(parseContentRequest({ type: 'lede:state' })).toEqual({ type: 'lede:state' });
    expect(parseContentRequest({ type: 'lede:site', enabled: false })).toEqual({ type: 'lede:site', enabled: false });
  });

  it('ignores anything else', () => {
    for (const bad of [
      null,
      'lede:analysis',
      {},
      { type: 'lede:unknown' },
      { type: 'lede:highlights' },
      { type: 'lede:highlights', on: 'yes' },
      { type: 'lede:highlights', on: true, groups: ['everything'] },
      { type: 'lede:site' },
      { type: 'other', on: true },
    ]) {
      expect(parseContentRequest(bad)).toBeNull();
    }
  });

  it('checks answers too', () => {
    expect(AnalysisResponseSchema.safeParse({ status: 'pending' }).success).toBe(true);
    expect(AnalysisResponseSchema.safeParse({ status: 'done' }).success).toBe(false);
    expect(HighlightsResponseSchema.safeParse({ on: true, groups: ['numeric'], scope: 'key' }).success).toBe(true);
    expect(HighlightsResponseSchema.safeParse({ on: true }).success).toBe(false);
    const state = { status: 'article', on: true, groups: [], scope: 'key', siteEnabled: true, site: 'example.org', claims: 3, sponsored: 0 };
    expect(StateResponseSchema.safeParse(state).success).toBe(true);
    expect(StateResponseSchema.safeParse({ ...state, claims: -1 }).success).toBe(false);
  });

  it('reads stored site settings and rejects junk', () => {
    expect(SiteSettingsSchema.safeParse({ enabled: false, groups: ['numeric'] }).success).toBe(true);
    expect(SiteSettingsSchema.safeParse({ groups: 'numeric' }).success).toBe(false);
  });
});
