// The reader's choices per site (highlight groups, whether Lede runs at all), in the extension's own
// storage (WXT storage items over storage.local): never the page's localStorage, IndexedDB or cookies.
// What is read back is checked: a malformed entry counts as no choice.
import { storage } from 'wxt/utils/storage';
import { isSiteSettings } from '@/lib/content-guards';
import type { SiteSettings } from '@/lib/messages';

const KEY_PREFIX = 'lede:site:';

export function siteKey(hostname: string): string {
  return KEY_PREFIX + hostname.toLowerCase();
}

const siteItem = (hostname: string) => storage.defineItem<unknown>(`local:${siteKey(hostname)}`);

export async function loadSiteSettings(hostname: string): Promise<SiteSettings> {
  try {
    const value = await siteItem(hostname).getValue();
    return isSiteSettings(value) ? value : {};
  } catch {
    return {}; // storage unavailable (context invalidated): defaults
  }
}

/** Merges `change` into the site's settings; a field set to undefined is dropped (back to the default). */
export async function saveSiteSettings(hostname: string, change: SiteSettings): Promise<void> {
  try {
    const next: SiteSettings = { ...(await loadSiteSettings(hostname)), ...change };
    for (const key of Object.keys(next) as (keyof SiteSettings)[]) if (next[key] === undefined) delete next[key];
    await siteItem(hostname).setValue(next);
  } catch {
    // The extension went away; nothing to remember it in.
  }
}

/** Every site the reader made a choice for, with that choice (the options page lists them). */
export async function allSiteSettings(): Promise<Map<string, SiteSettings>> {
  const all = await storage.snapshot('local');
  const sites = new Map<string, SiteSettings>();
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(KEY_PREFIX) && isSiteSettings(value)) sites.set(key.slice(KEY_PREFIX.length), value);
  }
  return sites;
}
