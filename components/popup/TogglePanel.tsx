// Highlight and site toggles for one tab. On an article the popup shows a compact control on its first
// screen (Highlights, All claims) and the rest (status, site on/off, per-group toggles) behind "More";
// on any other page the whole panel, so turning Lede back on for a site is never hidden.
import { useEffect, useState } from 'preact/hooks';
import { HIGHLIGHT_GROUPS, HighlightsResponseSchema, StateResponseSchema, type HighlightGroup, type HighlightScope, type StateResponse } from '@/lib/messages';
import { toTab } from './talk';

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

export interface Toggles {
  state: StateResponse | null;
  setHighlights(on: boolean, groups?: HighlightGroup[]): Promise<void>;
  setScope(scope: HighlightScope): Promise<void>;
  setSite(enabled: boolean): Promise<void>;
}

/**
 * The tab's toggles. They start from the state the popup itself read from the tab (no second read), and
 * follow the tab's answers to each change.
 */
export function useToggles(tabId: number | null, read: StateResponse | null): Toggles {
  const [state, setState] = useState<StateResponse | null>(read);
  useEffect(() => setState(read), [read]);

  const highlights = async (message: object) => {
    if (tabId === null) return;
    const parsed = HighlightsResponseSchema.safeParse(await toTab(tabId, { type: 'lede:highlights', ...message }));
    if (parsed.success) setState((s) => (s ? { ...s, ...parsed.data } : s));
  };

  return {
    state,
    setHighlights: (on, groups) => highlights({ on, groups }),
    // Only the scope changes: no group is added or removed.
    setScope: (scope) => highlights({ on: true, groups: [], scope }),
    setSite: async (enabled) => {
      if (tabId === null) return;
      const parsed = StateResponseSchema.safeParse(await toTab(tabId, { type: 'lede:site', enabled }));
      if (parsed.success) setState(parsed.data);
    },
  };
}

/** The first-screen control: highlights on or off, and key claims only or all of them. */
export function HighlightControl({ toggles }: { toggles: Toggles }) {
  const { state } = toggles;
  if (!state) return <div class="highlight-control" data-first-screen="highlights" />;
  return (
    <div class="highlight-control" role="group" aria-label="Highlights in the page" data-first-screen="highlights">
      <label>
        <input type="checkbox" name="all" checked={state.on} disabled={!state.siteEnabled} onChange={(e) => void toggles.setHighlights(e.currentTarget.checked)} /> Highlights
      </label>
      <label title="Key claims are drawn by default; this draws every claim">
        <input type="checkbox" name="scope" checked={state.scope === 'all'} disabled={!state.siteEnabled || !state.on} onChange={(e) => void toggles.setScope(e.currentTarget.checked ? 'all' : 'key')} /> All claims
      </label>
    </div>
  );
}

/** Status, site on/off and one toggle per group. */
export function ToggleDetails({ toggles }: { toggles: Toggles }) {
  const { state } = toggles;
  if (!state) return null;
  return (
    <div class="toggle-details">
      <p data-testid="status">
        {STATUS_TEXT[state.status]}
        {state.status === 'article' ? ` — ${state.claims} claims, ${state.sponsored} sponsored` : ''}
      </p>
      <label>
        <input type="checkbox" name="site" checked={state.siteEnabled} onChange={(e) => void toggles.setSite(e.currentTarget.checked)} /> Run Lede on {state.site}
      </label>
      <fieldset disabled={!state.siteEnabled}>
        <legend>Highlight in the page</legend>
        {TOGGLED_GROUPS.map((g) => (
          <label key={g}>
            <input type="checkbox" name={g} checked={state.groups.includes(g)} onChange={(e) => void toggles.setHighlights(e.currentTarget.checked, [g])} /> {GROUP_LABELS[g]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** The whole panel, for pages without a summary (not an article, Lede off, still reading). */
export function TogglePanel({ toggles }: { toggles: Toggles }) {
  if (!toggles.state) return <p>Loading…</p>;
  return (
    <div class="toggle-panel">
      <HighlightControl toggles={toggles} />
      <ToggleDetails toggles={toggles} />
    </div>
  );
}
