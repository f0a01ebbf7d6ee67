// `npm run bench:browser`: the built extension in real Chromium, side by side with Mozilla Readability in
// the same pages of the same run.
//
//   node scripts/run-ts.mjs tests/bench/browser-bench.ts [--every K] [--verbose]
//
// 1. Time: Lede's own figures (Analysis.timings). On the page's main thread: extractMs (the page half:
//    sponsored scan, extraction, article text; busy time, the clock stops while slices yield to the page)
//    + highlightMs (ranges and drawing). The text half (claims, themes) runs in the extension's
//    background, off the page's thread: analyzeMs. Both are set against `new Readability(document.cloneNode(true)).parse()` timed with performance.now() in the same
//    page (Readability.js from node_modules, injected into the main world once Lede has answered). The
//    headline is the ratio of medians of the page-thread time to Readability's first (cold) run, as
//    Lede's page half runs cold too; the ratio for all of Lede's work (page + background) and against
//    the median of two further warm Readability runs are shown as well. Goal ≤ 0.5.
//    For context, lib/analyze from the current sources (tests/support/engine-bundle.ts) is also run once in
//    one go in the same page: compute alone, without slicing or drawing.
// 2. Longest task. Long Animation Frame entries (buffered from page start) are read, but Chromium leaves
//    extension code out of their script attribution (MDN: "extension code will not have script
//    attribution"), so they cannot name Lede. The figure comes from a second pass over the same pages
//    with a Chrome trace (CDP Tracing): main-thread tasks (RunTask) during which a V8 CPU-profile sample
//    had the extension's script on its stack are Lede's; the longest is reported. Tracing with the
//    sampler slows scripts down, so this is an upper bound. Goal < 50 ms.
// 3. Size: the content script files the manifest lists, and every file of the build they reference,
//    gzipped one by one (zlib, level 9) and summed. Goal ≤ 35 KB.
// Sample: every K-th page (default K = 5, about 45 pages) of the sorted list of all corpus pages that the
// corpus calls articles (zyte-dev, readability readerable cases, ../shared/pages), so both corpora and
// all sizes are represented without choosing pages by hand.
// A benchmark, not a test: prints figures, exits 0.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  EXTENSION_DIR,
  SHARED,
  corpusPages,
  ensureExtensionBuilt,
  median,
  sleep,
  startHarness,
  traceTasks,
  waitForAnalysis,
  type AnalysisAnswer,
  type Harness,
  type LedeTasks,
  type LoafEntry,
} from '../eval/browser-support';
import { engineBundle } from '../support/engine-bundle';

const LOAD_TIMEOUT_MS = 10_000;
const ANALYSIS_TIMEOUT_MS = 12_000;
/** Long animation frames are reported after the frame ends: a short wait lets the last ones arrive. */
const LOAF_SETTLE_MS = 300;
const WARM_RUNS = 2;
const LONG_ARTICLE_PARAGRAPHS = 3000;

/** A long report written for the bench: every paragraph holds figures, a date and a hedged risk. */
function longArticle(paragraphs: number): string {
  const p = (i: number) =>
    `<p>In quarter ${i}, the harbour authority said handling costs rose by ${(i % 90) + 3}% to $${i}.5 million, and it will likely add ${(i % 7) + 2} cranes by 2027, a risk if demand for shipping weakens.</p>`;
  const body = Array.from({ length: paragraphs }, (_, i) => p(i)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour report</title></head><body><article><h1>Harbour report</h1>${body}</article></body></html>`;
}

const args = process.argv.slice(2);
const every = Number(args[args.indexOf('--every') + 1] ?? 5) || 5;
const verbose = args.includes('--verbose');

interface PageFigures {
  name: string;
  /** On the page's main thread: extractMs + highlightMs (the text half runs in the background). */
  ledeMs: number;
  /** All of Lede's work for the page: the page's share plus the background's analyzeMs. */
  totalMs: number;
  parts: { extractMs: number; analyzeMs: number; highlightMs: number };
  readabilityColdMs: number;
  readabilityWarmMs: number;
  /** lib/analyze run in one go in the page (no slices, no drawing), first run. */
  engineMs: number;
  ledeScriptMaxMs: number;
  ledeFrameMaxMs: number;
  longFrames: number;
  /** Where the page half ran: on a copy in the background (the usual way), or in the page. */
  readIn: string;
  /** From DOMContentLoaded to Lede's drawing (its first change to the page): what a reader waits. */
  drawnAfterMs: number;
}

const readabilitySource = (): string => {
  const require = createRequire(import.meta.url);
  return readFileSync(join(dirname(require.resolve('@mozilla/readability/package.json')), 'Readability.js'), 'utf8');
};

/** Runs in the page: Readability on a clone of the document, cold once then warm, in ms. */
function timeReadability(warmRuns: number): { cold: number; warm: number[]; ok: boolean } {
  const R = (window as unknown as { __benchReadability: new (doc: Document) => { parse(): { textContent?: string } | null } }).__benchReadability;
  const once = () => {
    const t0 = performance.now();
    const result = new R(document.cloneNode(true) as Document).parse();
    return { ms: performance.now() - t0, ok: Boolean(result?.textContent) };
  };
  const first = once();
  const warm: number[] = [];
  for (let i = 0; i < warmRuns; i++) warm.push(once().ms);
  return { cold: first.ms, warm, ok: first.ok };
}

/** Runs in the page: the engine bundle's analyze() over the live document, once, in ms. */
function timeEngine(url: string): number {
  const lede = (window as unknown as { __lede: { analyze(doc: Document, o: { url: string }): unknown } }).__lede;
  const t0 = performance.now();
  lede.analyze(document, { url });
  return performance.now() - t0;
}

/** Runs in the page: from DOMContentLoaded to Lede's first change to the page (its drawing starts), in ms. */
function readDrawnAfter(): number {
  const st = (window as unknown as { __ledeEval: { dclAt: number; firstLedeAt: number } }).__ledeEval;
  return st.firstLedeAt ? st.firstLedeAt - st.dclAt : Number.NaN;
}

function readLoaf(): LoafEntry[] {
  return (window as unknown as { __ledeEval: { loaf: LoafEntry[] } }).__ledeEval.loaf;
}

async function benchPage(h: Harness, source: string, engine: string, name: string, open: () => Promise<string | null>): Promise<PageFigures | string> {
  const loadError = await open();
  if (loadError) return `load: ${loadError}`;
  const { answer } = await waitForAnalysis(h, ANALYSIS_TIMEOUT_MS);
  if (!answer) return 'no answer from the content script';
  if ('status' in answer && answer.status) return `status ${answer.status}`;
  const timings = (answer as Extract<AnalysisAnswer, { url: string | null }>).timings;
  await sleep(LOAF_SETTLE_MS);
  const loaf = await h.page.evaluate(readLoaf);
  const drawnAfterMs = await h.page.evaluate(readDrawnAfter);
  const prefix = `chrome-extension://${h.extensionId}/`;
  let scriptMax = 0;
  let frameMax = 0;
  for (const frame of loaf) {
    const ours = frame.scripts.filter((s) => s.url?.startsWith(prefix));
    if (!ours.length) continue;
    frameMax = Math.max(frameMax, frame.duration);
    for (const s of ours) scriptMax = Math.max(scriptMax, s.duration);
  }
  await h.page.addScriptTag({ content: `window.__benchReadability = (function () {\n${source}\n;return Readability; })();` });
  const r = await h.page.evaluate(timeReadability, WARM_RUNS);
  await h.page.addScriptTag({ content: engine });
  const engineMs = await h.page.evaluate(timeEngine, h.page.url());
  const parts = { extractMs: timings.extractMs, analyzeMs: timings.analyzeMs, highlightMs: timings.highlightMs ?? 0 };
  const readIn = (timings as { readIn?: string }).readIn ?? 'page';
  return {
    name,
    ledeMs: parts.extractMs + parts.highlightMs,
    totalMs: parts.extractMs + parts.analyzeMs + parts.highlightMs,
    parts,
    readabilityColdMs: r.cold,
    readabilityWarmMs: median(r.warm),
    engineMs,
    ledeScriptMaxMs: scriptMax,
    ledeFrameMaxMs: frameMax,
    longFrames: loaf.length,
    readIn,
    drawnAfterMs,
  };
}

/** The content script files of the manifest and every build file they name, recursively. */
function contentScriptFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const queue = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  const seen = new Set<string>();
  while (queue.length) {
    const file = normalize(queue.shift()!).replace(/^\/+/, '');
    if (seen.has(file) || !existsSync(join(EXTENSION_DIR, file))) continue;
    seen.add(file);
    if (!/\.(m?js|css)$/.test(file)) continue;
    const text = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    // Chunks and assets a script may load at run time (import(), runtime.getURL) are named by build path.
    for (const m of text.matchAll(/["'`/]((?:chunks|assets|content-scripts)\/[\w.\-]+\.(?:m?js|css))["'`]/g)) queue.push(m[1]);
  }
  return [...seen];
}

function sizeReport(): void {
  const files = contentScriptFiles();
  let raw = 0;
  let gz = 0;
  console.log('\nContent script size (each file gzipped, level 9):');
  for (const f of files) {
    const body = readFileSync(join(EXTENSION_DIR, f));
    const g = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gz += g;
    console.log(`  ${f.padEnd(40)} ${(body.length / 1024).toFixed(1).padStart(7)} KB raw ${(g / 1024).toFixed(1).padStart(6)} KB gz`);
  }
  console.log(`  total ${files.length} file(s): ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (goal <= 35 KB) ${gz / 1024 <= 35 ? 'MET' : 'NOT MET'}`);
  // Injected by the background only on a page the first look takes for an article.
  const half = join(EXTENSION_DIR, 'page-half.js');
  if (existsSync(half)) {
    const body = readFileSync(half);
    const g = gzipSync(body, { level: 9 }).length;
    console.log(`  page-half.js, injected only on articles: ${(body.length / 1024).toFixed(1)} KB raw, ${(g / 1024).toFixed(1)} KB gz (with it: ${((gz + g) / 1024).toFixed(1)} KB gz)`);
  }
}

async function main(): Promise<void> {
  const buildNote = ensureExtensionBuilt();
  if (!existsSync(SHARED)) {
    console.log(`No shared corpus at ${SHARED}: size only.`);
    sizeReport();
    return;
  }
  const articles = corpusPages().filter((p) => p.expectArticle);
  const sample = articles.filter((_, i) => i % every === 0);
  const source = readabilitySource();
  const engine = await engineBundle();
  const h = await startHarness({ withExtension: true, bypassCSP: true });
  console.log(`Lede vs Readability in Chromium (${buildNote}); ${sample.length} pages: every ${every}th of ${articles.length} corpus articles`);
  const figures: PageFigures[] = [];
  const skipped: string[] = [];
  try {
    for (const p of sample) {
      try {
        const r = await benchPage(h, source, engine, p.name, () => h.open(p, LOAD_TIMEOUT_MS));
        if (typeof r === 'string') skipped.push(`${p.name}: ${r}`);
        else {
          figures.push(r);
          if (verbose) {
            console.log(
              `  ${r.name.padEnd(40)} Lede page ${r.ledeMs.toFixed(1).padStart(6)} ms [${r.readIn}] (x ${r.parts.extractMs} / h ${r.parts.highlightMs}; background a ${r.parts.analyzeMs})  Readability ${r.readabilityColdMs.toFixed(1).padStart(6)} ms cold ${r.readabilityWarmMs.toFixed(1).padStart(6)} warm  engine ${r.engineMs.toFixed(1).padStart(6)} ms  LoAF naming Lede: ${r.ledeScriptMaxMs ? `${r.ledeScriptMaxMs.toFixed(0)} ms script / ${r.ledeFrameMaxMs.toFixed(0)} ms frame` : 'none'}`,
            );
          }
        }
      } catch (e) {
        skipped.push(`${p.name}: ${String((e as Error).message).split('\n')[0]}`);
      }
    }
  } finally {
    await h.close();
  }

  // Second pass: Lede's tasks from a trace, on the same pages (not timed above: tracing slows pages).
  const tasks: ({ name: string } & LedeTasks)[] = [];
  let longArticleTasks: ({ claims: number } & LedeTasks) | null = null;
  const t = await startHarness({ withExtension: true });
  try {
    for (const p of sample) {
      try {
        const tracer = await traceTasks(t.context, t.page, t.extensionId);
        await t.open(p, LOAD_TIMEOUT_MS);
        await waitForAnalysis(t, ANALYSIS_TIMEOUT_MS);
        tasks.push({ name: p.name, ...(await tracer.stop()) });
      } catch (e) {
        skipped.push(`${p.name} (trace): ${String((e as Error).message).split('\n')[0]}`);
      }
    }
    // A very long article written here (3,000 paragraphs, some 18,000 claims): the slices must hold there too.
    const url = t.url({ name: 'long', path: '__lede-long-article.html', expectArticle: true });
    await t.page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: longArticle(LONG_ARTICLE_PARAGRAPHS) }));
    const tracer = await traceTasks(t.context, t.page, t.extensionId);
    await t.page.goto(url, { timeout: LOAD_TIMEOUT_MS * 3 });
    const { answer } = await waitForAnalysis(t, ANALYSIS_TIMEOUT_MS * 3);
    const claims = answer && 'claims' in answer ? answer.claims.length : 0;
    longArticleTasks = { claims, ...(await tracer.stop()) };
  } catch (e) {
    skipped.push(`long article (trace): ${String((e as Error).message).split('\n')[0]}`);
  } finally {
    await t.close();
  }

  const lede = median(figures.map((f) => f.ledeMs));
  const total = median(figures.map((f) => f.totalMs));
  const cold = median(figures.map((f) => f.readabilityColdMs));
  const warm = median(figures.map((f) => f.readabilityWarmMs));
  const longest = figures.reduce((m, f) => (f.ledeScriptMaxMs > m.ledeScriptMaxMs ? f : m), figures[0]);
  const framesWithLede = figures.filter((f) => f.ledeScriptMaxMs > 0);
  console.log(`\n== Lede in the browser vs Readability: ${figures.length} pages measured, ${skipped.length} skipped ==`);
  const readIn = new Map<string, number>();
  for (const f of figures) readIn.set(f.readIn, (readIn.get(f.readIn) ?? 0) + 1);
  const drawn = figures.map((f) => f.drawnAfterMs).filter((x) => Number.isFinite(x));
  console.log(`From DOMContentLoaded to highlights drawn, median ${median(drawn).toFixed(0)} ms over ${drawn.length} pages (wall time: includes waiting for the background and the page's own work)`);
  console.log(`Where the page half ran                  ${[...readIn].map(([k, n]) => `${k}: ${n}`).join(', ')} (always page since Dec 2026; background: a build from before, which read a copy of the page's HTML)`);
  console.log(`Lede on the page's main thread, median    ${lede.toFixed(1)} ms  (extract ${median(figures.map((f) => f.parts.extractMs)).toFixed(1)} + highlight ${median(figures.map((f) => f.parts.highlightMs)).toFixed(1)}; busy time, slices only)`);
  console.log(`Lede's text analysis in the background   ${median(figures.map((f) => f.parts.analyzeMs)).toFixed(1)} ms median (off the page's thread)`);
  console.log(`Lede in all (page + background), median  ${total.toFixed(1)} ms`);
  console.log(`Readability.parse(clone), median         ${cold.toFixed(1)} ms cold, ${warm.toFixed(1)} ms warm`);
  console.log(`ratio of medians, page's main thread     ${(lede / cold).toFixed(2)} (cold; goal <= 0.5) ${lede / cold <= 0.5 ? 'MET' : 'NOT MET'}; ${(lede / warm).toFixed(2)} against warm`);
  console.log(`ratio of medians, all of Lede's work     ${(total / cold).toFixed(2)} (cold) ${total / cold <= 0.5 ? 'MET' : 'NOT MET'}; ${(total / warm).toFixed(2)} against warm`);
  const engineMedian = median(figures.map((f) => f.engineMs));
  console.log(`engine alone in one go (lib/analyze), median ${engineMedian.toFixed(1)} ms (no slicing, no drawing; built from the current lib/); ratio ${(engineMedian / cold).toFixed(2)} to Readability cold`);
  console.log(`Lede's page-thread ratio, per-page median ${median(figures.map((f) => f.ledeMs / f.readabilityColdMs)).toFixed(2)} (cold)`);
  const byLongest = [...tasks].sort((a, b) => b.longestMs - a.longestMs);
  const top = byLongest[0];
  if (top) {
    console.log(
      `Lede's longest task (trace, upper bound)  ${top.longestMs.toFixed(1)} ms on ${top.name} (goal < 50 ms) ${top.longestMs < 50 ? 'MET' : 'NOT MET'}; ` +
        `median page's longest ${median(tasks.map((x) => x.longestMs)).toFixed(1)} ms; ${tasks.filter((x) => x.longTasks > 0).length}/${tasks.length} pages with a Lede task >= 50 ms`,
    );
    console.log(
      `Lede's main-thread tasks in all (trace)  median ${median(tasks.map((x) => x.totalMs)).toFixed(1)} ms per page: every task with Lede on the stack, messages and drawing included (an upper bound; tracing slows scripts)`,
    );
    console.log(
      `Off the page (service worker, background or offscreen page): Lede's longest task ${Math.max(...tasks.map((x) => x.longestElsewhereMs)).toFixed(1)} ms, median page's ${median(tasks.map((x) => x.longestElsewhereMs)).toFixed(1)} ms (not the page's thread)`,
    );
    for (const x of byLongest.slice(0, 6)) console.log(`  ${x.name.padEnd(40)} longest ${x.longestMs.toFixed(1)} ms (${x.longestKind}) over ${x.tasks} Lede tasks (${x.longTasks} >= 50 ms)`);
  }
  if (longArticleTasks) {
    const l = longArticleTasks;
    console.log(
      `A very long article (${LONG_ARTICLE_PARAGRAPHS} paragraphs written for the bench, ${l.claims} claims): Lede's longest task ${l.longestMs.toFixed(1)} ms (${l.longestKind}), ` +
        `${l.longTasks} task(s) >= 50 ms over ${l.tasks}; main-thread tasks in all ${l.totalMs.toFixed(0)} ms (trace, upper bound); off the page, longest ${l.longestElsewhereMs.toFixed(1)} ms`,
    );
  }
  if (framesWithLede.length) {
    console.log(
      `Long Animation Frames naming Lede: longest Lede script ${longest.ledeScriptMaxMs.toFixed(0)} ms on ${longest.name} (frame ${longest.ledeFrameMaxMs.toFixed(0)} ms); ` +
        `${framesWithLede.length}/${figures.length} pages had Lede in a frame >= 50 ms`,
    );
    for (const f of framesWithLede.sort((a, b) => b.ledeScriptMaxMs - a.ledeScriptMaxMs).slice(0, 8)) {
      console.log(`  ${f.name.padEnd(40)} Lede script ${f.ledeScriptMaxMs.toFixed(0)} ms in a ${f.ledeFrameMaxMs.toFixed(0)} ms frame`);
    }
  } else {
    console.log(`Long Animation Frames naming Lede        none (Chromium does not attribute extension scripts in LoAF)`);
  }
  console.log(`long animation frames seen, all scripts  ${figures.reduce((s, f) => s + f.longFrames, 0)} over ${figures.length} pages`);
  if (skipped.length) {
    console.log('Skipped:');
    for (const s of skipped) console.log(`  ${s}`);
  }
  sizeReport();
}

await main();
