// The background's side of `lede:analyze-text`: validates the request, runs the text half of the
// pipeline with the reader's theme table, and answers. The work is done in slices, giving the event
// loop back between them so that one long article does not hold up other tabs' requests, and a
// request is dropped when a newer one from the same page supersedes it. Pure (no browser.*):
// background.ts wires it.
import { analyzeTextSteps } from './text-half';
import { defaultNow } from './steps';
import { BusyClock, runSliced } from './slices';
import type { AnalyzeTextResponse } from '../messages';
import { parseRequest, type AnalyzeTextRequest } from '../protocol';
import type { ThemeDefinition } from '../themes/taxonomy';
import { TEXT_SLICE_MS } from '../limits';

export interface TextServiceOptions {
  themes?: ThemeDefinition[];
  /** True once a newer request from the same page arrived: the answer is no longer wanted. */
  superseded?: () => boolean;
  /** Gives the event loop a turn between slices. */
  yieldNow?: () => Promise<void>;
  now?: () => number;
}

/** The answer to a request that does not parse. */
export const MALFORMED_TEXT_REQUEST: AnalyzeTextResponse = { ok: false, error: 'lede:analyze-text: malformed request (or a text longer than Lede analyses)' };

export async function answerAnalyzeText(message: unknown, options: TextServiceOptions = {}): Promise<AnalyzeTextResponse> {
  const parsed = parseRequest('lede:analyze-text', message);
  return parsed.success ? analyzeTextRequest(parsed.data, options) : MALFORMED_TEXT_REQUEST;
}

/** The answer to a parsed request (the background's handler table parses it first). */
export async function analyzeTextRequest(request: AnalyzeTextRequest, options: TextServiceOptions = {}): Promise<AnalyzeTextResponse> {
  const { text, blockStarts } = request.input;
  // Block starts index the text in order: anything else would slice the text wrongly.
  for (let i = 0; i < blockStarts.length; i++) {
    if (blockStarts[i] > text.length || (i > 0 && blockStarts[i] < blockStarts[i - 1])) {
      return { ok: false, error: 'lede:analyze-text: block starts out of order or past the text' };
    }
  }
  try {
    const result = await runInBackground((now) => analyzeTextSteps(request.input, { themes: options.themes, now }), options);
    return result ? { ok: true, result } : { ok: false, error: 'lede:analyze-text: superseded by a newer request from the page' };
  } catch (error) {
    return { ok: false, error: `lede:analyze-text: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Runs steps in the background's slices; null when superseded. `steps` gets a busy-time clock: timings
 * count the work, not the turns given to other requests.
 */
export async function runInBackground<T>(steps: (now: () => number) => Generator<void, T>, options: TextServiceOptions): Promise<T | null> {
  const now = options.now ?? defaultNow;
  const clock = new BusyClock(now);
  const run = await runSliced(steps(clock.now), {
    budgetMs: TEXT_SLICE_MS,
    cancelled: () => options.superseded?.() ?? false,
    now,
    clock,
    yieldToPage: options.yieldNow ?? (() => new Promise<void>((done) => setTimeout(done, 0))),
  });
  return run.done ? run.value : null;
}
