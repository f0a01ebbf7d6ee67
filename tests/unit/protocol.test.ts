// The protocol table is the one declaration of every lede:* message: what it generates (the content
// script's guards, the README's table) is up to date, each entry is consistent, and the handler
// tables built on it dispatch by type, parse first and refuse what does not parse.
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_GUARDS_FILE, guardSource, README_FILE, renderContentGuards, withMessageTable } from '../../scripts/protocol-gen';
import { guardedBy, handlers, messageListener } from '@/lib/handlers';
import { contentRequestGuards } from '@/lib/content-guards';
import { MESSAGE_TYPES, PROTOCOL, parseRequest } from '@/lib/protocol';

describe('what the protocol generates', () => {
  it('lib/content-guards.ts is up to date (else: npm run gen:protocol)', () => {
    expect(readFileSync(CONTENT_GUARDS_FILE, 'utf8')).toBe(renderContentGuards());
  });

  it('the README’s message table is up to date (else: npm run gen:protocol)', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    expect(withMessageTable(readme)).toBe(readme);
    for (const type of MESSAGE_TYPES) expect(readme).toContain(`type: "${type}"`);
  });

  it('writes guards only for schema kinds it knows, and stops on any other', () => {
    expect(guardSource(z.strictObject({ n: z.int().check(z.gte(1), z.lte(9)), s: z.optional(z.string().check(z.maxLength(4))) }))).toBe(
      'shape({ n: int(1, 9), s: optional(stringUpTo(4)) }, true)',
    );
    for (const unknownKind of [z.date(), z.string().check(z.minLength(2)), z.number().check(z.gt(0)), z.looseObject({}), z.array(z.string()).check(z.minLength(1))]) {
      expect(() => guardSource(unknownKind)).toThrow(/no guard/);
    }
  });
});

describe('the protocol table', () => {
  it('names each request by its own key, and sends nothing to its sender', () => {
    for (const type of MESSAGE_TYPES) {
      const spec = PROTOCOL[type];
      expect((spec.request as unknown as { _zod: { def: { shape: { type: { _zod: { def: { values: unknown[] } } } } } } })._zod.def.shape.type._zod.def.values).toEqual([type]);
      expect(spec.from).not.toContain(spec.to);
      expect(spec.answer.length).toBeGreaterThan(0);
    }
  });
});

describe('handler tables', () => {
  const table = {
    'lede:site': vi.fn((request: { enabled: boolean }) => ({ status: 'disabled' as const, on: false, groups: [], scope: 'key' as const, siteEnabled: request.enabled, site: 'example.org', claims: 0, sponsored: 0 })),
    'lede:reveal': vi.fn(async () => ({ ok: true })),
  };

  it('hands a handler its parsed request, and leaves other types to other listeners', async () => {
    const dispatch = handlers<'lede:site' | 'lede:reveal'>(parseRequest, table);
    expect(dispatch({ type: 'lede:site', enabled: true })).toEqual({ answer: expect.objectContaining({ siteEnabled: true }) });
    expect(table['lede:site']).toHaveBeenCalledWith({ type: 'lede:site', enabled: true }, undefined);
    expect(await dispatch({ type: 'lede:reveal', start: 1, end: 2 })?.answer).toEqual({ ok: true });
    for (const other of [{ type: 'lede:state' }, { type: 'toString' }, { type: '__proto__' }, null, 'lede:site', {}]) expect(dispatch(other)).toBeNull();
  });

  it('ignores a malformed request, or refuses it with an answer, and never calls its handler', () => {
    table['lede:site'].mockClear();
    const bad = { type: 'lede:site', enabled: 'yes' };
    expect(handlers<'lede:site'>(parseRequest, { 'lede:site': table['lede:site'] })(bad)).toBeNull();
    const refusing = handlers<'lede:site'>(parseRequest, { 'lede:site': table['lede:site'] }, (type, error) => ({ refused: type, zod: error instanceof Error }));
    expect(refusing(bad)).toEqual({ answer: { refused: 'lede:site', zod: true } });
    expect(table['lede:site']).not.toHaveBeenCalled();
  });

  it('parses with the generated guards as it does with zod', () => {
    const byGuards = handlers<'lede:reveal'>(guardedBy(contentRequestGuards), { 'lede:reveal': () => ({ ok: true }) });
    const byZod = handlers<'lede:reveal'>(parseRequest, { 'lede:reveal': () => ({ ok: true }) });
    for (const message of [{ type: 'lede:reveal', start: 0, end: 4 }, { type: 'lede:reveal', start: -1, end: 4 }, { type: 'lede:reveal', start: 0, end: 4, extra: 1 }]) {
      expect(byGuards(message)).toEqual(byZod(message));
    }
  });

  it('answers through sendResponse from a listener, keeping the channel open only for what it answers', async () => {
    const dispatch = handlers<'lede:site' | 'lede:reveal', string>(parseRequest, { 'lede:site': () => table['lede:site']({ enabled: false }), 'lede:reveal': async () => Promise.reject(new Error('gone')) });
    const listener = messageListener(dispatch, (sender: { trusted: boolean }) => (sender.trusted ? 'asker' : null));
    const sent: unknown[] = [];
    expect(listener({ type: 'lede:site', enabled: false }, { trusted: true }, (a) => sent.push(a))).toBe(true);
    expect(sent).toEqual([expect.objectContaining({ siteEnabled: false })]); // at once, not a task later
    expect(listener({ type: 'lede:site', enabled: false }, { trusted: false }, (a) => sent.push(a))).toBe(false);
    expect(listener({ type: 'lede:state' }, { trusted: true }, (a) => sent.push(a))).toBe(false);
    expect(listener({ type: 'lede:reveal', start: 0, end: 1 }, { trusted: true }, (a) => sent.push(a))).toBe(true);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ ok: false, error: 'gone' });
  });
});
