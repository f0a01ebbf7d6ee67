// Content script shell: starts Lede's session for the page, routes lede:* messages to it, and
// tears everything down when the extension context goes away.
import { parseContentRequest } from '@/lib/content-messages';
import { LedeSession } from '@/components/page/session';
import { loadSiteSettings, saveSiteSettings } from '@/lib/settings/site-settings';
import { NotesInPage } from '@/components/page/notes-in-page';
import { analyseTextInBackground, loadPageHalf } from './text-analysis';
import { Reader } from '@/lib/pipeline/reader';

/** How often an orphaned content script notices that the extension went away, and cleans up. */
const INVALIDATION_CHECK_MS = 2000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new LedeSession({
      win: window,
      isInvalid: () => ctx.isInvalid,
      loadSettings: loadSiteSettings,
      saveSettings: saveSiteSettings,
      reader: new Reader({ loadPageHalf, analyzeText: analyseTextInBackground, setTimeout: (fn, ms) => window.setTimeout(fn, ms) }),
      onSettled: () => notes.onSettled(),
      onAddNote: (claim) => notes.addNoteForClaim(claim),
    });
    const notes = new NotesInPage(window, session, () => ctx.isInvalid);
    notes.start();

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const request = parseContentRequest(message);
      if (!request || ctx.isInvalid) return false; // not ours: leave it to other listeners
      sendResponse(session.handle(request));
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      session.destroy();
      notes.destroy();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the runtime is gone with the extension
      }
    });
    // Nothing tells an orphaned content script that its extension was reloaded or removed: look now
    // and then (ctx.isInvalid checks the runtime and fires onInvalidated when it is gone).
    ctx.setInterval(() => void ctx.isInvalid, INVALIDATION_CHECK_MS);
    // In-place navigation: WXT's watcher (Navigation API or polling) and back/forward.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => session.locationMayHaveChanged(), 0));
    ctx.addEventListener(window, 'popstate', () => session.locationMayHaveChanged());

    void session.start();
  },
});
