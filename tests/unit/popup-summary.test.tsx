// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { Analysis } from '../../lib/analysis';
import { Summary } from '../../components/popup/Summary';
import { rankedThemes, counts } from '../../components/popup/figures';
import { mapHeight } from '../../components/popup/ArgumentMap';
import { isRestrictedUrl } from '../../components/popup/talk';

// A small Analysis written for this test (a ferry operator's timetable change).
const TEXT = 'Harbourline will add two night crossings from June. Fares rise by 8% on the late boats, costing commuters £40 a year. Rival Seaway plans no change.';
const span = (s: string) => ({ text: s, start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const s1 = span('Harbourline will add two night crossings from June.');
const s2 = span('Fares rise by 8% on the late boats, costing commuters £40 a year.');
const s3 = span('Rival Seaway plans no change.');
const pct = { ...span('8%'), id: 'c1', kind: 'percent' as const, value: 8, unit: '%', themes: ['cost-risk'], rank: 1, key: true };
const money = { ...span('£40'), id: 'c2', kind: 'money' as const, value: 40, unit: 'GBP', themes: ['cost-risk'], rank: 2, key: true };
const strategic = { ...s3, id: 'c3', kind: 'strategic' as const, type: 'assertion' as const, themes: ['competition'], rank: 3, key: false };

const ANALYSIS: Analysis = {
  url: 'https://ferries.example/night',
  title: 'Night crossings <b>return</b>',
  meta: { site: 'Ferry News' },
  article: { text: TEXT },
  thesis: [s1],
  claims: [pct, money, strategic],
  sponsored: [
    { id: 's1', text: 'Ad', reasons: ['label'], inArticle: true },
    { id: 's2', text: 'Ad', reasons: ['label'], inArticle: false },
    { id: 's3', text: 'Ad', reasons: ['label'], inArticle: false },
  ],
  themes: [
    { id: 'competition', label: 'Competition', score: 0.4, sentences: [{ ...s3, claimIds: ['c3'] }] },
    { id: 'cost-risk', label: 'Cost risk', score: 0.9, sentences: [{ ...s2, claimIds: ['c1', 'c2'] }] },
  ],
  topics: [{ label: 'Night crossings', sentences: [{ ...s1, claimIds: [] }] }],
  timings: { extractMs: 1, analyzeMs: 1 },
};

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function mount(onReveal = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  render(<Summary analysis={ANALYSIS} onReveal={onReveal} />, root);
  return { root, onReveal };
}

describe('popup summary', () => {
  it('ranks themes by score and lists each sentence with the normalized figures inside it', () => {
    const themes = rankedThemes(ANALYSIS);
    expect(themes.map((t) => t.id)).toEqual(['cost-risk', 'competition']);
    expect(themes[0].sentences[0].figures.map((f) => f.value)).toEqual(['8%', '£40 = 40 GBP']);
    expect(themes[1].sentences[0].figures).toEqual([]);
    expect(counts(ANALYSIS)).toEqual({ numeric: 2, strategic: 1, sponsoredIn: 1, sponsoredBeside: 2 });
  });

  it('renders page text as text, and a click on a sentence or figure reveals its offsets', () => {
    const { root, onReveal } = mount();
    expect(root.querySelector('h2.page-title')!.textContent).toBe('Night crossings <b>return</b>');
    expect(root.querySelector('b')).toBeNull();
    const items = [...root.querySelectorAll('li.theme')];
    expect(items.map((li) => li.getAttribute('data-theme'))).toEqual(['cost-risk', 'competition']);
    (items[0].querySelector('button.sentence') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenLastCalledWith(s2.start, s2.end);
    (items[0].querySelectorAll('button.figure')[1] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenLastCalledWith(money.start, money.end);
  });

  it('draws the argument map: thesis root, a branch per theme weighted by score, figures as leaves, keyboard-operable', () => {
    const { root, onReveal } = mount();
    const svg = root.querySelector('svg.argument-map')!;
    expect(svg.querySelectorAll('[data-node="root"]')).toHaveLength(1);
    expect(svg.querySelectorAll('[data-node="theme"]')).toHaveLength(2);
    expect(svg.querySelectorAll('[data-node="leaf"]')).toHaveLength(2);
    const widths = [...svg.querySelectorAll('g.edges > path:first-child')].map((p) => Number(p.getAttribute('stroke-width')));
    expect(widths[0]).toBeGreaterThan(widths[1]);
    expect(Number(svg.getAttribute('height'))).toBe(mapHeight(rankedThemes(ANALYSIS)));
    const leaf = svg.querySelector('[data-node="leaf"]') as SVGGElement;
    expect(leaf.getAttribute('tabindex')).toBe('0');
    leaf.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onReveal).toHaveBeenLastCalledWith(pct.start, pct.end);
  });

  it('knows the pages no extension may touch', () => {
    expect(isRestrictedUrl('chrome://settings')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://addons.mozilla.org/en-US/firefox/')).toBe(true);
    expect(isRestrictedUrl('https://news.example/story')).toBe(false);
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});
