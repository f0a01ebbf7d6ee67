// The one seam between a page and the pipeline: `reader.read(doc)` reads the page and returns its
// Analysis, ready to draw. How is not the caller's business; today it is this:
//   page half in the page, in slices (its code injected on first need: it stays out of the content
//   script's first load) → text half in the extension's background (plain data, warm from page to page)
//   → the Analysis completed here, against the live page.
// A second path (a copy of the page parsed in the background) was measured and removed: it saved page
// time but doubled Lede's total CPU, and in Chrome its offscreen document shared a thread with the
// popup and options page (README, "How a page is read").
import type { ArticleInput } from './text-half';
import type { PageTextAnalysis } from './claim-book';
import type { ArticleReading, readArticleSteps } from './page-half';
import { completeAnalysis, type DetailedAnalysis } from './complete';
import { BusyClock, runSliced } from './slices';
import { worthReading } from '../extract/probe';

/** How often the text half is asked for before the page is left as it is, and the first wait between. */
export const TEXT_HALF_ATTEMPTS = 3;
export const TEXT_HALF_RETRY_MS = 500;

/** The text half said no for this text: asking again would not help. */
export class TextHalfRefused extends Error {}

export interface ReaderDeps {
  /** The page half's code (loaded on first need). */
  loadPageHalf(): Promise<typeof readArticleSteps>;
  /**
   * The text half, run elsewhere. Throws TextHalfRefused for a final no; anything else is worth a retry.
   * `textPieces` joined are `input.text` (a long text is sent from them, never copied whole).
   */
  analyzeText(input: ArticleInput, textPieces: readonly string[]): Promise<PageTextAnalysis>;
  /** Waits between retries (the page's timers, so tests can use fake ones). */
  setTimeout(fn: () => void, ms: number): unknown;
  /** The pages read are laid out (a browser tab, not jsdom): sponsored blocks no reader can see go unreported. */
  rendered?: boolean;
}

export interface ReadOptions {
  /** Read the whole page even when it does not look like an article ("analyze anyway"). */
  force: boolean;
  /** True once the caller no longer wants this reading (a newer one started, Lede went away). */
  cancelled(): boolean;
  /** The page's address as the reading started: the Analysis is of the page as it was read. */
  url: string | null;
  /** The article is found, and the text half is under way: the caller may watch it for changes. */
  onArticle?(reading: ArticleReading): void;
}

export type ReadOutcome =
  | { status: 'article'; detailed: DetailedAnalysis }
  | { status: 'not-article' }
  /** `unreachable`: the background did not answer (worth trying later); otherwise it refused. */
  | { status: 'failed'; unreachable: boolean; error: string }
  | { status: 'cancelled' };

export class Reader {
  constructor(private readonly deps: ReaderDeps) {}

  async read(doc: Document, options: ReadOptions): Promise<ReadOutcome> {
    const { cancelled } = options;
    // The cheap first look: most pages stop here, before the page half's code is loaded.
    if (!worthReading(doc, options.force)) return { status: 'not-article' };
    let readArticle: typeof readArticleSteps;
    try {
      readArticle = await this.deps.loadPageHalf();
    } catch (error) {
      return { status: 'failed', unreachable: true, error: `could not load the page reader: ${messageOf(error)}` };
    }
    if (cancelled()) return { status: 'cancelled' };
    // Timings count Lede's own work: the clock stops while the page has the main thread.
    const clock = new BusyClock();
    const pageHalf = await runSliced(readArticle(doc, { force: options.force, now: clock.now, layout: this.deps.rendered }), { cancelled, clock });
    if (!pageHalf.done || cancelled()) return { status: 'cancelled' };
    if ('status' in pageHalf.value) return { status: 'not-article' };
    const reading = pageHalf.value;
    options.onArticle?.(reading);
    const text = await this.textHalf(reading.input, reading.textMap.pieces, cancelled);
    if (cancelled()) return { status: 'cancelled' };
    if ('error' in text) return { status: 'failed', ...text };
    const detailed = completeAnalysis(reading, text, options.url);
    detailed.analysis.timings.readIn = 'page';
    return { status: 'article', detailed };
  }

  /** The background's answer, asked again a few times if it fails (a service worker starting up). */
  private async textHalf(input: ArticleInput, textPieces: readonly string[], cancelled: () => boolean): Promise<PageTextAnalysis | { unreachable: boolean; error: string }> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.deps.analyzeText(input, textPieces);
      } catch (error) {
        const refused = error instanceof TextHalfRefused;
        if (cancelled() || refused || attempt + 1 >= TEXT_HALF_ATTEMPTS) return { unreachable: !refused, error: messageOf(error) };
        await new Promise<void>((done) => this.deps.setTimeout(done, TEXT_HALF_RETRY_MS * (attempt + 1)));
        if (cancelled()) return { unreachable: false, error: 'cancelled' };
      }
    }
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
