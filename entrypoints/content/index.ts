// Content script shell: starts Lede's session for the page, answers lede:* messages through one
// handler table (the session's and the notes' handlers), and tears everything down when the extension
// context goes away (lifetime.ts: never on a page's say-so).
import { contentRequestGuards } from '@/lib/content-guards';
import { guardedBy, handlers, messageListener } from '@/lib/handlers';
import { LedeSession } from '@/components/page/session';
import { loadSiteSettings, saveSiteSettings } from './site-settings';
import { NotesInPage } from '@/components/page/notes-in-page';
import { Reader } from '@/lib/pipeline/reader';
import { analyzeTextInBackground, loadPageHalf } from './text-analysis';
import { Lifetime } from './lifetime';

/** Without the Navigation API: how often the page's address is compared with the last one seen. */
const LOCATION_CHECK_MS = 1000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's context (`ctx`) is left unused on purpose: page script can end it (see lifetime.ts).
  main() {
    const life = Lifetime.begin(window);
    if (!life) return;
    const isInvalid = () => life.isInvalid;
    const session = new LedeSession({
      win: window,
      isInvalid,
      loadSettings: loadSiteSettings,
      saveSettings: saveSiteSettings,
      reader: new Reader({ loadPageHalf, analyzeText: analyzeTextInBackground, setTimeout: (fn, ms) => window.setTimeout(fn, ms), rendered: true }),
      onSettled: () => notes.onSettled(),
      onAddNote: (claim) => notes.addNoteForClaim(claim),
    });
    const notes = new NotesInPage(window, session, isInvalid);
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
    const onMessage = messageListener(answer, () => (life.isInvalid ? null : undefined));
    browser.runtime.onMessage.addListener(onMessage);

    // In-place navigation: back/forward; the Navigation API where there is one (pushState fires no
    // event), else a look at the address now and then.
    const stopWatching = watchLocation(() => session.locationMayHaveChanged());
    life.onEnd(() => {
      stopWatching();
      session.destroy();
      notes.destroy();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the runtime is gone with the extension
      }
    });

    void session.start();
  },
});

/** Calls `changed` (in a task of its own) whenever the page's address may have changed in place. */
function watchLocation(changed: () => void): () => void {
  const stop = new AbortController();
  const soon = () => window.setTimeout(changed, 0);
  window.addEventListener('popstate', soon, { signal: stop.signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // 'navigate' fires before the address changes: look once it has.
    navigation.addEventListener('navigate', soon, { signal: stop.signal });
    return () => stop.abort();
  }
  let last = location.href;
  const timer = window.setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    changed();
  }, LOCATION_CHECK_MS);
  return () => {
    stop.abort();
    window.clearInterval(timer);
  };
}
