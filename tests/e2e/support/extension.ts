// Playwright fixtures for Lede in real Chromium: a fresh profile with the built extension per test,
// the fixture server, a snapshot of each page taken before Lede runs, and helpers that read what Lede
// put in the page (CSS.highlights from the page's own scripts; the closed shadow root over CDP).
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium-path';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export { showAllClaimsOn } from '../../support/all-claims';

/** The built Chrome extension; LEDE_EXTENSION_DIR points the tests at another build. */
/** `<name>.lede.test` is the fixture server under another host name (a reserved test TLD: never looked up). */
export const TEST_DOMAIN = 'lede.test';

export const EXTENSION_DIR = resolve(process.env.LEDE_EXTENSION_DIR ?? '.output/chrome-mv3');

/** Runs in every page before its scripts: at DOMContentLoaded (before document_idle content scripts), keeps the page as it was. */
const SNAPSHOT_SCRIPT = `
document.addEventListener('DOMContentLoaded', () => {
  const nodes = [];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  for (let n = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
  window.__before = { html: document.documentElement.outerHTML, nodes, text: document.body ? document.body.textContent : '' };
}, { once: true });
`;

export interface ExtensionErrors {
  list: string[];
}

interface ExceptionDetails {
  text: string;
  url?: string;
  exception?: { description?: string };
  stackTrace?: { callFrames: { url: string }[] };
}

interface Fixtures {
  context: BrowserContext;
  page: Page;
  sw: Worker;
  extensionId: string;
  errors: ExtensionErrors;
}

export const test = base.extend<Fixtures, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` (or \`npx wxt build\`) first.`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1200, height: 800 },
      args: [
        ...CHROMIUM_ARGS,
        // Test host names (sites with their own settings, a webmail-like host) all resolve to the fixture server.
        `--host-resolver-rules=MAP *.${TEST_DOMAIN} 127.0.0.1`,
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
      ],
    });
    await context.addInitScript(SNAPSHOT_SCRIPT);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  sw: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(sw);
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  errors: async ({ context }, use) => {
    const errors: ExtensionErrors = { list: [] };
    const fromExtension = (url: string | undefined) => Boolean(url?.startsWith('chrome-extension://'));
    const watch = (page: Page) => {
      page.on('console', (msg) => {
        const where = msg.location().url ?? '';
        if ((msg.type() === 'error' || msg.type() === 'warning') && (fromExtension(where) || /lede/i.test(msg.text()))) {
          errors.list.push(`${msg.type()}: ${msg.text()} (${where})`);
        }
      });
      // Uncaught exceptions in the content script's isolated world reach neither 'console' nor
      // 'pageerror': listen for them over CDP, which reports every execution context of the page.
      void page
        .context()
        .newCDPSession(page)
        .then(async (cdp) => {
          cdp.on('Runtime.exceptionThrown', (e: { exceptionDetails: ExceptionDetails }) => {
            const d = e.exceptionDetails;
            const frames = d.stackTrace?.callFrames ?? [];
            if (fromExtension(d.url) || frames.some((f) => fromExtension(f.url))) {
              errors.list.push(`exception: ${d.exception?.description ?? d.text}`);
            }
          });
          await cdp.send('Runtime.enable');
        })
        .catch(() => undefined);
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    await use(errors);
  },
  page: async ({ context, errors }, use) => {
    void errors;
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** Every `lede-*` entry in the page's CSS.highlights, as read by the page's own script: name → range texts. */
export async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (name.startsWith('lede-')) out[name] = [...highlight].map((r) => r.toString());
    }
    return out;
  });
}

export function allTexts(h: Record<string, string[]>, except: string[] = ['lede-current']): string[] {
  return Object.entries(h)
    .filter(([name]) => !except.includes(name))
    .flatMap(([, texts]) => texts);
}

/** Waits until the page's highlights satisfy `ok`, and returns them. */
export async function waitForHighlights(page: Page, ok: (h: Record<string, string[]>) => boolean, timeout = 10_000) {
  let last: Record<string, string[]> = {};
  await expect
    .poll(async () => ok((last = await pageHighlights(page))), { timeout, message: 'Lede highlights in the page' })
    .toBe(true);
  return last;
}

interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string; active: boolean }[]>;
    sendMessage(id: number, msg: unknown): Promise<unknown>;
  };
}

/** Sends a lede:* message to the content script of the (one) web page tab, from the service worker. */
export async function sendToPage(sw: Worker, message: unknown): Promise<unknown> {
  return sw.evaluate(async (msg) => {
    const chrome = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    const tabs = await chrome.tabs.query({});
    const web = tabs.filter((t) => !t.url?.startsWith('chrome-extension://'));
    const tab = web.find((t) => t.active) ?? web[0];
    if (tab?.id === undefined) throw new Error('no web page tab');
    return chrome.tabs.sendMessage(tab.id, msg);
  }, message);
}

/** The page compared with its snapshot from before Lede ran. */
export async function compareWithBefore(page: Page) {
  return page.evaluate(() => {
    const before = (window as unknown as { __before: { html: string; nodes: Node[]; text: string } }).__before;
    const nodes: Node[] = [];
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) nodes.push(n);
    return {
      hadSnapshot: Boolean(before),
      snapshotHadLede: before.html.includes('lede-root') || before.html.includes('data-lede-'),
      htmlSame: document.documentElement.outerHTML === before.html,
      textSame: (document.body?.textContent ?? '') === before.text,
      allHeldConnected: before.nodes.every((n) => n.isConnected),
      sameNodes: nodes.length === before.nodes.length && nodes.every((n, i) => n === before.nodes[i]),
    };
  });
}

export interface ShadowNode {
  backendNodeId: number;
  nodeName: string;
  attributes: Record<string, string>;
  text: string;
}

interface CdpNode {
  backendNodeId: number;
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/** The elements inside Lede's closed shadow root (read over CDP: page scripts cannot reach them). */
export async function shadowElements(page: Page): Promise<ShadowNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = find(root, (n) => n.nodeName === 'LEDE-ROOT');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return [];
    const out: ShadowNode[] = [];
    const visit = (n: CdpNode) => {
      if (n.nodeType === 1) {
        const attributes: Record<string, string> = {};
        for (let i = 0; i + 1 < (n.attributes?.length ?? 0); i += 2) attributes[n.attributes![i]] = n.attributes![i + 1];
        out.push({ backendNodeId: n.backendNodeId, nodeName: n.nodeName, attributes, text: textOf(n) });
      }
      n.children?.forEach(visit);
    };
    shadow.children?.forEach(visit);
    return out;
  } finally {
    await cdp.detach();
  }
}

function find(n: CdpNode, ok: (n: CdpNode) => boolean): CdpNode | null {
  if (ok(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = find(c, ok);
    if (hit) return hit;
  }
  return null;
}

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue ?? '';
  if (n.nodeName === 'STYLE') return '';
  return (n.children ?? []).map(textOf).join('');
}

/** Centre of a shadow-root element in viewport coordinates (for real, trusted pointer input). */
export async function centreOf(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
    const q = model.border;
    return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
  } finally {
    await cdp.detach();
  }
}

/** Border box of a shadow-root element in viewport coordinates. */
export async function boxOf(page: Page, backendNodeId: number): Promise<{ top: number; left: number; bottom: number; right: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { border: number[] } };
    const xs = [0, 2, 4, 6].map((i) => model.border[i]);
    const ys = [1, 3, 5, 7].map((i) => model.border[i]);
    return { top: Math.min(...ys), left: Math.min(...xs), bottom: Math.max(...ys), right: Math.max(...xs) };
  } finally {
    await cdp.detach();
  }
}

/** Viewport centre of the first range of a highlight entry, as the page sees it. */
export async function highlightCentre(page: Page, name: string, index = 0): Promise<{ x: number; y: number; text: string }> {
  return page.evaluate(
    ([n, i]) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(registry.get(n) ?? [])][i];
      if (!range) throw new Error(`no range ${i} in ${n}`);
      const el = range.startContainer.parentElement!;
      el.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, text: range.toString() };
    },
    [name, index] as const,
  );
}

export interface ViewportBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The boxes Lede draws over passages inside its closed shadow root (read over CDP, as drawn): note
 * marks by note id (`lede-note-mark`), or the flash of a revealed passage under the key `flash`.
 */
export async function markBoxes(page: Page, kind: 'note' | 'flash' = 'note'): Promise<Record<string, ViewportBox[]>> {
  const cls = kind === 'note' ? 'lede-note-mark' : 'lede-flash-mark';
  const marks = (await shadowElements(page)).filter((n) => n.attributes.class === cls);
  const out: Record<string, ViewportBox[]> = {};
  if (!marks.length) return out;
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const m of marks) {
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: m.backendNodeId })) as { model: { border: number[] } };
      const [x1, y1, x2, , , y3] = model.border;
      (out[m.attributes['data-note'] ?? 'flash'] ??= []).push({ x: x1, y: y1, w: x2 - x1, h: y3 - y1 });
    }
  } finally {
    await cdp.detach();
  }
  return out;
}

/**
 * The page's text drawn under some boxes (each character whose centre lies in one), in runs of
 * document order, white space collapsed: what a reader sees marked.
 */
export async function textUnder(page: Page, boxes: ViewportBox[]): Promise<string[]> {
  return page.evaluate((bs) => {
    const inside = (x: number, y: number) => bs.some((b) => x >= b.x - 1 && x <= b.x + b.w + 1 && y >= b.y - 1 && y <= b.y + b.h + 1);
    let text = '';
    const hit: boolean[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement?.closest('script, style')) continue;
      for (let i = 0; i < n.data.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        text += n.data[i];
        hit.push(r.width > 0 && inside(r.left + r.width / 2, r.top + r.height / 2));
      }
    }
    const runs: string[] = [];
    for (let i = 0; i < text.length; ) {
      if (!hit[i]) {
        i++;
        continue;
      }
      let j = i;
      let last = i;
      while (j < text.length && (hit[j] || /\s/.test(text[j]))) {
        if (hit[j]) last = j;
        j++;
      }
      runs.push(text.slice(i, last + 1).replace(/\s+/g, ' '));
      i = j;
    }
    return runs;
  }, boxes);
}

/** The passages Lede marks as the reader's notes (as drawn), one per note. */
export async function markedNotes(page: Page): Promise<string[]> {
  const byNote = await markBoxes(page, 'note');
  const texts: string[] = [];
  for (const boxes of Object.values(byNote)) texts.push((await textUnder(page, boxes)).join(' '));
  return texts.sort();
}

/** Lede's note editor frame (an extension page inside the closed shadow root), once it is ready for typing. */
export async function noteEditorFrame(page: Page) {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/note-editor.html')), { message: 'the note editor frame' }).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('/note-editor.html'))!;
  await expect(frame.locator('[data-action="save"]')).toBeEnabled(); // its session came from the background
  await expect.poll(() => frame.evaluate(() => document.activeElement?.id), { message: 'the note box has the focus' }).toBe('note-body');
  return frame;
}

/** True while a note editor frame is open in the page. */
export const editorOpen = (page: Page) => page.frames().some((f) => f.url().includes('/note-editor.html'));
