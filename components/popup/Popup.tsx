// The popup: what Lede found in one tab. Works out which state the tab is in (article, not an
// article, reading, off, a page extensions cannot touch, a tab opened before Lede was installed),
// shows a skeleton of fixed height while data arrives, then a first screen (summary, highlight
// control, notes) that fits 400×600, with everything else behind "More".
import { useEffect, useMemo, useState } from 'preact/hooks';
import { SummarySchema, type Summary } from '@/lib/analysis';
import { StateResponseSchema, type StateResponse } from '@/lib/messages';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { outline } from './figures';
import { FirstScreen, MoreSummary } from './Summary';
import { HighlightControl, ToggleDetails, TogglePanel, useToggles } from './TogglePanel';
import { isRestrictedUrl, toTab } from './talk';

/** How often the popup asks again while the page is being read. */
const POLL_MS = 300;
/** Attempts after injecting the content script into a tab opened before Lede was installed. */
const INJECT_WAIT_TRIES = 20;

type View =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'unreachable' }
  | { kind: 'state'; state: StateResponse; analysis: Summary | null };

async function readState(tabId: number): Promise<StateResponse | null> {
  const parsed = StateResponseSchema.safeParse(await toTab(tabId, { type: 'lede:state' }));
  return parsed.success ? parsed.data : null;
}

/** Content script files, as WXT names them in the build. */
const CONTENT_SCRIPT_FILES = ['content-scripts/content.js'];

async function injectAndRead(tabId: number): Promise<StateResponse | null> {
  // The files list is typed from the build's public paths; the content script's bundle is not listed there.
  await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES as never });
  for (let i = 0; i < INJECT_WAIT_TRIES; i++) {
    try {
      const state = await readState(tabId);
      if (state) return state;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, POLL_MS / 3));
  }
  return null;
}

export function Popup({ tabId }: { tabId: number | null }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (tabId === null) return setView({ kind: 'unreachable' });
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const step = async () => {
      let state: StateResponse | null = null;
      const url = await browser.tabs.get(tabId).then((t) => t.url, () => undefined);
      if (isRestrictedUrl(url)) return !cancelled && setView({ kind: 'restricted' });
      try {
        state = await readState(tabId);
      } catch {
        // No content script: a tab opened before Lede was installed (or a page we may not touch).
        state = await injectAndRead(tabId).catch(() => null);
        if (!state) return !cancelled && setView({ kind: url ? 'unreachable' : 'restricted' });
      }
      if (cancelled || !state) return;
      let analysis: Summary | null = null;
      if (state.status === 'article') {
        const parsed = SummarySchema.safeParse(await toTab(tabId, { type: 'lede:summary' }).catch(() => null));
        analysis = parsed.success ? parsed.data : null;
      }
      if (cancelled) return;
      setView({ kind: 'state', state, analysis });
      if (state.status === 'pending' || (state.status === 'article' && !analysis)) timer = setTimeout(() => void step(), POLL_MS);
    };
    void step();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [tabId, generation]);

  const reveal = (start: number, end: number) => {
    if (tabId !== null) void toTab(tabId, { type: 'lede:reveal', start, end }).catch(() => undefined);
  };
  const analyzeAnyway = async () => {
    if (tabId === null) return;
    await toTab(tabId, { type: 'lede:analyze-anyway' }).catch(() => undefined);
    setView({ kind: 'loading' });
    setGeneration((g) => g + 1);
  };

  const state = view.kind === 'state' ? view.state : null;
  const analysis = view.kind === 'state' ? view.analysis : null;
  const toggles = useToggles(tabId, state);
  const plan = useMemo(() => (analysis ? outline(analysis) : null), [analysis]);

  if (view.kind === 'restricted' || view.kind === 'unreachable') {
    return (
      <div class="popup">
        <Masthead />
        <main class="card">
          <p role="alert" data-testid="page-state">
            {view.kind === 'restricted'
              ? 'Lede cannot read this page: browser pages and extension stores are closed to extensions.'
              : 'Lede could not reach this page. Reload the tab and open Lede again.'}
          </p>
        </main>
      </div>
    );
  }

  const notes = tabId !== null && state && state.status !== 'disabled' ? <NotesPanel tabId={tabId} onReveal={reveal} /> : null;
  const footer = (
    <footer class="footer">
      <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
        All notes, themes and sites
      </a>
    </footer>
  );

  if (analysis && plan) {
    // The first screen (400×600) holds what a reader needs first; the rest waits behind "More".
    return (
      <div class="popup" data-state={state?.status ?? 'article'}>
        <Masthead site={plan.site} />
        <main>
          <FirstScreen analysis={analysis} outline={plan} onReveal={reveal} />
          <HighlightControl toggles={toggles} />
          {notes}
          <details class="more">
            <summary data-first-screen="more">More: all themes, counts and settings</summary>
            <MoreSummary analysis={analysis} outline={plan} onReveal={reveal} />
            <ToggleDetails toggles={toggles} />
          </details>
        </main>
        {footer}
      </div>
    );
  }

  return (
    <div class="popup" data-state={state?.status ?? 'loading'}>
      <Masthead />
      <main>
        {state?.status === 'not-article' || state?.status === 'disabled' ? <TogglePanel toggles={toggles} /> : null}
        {state?.status === 'not-article' ? (
          <section class="card" aria-labelledby="na-title">
            <h2 id="na-title">Not an article</h2>
            <p data-testid="page-state">This page does not look like a news article, so Lede left it alone.</p>
            <button type="button" class="primary" onClick={() => void analyzeAnyway()}>
              Analyze anyway
            </button>
          </section>
        ) : null}
        {state?.status === 'disabled' ? (
          <section class="card" aria-labelledby="off-title">
            <h2 id="off-title">Lede is off here</h2>
            <p data-testid="page-state">Turn it on for this site above, or change the list of sites in Lede’s options.</p>
          </section>
        ) : null}
        {!state || state.status === 'pending' || state.status === 'article' ? <Skeleton /> : null}
        {notes}
      </main>
      {footer}
    </div>
  );
}

function Masthead({ site }: { site?: string }) {
  return (
    <header class="masthead">
      <h1>Lede</h1>
      {site ? (
        <span class="site" data-testid="site" data-first-screen="site">
          {site}
        </span>
      ) : null}
    </header>
  );
}

/** Placeholders in the first screen's shape (title, thesis, themes, figures), so nothing jumps when it arrives. */
function Skeleton() {
  return (
    <section class="skeletons" aria-busy="true" aria-label="Reading the page">
      <div class="skeleton" style={{ height: '40px', width: '85%' }} />
      <div class="skeleton" style={{ height: '56px' }} />
      <div class="skeleton" style={{ height: '170px' }} />
      <div class="skeleton" style={{ height: '84px' }} />
    </section>
  );
}
