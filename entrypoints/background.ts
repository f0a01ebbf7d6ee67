// Service worker (Chrome) / background page (Firefox): relays the toggle-highlights command to the
// active tab's content script, runs the text half of the analysis for content scripts, injects the
// page half where a content script asks for it, and keeps the notes store and the settings store. Messages and answers are
// validated like every other lede:* message (lib/protocol.ts).
import { HighlightsResponseSchema, StateResponseSchema } from '@/lib/messages';
import { analyzeTextRequest, MALFORMED_TEXT_REQUEST } from '@/lib/pipeline/text-service';
import { TextTransfers } from '@/lib/pipeline/text-transfer';
import type { ThemeDefinition } from '@/lib/themes/taxonomy';
import { findRunawayPatterns, guardThemes, type ProbeRequest, type ProbeWorker } from '@/lib/themes/pattern-probe';
import { SettingsStore } from '@/lib/settings/settings-db';
import { handleSettingsMessage, isSettingsMessage } from '@/lib/settings/router';
import type { ArticleInput } from '@/lib/pipeline/text-half';
import { handleNotesMessage, isNotesMessage, type NotesSender } from '@/lib/notes/router';
import { openNotesStore, type NotesStore } from '@/lib/notes';
import { EditorSessions } from '@/lib/notes/editor-sessions';
import { noteKey } from '@/lib/notes/url-key';
import { handlers, messageListener, type Dispatch } from '@/lib/handlers';
import { parseRequest } from '@/lib/protocol';

export const TOGGLE_COMMAND = 'toggle-highlights';

/** Turns Lede's highlights in a tab off when any are on, on (all groups) when none are. */
export async function toggleHighlightsInTab(tabId: number): Promise<boolean | null> {
  try {
    const state = StateResponseSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'lede:state' }));
    if (!state.success) return null;
    const next = HighlightsResponseSchema.safeParse(
      await browser.tabs.sendMessage(tabId, { type: 'lede:highlights', on: !state.data.on }),
    );
    return next.success ? next.data.on : null;
  } catch {
    return null; // no content script in that tab (extension page, sensitive site before load...)
  }
}

// ---- The text half of the analysis: content scripts send the article text, get claims and themes. ----

// ---- Settings: the background alone opens the settings database (lib/settings/settings-db.ts). ----

let settingsPromise: Promise<SettingsStore> | null = null;

/** The settings store, opened once; settings an older Lede kept in storage.local are moved in first (once). */
function settingsStore(): Promise<SettingsStore> {
  if (!settingsPromise) {
    settingsPromise = SettingsStore.open(indexedDB).then(async (store) => {
      const moved = await store.migrateFromStorageLocal(() => browser.storage.local.get(null));
      if (moved.length) await browser.storage.local.remove(moved);
      return store;
    });
    settingsPromise.catch(() => (settingsPromise = null));
  }
  return settingsPromise;
}

let themeTable: Promise<ThemeDefinition[] | undefined> | null = null;

/** The reader's theme table (undefined: the defaults), read once and again after the options page touched settings. */
function readerThemes(store: SettingsStore): Promise<ThemeDefinition[] | undefined> {
  themeTable ??= store.themeTable().catch(() => undefined);
  return themeTable;
}

/**
 * The theme table for one article: the reader's own patterns are first run on it in a worker thread under
 * a time budget; one that runs away is left out and reported (switched off until the reader changes it).
 */
async function themesFor(input: ArticleInput, pageUrl: string): Promise<ThemeDefinition[] | undefined> {
  try {
    const store = await settingsStore();
    const table = await readerThemes(store);
    if (!table) return undefined;
    const reports = await store.patternReports();
    return await guardThemes(table, input, {
      probe: probePatterns,
      switchedOff: new Set(reports.map((r) => r.pattern)),
      report: (pattern, themes) => store.addPatternReport({ pattern, themes, site: new URL(pageUrl).hostname, at: new Date().toISOString() }),
    });
  } catch {
    return undefined; // settings unavailable: the default taxonomy
  }
}

const PROBE_WORKER = '/pattern-probe-worker.js';
const PROBE_PAGE = '/pattern-probe.html';
let probePageOpening: Promise<unknown> | null = null;

/** Runs the pattern probe in a worker: started here where the background can (Firefox), else by the offscreen document (Chrome). */
async function probePatterns(request: ProbeRequest): Promise<string[] | null> {
  if (typeof Worker === 'function') return findRunawayPatterns(() => new Worker(browser.runtime.getURL(PROBE_WORKER)) as unknown as ProbeWorker, request);
  const scope = self as unknown as { clients: { matchAll(options: object): Promise<{ url: string; postMessage(m: unknown, t: Transferable[]): void }[]> } };
  const url = browser.runtime.getURL(PROBE_PAGE);
  const findPage = async () => (await scope.clients.matchAll({ includeUncontrolled: true })).find((c) => c.url === url);
  let page = await findPage();
  if (!page) {
    const offscreen = (browser as unknown as { offscreen?: { createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> } }).offscreen;
    if (!offscreen) return null;
    probePageOpening ??= offscreen
      .createDocument({ url: PROBE_PAGE, reasons: ['WORKERS'], justification: "Runs the reader's theme patterns in a worker thread under a time budget." })
      .catch(() => undefined)
      .finally(() => (probePageOpening = null));
    await probePageOpening;
    page = await findPage();
    if (!page) return null;
  }
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = ({ data }) => {
      channel.port1.close();
      const runaway = (data as { runaway?: unknown } | null)?.runaway;
      resolve(Array.isArray(runaway) && runaway.every((p) => typeof p === 'string') ? runaway : null);
    };
    page.postMessage(request, [channel.port2]);
  });
}

/** The latest request per page (tab and frame): an older one still running is dropped. */
const latestRequest = new Map<string, number>();
let requests = 0;

/** A page's new request: `superseded` once a newer one from the same page came; `done` when answered. */
function newRequest(tabId: number, frameId: number): { superseded(): boolean; done(): void } {
  const page = `${tabId}:${frameId}`;
  const request = ++requests;
  latestRequest.set(page, request);
  const superseded = () => latestRequest.get(page) !== request;
  return { superseded, done: () => void (superseded() || latestRequest.delete(page)) };
}

// ---- Notes: the background alone opens the notes database; pages and extension pages ask it. ----

export const NOTE_MENU_ID = 'lede-add-note';
let storePromise: Promise<NotesStore> | null = null;

/** The store, opened once; opened again if the browser (or a newer Lede) closed it. */
function notesStore(): Promise<NotesStore> {
  if (!storePromise) {
    storePromise = openNotesStore(undefined, { onClose: () => (storePromise = null) });
    storePromise.catch(() => (storePromise = null));
  }
  return storePromise;
}

interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; incognito?: boolean };
}

/** Who asked: one of Lede's extension pages, or Lede's content script in a page (tab and frame). */
type Asker = { kind: 'extension' } | { kind: 'page'; url: string; incognito: boolean; tabId: number; frameId: number };

/** Only Lede's own pages and content scripts are answered. */
function askerOf(sender: MessageSender): Asker | null {
  if (sender.id !== browser.runtime.id) return null;
  const own = browser.runtime.getURL('/');
  if (sender.url?.startsWith(own)) return { kind: 'extension' };
  if (sender.tab?.id !== undefined && sender.url) return { kind: 'page', url: sender.url, incognito: sender.tab.incognito === true, tabId: sender.tab.id, frameId: sender.frameId ?? 0 };
  return null;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Long article texts arriving in pieces, and long answers' claims waiting to be fetched, per page. */
const transfers = new TextTransfers();
const pageKey = (asker: { tabId: number; frameId: number }) => `${asker.tabId}:${asker.frameId}`;

/** The messages Lede's content scripts send the background (lib/protocol.ts), one handler each. */
const answerPage = handlers<'lede:analyze-text' | 'lede:analyze-text:piece' | 'lede:analyze-text:claims' | 'lede:load-page-half', Asker>(
  parseRequest,
  {
    'lede:analyze-text': async (request, asker) => {
      if (asker.kind !== 'page') return { ok: false, error: 'lede:analyze-text: only for content scripts' };
      const whole = transfers.withText(pageKey(asker), request);
      if ('refused' in whole) return whole.refused;
      const pending = newRequest(asker.tabId, asker.frameId);
      const { input } = whole.request;
      const answer = await analyzeTextRequest(whole.request, { themes: await themesFor(input, asker.url), superseded: pending.superseded });
      pending.done();
      return transfers.answerInParts(pageKey(asker), answer, () => crypto.randomUUID());
    },
    'lede:analyze-text:piece': (request, asker) =>
      asker.kind === 'page' ? transfers.addPiece(pageKey(asker), request) : { ok: false, error: 'lede:analyze-text:piece: only for content scripts' },
    'lede:analyze-text:claims': (request, asker) =>
      asker.kind === 'page' ? transfers.claimsPart(pageKey(asker), request) : { ok: false, error: 'lede:analyze-text:claims: only for content scripts' },
    'lede:load-page-half': async (_request, asker) => {
      if (asker.kind !== 'page') return { ok: false, error: 'lede:load-page-half: only for content scripts' };
      try {
        await browser.scripting.executeScript({ target: { tabId: asker.tabId, frameIds: [asker.frameId] }, files: ['/page-half.js'] });
        return { ok: true };
      } catch (error) {
        return { ok: false, error: `lede:load-page-half: ${errorText(error)}` };
      }
    },
  },
  (type) => (type === 'lede:analyze-text' ? MALFORMED_TEXT_REQUEST : { ok: false, error: `${type}: malformed request` }),
);

/** The note editor's sessions: a content script registers one, Lede's editor page takes it once. */
const editorSessions = new EditorSessions(() => crypto.randomUUID());

const answerEditor = handlers<'lede:editor:open' | 'lede:editor:session' | 'lede:editor:done', Asker>(
  parseRequest,
  {
    'lede:editor:open': (request, asker) => {
      if (asker.kind !== 'page') return { ok: false, error: 'lede:editor:open: only for content scripts' };
      // A content script opens an editor only on its own page's notes.
      if (noteKey(asker.url) !== noteKey(request.page.url)) return { ok: false, error: 'lede:editor:open: not this page' };
      const { page, title, passage } = request;
      return { ok: true, session: editorSessions.register({ page, title, passage, incognito: asker.incognito, tabId: asker.tabId, frameId: asker.frameId }) };
    },
    'lede:editor:session': (request, asker) => {
      if (asker.kind !== 'extension') return { ok: false, error: 'lede:editor:session: only for Lede’s editor page' };
      const context = editorSessions.take(request.session);
      if (!context) return { ok: false, error: 'This note editor has expired: open it again.' };
      const { page, title, passage, incognito } = context;
      return { ok: true, page, title, passage, incognito };
    },
    // Relayed here: Firefox gives an extension page framed in a web page no `tabs` API of its own.
    'lede:editor:done': async ({ session, saved }, asker) => {
      const where = asker.kind === 'extension' ? editorSessions.finish(session) : null;
      if (!where) return { ok: false, reason: 'No such note editor.' };
      try {
        await browser.tabs.sendMessage(where.tabId, { type: 'lede:editor:closed', session, saved }, { frameId: where.frameId });
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: errorText(error) };
      }
    },
  },
  (type) => ({ ok: false, error: `${type}: malformed request` }),
);

/** The notes store's messages go to its router (lib/notes/router.ts, a handler table of its own). */
const answerNotes: Dispatch<Asker> = (message, asker) => {
  if (!isNotesMessage(message)) return null;
  const sender: NotesSender = asker.kind === 'page' ? { kind: 'page', url: asker.url, incognito: asker.incognito } : asker;
  return {
    answer: notesStore()
      .then((store) => handleNotesMessage(store, message, sender))
      .catch((error: unknown) => ({ ok: false, code: 'failed', error: errorText(error) })),
  };
};

/** The settings messages go to their router (lib/settings/router.ts): pages get their own site's only. */
const answerSettings: Dispatch<Asker> = (message, asker) => {
  if (!isSettingsMessage(message)) return null;
  if (asker.kind === 'extension') themeTable = null; // the options page may have changed the table
  return {
    answer: settingsStore()
      .then((store) => handleSettingsMessage(store, message, asker.kind === 'page' ? { kind: 'page', url: asker.url } : asker))
      .catch((error: unknown) => ({ ok: false, error: errorText(error) })),
  };
};

function wireMessages(): void {
  browser.runtime.onMessage.addListener(
    messageListener((message: unknown, asker: Asker) => answerNotes(message, asker) ?? answerSettings(message, asker) ?? answerEditor(message, asker) ?? answerPage(message, asker), askerOf),
  );
}

function wireNotes(): void {
  // Context menu on a selection: the content script opens Lede's own editor on it.
  const addMenu = () => {
    try {
      browser.contextMenus.create({ id: NOTE_MENU_ID, title: 'Add note to Lede', contexts: ['selection'] }, () => void browser.runtime.lastError);
    } catch {
      // already there (the background restarted)
    }
  };
  browser.runtime.onInstalled.addListener(addMenu);
  browser.runtime.onStartup?.addListener(addMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== NOTE_MENU_ID || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'lede:notes:compose' }, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return toggleHighlightsInTab(tab.id);
    });
  });
  void settingsStore().catch(() => undefined); // moves older settings out of storage.local early
  wireMessages();
  wireNotes();
});
