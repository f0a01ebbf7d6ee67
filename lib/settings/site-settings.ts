// The reader's choices per site (highlight groups, whether Lede runs at all). The background keeps them
// (settings-db.ts) and answers a content script about its own site only (router.ts); here: how a
// change is merged, and the storage.local keys an older Lede kept them under (migrated once).
import type { SiteSettings } from '@/lib/messages';
import type { SiteChange } from './messages';

/** storage.local keys of older versions: `lede:site:<host>`. */
export const SITE_KEY_PREFIX = 'lede:site:';

/** `change` merged into `current`; a field set to null or undefined is dropped (back to the default). */
export function mergeSiteSettings(current: SiteSettings, change: SiteChange): SiteSettings {
  const next = { ...current, ...change };
  for (const key of Object.keys(next) as (keyof SiteSettings)[]) if (next[key] == null) delete next[key];
  return next as SiteSettings;
}
