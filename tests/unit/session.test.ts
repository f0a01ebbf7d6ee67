// @vitest-environment jsdom
// The content script's session with the text half answered (or not) by a stand-in for the background:
// the Analysis it holds is the same as analyze() gives, and a background that fails is asked again,
// then left alone without breaking the page.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LedeSession } from '@/entrypoints/content/session';
import { TextAnalysisRefused } from '@/lib/content-messages';
import { analyseText, type ArticleInput } from '@/lib/analyse-text';
import { readArticleSteps } from '@/lib/read-article';
import { analyze } from '@/lib/analyze';
import type { Analysis } from '@/lib/analysis';

const html = readFileSync('tests/fixtures/pages/divs-airline-merger.html', 'utf8');

function loadPage(): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

function session(analyse: (input: ArticleInput) => Promise<ReturnType<typeof analyseText>>) {
  let settled = 0;
  const s = new LedeSession({
    win: window,
    isInvalid: () => false,
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
    analyseText: analyse,
    loadPageHalf: async () => readArticleSteps,
    onSettled: () => void settled++,
  });
  return { s, settled: () => settled };
}

const withoutTimings = (a: Analysis) => ({ ...a, timings: null });

afterEach(() => vi.restoreAllMocks());

describe('LedeSession with the text half in the background', () => {
  it('holds the same Analysis as analyze() once the background answers', async () => {
    loadPage();
    const { s, settled } = session(async (input) => structuredClone(analyseText(input)));
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
      return analyseText(input);
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
    expect(document.querySelector('lede-root, [data-lede-sponsored]')).toBeNull();
    // Asking again (the popup opening) starts a new attempt.
    await vi.waitFor(() => expect(calls).toBe(6), { timeout: 5000 });
    down.s.destroy();
  }, 15_000);

  it('does not ask again when the background refuses the text', async () => {
    loadPage();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let calls = 0;
    const { s } = session(async () => {
      calls++;
      throw new TextAnalysisRefused('lede:analyse-text: malformed request');
    });
    await s.start();
    s.handle['lede:analysis']({ type: 'lede:analysis' });
    await new Promise((done) => setTimeout(done, 50));
    expect(calls).toBe(1);
    s.destroy();
  });

  it('draws nothing of a page the reader left while the background was working', async () => {
    loadPage();
    // Set once the background is asked (reading the page first takes a few slices).
    let release: (() => void) | undefined;
    const { s } = session(async (input) => {
      await new Promise<void>((done) => (release = done));
      return analyseText(input);
    });
    const started = s.start();
    await vi.waitFor(() => expect(release).toBeDefined(), { timeout: 10_000 });
    history.pushState({}, '', '/another-story');
    release?.();
    await started;
    expect(s.handle['lede:analysis']({ type: 'lede:analysis' })).toEqual({ status: 'pending' });
    s.destroy();
    history.back();
  });
});
