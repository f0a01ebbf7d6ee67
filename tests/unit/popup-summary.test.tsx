// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { SummarySchema, type Analysis } from '../../lib/analysis';
import { summaryOf as pageSummaryOf } from '../../lib/summary';
import { ClaimBook } from '../../lib/pipeline/claim-book';
import { FirstScreen, MoreSummary } from '../../components/popup/Summary';
import { counts, keyFigures, outline, siteLabel } from '../../components/popup/figures';
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

/** The Summary the page would send for this Analysis (its claims at hand, as an ordinary article's are). */
const summaryOf = (analysis: Analysis) => pageSummaryOf({ ...analysis, claims: ClaimBook.of(analysis.claims) });

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function mount(full: Analysis = ANALYSIS, onReveal = vi.fn()) {
  root = document.createElement('div');
  document.body.append(root);
  const analysis = summaryOf(full);
  const plan = outline(analysis);
  render(
    <>
      <FirstScreen analysis={analysis} outline={plan} onReveal={onReveal} />
      <details>
        <MoreSummary analysis={analysis} outline={plan} onReveal={onReveal} />
      </details>
    </>,
    root,
  );
  return { root, onReveal };
}

describe('popup summary', () => {
  it('puts the top themes first, each with one sentence not shown before; the thesis sentence is not repeated', () => {
    // The thesis sentence also carries the top theme: the theme takes its next sentence.
    const analysis: Analysis = {
      ...ANALYSIS,
      themes: [{ ...ANALYSIS.themes[1], sentences: [{ ...s1, claimIds: [] }, ...ANALYSIS.themes[1].sentences] }, ANALYSIS.themes[0]],
    };
    const plan = outline(summaryOf(analysis));
    expect(plan.thesis).toEqual(s1);
    expect(plan.gist.map((g) => [g.themeId, g.sentence.text])).toEqual([
      ['cost-risk', s2.text],
      ['competition', s3.text],
    ]);
    // The topic's only sentence is the thesis: it has nothing left to show.
    expect(plan.topics).toEqual([]);
    expect(plan.themes.map((t) => [t.themeId, t.sentences.length])).toEqual([
      ['cost-risk', 0],
      ['competition', 0],
    ]);
    expect(counts(summaryOf(ANALYSIS))).toEqual({ numeric: 2, strategic: 1, key: 2, sponsoredIn: 1, sponsoredBeside: 2 });
  });

  it('lists the key figures by rank as "value — subject", each once', () => {
    const repeat = { ...money, id: 'c4', rank: 4 };
    const analysis: Analysis = { ...ANALYSIS, claims: [money, pct, strategic, repeat, { ...pct, id: 'c5', rank: 5, key: false }] };
    const withSubject = { ...analysis, claims: analysis.claims.map((c) => (c.id === 'c1' ? { ...c, subject: 'Fares' } : c)) };
    expect(keyFigures(summaryOf(withSubject)).map((f) => f.line)).toEqual(['8% — Fares', '£40']);
  });

  it('hands the popup a summary: no article text, only key claims, every claim counted', () => {
    const summary = summaryOf(ANALYSIS);
    expect(summary).not.toHaveProperty('article');
    expect(summary).not.toHaveProperty('timings');
    expect(summary.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(summary.counts).toEqual({ numeric: 2, strategic: 1, key: 2 });
    expect(SummarySchema.safeParse(summary).success).toBe(true);
  });

  it('names the site, never by a URL', () => {
    expect(siteLabel(ANALYSIS)).toBe('Ferry News');
    expect(siteLabel({ ...ANALYSIS, meta: {}, url: 'https://www.ferries.example/night' })).toBe('ferries.example');
    expect(siteLabel({ ...ANALYSIS, meta: { site: 'https://www.ferries.example/' } })).toBe('ferries.example');
  });

  it('renders page text as text, shows no sentence twice, and a click on a sentence or figure reveals its offsets', () => {
    const { root, onReveal } = mount();
    expect(root.querySelector('h2.page-title')!.textContent).toBe('Night crossings <b>return</b>');
    expect(root.querySelector('b')).toBeNull();
    const sentences = [...root.querySelectorAll('button.sentence')].map((b) => b.textContent);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(sentences).toEqual(expect.arrayContaining([s1.text, s2.text, s3.text]));
    const gist = [...root.querySelectorAll('.gist li')];
    expect(gist.map((li) => li.getAttribute('data-theme'))).toEqual(['cost-risk', 'competition']);
    (gist[0].querySelector('button.sentence') as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenLastCalledWith(s2.start, s2.end);
    const figures = [...root.querySelectorAll('.key-figures button.figure')];
    expect(figures.map((b) => b.textContent)).toEqual(['8%', '£40']);
    (figures[1] as HTMLButtonElement).click();
    expect(onReveal).toHaveBeenLastCalledWith(money.start, money.end);
    // Every theme id is `li.theme` once: on the first screen, or behind "More".
    expect([...root.querySelectorAll('li.theme')].map((li) => li.getAttribute('data-theme'))).toEqual(['cost-risk', 'competition']);
    expect(root.textContent).not.toMatch(/\b\d+\.\d{2}\b/);
  });

  it('knows the pages no extension may touch', () => {
    expect(isRestrictedUrl('chrome://settings')).toBe(true);
    expect(isRestrictedUrl('https://chromewebstore.google.com/detail/x')).toBe(true);
    expect(isRestrictedUrl('https://addons.mozilla.org/en-US/firefox/')).toBe(true);
    expect(isRestrictedUrl('https://news.example/story')).toBe(false);
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});
