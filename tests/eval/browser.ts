// `npm run eval:browser`: the built extension in real Chromium over every corpus page — does it judge
// the page, draw, keep the page's text, and leave no trace when turned off?
//
//   node scripts/run-ts.mjs tests/eval/browser.ts [--only zyte|readability|pages] [--page SUBSTRING] [--limit N] [--verbose]
//                                                  [--inject-fault split|text|attr]
// --inject-fault checks the checker: once Lede has answered, it does something Lede must never do, from
// the content script's own world (split a text node / change a character / leave an attribute), and
// every article page should then be reported. LEDE_EVAL_DEBUG=1 prints each page's raw readings.
//
// Method (one browser, one tab, pages served from 127.0.0.1; page scripts run as a reader would have them,
// but every other host is blocked, and a page's own navigation to another document — a script redirect to
// its original site — is cancelled so the page under test stays; bfcache is off):
// - "Before Lede" is captured in the page's main world by WATCH_SCRIPT (browser-support.ts): a snapshot at
//   DOMContentLoaded, re-taken after each batch of the page's own mutations until Lede first changes the
//   page, so it is the page exactly as it stood before Lede's first change. Lede's changes are recognized
//   by what the design allows it to add (<lede-root>, its <style>, data-lede-* attributes).
// - Text: body.textContent while Lede is on vs that snapshot; body.innerText while on vs after off (the
//   same layout, so a style of Lede's that hid or moved text would show).
// - Restore: after {lede:highlights, on:false}, outerHTML === snapshot, every node held since the
//   snapshot still connected and in the same order, no lede-* highlight, element or attribute left.
// - When any other mutation happens after Lede's first change, the exact comparisons are not sound; the
//   page is then loaded again without the extension: unless the same changes (mutation type and target)
//   happen there too, the mutations are Lede's (a failure); if they do, the page is listed as "changes
//   itself" and checked for leftover traces only.
// - Errors: exceptions and console errors from the content script's world or with the extension's
//   chrome-extension:// frames (CDP), and the service worker's errors, rejections and console.error lines.
// - Judgement: every page is expected to be an article except Readability cases marked readerable: false.
// - The content script keeps highlight groups per site (all pages here share 127.0.0.1), so after the
//   off check the groups it had are turned back on before the next page.
// Evaluation, not a test: prints the figures and the failing pages, exits 0.
import { existsSync } from 'node:fs';
import {
  SHARED,
  corpusPages,
  ensureExtensionBuilt,
  sleep,
  showAllClaims,
  startHarness,
  startPlainBrowser,
  waitForAnalysis,
  type AnalysisAnswer,
  type CorpusPage,
  type Harness,
  type WatchState,
} from './browser-support';

const LOAD_TIMEOUT_MS = 10_000;
const ANALYSIS_TIMEOUT_MS = 12_000;
/** How long the Lede-free reference load is watched for the page's own mutations, at least. */
const REFERENCE_WATCH_MS = 1_500;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const fault = opt('--inject-fault');

/** What --inject-fault does in the content script's world: things Lede must never do to a page. */
const FAULTS: Record<string, string> = {
  split: `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let t; while ((t = w.nextNode()) && t.data.trim().length < 8); if (t) t.splitText(4); })()`,
  text: `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let t; while ((t = w.nextNode()) && t.data.trim().length < 8); if (t) t.data = t.data.replace(/[A-Za-z]/, '*'); })()`,
  attr: `document.body.setAttribute('data-lede-left-behind', '1')`,
};

interface OnState {
  highlightNames: Record<string, number>;
  ranges: number;
  sponsoredMarks: number;
  textContentSame: boolean;
  textDiff: string;
}

interface OffState {
  htmlSame: boolean;
  htmlDiff: string;
  textContentSame: boolean;
  innerTextSame: boolean;
  innerTextDiff: string;
  allHeldConnected: number;
  heldNodes: number;
  sameNodes: boolean;
  traces: string[];
  watch: WatchState;
}

interface PageResult {
  page: CorpusPage;
  status: string;
  article: boolean;
  /** Where an article was read: on a copy in the background, or in the page (Analysis timings.readIn). */
  readIn: string | null;
  claims: number;
  ranges: number;
  ledeErrors: string[];
  pageErrors: number;
  textChanged: string | null;
  notRestored: string | null;
  /** The page changed itself while Lede was on: exact checks not possible. */
  selfChanging: string | null;
  failures: string[];
  ms: number;
}

/** A page's result before anything is known about it. */
function blankResult(page: CorpusPage, status: string, failures: string[]): PageResult {
  return { page, status, article: false, readIn: null, claims: 0, ranges: 0, ledeErrors: [], pageErrors: 0, textChanged: null, notRestored: null, selfChanging: null, failures, ms: 0 };
}

/** Reads Lede's highlights and the page's text while Lede is on; keeps innerText in the page for later. */
function readWhileOn(): OnState {
  const st = (window as unknown as { __ledeEval: { text: string } }).__ledeEval;
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  const highlightNames: Record<string, number> = {};
  let ranges = 0;
  for (const [name, h] of registry) {
    if (!name.startsWith('lede-')) continue;
    highlightNames[name] = h.size;
    ranges += h.size;
  }
  const text = document.body ? document.body.textContent ?? '' : '';
  (window as unknown as { __ledeEvalInnerOn: string }).__ledeEvalInnerOn = document.body ? document.body.innerText : '';
  const diffAt = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const at = diffAt(st.text, text);
  return {
    highlightNames,
    ranges,
    sponsoredMarks: document.querySelectorAll('[data-lede-sponsored]').length,
    textContentSame: text === st.text,
    textDiff: text === st.text ? '' : `at ${at}: before ${JSON.stringify(st.text.slice(Math.max(0, at - 30), at + 50))} / on ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 50))}`,
  };
}

/** After Lede is off: the page against the snapshot from just before Lede's first change. */
function readAfterOff(): OffState {
  const st = (window as unknown as { __ledeEval: WatchState & { html: string; text: string; nodes: Node[]; preAttrs: Map<Element, string[]> } })
    .__ledeEval;
  const innerOn = (window as unknown as { __ledeEvalInnerOn?: string }).__ledeEvalInnerOn ?? '';
  const html = document.documentElement.outerHTML;
  const diffAt = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const show = (a: string, b: string, label: string) => {
    const i = diffAt(a, b);
    return `at ${i}: before ${JSON.stringify(a.slice(Math.max(0, i - 40), i + 60))} / ${label} ${JSON.stringify(b.slice(Math.max(0, i - 40), i + 60))}`;
  };
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
  const innerOff = document.body ? document.body.innerText : '';
  const traces: string[] = [];
  const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
  for (const name of registry.keys()) if (name.startsWith('lede-')) traces.push(`CSS.highlights ${name}`);
  if (document.querySelector('lede-root')) traces.push('<lede-root>');
  for (const s of document.querySelectorAll('style')) if ((s.textContent ?? '').includes('::highlight(lede-')) traces.push('Lede <style>');
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.getAttributeNames()) {
      if (a.startsWith('data-lede-') && !st.preAttrs.get(el)?.includes(a)) traces.push(`${a} on <${el.localName}>`);
    }
  }
  const { html: _h, text: _t, nodes: _n, preAttrs: _p, ...watch } = st;
  void [_h, _t, _n, _p];
  const text = document.body ? document.body.textContent ?? '' : '';
  return {
    htmlSame: html === st.html,
    htmlDiff: html === st.html ? '' : show(st.html, html, 'after off'),
    textContentSame: text === st.text,
    innerTextSame: innerOn === innerOff,
    innerTextDiff: innerOn === innerOff ? '' : show(innerOff, innerOn, 'while on'),
    allHeldConnected: st.nodes.filter((n) => n.isConnected).length,
    heldNodes: st.nodes.length,
    sameNodes: nodes.length === st.nodes.length && nodes.every((n, i) => n === st.nodes[i]),
    traces: traces.slice(0, 8),
    watch: { ...watch, loaf: [] },
  };
}

function readWatch(): WatchState {
  const st = (window as unknown as { __ledeEval: WatchState & { html: string; text: string; nodes: Node[]; preAttrs: unknown } }).__ledeEval;
  const { html: _h, text: _t, nodes: _n, preAttrs: _p, ...watch } = st;
  void [_h, _t, _n, _p];
  return { ...watch, loaf: [] };
}

function isAnalysis(a: AnalysisAnswer | null): a is Extract<AnalysisAnswer, { url: string | null }> {
  return Boolean(a && !('status' in a && a.status));
}

async function evalPage(h: Harness, p: CorpusPage): Promise<PageResult> {
  const t0 = Date.now();
  h.errors.take();
  const failures: string[] = [];
  const result = blankResult(p, '', failures);
  let figures = 0;
  const loadError = await h.open(p, LOAD_TIMEOUT_MS);
  if (loadError) failures.push(`load: ${loadError}`);
  const { answer } = await waitForAnalysis(h, ANALYSIS_TIMEOUT_MS);
  if (!answer) result.status = 'no answer';
  else if (isAnalysis(answer)) {
    result.status = 'article';
    result.article = true;
    result.claims = answer.claims.length;
    // Strategic claims are bars in Lede's shadow root, not highlight ranges: only figures must make ranges.
    figures = (answer.claims as { kind: string }[]).filter((c) => c.kind !== 'strategic').length;
    result.readIn = (answer.timings as { readIn?: string }).readIn ?? 'page';
    if (answer.url !== h.page.url()) failures.push(`analysis is for another URL (${answer.url})`);
  } else result.status = answer.status ?? '?';

  if (result.status === 'no answer') failures.push('no content script answered lede:analysis');
  else if (result.status === 'pending') failures.push(`analysis still pending after ${ANALYSIS_TIMEOUT_MS / 1000} s`);
  else if (result.status === 'disabled') failures.push('Lede disabled on the page');
  else if (!result.article && p.expectArticle) failures.push('judged not an article');
  else if (result.article && !p.expectArticle) failures.push('judged an article (corpus: not readerable)');

  if (fault && result.article) await h.inContentScriptWorld(FAULTS[fault] ?? '');
  const state = (await h.send({ type: 'lede:state' })) as { groups?: string[] } | null;
  const on = await h.page.evaluate(readWhileOn);
  result.ranges = on.ranges;

  const offAnswer = (await h.send({ type: 'lede:highlights', on: false })) as { on: boolean; groups: string[] } | null;
  if (!offAnswer || offAnswer.on !== false || offAnswer.groups.length) failures.push(`off answered ${JSON.stringify(offAnswer)}`);
  await sleep(0);
  const off = await h.page.evaluate(readAfterOff);
  // Put the reader's groups back: the content script keeps them per site, and every page here is on 127.0.0.1.
  if (state?.groups?.length) await h.send({ type: 'lede:highlights', on: true, groups: state.groups });

  if (process.env.LEDE_EVAL_DEBUG) console.log(JSON.stringify({ on, off: { ...off, watch: { ...off.watch, pageNotes: [] } } }, null, 1).slice(0, 3000));
  const w = off.watch;
  const dynamic = w.pageAfterLede > 0 || w.tooDynamic;
  let ledeMutated = false;
  if (dynamic) {
    const sinceDcl = Math.max(REFERENCE_WATCH_MS, Date.now() - t0);
    // Pages' own timers (ad scripts) fire at times that vary with the machine's load: a reference load
    // that saw nothing is given a second, longer look before the changes are put down to Lede.
    const self = (await pageChangesItself(h, p, sinceDcl, w)) ?? (await pageChangesItself(h, p, 2 * sinceDcl, w));
    if (self) result.selfChanging = `${self}; Lede run: ${w.pageAfterLede} mutations after Lede's first change (${w.notes.slice(0, 3).join('; ')})`;
    else {
      ledeMutated = true;
      failures.push(`DOM changed beyond Lede's allowed additions while on (page stays still without Lede): ${w.notes.slice(0, 4).join('; ')}`);
    }
  }
  const exact = !dynamic || ledeMutated;
  if (exact) {
    const textProblems: string[] = [];
    if (!on.textContentSame) textProblems.push(`textContent while on differs ${on.textDiff}`);
    if (!off.innerTextSame) textProblems.push(`innerText on vs off differs ${off.innerTextDiff}`);
    if (textProblems.length) {
      result.textChanged = textProblems.join('; ');
      failures.push(`text changed: ${result.textChanged}`);
    }
    const restore: string[] = [];
    if (!off.htmlSame) restore.push(`outerHTML differs ${off.htmlDiff}`);
    if (off.allHeldConnected !== off.heldNodes) restore.push(`${off.heldNodes - off.allHeldConnected}/${off.heldNodes} held nodes disconnected`);
    else if (!off.sameNodes) restore.push('node list differs (nodes added, split or reordered)');
    if (off.traces.length) restore.push(`left: ${off.traces.join(', ')}`);
    if (restore.length) {
      result.notRestored = restore.join('; ');
      failures.push(`not restored: ${result.notRestored}`);
    }
  } else {
    if (off.traces.length) {
      result.notRestored = `left: ${off.traces.join(', ')}`;
      failures.push(`not restored: ${result.notRestored}`);
    }
    if (!off.innerTextSame && !w.tooDynamic && w.pageAfterLede === 0) {
      result.textChanged = `innerText on vs off differs ${off.innerTextDiff}`;
      failures.push(`text changed: ${result.textChanged}`);
    }
  }
  if (!result.article && w.ledeSeen) failures.push(`Lede changed a page it did not treat as an article (${w.ledeRecords} mutations)`);
  if (result.article && on.ranges === 0 && figures > 0) failures.push(`${figures} figures but no highlight ranges drawn`);

  const errs = h.errors.take();
  result.ledeErrors = [...errs.lede, ...(await h.workerErrors())];
  result.pageErrors = errs.page;
  if (result.ledeErrors.length) failures.push(`Lede errors: ${result.ledeErrors.slice(0, 3).join(' || ')}`);
  result.ms = Date.now() - t0;
  return result;
}

let plain: Awaited<ReturnType<typeof startPlainBrowser>> | null = null;

/**
 * Loads the page without the extension, watches it as long as the Lede run took, and says how it
 * changes itself — or null when none of the mutations seen after Lede's first change happens without
 * Lede too (matched by kind and target, not by time: a page's timers run at different moments).
 */
async function pageChangesItself(h: Harness, p: CorpusPage, windowMs: number, lede: WatchState): Promise<string | null> {
  plain ??= await startPlainBrowser(h.server);
  await plain.open(p, LOAD_TIMEOUT_MS);
  const deadline = Date.now() + windowMs;
  while (Date.now() < deadline) await sleep(100);
  const w = await plain.page.evaluate(readWatch);
  const own = new Set(w.pageNotes.map(sameKind));
  const unexplained = lede.notes.filter((n) => !own.has(sameKind(n)));
  if (lede.tooDynamic && w.tooDynamic) return `the page keeps changing itself without Lede too (${w.pageTimes.length} batches)`;
  if (!lede.tooDynamic && unexplained.length === 0) {
    return `without Lede the page makes the same changes itself (${w.pageTimes.length} batches after DOMContentLoaded)`;
  }
  lede.notes = unexplained.length ? unexplained : lede.notes;
  return null;
}

/**
 * A mutation note without what differs from one load to the next: ids and numbers. Ad scripts name what
 * they insert at random ("+span#a458083044.c409616124 on body", then "#a91235007.c55120934"), so the same
 * change made without Lede would never match by name.
 */
function sameKind(note: string): string {
  return note.replace(/#[^\s.;]+/g, '#').replace(/\d+/g, 'N');
}

function line(r: PageResult): string {
  return `${r.page.name.padEnd(44)} ${r.status.padEnd(11)} claims ${String(r.claims).padStart(3)} ranges ${String(r.ranges).padStart(3)} ${String(r.ms).padStart(5)} ms`;
}

async function main(): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log(`No shared corpus at ${SHARED}: nothing to evaluate.`);
    return;
  }
  const buildNote = ensureExtensionBuilt();
  let pages = corpusPages();
  const only = opt('--only');
  const one = opt('--page');
  if (only) pages = pages.filter((p) => p.name.startsWith(`${only}/`));
  if (one) pages = pages.filter((p) => p.name.includes(one));
  const limit = Number(opt('--limit') ?? 0);
  if (limit) pages = pages.slice(0, limit);

  const started = Date.now();
  const h = await startHarness();
  // All claims, not only the key ones: every claim's range is drawn and checked.
  await showAllClaims(h);
  if (verbose) console.log(`browser up in ${Date.now() - started} ms`);
  console.log(`Lede in Chromium (${buildNote}), extension ${h.extensionId}, ${pages.length} pages from ${SHARED}`);
  const results: PageResult[] = [];
  try {
    for (const p of pages) {
      let r: PageResult;
      try {
        r = await evalPage(h, p);
      } catch (e) {
        r = blankResult(p, 'harness error', [`harness: ${String((e as Error).message).split('\n')[0]}`]);
      }
      results.push(r);
      if (verbose || r.failures.length) console.log(`${r.failures.length ? 'FAIL' : 'ok  '} ${line(r)}${r.failures.length ? `\n       ${r.failures.join('\n       ')}` : ''}`);
    }
  } finally {
    const closing = Date.now();
    await h.close();
    await plain?.close();
    if (verbose) console.log(`browsers closed in ${Date.now() - closing} ms`);
  }
  report(results, Date.now() - started);
}

function report(results: PageResult[], ms: number): void {
  const count = (f: (r: PageResult) => boolean) => results.filter(f).length;
  const failing = results.filter((r) => r.failures.length);
  console.log(`\n== Lede in the browser: ${results.length} pages in ${(ms / 1000).toFixed(0)} s ==`);
  console.log(`pages                      ${results.length}`);
  console.log(`judged articles            ${count((r) => r.article)} (corpus says ${count((r) => r.page.expectArticle)} are articles)`);
  console.log(`highlighted (ranges > 0)   ${count((r) => r.ranges > 0)} (articles with no claims at all: ${count((r) => r.article && r.claims === 0)})`);
  console.log(`pages with Lede errors     ${count((r) => r.ledeErrors.length > 0)} (${results.reduce((s, r) => s + r.ledeErrors.length, 0)} errors)`);
  console.log(`pages whose text changed   ${count((r) => r.textChanged !== null)}`);
  console.log(`pages not restored exactly ${count((r) => r.notRestored !== null)}`);
  console.log(`not judged articles        ${count((r) => !r.article && r.page.expectArticle)} (of pages the corpus calls articles)`);
  console.log(`pages changing themselves  ${count((r) => r.selfChanging !== null)} (exact checks replaced by the trace check; listed below)`);
  console.log(`page's own script errors   ${results.reduce((s, r) => s + r.pageErrors, 0)} (not Lede's; for context)`);
  console.log(`failing pages              ${failing.length}`);
  if (failing.length) {
    console.log('\nFailing pages:');
    for (const r of failing) console.log(`  ${r.page.name}: ${r.failures.join(' | ')}`);
  }
  const self = results.filter((r) => r.selfChanging);
  if (self.length) {
    console.log('\nPages that change themselves (checked for leftover traces only):');
    for (const r of self) console.log(`  ${r.page.name}: ${r.selfChanging}`);
  }
}

await main();
