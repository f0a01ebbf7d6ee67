// Chrome only: the offscreen document where Lede reads copies of pages (lib/page-service.ts), since the
// service worker has no DOM parser. It answers its own service worker and nobody else.
import { answerReadPage } from '@/lib/page-service';
import { parseHtml } from '@/lib/parse-html';
import type { ThemeDefinition } from '@/lib/themes/taxonomy';

interface Sender {
  id?: string;
  tab?: unknown;
}

// Theme tables arrive as fresh copies with every request; compiled rules are kept per table object, so
// the same table (by content) is kept as one object.
let lastThemes: { json: string; table: ThemeDefinition[] } | null = null;
function sameTable(themes: ThemeDefinition[] | undefined): ThemeDefinition[] | undefined {
  if (!themes) return undefined;
  const json = JSON.stringify(themes);
  if (lastThemes?.json !== json) lastThemes = { json, table: themes };
  return lastThemes.table;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Sender, sendResponse: (answer: unknown) => void) => {
  const m = message as { type?: unknown; request?: unknown; themes?: ThemeDefinition[] } | null;
  if (m?.type !== 'lede:offscreen:read-page' || sender.id !== browser.runtime.id || sender.tab !== undefined) return false;
  void answerReadPage(m.request, { themes: sameTable(m.themes), parse: parseHtml }).then(sendResponse);
  return true;
});
