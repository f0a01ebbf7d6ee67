// Service worker (Chrome) / background page (Firefox): relays the toggle-highlights command to the
// active tab's content script, runs the text half of the analysis for content scripts, injects the
// page half where a content script asks for it, and keeps the notes store. Messages and answers are validated like every other lede:* message.
import { HighlightsResponseSchema, StateResponseSchema } from '@/lib/messages';
import { answerAnalyseText, isAnalyseTextMessage } from '@/lib/pipeline/text-service';
import { readThemeTable, themeTableItem } from '@/lib/settings/theme-table';
import type { ThemeDefinition } from '@/lib/themes/taxonomy';
import { handleNotesMessage, type NotesSender } from '@/lib/notes/router';
import { isNotesMessage } from '@/lib/notes/messages';
import { openNotesStore, type NotesStore } from '@/lib/notes';

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

let themeTable: Promise<ThemeDefinition[] | undefined> | null = null;

/** The reader's theme table (options page), read once and again whenever it changes. */
function readerThemes(): Promise<ThemeDefinition[] | undefined> {
  themeTable ??= themeTableItem
    .getValue()
    .then((stored) => readThemeTable(stored))
    .catch(() => undefined); // storage unavailable: the default taxonomy
  return themeTable;
}

/** The latest request per page (tab and frame): an older one still running is dropped. */
const latestRequest = new Map<string, number>();
let requests = 0;

function wireTextAnalysis(): void {
  themeTableItem.watch(() => (themeTable = null));
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isAnalyseTextMessage(message) || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
    const page = `${sender.tab.id}:${sender.frameId ?? 0}`;
    const request = ++requests;
    latestRequest.set(page, request);
    const superseded = () => latestRequest.get(page) !== request;
    void readerThemes()
      .then((themes) => answerAnalyseText(message, { themes, superseded }))
      .then((answer) => {
        if (!superseded()) latestRequest.delete(page);
        sendResponse(answer);
      });
    return true;
  });
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

/** Extension pages are trusted with every notes request; a content script only with its own page's. */
function notesSender(sender: MessageSender): NotesSender | null {
  if (sender.id !== browser.runtime.id) return null;
  const own = browser.runtime.getURL('/');
  if (sender.url?.startsWith(own)) return { kind: 'extension' };
  if (sender.tab && sender.url) return { kind: 'page', url: sender.url, incognito: sender.tab.incognito === true };
  return null;
}

function wireNotes(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isNotesMessage(message)) return false;
    const who = notesSender(sender);
    if (!who) return false;
    void notesStore()
      .then((store) => handleNotesMessage(store, message, who))
      .catch((error: unknown) => ({ ok: false, code: 'failed', error: error instanceof Error ? error.message : String(error) }))
      .then(sendResponse);
    return true;
  });
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

// ---- The page half's code, injected into a content script's world when it must read its page itself. ----

function wirePageHalf(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender, sendResponse: (answer: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'lede:load-page-half') return false;
    const tabId = sender.tab?.id;
    if (sender.id !== browser.runtime.id || tabId === undefined) return false;
    browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/page-half.js'] })
      .then(
        () => sendResponse({ ok: true }),
        (error: unknown) => sendResponse({ ok: false, error: `lede:load-page-half: ${error instanceof Error ? error.message : String(error)}` }),
      );
    return true;
  });
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return toggleHighlightsInTab(tab.id);
    });
  });
  wireTextAnalysis();
  wirePageHalf();
  wireNotes();
});
