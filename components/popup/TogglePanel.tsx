import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_GROUPS, HighlightsResponseSchema, StateResponseSchema, type HighlightGroup, type StateResponse } from '@/lib/messages';

const GROUP_LABELS: Record<HighlightGroup, string> = {
  numeric: 'Figures',
  strategic: 'Strategic claims',
  sponsored: 'Sponsored content',
  notes: 'My notes',
};

/** Groups with something to draw today; notes join when the notes UI lands in the page. */
const TOGGLED_GROUPS = HIGHLIGHT_GROUPS.filter((g) => g !== 'notes');

const STATUS_TEXT: Record<StateResponse['status'], string> = {
  article: 'Article analyzed',
  'not-article': 'This page does not look like an article',
  pending: 'Reading the page…',
  disabled: 'Lede is off for this site',
};

async function ask(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export function TogglePanel({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<StateResponse | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = async () => {
    if (tabId === null) return setError('No tab to work on.');
    try {
      const parsed = StateResponseSchema.safeParse(await ask(tabId, { type: 'lede:state' }));
      if (parsed.success) setState(parsed.data);
      else setError('Unexpected answer from the page.');
    } catch {
      setError('Lede does not run on this page.');
    }
  };

  useEffect(() => {
    void refresh();
  }, [tabId]);

  const setHighlights = async (on: boolean, groups?: HighlightGroup[]) => {
    if (tabId === null) return;
    const parsed = HighlightsResponseSchema.safeParse(await ask(tabId, { type: 'lede:highlights', on, groups }));
    if (parsed.success && state) setState({ ...state, on: parsed.data.on, groups: parsed.data.groups });
  };

  const setSite = async (enabled: boolean) => {
    if (tabId === null) return;
    const parsed = StateResponseSchema.safeParse(await ask(tabId, { type: 'lede:site', enabled }));
    if (parsed.success) setState(parsed.data);
  };

  if (error) return <main class="lede-popup"><p role="alert">{error}</p></main>;
  if (!state) return <main class="lede-popup"><p>Loading…</p></main>;
  return (
    <main class="lede-popup" style={{ font: '13px/1.4 system-ui, sans-serif', minWidth: '240px', padding: '8px' }}>
      <h1 style={{ fontSize: '15px', margin: '0 0 6px' }}>Lede</h1>
      <p data-testid="status">
        {STATUS_TEXT[state.status]}
        {state.status === 'article' ? ` — ${state.claims} claims, ${state.sponsored} sponsored` : ''}
      </p>
      <label>
        <input type="checkbox" name="site" checked={state.siteEnabled} onChange={(e) => setSite(e.currentTarget.checked)} /> Run Lede on {state.site}
      </label>
      <fieldset disabled={!state.siteEnabled} style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
        <label>
          <input type="checkbox" name="all" checked={state.on} onChange={(e) => setHighlights(e.currentTarget.checked)} /> Highlights
        </label>
        {TOGGLED_GROUPS.map((g) => (
          <label key={g} style={{ display: 'block', marginLeft: '16px' }}>
            <input type="checkbox" name={g} checked={state.groups.includes(g)} onChange={(e) => setHighlights(e.currentTarget.checked, [g])} />{' '}
            {GROUP_LABELS[g]}
          </label>
        ))}
      </fieldset>
    </main>
  );
}
