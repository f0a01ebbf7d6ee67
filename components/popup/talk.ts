// Messages from extension pages: to a tab's content script, and to the background (notes).
// Answers are unknown until parsed by the caller's zod schema.
export async function toTab(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export async function toBackground(message: unknown): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(message);
  } catch (error) {
    return { ok: false, code: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Pages no extension may read: browser pages, the web stores, other extensions, local files without access. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  if (!/^https?:/i.test(url)) return true;
  try {
    const { hostname, pathname } = new URL(url);
    return hostname === 'chromewebstore.google.com' || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')) || hostname === 'addons.mozilla.org' || hostname === 'microsoftedge.microsoft.com';
  } catch {
    return true;
  }
}
