// The background's answer to the lede:settings:* messages. A content script may read and change only
// its own site's settings, the site taken from its sender URL (the browser's, not the message's); the
// list of sites and the theme table are for Lede's extension pages. Pure: the background hands in the
// store and who asked; no browser.* here.
import { handlers } from '../handlers';
import { messagesTo, parseRequest, sentBy, type MessagesTo } from '../protocol';
import type { SettingsError } from './messages';
import type { SettingsStore } from './settings-db';

/** Who asked: one of Lede's extension pages, or Lede's content script in a page at `url`. */
export type SettingsSender = { kind: 'extension' } | { kind: 'page'; url: string };

type SettingsMessage = Extract<MessagesTo<'background'>, `lede:settings:${string}`>;
const SETTINGS_MESSAGES = new Set<string>(messagesTo('background').filter((t) => t.startsWith('lede:settings:')));

export function isSettingsMessage(message: unknown): message is { type: SettingsMessage } {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && SETTINGS_MESSAGES.has(type);
}

const fail = (error: string): SettingsError => ({ ok: false, error });

/** The host of a page URL, or null for anything that is not an http(s) page. */
function pageHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

interface Context {
  store: SettingsStore;
  sender: SettingsSender;
}

const answer = handlers<SettingsMessage, Context>(
  parseRequest,
  {
    'lede:settings:site': async (request, { store, sender }) => {
      if (sender.kind !== 'page') return fail('lede:settings:site: only for content scripts (extension pages use lede:settings:sites)');
      const site = pageHost(sender.url);
      if (!site) return fail('lede:settings:site: not a web page');
      const settings = request.change ? await store.saveSite(site, request.change) : await store.site(site);
      return { ok: true, site, settings };
    },
    'lede:settings:sites': async (request, { store }) => {
      if (request.host && request.change) await store.saveSite(request.host, request.change);
      return { ok: true, sites: await store.sites() };
    },
    'lede:settings:themes': async (request, { store }) => {
      if (request.table !== undefined) await store.saveThemeTable(request.table);
      return { ok: true, table: (await store.themeTable()) ?? null, reports: await store.patternReports() };
    },
  },
  (type, error) => fail(`${type}: malformed request${error instanceof Error ? `: ${error.message.slice(0, 300)}` : ''}`),
);

export async function handleSettingsMessage(store: SettingsStore, message: unknown, sender: SettingsSender): Promise<unknown> {
  if (!isSettingsMessage(message)) return fail('Not a settings message.');
  // Pages may send only what the protocol lists the content script as a sender of.
  if (sender.kind === 'page' && !sentBy(message.type, 'content')) return fail(`${message.type}: not available to pages`);
  try {
    return await answer(message, { store, sender })?.answer;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
