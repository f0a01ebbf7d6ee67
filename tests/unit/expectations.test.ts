// The expectation checker itself: a hand-made Analysis that meets a hand-made expectation file, then
// one mutation per rule, each of which must produce a failure naming that rule.
import { describe, expect, it } from 'vitest';
import type { Analysis, Claim } from '../../lib/analysis';
import { checkExpectations, parseExpectations, type Expectations } from '../support/expectations';

const TEXT = [
  'Harbour Rail will spend €3.2 billion on 140 new trains by 2029.',
  'The operator is spreading its orders across two builders to reduce its exposure to a single factory.',
  'Relying on Coachworks Ltd for every carriage has left the network stranded before.',
  'Fares rose 4% in January.',
].join('\n\n');

/** A span of TEXT found by its text (first occurrence). */
function at(s: string, from = 0): { text: string; start: number; end: number } {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in TEXT: ${s}`);
  return { text: s, start, end: start + s.length };
}

const S_DIVERSIFY = 'The operator is spreading its orders across two builders to reduce its exposure to a single factory.';
const S_DEPEND = 'Relying on Coachworks Ltd for every carriage has left the network stranded before.';

function claim(id: string, kind: Claim['kind'], s: string, extra: Partial<Claim> = {}): Claim {
  return { id, kind, ...at(s), themes: [], rank: 1, key: false, ...extra };
}

function goodAnalysis(): Analysis {
  return {
    url: 'https://example.test/rail',
    title: 'Harbour Rail orders trains from two builders',
    meta: { lang: 'en-GB', published: '2026-02-03T08:00:00Z', author: 'A. Writer' },
    article: { text: TEXT },
    thesis: [at(S_DIVERSIFY)],
    claims: [
      claim('m1', 'money', '€3.2 billion', { value: 3.2e9, unit: 'EUR' }),
      claim('c1', 'count', '140 new trains', { value: 140 }),
      claim('d1', 'date', 'by 2029', { iso: '2029' }),
      claim('p1', 'percent', '4%', { value: 4, unit: '%' }),
      claim('s1', 'strategic', S_DIVERSIFY, { type: 'assertion', hedged: false, themes: ['diversification'] }),
      claim('s2', 'strategic', S_DEPEND, { type: 'risk', hedged: false, themes: ['dependency'] }),
    ],
    sponsored: [
      { id: 'sp1', text: 'Advertisement Book a city break from £99', reasons: ['label'], inArticle: false },
    ],
    themes: [
      { id: 'diversification', label: 'Diversification', score: 1, sentences: [{ ...at(S_DIVERSIFY), claimIds: ['s1'] }] },
      { id: 'dependency', label: 'Coachworks Ltd dependency', score: 0.8, sentences: [{ ...at(S_DEPEND), claimIds: ['s2'] }] },
    ],
    topics: [{ label: 'Harbour Rail', sentences: [{ ...at(S_DIVERSIFY), claimIds: ['s1'] }] }],
    timings: { extractMs: 1, analyzeMs: 2 },
  };
}

function goodExpectations(): Expectations {
  return parseExpectations({
    page: 'hand-made',
    article: {
      title: 'Harbour Rail orders trains from two builders',
      mustContain: ['Harbour Rail will spend'],
      mustNotContain: ['Advertisement'],
    },
    meta: { lang: 'en', published: '2026-02-03' },
    numeric: [
      { text: '€3.2 billion', kind: 'money', value: 3.2e9, unit: ['EUR'] },
      { text: '140 new trains', kind: 'count', value: 140 },
      { text: '2029', kind: 'date', iso: '2029' },
      { text: '4%', kind: 'percent', value: 4, unit: ['%', 'percent'] },
    ],
    notNumeric: ['Harbour Rail'],
    outsideArticle: ['£99'],
    sponsored: [{ containing: 'Book a city break', why: 'ad slot', inArticle: false }],
    sponsoredCount: 1,
    themes: [
      { theme: 'diversification', id: 'diversification', anyOf: [S_DIVERSIFY] },
      { theme: 'dependency', id: 'dependency', anyOf: [S_DEPEND], labelMentions: 'Coachworks' },
    ],
    absentThemes: ['scaling'],
    notStrategic: ['Fares rose 4% in January.'],
  });
}

const PAGE_TEXT = `${TEXT} Advertisement Book a city break from £99`;

describe('checkExpectations', () => {
  it('passes a matching analysis', () => {
    expect(checkExpectations(goodAnalysis(), goodExpectations(), PAGE_TEXT)).toEqual([]);
  });

  it('compares whitespace collapsed (no-break spaces, newlines)', () => {
    const e = goodExpectations();
    e.article!.mustContain = ['spend €3.2\u00a0billion'];
    expect(checkExpectations(goodAnalysis(), e)).toEqual([]);
  });

  // Each mutation breaks one rule; the failures must name that rule and nothing else.
  const mutations: [string, string, (a: Analysis, e: Expectations) => void][] = [
    ['title differs', '[title]', (a) => { a.title = 'Harbour Rail – News'; }],
    ['mustContain missing', '[article]', (_a, e) => { e.article!.mustContain!.push('Book a city break'); }],
    ['mustNotContain present', '[article]', (_a, e) => { e.article!.mustNotContain!.push('Fares rose'); }],
    ['meta published differs', '[meta]', (a) => { a.meta.published = '2026-02-04'; }],
    ['numeric kind wrong', '[numeric]', (a) => { a.claims[0].kind = 'number'; }],
    ['numeric span too long', '[numeric]', (a) => { Object.assign(a.claims[0], at('spend €3.2 billion on 140 new trains')); }],
    ['numeric value wrong', '[numeric]', (a) => { a.claims[0].value = 3.2e6; }],
    ['numeric unit wrong', '[numeric]', (a) => { a.claims[0].unit = 'USD'; }],
    ['date iso wrong', '[numeric]', (a) => { a.claims[2].iso = '2029-01'; }],
    ['numeric minCount unmet', '[numeric]', (_a, e) => { e.numeric![1].minCount = 2; }],
    ['notNumeric figure claimed', '[notNumeric]', (a) => { a.claims.push(claim('n1', 'number', 'Harbour Rail')); }],
    ['outside text in article', '[outsideArticle]', (_a, e) => { e.outsideArticle!.push('4%'); }],
    ['sponsored count', '[sponsored]', (a) => { a.sponsored.push({ id: 'sp2', text: 'Share on X', reasons: [], inArticle: true }); }],
    ['sponsored block missing', '[sponsored]', (a) => { a.sponsored[0].text = 'Advertisement'; }],
    ['sponsored inArticle wrong', '[sponsored]', (a) => { a.sponsored[0].inArticle = true; }],
    ['theme missing', '[themes]', (a) => { a.themes.splice(0, 1); }],
    ['theme label', '[themes]', (a) => { a.themes[1].label = 'Dependency'; }],
    ['theme cites other sentence', '[themes]', (a) => { a.themes[0].sentences = [{ ...at('Fares rose 4% in January.'), claimIds: [] }]; }],
    ['theme without strategic claim', '[themes]', (a) => { a.claims = a.claims.filter((c) => c.id !== 's1'); }],
    ['absent theme reported', '[absentThemes]', (a) => { a.themes.push({ id: 'scaling', label: 'Scaling', score: 0.1, sentences: [] }); }],
    ['factual sentence strategic', '[notStrategic]', (a) => { a.claims.push(claim('s3', 'strategic', 'Fares rose 4% in January.')); }],
    ['claim slice broken', '[slice]', (a) => { a.claims[2].start += 1; }],
    ['theme sentence slice broken', '[slice]', (a) => { a.themes[0].sentences[0].end -= 1; }],
    ['thesis slice broken', '[slice]', (a) => { a.thesis[0].text = 'Something else.'; }],
    ['schema broken', '[schema]', (a) => { (a as { timings: unknown }).timings = {}; }],
    ['expectation not on page', '[expectations]', (_a, e) => { e.outsideArticle!.push('Nowhere at all'); }],
  ];

  it.each(mutations)('fails when %s', (_name, tag, mutate) => {
    const a = goodAnalysis();
    const e = goodExpectations();
    mutate(a, e);
    const failures = checkExpectations(a, e, PAGE_TEXT);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.startsWith(tag)), failures.join('\n')).toBe(true);
  });

  it('fails an article page reported as not-an-article', () => {
    expect(checkExpectations(null, goodExpectations())).toEqual([
      '[article] the engine reported not-an-article for an article page',
    ]);
  });

  it('holds non-article pages to not-an-article', () => {
    const e = { page: 'home.html', article: null };
    expect(checkExpectations(null, e)).toEqual([]);
    expect(checkExpectations(goodAnalysis(), e)).toHaveLength(1);
    expect(checkExpectations(goodAnalysis(), e)[0]).toMatch(/^\[article\] not an article/);
  });

  it('holds strategic: "none" to no strategic claims and no themes', () => {
    const e = { ...goodExpectations(), themes: [], strategic: 'none' as const };
    const failures = checkExpectations(goodAnalysis(), e);
    expect(failures).toHaveLength(2);
    expect(failures.every((f) => f.startsWith('[strategic]'))).toBe(true);
    const a = goodAnalysis();
    a.claims = a.claims.filter((c) => c.kind !== 'strategic');
    a.themes = [];
    expect(checkExpectations(a, e)).toEqual([]);
  });

  it('rejects a malformed expectation file', () => {
    expect(() => checkExpectations(goodAnalysis(), { page: 'x', article: {}, numeric: [{ text: '3', kind: 'weight' }] })).toThrow(
      /malformed expectations/,
    );
  });
});
