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
    reader: new Reader({ analyzeText: analyze, loadPageHalf: async () => readArticleSteps, setTimeout: (fn) => queueMicrotask(fn) }),
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
    expect(document.querySelector('lede-root, [data-lede-sponsored]')).toBeNull();
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
