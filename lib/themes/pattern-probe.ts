// The reader's own theme patterns are regular expressions, and a backtracking one can spin for minutes on
// one sentence; no check before saving catches every such shape. So before the text half runs a reader's
// pattern on an article, a worker thread runs it on that article first, the same way the text half would
// (every sentence, and the title), one pattern after another under a time budget. A worker that overruns
// is terminated: the pattern is a runaway, left out of this analysis and reported (the background
// switches it off). Only the worker's thread ever spins. The default themes' own patterns are trusted.
// No browser.* here: the background (or, in Chrome, its offscreen document) hands in how to start a worker.
import { matchThemes, matchThemesInSentencesSteps } from './match';
import { DEFAULT_THEMES, type ThemeDefinition } from './taxonomy';
import { splitSentences } from '../text/sentences';
import { runSteps } from '../pipeline/steps';

export interface ProbeRequest {
  text: string;
  title: string;
  patterns: string[];
}

/** What the worker posts: `started` once it has the request, then `done: i` after each pattern. */
export type ProbeProgress = { started: true } | { done: number };

/** The part of a Worker the probe uses (a Web Worker; in unit tests, a Node worker thread behind the same shape). */
export interface ProbeWorker {
  postMessage(request: ProbeRequest): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** Time one pattern may take on a text of `length` characters: generous (normal patterns take milliseconds). */
export function probeBudgetMs(length: number): number {
  return 1000 + Math.ceil(length / 1000);
}

/** Time the worker may take to start and read the request before the probe gives up on it. */
export const PROBE_START_MS = 10_000;

/** A theme's regular expressions: its patterns and its frames (read on lemmas), both the reader's to edit. */
const expressionsOf = (t: ThemeDefinition): string[] => [...(t.patterns ?? []), ...(t.frames ?? [])];

const TRUSTED_PATTERNS = new Set(DEFAULT_THEMES.flatMap(expressionsOf));

/** The table's patterns and frames that are the reader's own (not a default theme's), each once. */
export function untrustedPatterns(themes: readonly ThemeDefinition[]): string[] {
  return [...new Set(themes.flatMap(expressionsOf))].filter((p) => !TRUSTED_PATTERNS.has(p));
}

/** The table without these patterns or frames (themes keep their terms and other rules). */
export function withoutPatterns(themes: readonly ThemeDefinition[], off: ReadonlySet<string>): ThemeDefinition[] {
  const keep = (list?: string[]) => list?.filter((p) => !off.has(p));
  return themes.map((t) => (expressionsOf(t).some((p) => off.has(p)) ? { ...t, patterns: keep(t.patterns), frames: keep(t.frames) } : t));
}

/** In the worker: runs each pattern as the text half would on this article, posting after each. */
export function runProbe(request: ProbeRequest, post: (progress: ProbeProgress) => void): void {
  post({ started: true });
  const sentences = splitSentences(request.text);
  request.patterns.forEach((pattern, i) => {
    // Tried both ways the text half runs one: on the words (a pattern) and on the lemmas (a frame).
    const theme: ThemeDefinition = { id: 'probe', label: 'probe', terms: [], patterns: [pattern], frames: [pattern] };
    runSteps(matchThemesInSentencesSteps(request.text, sentences, [theme]));
    matchThemes(request.title, [theme]);
    post({ done: i });
  });
}

/** The worker's side: answers each request it is posted. */
export function serveProbe(scope: { onmessage: ((event: { data: unknown }) => void) | null; postMessage(progress: ProbeProgress): void }): void {
  scope.onmessage = (event) => {
    const request = event.data as ProbeRequest;
    if (typeof request?.text !== 'string' || typeof request.title !== 'string' || !Array.isArray(request.patterns)) return;
    runProbe(request, (progress) => scope.postMessage(progress));
  };
}

/**
 * The patterns that overran their budget on this article, in a fresh worker each time one does (the
 * rest are tried again after it). Null when no worker could be started: then none of them is known safe.
 */
export async function findRunawayPatterns(spawn: () => ProbeWorker, request: ProbeRequest, budgetMs = probeBudgetMs(request.text.length)): Promise<string[] | null> {
  const runaway: string[] = [];
  let rest = request.patterns;
  while (rest.length > 0) {
    const finished = await patternsFinished(spawn, { ...request, patterns: rest }, budgetMs);
    if (finished === null) return null;
    if (finished === rest.length) break;
    runaway.push(rest[finished]);
    rest = rest.slice(finished + 1);
  }
  return runaway;
}

/** How many of the request's patterns one worker finished, each within the budget, before it overran or failed. */
function patternsFinished(spawn: () => ProbeWorker, request: ProbeRequest, budgetMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    let worker: ProbeWorker;
    try {
      worker = spawn();
    } catch {
      return resolve(null);
    }
    let finished = 0;
    let started = false;
    let timer: ReturnType<typeof setTimeout>;
    const end = (result: number | null) => {
      clearTimeout(timer);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(result);
    };
    const arm = (ms: number, onExpiry: () => void) => {
      clearTimeout(timer);
      timer = setTimeout(onExpiry, ms);
    };
    worker.onmessage = ({ data }) => {
      const progress = data as Partial<{ started: true; done: number }>;
      if (progress.started) started = true;
      else if (typeof progress.done === 'number') finished = progress.done + 1;
      if (finished === request.patterns.length) return end(finished);
      arm(budgetMs, () => end(finished)); // the next pattern's budget starts now
    };
    // A pattern that makes the worker fail is not known safe either.
    worker.onerror = () => end(started ? finished : null);
    arm(PROBE_START_MS, () => end(started ? finished : null));
    worker.postMessage(request);
  });
}

export interface GuardedThemesOptions {
  /** Runs the probe (in a worker, wherever the background can start one). */
  probe(request: ProbeRequest): Promise<string[] | null>;
  /** Patterns already reported: off until the reader changes them. */
  switchedOff: ReadonlySet<string>;
  /** Called with each new runaway. */
  report(pattern: string, themeIds: string[]): Promise<void> | void;
}

/** The reader's table for one article: switched-off and runaway patterns left out, runaways reported. */
export async function guardThemes(table: readonly ThemeDefinition[], article: { text: string; title: string }, options: GuardedThemesOptions): Promise<ThemeDefinition[]> {
  const themes = withoutPatterns(table, options.switchedOff);
  const patterns = untrustedPatterns(themes);
  if (patterns.length === 0) return themes;
  const runaway = await options.probe({ text: article.text, title: article.title, patterns });
  // Without a worker nothing vouches for the reader's patterns: this article goes without them.
  if (runaway === null) return withoutPatterns(themes, new Set(patterns));
  for (const pattern of runaway) await options.report(pattern, themes.filter((t) => t.patterns?.includes(pattern)).map((t) => t.id));
  return withoutPatterns(themes, new Set(runaway));
}
