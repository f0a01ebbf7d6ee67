// The pipeline's two halves: the page half (page-half.ts) and the text half (text-half.ts, answered by
// the background as lede:analyze-text) put together give exactly what analyze() gives in one go.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/pipeline/analyze';
import { completeAnalysis } from '@/lib/pipeline/complete';
import { bookedText, fullAnalysis } from '@/lib/pipeline/claim-book';
import { readArticleSteps, type ArticleReading } from '@/lib/pipeline/page-half';
import { answerAnalyzeText } from '@/lib/pipeline/text-service';
import { ARTICLE_TEXT_MAX_CHARS, AnalyzeTextResponseSchema } from '@/lib/messages';

const page = (name: string) => new JSDOM(readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8'), { url: 'https://example.test/a' }).window.document;

function read(doc: Document): ArticleReading {
  const steps = readArticleSteps(doc);
  for (;;) {
    const r = steps.next();
    if (r.done) {
      if ('status' in r.value) throw new Error('not an article');
      return r.value;
    }
  }
}

const withoutTimings = <T extends { timings: unknown }>(a: T) => ({ ...a, timings: null });

describe('the two halves of the pipeline', () => {
  for (const name of ['wp-chipmaker-fabs', 'divs-airline-merger', 'de-stadtwerke-fernwaerme']) {
    it(`page half + text half over a message = analyze() on ${name}`, async () => {
      const doc = page(name);
      const reading = read(doc);
      // Through a structured clone, as the message goes: only plain data crosses.
      const message = structuredClone({ type: 'lede:analyze-text', input: reading.input });
      const answer = AnalyzeTextResponseSchema.parse(structuredClone(await answerAnalyzeText(message)));
      if (!answer.ok) throw new Error(answer.error);
      const split = fullAnalysis(completeAnalysis(reading, bookedText(answer.result), 'https://example.test/a').analysis);
      const whole = analyze(doc, { url: 'https://example.test/a' });
      expect(withoutTimings(split)).toEqual(withoutTimings(whole as typeof split));
      expect(split.claims.length).toBeGreaterThan(0);
    });
  }

  it('the background refuses malformed requests with a clear error and runs nothing', async () => {
    const bad = [
      { type: 'lede:analyze-text' },
      { type: 'lede:analyze-text', input: { text: 5, blockStarts: [], title: '', langHint: null } },
      { type: 'lede:analyze-text', input: { text: 'abc', blockStarts: [-1], title: '', langHint: null } },
      { type: 'lede:analyze-text', input: { text: 'abc', blockStarts: [0, 2, 1], title: '', langHint: null } },
      { type: 'lede:analyze-text', input: { text: 'abc', blockStarts: [0, 9], title: '', langHint: null } },
      { type: 'lede:analyze-text', input: { text: 'word '.repeat(ARTICLE_TEXT_MAX_CHARS / 5 + 1), blockStarts: [0], title: '', langHint: null } },
    ];
    for (const message of bad) {
      const answer = await answerAnalyzeText(message);
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error).toMatch(/^lede:analyze-text: /);
    }
  });

  it('uses the theme table it is given', async () => {
    const reading = read(page('wp-chipmaker-fabs'));
    const themes = [{ id: 'fabs', label: 'Factories', terms: ['fab', 'fabs', 'plant', 'plants', 'factory', 'factories'], patterns: [] }];
    const answer = await answerAnalyzeText({ type: 'lede:analyze-text', input: reading.input }, { themes });
    if (!answer.ok) throw new Error(answer.error);
    for (const t of answer.result.themes) expect(t.id).toBe('fabs');
  });

  it('gives the event loop a turn between slices, and drops a request a newer one superseded', async () => {
    const reading = read(page('wp-chipmaker-fabs'));
    // A long article: the same story many times over.
    const blocks = Array.from({ length: 40 }, () => reading.input.text);
    const text = blocks.join('\n\n');
    const blockStarts = blocks.map((_, i) => i * (reading.input.text.length + 2));
    const message = { type: 'lede:analyze-text', input: { ...reading.input, text, blockStarts } };
    let clock = 0;
    const now = () => (clock += 1); // every reading of the clock is 1 ms of work
    let turns = 0;
    const whole = await answerAnalyzeText(message, { now, yieldNow: async () => void turns++ });
    expect(whole.ok).toBe(true);
    expect(turns).toBeGreaterThan(3);
    turns = 0;
    const dropped = await answerAnalyzeText(message, { now, yieldNow: async () => void turns++, superseded: () => turns >= 2 });
    expect(dropped).toEqual({ ok: false, error: expect.stringMatching(/superseded/) });
    expect(turns).toBe(2);
  });
});
