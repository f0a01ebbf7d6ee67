// Content script shell: starts Lede's session for the page, answers lede:* messages through one
// handler table (the session's and the notes' handlers), and tears everything down when the extension
// context goes away.
import { contentRequestGuards } from '@/lib/content-guards';
import { guardedBy, handlers, messageListener } from '@/lib/handlers';
import { LedeSession } from './session';
import { loadSiteSettings, saveSiteSettings } from './site-settings';
import { NotesInPage } from './notes-in-page';
import { analyseTextInBackground, loadPageHalf, readPageInBackground } from './text-analysis';

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
      analyseText: analyseTextInBackground,
      readPage: readPageInBackground,
      loadPageHalf,
      onSettled: () => notes.onSettled(),
      onAddNote: (claim) => notes.addNoteForClaim(claim),
    });
    const notes = new NotesInPage(window, session, () => ctx.isInvalid);
    notes.start();

    const answer = handlers(guardedBy(contentRequestGuards), {
      ...session.handle,
      ...notes.handle,
      'lede:highlights': (request) => {
        const state = session.handle['lede:highlights'](request);
        notes.highlightsChanged(request);
        return state;
      },
    });
    // Anything that is not one of ours (or malformed) is left to other listeners.
    const onMessage = messageListener(answer, () => (ctx.isInvalid ? null : undefined));
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
