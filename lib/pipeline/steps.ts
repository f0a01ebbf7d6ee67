// Work split into steps: long passes over the page are generators that yield now and then, so that the
// content script can spread them over several tasks (page-half.ts, slices.ts).
// The plain functions (extractArticle, findSponsored...) run the same steps to the end in one go.

/** A pass that yields between pieces of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Elements walked between two yields: about a millisecond of work on a slow machine. */
export const ELEMENTS_PER_STEP = 400;

/** The clock timings are read from: `performance.now` where there is one. */
export const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Runs `steps` to the end without pausing; its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
