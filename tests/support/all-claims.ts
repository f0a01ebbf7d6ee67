// Draws every claim, not only the key ones, on a host from its next load: the site setting the popup's
// "All claims" keeps, set from an extension page as the options page would. For e2e tests and the
// browser evaluations alike.
import type { BrowserContext } from '@playwright/test';

export async function showAllClaimsOn(context: BrowserContext, extensionId: string, host: string): Promise<void> {
  const options = await context.newPage();
  try {
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const answer = (await options.evaluate(
      (msg) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(msg),
      { type: 'lede:settings:sites', host, change: { scope: 'all' } },
    )) as { ok?: boolean } | null;
    if (!answer?.ok) throw new Error(`could not show all claims on ${host}: ${JSON.stringify(answer)}`);
  } finally {
    await options.close();
  }
}
