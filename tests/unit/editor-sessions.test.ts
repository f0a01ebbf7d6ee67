// The note editor's sessions (lib/notes/editor-sessions.ts): what a content script registers is
// given once, to whoever has the id; a tab frame keeps only its newest session; old ones are dropped.
import { describe, expect, it } from 'vitest';
import { EditorSessions, type EditorContext } from '@/lib/notes/editor-sessions';

const context = (tabId: number, frameId = 0, quote = 'the passage'): EditorContext => ({
  page: { url: `https://news.example/${tabId}` },
  title: 'A story',
  passage: { quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' } },
  incognito: false,
  tabId,
  frameId,
});

function sessions() {
  let n = 0;
  return new EditorSessions(() => `id-${++n}`);
}

describe('note editor sessions', () => {
  it('gives a session’s context once, and nothing for an id it never gave', () => {
    const s = sessions();
    const id = s.register(context(7));
    expect(s.take('id-999')).toBeNull();
    expect(s.take(id)).toEqual(context(7));
    expect(s.take(id)).toBeNull();
  });

  it('keeps one session per tab frame: a new editor there replaces the old one', () => {
    const s = sessions();
    const first = s.register(context(7, 0, 'first'));
    const otherFrame = s.register(context(7, 3));
    const second = s.register(context(7, 0, 'second'));
    expect(s.take(first)).toBeNull();
    expect(s.take(second)?.passage?.quote.exact).toBe('second');
    expect(s.take(otherFrame)?.frameId).toBe(3);
  });

  it('knows where a started editor is until it closes, and only then', () => {
    const s = sessions();
    const id = s.register(context(7, 2));
    expect(s.finish(id)).toBeNull(); // not started: its frame never asked for it
    s.take(id);
    expect(s.finish(id)).toEqual({ tabId: 7, frameId: 2 });
    expect(s.finish(id)).toBeNull();
  });

  it('drops the oldest untaken sessions beyond a small number', () => {
    const s = sessions();
    const ids = Array.from({ length: 40 }, (_, i) => s.register(context(i)));
    expect(s.take(ids[0])).toBeNull();
    expect(s.take(ids[39])?.tabId).toBe(39);
  });
});
