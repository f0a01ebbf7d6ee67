// Shared by the in-browser evaluation (tests/eval/browser.ts) and benchmark (tests/bench/browser-bench.ts):
// the corpus pages, a local server for them, Chromium with the built extension, lede:* messages sent from
// the service worker, a main-world watcher installed before the page's scripts, and error capture.
//
// The corpora are read at run time from ../shared (LEDE_SHARED), never copied into the project.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium-path';
import { serveFolder, type StaticServer } from '../support/static-server';
import { showAllClaimsOn } from '../support/all-claims';

export const SHARED = resolve(process.env.LEDE_SHARED ?? '../shared');
export const EXTENSION_DIR = resolve(process.env.LEDE_EXTENSION_DIR ?? '.output/chrome-mv3');

export interface CorpusPage {
  /** Short name for reports: `zyte/<id10>`, `readability/<case>`, `pages/<file>`. */
  name: string;
  /** Path under SHARED, as served. */
  path: string;
  /** False when the corpus says the page is not meant to be read as an article (Readability's `readerable`). */
  expectArticle: boolean;
}

/** Every page of the three sources, in a stable order (corpus, then file name). */
export function corpusPages(): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const zyte = join(SHARED, 'corpus/zyte-dev/html');
  if (existsSync(zyte)) {
    for (const f of readdirSync(zyte).filter((f) => f.endsWith('.html')).sort()) {
      pages.push({ name: `zyte/${f.slice(0, 10)}`, path: relative(SHARED, join(zyte, f)), expectArticle: true });
    }
  }
  const rd = join(SHARED, 'corpus/readability');
  if (existsSync(rd)) {
    for (const d of readdirSync(rd).sort()) {
      const src = join(rd, d, 'source.html');
      if (!existsSync(src)) continue;
      const metaFile = join(rd, d, 'expected-metadata.json');
      const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: boolean }) : {};
      pages.push({ name: `readability/${d}`, path: relative(SHARED, src), expectArticle: meta.readerable !== false });
    }
  }
  const own = join(SHARED, 'pages');
  if (existsSync(own)) {
    for (const f of readdirSync(own).filter((f) => f.endsWith('.html')).sort()) {
      pages.push({ name: `pages/${f}`, path: relative(SHARED, join(own, f)), expectArticle: true });
    }
  }
  return pages;
}

/** Builds the extension when there is no build; returns a line for the report. */
export function ensureExtensionBuilt(): string {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    console.log(`No extension build at ${EXTENSION_DIR}: running \`npx wxt build\` first.`);
    execSync('npx wxt build', { stdio: 'inherit' });
    return `extension built now by this run (npx wxt build) at ${EXTENSION_DIR}`;
  }
  return `extension build ${EXTENSION_DIR} from ${statSync(manifest).mtime.toISOString()}`;
}

/**
 * Main-world watcher, added before any page script. At DOMContentLoaded (always before a document_idle
 * content script) it snapshots the page (outerHTML, body textContent, every node held by reference)
 * and starts a MutationObserver. Mutations are sorted into Lede's (its <lede-root>, its <style>, its
 * data-lede-* attributes) and the page's. While Lede has not yet touched the page, each batch of page
 * mutations re-takes the snapshot, so the snapshot is the page exactly as it was just before Lede's
 * first change; page mutations after that are counted, since they make an exact comparison unsound.
 * It also buffers Long Animation Frame entries with their script attribution, and cancels the page's own
 * navigations to other documents (script redirects to the original site), so the page under test stays.
 */
export const WATCH_SCRIPT = `(() => {
  if (window.top !== window || window.__ledeEval) return;
  const MAX_SNAPSHOTS = 40, MAX_NOTES = 40;
  const st = { snapshots: 0, html: '', text: '', nodes: [], ledeSeen: false, ledeRecords: 0, pageAfterLede: 0,
    notes: [], tooDynamic: false, loaf: [], dclAt: 0, firstLedeAt: 0, pageTimes: [], pageNotes: [], preAttrs: new Map() };
  Object.defineProperty(window, '__ledeEval', { value: st });
  const isLedeNode = (n) => n.nodeType === 1 && (n.localName.startsWith('lede-') ||
    (n.localName === 'style' && (n.textContent || '').includes('::highlight(lede-')));
  // A data-lede-* attribute the page itself had at the snapshot (some sites use the word) is the page's.
  const pageOwn = (el, attr) => (st.preAttrs.get(el) || []).includes(attr);
  const isLede = (r) => r.type === 'attributes' ? (r.attributeName || '').startsWith('data-lede-') && !pageOwn(r.target, r.attributeName)
    : r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every(isLedeNode)
    : false;
  const name = (n) => n.nodeType === 1 ? n.localName + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\\s+/).slice(0, 2).join('.') : '') : n.nodeName;
  const describe = (r) => r.type + (r.type === 'attributes' ? ' [' + r.attributeName + ']' : r.type === 'childList'
    ? ' +' + [...r.addedNodes].map(name).slice(0, 3).join(',') + ' -' + [...r.removedNodes].map(name).slice(0, 3).join(',') : '') + ' on ' + name(r.target);
  const snapshot = () => {
    st.snapshots++;
    st.html = document.documentElement.outerHTML;
    st.text = document.body ? document.body.textContent : '';
    const nodes = [];
    const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    const preAttrs = new Map();
    for (let n = w.currentNode; n; n = w.nextNode()) {
      nodes.push(n);
      if (n.nodeType === 1 && n.hasAttributes()) {
        for (const a of n.attributes) if (a.name.startsWith('data-lede-')) preAttrs.set(n, [...(preAttrs.get(n) || []), a.name]);
      }
    }
    st.nodes = nodes;
    st.preAttrs = preAttrs;
  };
  const observer = new MutationObserver((records) => {
    let page = [];
    for (const r of records) {
      if (isLede(r)) { st.ledeRecords++; if (!st.ledeSeen) { st.ledeSeen = true; st.firstLedeAt = performance.now(); } }
      else page.push(r);
    }
    if (!page.length) return;
    if (st.pageTimes.length < 200) st.pageTimes.push(Math.round(performance.now() - st.dclAt));
    for (const r of page) { const d = describe(r); if (st.pageNotes.length < 300 && !st.pageNotes.includes(d)) st.pageNotes.push(d); }
    if (!st.ledeSeen) {
      if (st.snapshots < MAX_SNAPSHOTS) snapshot(); else st.tooDynamic = true;
      return;
    }
    st.pageAfterLede += page.length;
    for (const r of page) { const d = describe(r); if (st.notes.length < MAX_NOTES && !st.notes.includes(d)) st.notes.push(d); }
  });
  document.addEventListener('DOMContentLoaded', () => {
    st.dclAt = performance.now();
    snapshot();
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, { once: true });
  // A page that sends itself elsewhere (a script redirect to its original site) stays: the Navigation
  // API lets a page's own cross-document navigations be cancelled before they abort its loading.
  try {
    navigation.addEventListener('navigate', (e) => { if (e.cancelable && !e.destination.sameDocument) e.preventDefault(); });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        st.loaf.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration,
          scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker,
            type: s.invokerType, duration: s.duration, start: s.startTime })) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();`;

export interface WatchState {
  snapshots: number;
  ledeSeen: boolean;
  ledeRecords: number;
  pageAfterLede: number;
  notes: string[];
  tooDynamic: boolean;
  loaf: LoafEntry[];
  dclAt: number;
  firstLedeAt: number;
  /** When each batch of the page's own mutations came, in ms after DOMContentLoaded. */
  pageTimes: number[];
  /** Distinct descriptions of the page's own mutations after DOMContentLoaded. */
  pageNotes: string[];
}

export interface LoafEntry {
  start: number;
  duration: number;
  blocking: number;
  scripts: { url: string; fn: string; invoker: string; type: string; duration: number; start: number }[];
}

export interface Harness {
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  extensionId: string;
  errors: ErrorLog;
  url(p: CorpusPage): string;
  /** Loads the page in the tab (the only top-level navigation the page is allowed); an error line or null. */
  open(p: CorpusPage, timeoutMs: number): Promise<string | null>;
  /** Sends a lede:* message to the page's content script; null when none answers (not injected yet). */
  send(message: unknown): Promise<unknown>;
  /** Errors logged in the service worker since the last call. */
  workerErrors(): Promise<string[]>;
  /** Evaluates an expression in the content script's own world (for fault injection); false when there is none. */
  inContentScriptWorld(expression: string): Promise<boolean>;
  close(): Promise<void>;
}

/** What went wrong in the page, split by whether Lede's code was on the stack or in its world. */
export interface ErrorLog {
  lede: string[];
  page: number;
  cdp: CDPSession;
  /** The newest execution context of the extension's content script in the tab. */
  contentScriptContext: number | null;
  /** Drains and returns what was logged since the last call. */
  take(): { lede: string[]; page: number };
}

const LOCAL_HOST = '127.0.0.1';

/** Chromium flags on top of the shared ones: no bfcache (one live document per tab), no DNS for other hosts. */
const EXTRA_ARGS = ['--disable-features=BackForwardCache', `--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE ${LOCAL_HOST}`];

interface LaunchOptions {
  withExtension: boolean;
  bypassCSP?: boolean;
}

async function launch(opts: LaunchOptions): Promise<{ context: BrowserContext; profile: string; allowed: { url: string } }> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-browser-eval-'));
  const ext = opts.withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    bypassCSP: opts.bypassCSP ?? false,
    args: [...CHROMIUM_ARGS, ...EXTRA_ARGS, ...ext],
  });
  // Pages' requests to other hosts fail at once instead of waiting on timeouts. A page that sends
  // itself elsewhere (a script redirect to its original site) is kept: that navigation gets
  // 204 No Content, which leaves the current document in place.
  const allowed = { url: '' };
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:',
    (route) => {
      const request = route.request();
      const frame = request.isNavigationRequest() ? request.frame() : null;
      if (frame && !frame.parentFrame() && request.url() !== allowed.url) return route.fulfill({ status: 204, body: '' });
      if (new URL(request.url()).hostname !== LOCAL_HOST) return route.abort('blockedbyclient');
      return route.continue();
    },
  );
  await context.addInitScript(WATCH_SCRIPT);
  return { context, profile, allowed };
}

export async function startHarness(opts: LaunchOptions = { withExtension: true }): Promise<Harness> {
  const server = await serveFolder(SHARED);
  const { context, profile, allowed } = await launch(opts);
  const page = context.pages()[0] ?? (await context.newPage());
  let sw: Worker | null = null;
  let extensionId = '';
  const errors = await watchErrors(context, page, () => extensionId);
  const worker = async (): Promise<Worker> => {
    const current = context.serviceWorkers()[0] ?? (await wakeWorker());
    if (current !== sw) {
      sw = current;
      extensionId = new URL(sw.url()).host;
      await sw.evaluate(INSTALL_WORKER_ERROR_HOOK);
    }
    return sw;
  };
  // Chrome stops an idle service worker (30 s without events); the harness talks through it, so when it
  // is gone an extension page wakes it (the options page asks the background for the settings at once).
  const wakeWorker = async (): Promise<Worker> => {
    const started = context.waitForEvent('serviceworker', { timeout: 10_000 });
    if (!extensionId) return started;
    const waker = await context.newPage();
    try {
      await waker.goto(`chrome-extension://${extensionId}/options.html`);
      return context.serviceWorkers()[0] ?? (await started);
    } finally {
      started.catch(() => undefined);
      await waker.close();
    }
  };
  if (opts.withExtension) await worker();
  let tabId: number | null = null;
  return {
    context,
    page,
    server,
    get extensionId() {
      return extensionId;
    },
    errors,
    url: (p) => pageUrl(server, p),
    open(p, timeoutMs) {
      allowed.url = pageUrl(server, p);
      return load(page, allowed.url, timeoutMs);
    },
    async send(message) {
      const w = await worker();
      const result = (await w.evaluate(
        async ([msg, knownTab]) => {
          const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          let id = knownTab;
          if (id === null) {
            // Without the "tabs" permission tab.url is hidden: the harness has one web page tab.
            const tabs = (await c.tabs.query({})).filter((t) => !t.url?.startsWith('chrome-extension://'));
            id = (tabs.find((t) => t.active) ?? tabs[0])?.id ?? null;
            if (id === null) return { tab: null, answer: null, error: 'no tab' };
          }
          try {
            return { tab: id, answer: await c.tabs.sendMessage(id, msg, { frameId: 0 }), error: null };
          } catch (e) {
            return { tab: id, answer: null, error: String((e as Error).message ?? e) };
          }
        },
        [message, tabId] as const,
      )) as { tab: number | null; answer: unknown; error: string | null };
      tabId = result.tab;
      if (result.error && !/Receiving end does not exist|message port closed|no tab/i.test(result.error)) {
        throw new Error(`lede message ${JSON.stringify(message)}: ${result.error}`);
      }
      return result.error ? null : (result.answer ?? null);
    },
    async workerErrors() {
      if (!opts.withExtension) return [];
      const w = await worker();
      return (await w.evaluate(() => {
        const g = globalThis as unknown as { __ledeEvalErrors?: string[] };
        return (g.__ledeEvalErrors ?? []).splice(0);
      })) as string[];
    },
    async inContentScriptWorld(expression) {
      const id = errors.contentScriptContext;
      if (id === null) return false;
      await errors.cdp.send('Runtime.evaluate', { contextId: id, expression });
      return true;
    },
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface ChromeApi {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]>;
    sendMessage(id: number, msg: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

/** Runs in the service worker: keeps its uncaught errors, rejections and console.error lines. */
const INSTALL_WORKER_ERROR_HOOK = () => {
  const g = globalThis as unknown as { __ledeEvalErrors?: string[]; console: Console } & typeof globalThis;
  if (g.__ledeEvalErrors) return;
  const list: string[] = (g.__ledeEvalErrors = []);
  g.addEventListener('error', (e: Event) => list.push(`service worker error: ${(e as ErrorEvent).message}`));
  g.addEventListener('unhandledrejection', (e: Event) => list.push(`service worker rejection: ${String((e as PromiseRejectionEvent).reason)}`));
  const original = g.console.error.bind(g.console);
  g.console.error = (...args: unknown[]) => {
    list.push(`service worker console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
};

interface CdpStackTrace {
  callFrames: { url: string }[];
}

/**
 * Over CDP, every exception and console error/warning in the tab, in any world. One is Lede's when it
 * comes from the content script's isolated world (an execution context whose origin is the extension)
 * or has one of the extension's chrome-extension:// URLs on its stack.
 */
async function watchErrors(context: BrowserContext, page: Page, extensionId: () => string): Promise<ErrorLog> {
  const log = { lede: [] as string[], page: 0 };
  const extensionContexts = new Set<number>();
  const cdp: CDPSession = await context.newCDPSession(page);
  // Only this extension's URLs count: a saved page may reference other extensions' files.
  const ours = (url?: string) => Boolean(url && extensionId() && url.startsWith(`chrome-extension://${extensionId()}/`));
  const fromExtension = (contextId?: number, url?: string, stack?: CdpStackTrace) =>
    (contextId !== undefined && extensionContexts.has(contextId)) || ours(url) || Boolean(stack?.callFrames.some((f) => ours(f.url)));
  let newest: number | null = null;
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string } }) => {
    if (ours(e.context.origin + '/')) {
      extensionContexts.add(e.context.id);
      newest = e.context.id;
    }
  });
  cdp.on('Runtime.executionContextsCleared', () => extensionContexts.clear());
  cdp.on(
    'Runtime.exceptionThrown',
    (e: { exceptionDetails: { text: string; url?: string; executionContextId?: number; stackTrace?: CdpStackTrace; exception?: { description?: string } } }) => {
      const d = e.exceptionDetails;
      if (fromExtension(d.executionContextId, d.url, d.stackTrace)) {
        log.lede.push(`exception: ${(d.exception?.description ?? d.text).split('\n').slice(0, 3).join(' | ')}`);
      } else log.page++;
    },
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    (e: { type: string; executionContextId: number; args: { value?: unknown; description?: string }[]; stackTrace?: CdpStackTrace }) => {
      if (e.type !== 'error' && e.type !== 'warning' && e.type !== 'assert') return;
      if (fromExtension(e.executionContextId, undefined, e.stackTrace)) {
        log.lede.push(`console.${e.type}: ${e.args.map((a) => a.description ?? String(a.value)).join(' ').slice(0, 300)}`);
      }
    },
  );
  cdp.on('Log.entryAdded', (e: { entry: { level: string; text: string; url?: string; stackTrace?: CdpStackTrace } }) => {
    if (e.entry.level !== 'error') return;
    if (fromExtension(undefined, e.entry.url, e.entry.stackTrace)) log.lede.push(`log: ${e.entry.text.slice(0, 300)}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return {
    cdp,
    get contentScriptContext() {
      return newest;
    },
    get lede() {
      return log.lede;
    },
    get page() {
      return log.page;
    },
    take() {
      const out = { lede: log.lede.splice(0), page: log.page };
      log.page = 0;
      return out;
    },
  };
}

/** A page without the extension (for reference loads): same server, flags, blocking and watcher. */
export async function startPlainBrowser(server: StaticServer) {
  const { context, profile, allowed } = await launch({ withExtension: false });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    open(p: CorpusPage, timeoutMs: number) {
      allowed.url = pageUrl(server, p);
      return load(page, allowed.url, timeoutMs);
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function pageUrl(server: StaticServer, p: CorpusPage): string {
  return `${server.url}/${p.path.split('/').map(encodeURIComponent).join('/')}`;
}

/** Every claim drawn, not only the key ones, on the served pages' host: the most Lede ever adds to a page. */
export function showAllClaims(h: Harness): Promise<void> {
  return showAllClaimsOn(h.context, h.extensionId, LOCAL_HOST);
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export type AnalysisAnswer =
  | { status: 'not-article' | 'pending' | 'disabled' }
  | { status?: undefined; url: string | null; claims: unknown[]; sponsored: unknown[]; timings: { extractMs: number; analyzeMs: number; highlightMs?: number } };

/** Polls lede:analysis until it is no longer pending (or nothing answers) or the time is up. */
export async function waitForAnalysis(h: Harness, timeoutMs: number): Promise<{ answer: AnalysisAnswer | null; waitedMs: number }> {
  const t0 = Date.now();
  let answer: AnalysisAnswer | null = null;
  for (;;) {
    answer = (await h.send({ type: 'lede:analysis' })) as AnalysisAnswer | null;
    if (answer && answer.status !== 'pending') break;
    if (Date.now() - t0 > timeoutMs) break;
    await sleep(40);
  }
  return { answer, waitedMs: Date.now() - t0 };
}

/** Loads a page; a load that does not finish in time is not fatal (the DOM is there). */
export async function load(page: Page, url: string, timeoutMs: number): Promise<string | null> {
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    return null;
  } catch (e) {
    const msg = String((e as Error).message).split('\n')[0];
    if (/Timeout/i.test(msg)) return null;
    return msg;
  }
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** Trace categories for main-thread tasks and the JavaScript samples inside them. */
const TASK_CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

export interface LedeTasks {
  /** The longest main-thread task with a JavaScript sample from the extension's code, in ms (0: none). */
  longestMs: number;
  /** Lede's tasks of 50 ms or more. */
  longTasks: number;
  tasks: number;
  /** The durations of those tasks summed: Lede's main-thread time in all (message handling included), an upper bound. */
  totalMs: number;
  /** What the longest task was: the content script's first evaluation, or later work (a slice, a callback). */
  longestKind: string;
  /**
   * The longest task with Lede's code in the extension's own processes (service worker, background or
   * offscreen page): not the page's thread, so not counted above; shown for context.
   */
  longestElsewhereMs: number;
}

/**
 * Lede's longest task, from a Chrome trace of the tab: Long Animation Frame script attribution leaves out
 * extension code, so tasks are taken from the trace (RunTask) and a task counts as Lede's when a V8 CPU
 * profile sample taken during it has the extension's script on its stack. Only tasks in the page's own
 * process (where the content script runs) count; the trace also holds the extension's processes, whose
 * longest task is reported apart.
 */
export async function traceTasks(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TASK_CATEGORIES }, transferMode: 'ReturnAsStream' });
  return {
    async stop(): Promise<LedeTasks> {
      const done = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      let text = '';
      for (;;) {
        const chunk = (await cdp.send('IO.read', { handle: stream! })) as { data: string; eof: boolean; base64Encoded?: boolean };
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream! });
      await cdp.detach();
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return ledeTasks(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), `chrome-extension://${extensionId}/`);
    },
  };
}

function ledeTasks(events: TraceEvent[], prefix: string): LedeTasks {
  // Samples per profiled thread: the times (µs, trace clock) of samples whose stack holds Lede's code.
  const profiles = new Map<string, { pid: number; tid: number; time: number; lede: Map<number, boolean>; parent: Map<number, number | undefined>; ours: Set<number> }>();
  // The page's process is where the content script runs; the extension's own pages run in another.
  const pagePids = new Set<number>();
  const ledeTimes = new Map<string, number[]>(); // "pid:tid" -> sample times
  for (const e of events) {
    if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, { pid: e.pid, tid: e.tid, time: e.args?.data?.startTime ?? e.ts, lede: new Map(), parent: new Map(), ours: new Set() });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) {
      p.parent.set(n.id, n.parent);
      if (n.callFrame.url?.startsWith(prefix)) {
        p.ours.add(n.id);
        if (n.callFrame.url.startsWith(`${prefix}content-scripts/`)) pagePids.add(e.pid);
      }
    }
    const isLede = (id: number): boolean => {
      const known = p.lede.get(id);
      if (known !== undefined) return known;
      const parent = p.parent.get(id);
      const value = p.ours.has(id) || (parent !== undefined && isLede(parent));
      p.lede.set(id, value);
      return value;
    };
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      p.time += deltas[i] ?? 0;
      if (isLede(samples[i])) {
        const key = `${p.pid}:${p.tid}`;
        if (!ledeTimes.has(key)) ledeTimes.set(key, []);
        ledeTimes.get(key)!.push(p.time);
      }
    }
  }
  for (const times of ledeTimes.values()) times.sort((a, b) => a - b);
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(prefix));
  let longest = 0;
  let longestElsewhere = 0;
  let longestKind = '';
  let longTasks = 0;
  let tasks = 0;
  let totalMs = 0;
  // Chrome logs a task under one name or both (nested): count one.
  const taskName = events.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== taskName || e.dur === undefined) continue;
    const times = ledeTimes.get(`${e.pid}:${e.tid}`);
    if (!times) continue;
    // First Lede sample at or after the task's start: is it inside the task?
    let lo = 0;
    let hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] < e.ts) lo = mid + 1;
      else hi = mid;
    }
    const end = e.ts + e.dur;
    if (lo < times.length && times[lo] <= end) {
      if (!pagePids.has(e.pid)) {
        longestElsewhere = Math.max(longestElsewhere, e.dur / 1000);
        continue;
      }
      tasks++;
      const ms = e.dur / 1000;
      totalMs += ms;
      if (ms >= 50) longTasks++;
      if (ms > longest) {
        longest = ms;
        const evaluation = evaluations.some((v) => v.pid === e.pid && v.ts >= e.ts && v.ts <= end);
        longestKind = evaluation ? 'first evaluation of the content script' : 'later work (slice or callback)';
      }
    }
  }
  return { longestMs: longest, longTasks, tasks, totalMs, longestKind, longestElsewhereMs: longestElsewhere };
}
