// The popup: what Lede found in one tab. Works out which state the tab is in (article, not an
// article, reading, off, a page extensions cannot touch, a tab opened before Lede was installed),
// shows a skeleton of fixed height while data arrives, then the summary, the toggles and the notes.
import { useEffect, useState } from 'preact/hooks';
import { AnalysisSchema, type Analysis } from '@/lib/analysis';
import { StateResponseSchema, type StateResponse } from '@/lib/messages';
import { TogglePanel } from '@/components/popup/TogglePanel';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { Summary } from './Summary';
import { isRestrictedUrl, toTab } from './talk';

/** How often the popup asks again while the page is being read. */
const POLL_MS = 300;
/** Attempts after injecting the content script into a tab opened before Lede was installed. */
const INJECT_WAIT_TRIES = 20;

type View =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'unreachable' }
  | { kind: 'state'; state: StateResponse; analysis: Analysis | null };

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
      let analysis: Analysis | null = null;
      if (state.status === 'article') {
        const parsed = AnalysisSchema.safeParse(await toTab(tabId, { type: 'lede:analysis' }).catch(() => null));
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

  if (view.kind === 'restricted' || view.kind === 'unreachable') {
    return (
      <div class="popup">
        <header class="card">
          <h1>Lede</h1>
        </header>
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

  const state = view.kind === 'state' ? view.state : null;
  const analysis = view.kind === 'state' ? view.analysis : null;
  return (
    <div class="popup" data-state={state?.status ?? 'loading'}>
      {tabId !== null ? <TogglePanel key={`${tabId}-${state?.status ?? ''}`} tabId={tabId} /> : null}
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
      {analysis ? <Summary analysis={analysis} onReveal={reveal} /> : null}
      {!state || state.status === 'pending' || (state.status === 'article' && !analysis) ? <Skeleton /> : null}
      {tabId !== null && state && state.status !== 'disabled' ? <NotesPanel tabId={tabId} onReveal={reveal} /> : null}
      <footer class="footer">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          All notes, themes and sites
        </a>
      </footer>
    </div>
  );
}

/** Placeholders of the summary's height, so nothing jumps when it arrives. */
function Skeleton() {
  return (
    <section class="card" aria-busy="true" aria-label="Reading the page">
      <div class="skeleton" style={{ height: '22px', width: '80%' }} />
      <div class="skeleton" style={{ height: '14px', width: '40%' }} />
      <div class="skeleton" style={{ height: '64px' }} />
      <div class="skeleton" style={{ height: '180px' }} />
    </section>
  );
}
