// Drives a generator of work in slices: runs steps until the time budget is spent, then gives the
// event loop back, so that no task is long: the page's, for the content script; other requests', for
// the background's text analysis.
import { FRAME_WAIT_MAX_MS, SLICE_BUDGET_MS } from '../limits';

export interface SliceOptions {
  budgetMs?: number;
  /** Checked before every step: true stops the run (the page changed, or the extension went away). */
  cancelled(): boolean;
  now?: () => number;
  /** Gives the event loop back to the page. */
  yieldToPage?: () => Promise<void>;
  /** Stopped while the page has the event loop, so that it counts only the work done in slices. */
  clock?: BusyClock;
}

/** A clock that stands still while paused: `now()` is time spent working, not time waited. */
export class BusyClock {
  private paused = 0;
  private pausedAt: number | null = null;
  constructor(private readonly wall: () => number = () => performance.now()) {}
  readonly now = (): number => (this.pausedAt ?? this.wall()) - this.paused;
  pause(): void {
    this.pausedAt ??= this.wall();
  }
  resume(): void {
    if (this.pausedAt === null) return;
    this.paused += this.wall() - this.pausedAt;
    this.pausedAt = null;
  }
}

export type SlicedResult<T> = { done: true; value: T; slices: number; longestSliceMs: number } | { done: false };

export async function runSliced<T>(steps: Generator<void, T>, options: SliceOptions): Promise<SlicedResult<T>> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const yieldToPage = options.yieldToPage ?? defaultYield;
  let slices = 0;
  let longest = 0;
  for (;;) {
    if (options.cancelled()) {
      steps.return(undefined as never);
      return { done: false };
    }
    const sliceStart = now();
    slices++;
    for (;;) {
      const r = steps.next();
      if (r.done) {
        longest = Math.max(longest, now() - sliceStart);
        return { done: true, value: r.value, slices, longestSliceMs: longest };
      }
      if (now() - sliceStart >= budget) break;
      if (options.cancelled()) break;
    }
    longest = Math.max(longest, now() - sliceStart);
    options.clock?.pause();
    await yieldToPage();
    options.clock?.resume();
  }
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** scheduler.yield where the browser has it (keeps our place in the queue), else a macrotask. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has rendered a frame (in the task after it), or after FRAME_WAIT_MAX_MS: for
 * work whose rendering cost should not share a frame with the rendering of the work before it.
 */
export function afterNextFrame(win: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame' | 'setTimeout' | 'clearTimeout'>): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(() => {
      win.cancelAnimationFrame(frame);
      resolve();
    }, FRAME_WAIT_MAX_MS);
    const frame = win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      win.setTimeout(resolve, 0);
    });
  });
}
