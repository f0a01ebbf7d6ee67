// The background's side of `lede:read-page`: parses the page's HTML, runs the whole pipeline on the copy
// (page half, then text half) and answers with the reading as paths (lib/page-reading.ts) and the text
// half's result. Needs a DOM parser: the Firefox background page has one; in Chrome the service worker
// hands the request to an offscreen document that does. Pure (no browser.*).
import { analyseTextSteps, type TextAnalysis } from './analyse-text';
import { ReadPageRequestSchema, type ReadPageResponse } from './messages';
import { parseCopy, readingToPaths } from './page-reading';
import { readArticleSteps } from './read-article';
import { runInBackground, type TextServiceOptions } from './text-service';

export interface PageServiceOptions extends TextServiceOptions {
  /** HTML to a Document (DOMParser where there is one). */
  parse(html: string): Document;
}

export function isReadPageMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'lede:read-page';
}

export async function answerReadPage(message: unknown, options: PageServiceOptions): Promise<ReadPageResponse> {
  const parsed = ReadPageRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'lede:read-page: malformed request (or a page longer than Lede reads this way)' };
  const { page, force } = parsed.data;
  try {
    const answer = await runInBackground<ReadPageResponse>(
      function* (now) {
        const t0 = now();
        const doc = parseCopy(page, options.parse);
        yield;
        const reading = yield* readArticleSteps(doc, { force, now, pageUrl: page.url });
        if ('status' in reading) return { ok: true, status: 'not-article' };
        yield;
        const paths = readingToPaths(reading);
        const text: TextAnalysis = yield* analyseTextSteps(reading.input, { themes: options.themes, now });
        // The background's time is all of it: parsing the copy, reading it, and the text half.
        return { ok: true, status: 'article', reading: paths, result: { ...text, analyzeMs: now() - t0 } };
      },
      options,
    );
    return answer ?? { ok: false, error: 'lede:read-page: superseded by a newer request from the page' };
  } catch (error) {
    return { ok: false, error: `lede:read-page: ${error instanceof Error ? error.message : String(error)}` };
  }
}
