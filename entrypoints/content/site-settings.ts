// The content script's own site's settings, from the background (which alone keeps settings, out of
// reach of content scripts: lib/settings/). The background takes the site from this script's sender
// URL, so the host the session passes is not sent. Answers are checked like any message.
import { isSiteSettings } from '@/lib/content-guards';
import type { SiteSettings } from '@/lib/messages';

async function askSite(change?: SiteSettings): Promise<SiteSettings> {
  // undefined does not survive messaging: a field dropped from the settings travels as null.
  const wire = change && Object.fromEntries(Object.entries(change).map(([k, v]) => [k, v ?? null]));
  const answer = (await browser.runtime.sendMessage({ type: 'lede:settings:site', ...(wire ? { change: wire } : {}) })) as { ok?: unknown; settings?: unknown } | undefined;
  return answer?.ok === true && isSiteSettings(answer.settings) ? answer.settings : {};
}

export async function loadSiteSettings(): Promise<SiteSettings> {
  try {
    return await askSite();
  } catch {
    return {}; // the extension went away: defaults
  }
}

export async function saveSiteSettings(_host: string, change: SiteSettings): Promise<void> {
  try {
    await askSite(change);
  } catch {
    // The extension went away; nothing to remember it in.
  }
}
