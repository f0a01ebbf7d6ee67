// @vitest-environment jsdom
// The Reader: the one seam between a page and the pipeline. A page that is no article never loads the
// page half's code; an article comes back as the same Analysis analyze() gives; a reading the caller
// gave up on comes back cancelled and never asks the background.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Reader } from '@/lib/pipeline/reader';
import { readArticleSteps } from '@/lib/pipeline/page-half';
import { analyzeText } from '@/lib/pipeline/text-half';
import { analyze } from '@/lib/pipeline/analyze';
import { bookedText, fullAnalysis } from '@/lib/pipeline/claim-book';
import type { Analysis } from '@/lib/analysis';

function readerCounting() {
  const calls = { pageHalf: 0, text: 0 };
  const reader = new Reader({
    loadPageHalf: async () => (calls.pageHalf++, readArticleSteps),
    analyzeText: async (input) => (calls.text++, bookedText(structuredClone(analyzeText(input)))),
    setTimeout: (fn) => queueMicrotask(fn),
  });
  return { reader, calls };
}

const open = { force: false, cancelled: () => false, url: 'https://example.test/story' };

describe('Reader', () => {
  it('does not load the page half where the first look finds no article', async () => {
    document.body.innerHTML = '<nav><a href="/">Home</a></nav><p>Sign in to continue.</p>';
    const { reader, calls } = readerCounting();
    expect(await reader.read(document, open)).toEqual({ status: 'not-article' });
    expect(calls).toEqual({ pageHalf: 0, text: 0 });
  });

  it('reads an article into the Analysis analyze() gives', async () => {
    const html = readFileSync('tests/fixtures/pages/wp-grocer-chip-supply.html', 'utf8');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const { reader, calls } = readerCounting();
    const outcome = await reader.read(document, open);
    if (outcome.status !== 'article') throw new Error(`not read: ${outcome.status}`);
    const expected = analyze(document, { url: open.url }) as Analysis;
    const strip = (a: Analysis) => ({ ...a, timings: null });
    expect(strip(fullAnalysis(outcome.detailed.analysis))).toEqual(strip(expected));
    expect(outcome.detailed.analysis.timings.readIn).toBe('page');
    expect(calls).toEqual({ pageHalf: 1, text: 1 });

    let cancelled = false;
    const late = reader.read(document, { ...open, cancelled: () => cancelled });
    cancelled = true;
    expect(await late).toEqual({ status: 'cancelled' });
    expect(calls.text).toBe(1);
  });
});
