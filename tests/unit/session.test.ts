// @vitest-environment jsdom
// The content script's session with the text half answered (or not) by a stand-in for the background:
// the Analysis it holds is the same as analyze() gives, and a background that fails is asked again,
// then left alone without breaking the page.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedeSession } from '@/components/page/session';
import { Reader, TextHalfRefused } from '@/lib/pipeline/reader';
import { analyzeText, type ArticleInput } from '@/lib/pipeline/text-half';
import { readArticleSteps } from '@/lib/pipeline/page-half';
import { analyze } from '@/lib/pipeline/analyze';
import { bookedText } from '@/lib/pipeline/claim-book';
import type { Analysis } from '@/lib/analysis';

const html = readFileSync('tests/fixtures/pages/divs-airline-merger.html', 'utf8');

function loadPage(): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

function session(analyze: (input: ArticleInput) => Promise<ReturnType<typeof analyzeText>>) {
  let settled = 0;
  const s = new LedeSession({
    win: window,
    isInvalid: () => false,
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
    // Retries wait on the reader's injected timer: here, no real time passes.
    reader: new Reader({ analyzeText: async (input) => bookedText(await analyze(input)), loadPageHalf: async () => readArticleSteps, setTimeout: (fn) => queueMicrotask(fn) }),
    onSettled: () => void settled++,
  });
  return { s, settled: () => settled };
}

const withoutTimings = (a: Analysis) => ({ ...a, timings: null });

afterEach(() => vi.restoreAllMocks());

describe('LedeSession with the text half in the background', () => {
  it('holds the same Analysis as analyze() once the background answers', async () => {
    loadPage();
    const { s, settled } = session(async (input) => structuredClone(analyzeText(input)));
    await s.start();
    const answer = s.handle['lede:analysis']({ type: 'lede:analysis' }) as Analysis;
    expect(settled()).toBe(1);
    expect(answer.claims.length).toBeGreaterThan(0);
    expect(withoutTimings(answer)).toEqual(withoutTimings(analyze(document, { url: location.href }) as Analysis));
    s.destroy();
  });

  it('asks again when the background fails, and gives up quietly after a few tries', async () => {
    loadPage();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    const flaky = session(async (input) => {
      if (++calls < 3) throw new Error('Could not establish connection. Receiving end does not exist.');
      return analyzeText(input);
    });
    await flaky.s.start();
    expect(calls).toBe(3);
    expect(flaky.s.handle['lede:state']({ type: 'lede:state' })).toMatchObject({ status: 'article' });
    flaky.s.destroy();

    calls = 0;
    const down = session(async () => {
      calls++;
      throw new Error('Extension context invalidated.');
    });
    await down.s.start();
    expect(calls).toBe(3);
    expect(down.s.handle['lede:analysis']({ type: 'lede:analysis' })).toEqual({ status: 'pending' });
    expect(warn).toHaveBeenCalledOnce();
    expect(document.querySelector('lede-root, [data-lede-sponsored], [data-lede-highlight]')).toBeNull();
    // Asking again (the popup opening) starts a new attempt.
    await vi.waitFor(() => expect(calls).toBe(6));
    down.s.destroy();
  });

  it('does not ask again when the background refuses the text', async () => {
    loadPage();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    const { s } = session(async () => {
      calls++;
      throw new TextHalfRefused('lede:analyze-text: malformed request');
    });
    await s.start();
    s.handle['lede:analysis']({ type: 'lede:analysis' });
    await new Promise((done) => setTimeout(done, 50));
    expect(calls).toBe(1);
    s.destroy();
  });

  it('draws nothing of a page the reader left while the background was working', async () => {
    loadPage();
    let release: (() => void) | null = null;
    const { s } = session(async (input) => {
      await new Promise<void>((done) => (release = done));
      return analyzeText(input);
    });
    const started = s.start();
    // The background is at work once the text half has been asked for.
    await vi.waitFor(() => expect(release).not.toBeNull());
    history.pushState({}, '', '/another-story');
    release!();
    await started;
    expect(s.handle['lede:analysis']({ type: 'lede:analysis' })).toEqual({ status: 'pending' });
    s.destroy();
    history.back();
  });
});

describe('LedeSession live ranges', () => {
  /** A stand-in for CSS.highlights and Highlight (jsdom has neither), and no layout to measure. */
  function withHighlightApi() {
    const registry = new Map<string, { ranges: Set<AbstractRange> }>();
    const win = window as unknown as { CSS?: unknown; Highlight?: unknown };
    const was = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = class {
      ranges = new Set<AbstractRange>();
      add(range: AbstractRange) {
        this.ranges.add(range);
      }
    };
    const proto = Range.prototype as unknown as Record<string, unknown>;
    const noRect = () => ({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 });
    proto.getBoundingClientRect ??= noRect;
    proto.getClientRects ??= () => [];
    const drawn = () => [...registry.values()].reduce((n, h) => n + h.ranges.size, 0);
    return { drawn, restore: () => Object.assign(win, was) };
  }

  it('makes live ranges only for the claims it draws, and the others when "All claims" draws them', async () => {
    loadPage();
    const api = withHighlightApi();
    const { s } = session(async (input) => structuredClone(analyzeText(input)));
    const createRange = vi.spyOn(document, 'createRange');
    await s.start();
    const claims = (s.handle['lede:analysis']({ type: 'lede:analysis' }) as Analysis).claims;
    const underlined = (list: typeof claims) => list.filter((c) => c.kind !== 'strategic').length;
    const key = claims.filter((c) => c.key);
    expect(key.length).toBeGreaterThan(0);
    expect(claims.length).toBeGreaterThan(key.length + 5);
    // Key claims only (the default scope): one range each, none for the rest.
    expect(createRange).toHaveBeenCalledTimes(key.length);
    expect(api.drawn()).toBe(underlined(key));

    s.toggleScope(); // "All claims"
    await vi.waitFor(() => expect(api.drawn()).toBe(underlined(claims)));
    expect(createRange).toHaveBeenCalledTimes(claims.length); // the key claims' ranges are used again

    s.toggleScope(); // back to key claims: nothing new is made
    await vi.waitFor(() => expect(api.drawn()).toBe(underlined(key)));
    expect(createRange).toHaveBeenCalledTimes(claims.length);

    // Highlights off lets every range go; on again makes the key claims' anew.
    s.handle['lede:highlights']({ type: 'lede:highlights', on: false });
    expect(api.drawn()).toBe(0);
    s.handle['lede:highlights']({ type: 'lede:highlights', on: true });
    await vi.waitFor(() => expect(api.drawn()).toBe(underlined(key)));
    expect(createRange).toHaveBeenCalledTimes(claims.length + key.length);
    s.destroy();
    api.restore();
  });
});
