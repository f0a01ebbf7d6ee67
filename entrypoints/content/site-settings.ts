// The reader's choices per site (highlight groups, whether Lede runs at all), in the extension's own
// storage: never the page's localStorage, IndexedDB or cookies.
import { isSiteSettings } from '@/lib/content-guards';
import type { SiteSettings } from '@/lib/messages';

const KEY_PREFIX = 'lede:site:';

export function siteKey(hostname: string): string {
  return KEY_PREFIX + hostname.toLowerCase();
}

export async function loadSiteSettings(hostname: string): Promise<SiteSettings> {
  try {
    const key = siteKey(hostname);
    const stored = await browser.storage.local.get(key);
    const value: unknown = stored[key];
    return isSiteSettings(value) ? value : {};
  } catch {
    return {}; // storage unavailable (context invalidated): defaults
  }
}

export async function saveSiteSettings(hostname: string, change: SiteSettings): Promise<void> {
  try {
    const current = await loadSiteSettings(hostname);
    await browser.storage.local.set({ [siteKey(hostname)]: { ...current, ...change } });
  } catch {
    // The extension went away; nothing to remember it in.
  }
}
