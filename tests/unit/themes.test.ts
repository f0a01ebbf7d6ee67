// Themes and the argument summary, over short articles written for these tests (a chipmaker's overseas
// fabs, a carmaker's battery supply, a streaming price rise, an airline merger). Sentences are split
// here with a plain rule so these tests depend only on the themes engine.
import { describe, expect, it } from 'vitest';
import type { Claim, Span } from '../../lib/analysis';
import { classifyStrategic } from '../../lib/claims/strategic';
import { CUES } from '../../lib/claims/cues';
import { leadingLiteral } from '../../lib/themes/literal-guard';
import { matchThemes } from '../../lib/themes/match';
import { mostNamedParty } from '../../lib/themes/party';
import {
  MAX_THEME_SENTENCES,
  MAX_THESIS,
  MIN_THEME_SCORE,
  summarizeArgument,
} from '../../lib/themes/summarize';
import { DEFAULT_THEMES, type ThemeDefinition } from '../../lib/themes/taxonomy';

interface Article {
  title: string;
  paragraphs: string[];
  /** Figures to register as numeric claims (the numeric detector is tested elsewhere). */
  figures?: string[];
}

function splitPlain(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^\n]+?(?:[.!?](?=\s|$)|$)/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index! + lead, end: m.index! + lead + t.length });
  }
  return out;
}

function analyze(article: Article, themes: ThemeDefinition[] = DEFAULT_THEMES) {
  const text = article.paragraphs.join('\n\n');
  const sentences = splitPlain(text);
  const claims: Claim[] = [];
  for (const figure of article.figures ?? []) {
    const start = text.indexOf(figure);
    if (start < 0) throw new Error(`figure not in text: ${figure}`);
    claims.push({ id: `n${claims.length}`, kind: 'money', text: figure, start, end: start + figure.length, themes: [], rank: 1, key: false });
  }
  for (const s of sentences) {
    const v = classifyStrategic(s.text, themes);
    if (v) claims.push({ id: `s${s.start}`, kind: 'strategic', ...v, text: s.text, start: s.start, end: s.end, rank: 1, key: false });
  }
  return { text, sentences, claims, ...summarizeArgument({ text, title: article.title, sentences, claims, themes }) };
}

const CHIPMAKER: Article = {
  title: 'Veltrix goes abroad: a costly bet on resilience',
  paragraphs: [
    'Veltrix Semiconductor said on Monday it will build two chip plants in Portugal and Chile. ' +
      'The company was founded in 1998 and employs about 40,000 people. ' +
      'The first plant is scheduled to open by the end of 2028. Shares rose 3% on Tuesday.',
    'The move marks a decisive shift in strategy for the chipmaker. ' +
      'By spreading production across three continents, Veltrix is clearly trying to diversify away from the single island that hosts all of its advanced lines. ' +
      'Customers have long asked for a second source outside Asia, and multiple production sites would finally give them one. ' +
      'Yet running fabs on three continents could also dilute the engineering talent that made its home plants so productive.',
    'The price tag is the obvious worry. ' +
      'The two plants will cost at least $20 billion, a sum that could strain the balance sheet if chip demand cools. ' +
      'Building a leading-edge fab abroad costs far more than at home, and Veltrix risks years of thinner margins if local subsidies fall short. ' +
      'A chipmaker that spends this heavily on new plants cannot afford a downturn in its margins.',
    'The bigger vulnerability lies elsewhere. ' +
      'Veltrix remains heavily dependent on Halden Optics for the lithography machines that every new line needs. ' +
      'Halden Optics is the only firm that makes the most advanced tools, so any delay in its deliveries would stall both new plants. ' +
      'Veltrix also relies on Halden engineers to install and tune the machines on site, which leaves it exposed if relations with Halden sour. ' +
      'Veltrix has said that Veltrix engineers will take over tuning from Veltrix partners by 2030.',
    'Doubling production capacity within four years would stretch even the best-run manufacturer. ' +
      'Every new site must recruit and train thousands of technicians before it can ramp up production, and yields at new fabs are notoriously slow to improve.',
    'Rival chipmakers have announced plants in the same regions.',
  ],
  figures: ['$20 billion'],
};

const BATTERIES: Article = {
  title: 'Orion Motors and the battery problem',
  paragraphs: [
    'Orion Motors sold 310,000 electric cars last year, according to its annual report.',
    'Orion remains almost completely reliant on Tamura Energy for the cells in its cheapest models. ' +
      'That dependence on Tamura Energy leaves Orion exposed to any fire, strike or export ban at a single plant. ' +
      'Orion’s own cell factory, built with Kessler Batteries, is years from volume production and cannot yet reduce that reliance.',
    'A shortage of cells could force Orion to slow production just as demand for cheap electric cars peaks.',
  ],
};

describe('the default taxonomy', () => {
  it('holds the contract ids, each once, with terms', () => {
    const ids = DEFAULT_THEMES.map((t) => t.id);
    for (const id of ['diversification', 'cost-risk', 'dependency', 'competition', 'scaling']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of DEFAULT_THEMES) {
      expect(t.terms.length).toBeGreaterThan(0);
      for (const p of t.patterns ?? []) expect(() => new RegExp(p, 'i')).not.toThrow();
    }
  });

  it('terms match whole words with plural and verb endings, spaces and hyphens alike', () => {
    const themes: ThemeDefinition[] = [{ id: 'x', label: 'X', terms: ['supplier', 'ramp-up', 'price tag'] }];
    expect(matchThemes('Two suppliers and a ramp up; the price-tag.', themes)).toEqual([{ id: 'x', hits: 3 }]);
    expect(matchThemes('Resuppliers rampage', themes)).toEqual([]);
  });

  it('ranks the themes of a text by hits', () => {
    const hits = matchThemes('Rivals compete on price while the competitive landscape shifts; costs rise.', DEFAULT_THEMES);
    expect(hits[0].id).toBe('competition');
    expect(hits.map((h) => h.id)).toContain('cost-risk');
  });
});

describe('summarizeArgument', () => {
  const chip = analyze(CHIPMAKER);

  it('reports the themes the article argues, ranked by score', () => {
    const ids = chip.themes.map((t) => t.id);
    for (const id of ['diversification', 'cost-risk', 'dependency', 'scaling']) expect(ids).toContain(id);
    const scores = chip.themes.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const t of chip.themes) expect(t.score).toBeGreaterThanOrEqual(MIN_THEME_SCORE);
  });

  it('takes no plain report of the article for a claim', () => {
    const strategic = chip.claims.filter((c) => c.kind === 'strategic').map((c) => c.text);
    for (const report of [
      'Veltrix Semiconductor said on Monday it will build two chip plants in Portugal and Chile.',
      'The company was founded in 1998 and employs about 40,000 people.',
      'The first plant is scheduled to open by the end of 2028.',
      'Shares rose 3% on Tuesday.',
      'Rival chipmakers have announced plants in the same regions.',
    ]) {
      expect(chip.sentences.map((s) => s.text)).toContain(report);
      expect(strategic).not.toContain(report);
    }
  });

  it('omits a theme the article only mentions in passing', () => {
    // "Rival chipmakers have announced plants..." is a report, not an argument about competition.
    expect(chip.themes.map((t) => t.id)).not.toContain('competition');
  });

  it('gives each theme 1–3 of its strategic sentences, as exact spans of the text', () => {
    for (const t of chip.themes) {
      expect(t.sentences.length).toBeGreaterThanOrEqual(1);
      expect(t.sentences.length).toBeLessThanOrEqual(MAX_THEME_SENTENCES);
      for (const s of t.sentences) {
        expect(chip.text.slice(s.start, s.end)).toBe(s.text);
        const claim = chip.claims.find((c) => c.kind === 'strategic' && c.start === s.start);
        expect(claim?.themes).toContain(t.id);
      }
    }
  });

  it('cites at most 3 sentences even when more argue the theme, the most load-bearing first', () => {
    const onCost = chip.claims.filter((c) => c.kind === 'strategic' && c.themes.includes('cost-risk'));
    expect(onCost.length).toBeGreaterThan(MAX_THEME_SENTENCES);
    const cost = chip.themes.find((t) => t.id === 'cost-risk')!;
    expect(cost.sentences).toHaveLength(MAX_THEME_SENTENCES);
    // Two cost terms and a figure outweigh a sentence with a single cost term.
    expect(cost.sentences[0].text).toMatch(/^(The two plants will cost|Building a leading-edge fab)/);
    expect(cost.sentences.map((s) => s.text)).not.toContain('The price tag is the obvious worry.');
  });

  it('links the ids of the numeric and strategic claims inside each cited sentence', () => {
    const cost = chip.themes.find((t) => t.id === 'cost-risk')!;
    const withFigure = cost.sentences.find((s) => s.text.includes('$20 billion'));
    expect(withFigure).toBeDefined();
    expect(withFigure!.claimIds).toContain('n0');
    expect(withFigure!.claimIds).toContain(`s${withFigure!.start}`);
    const other = cost.sentences.find((s) => !s.text.includes('$20 billion'));
    if (other) expect(other.claimIds).not.toContain('n0');
  });

  it('names the party most depended on, not the company doing the depending', () => {
    const dep = chip.themes.find((t) => t.id === 'dependency')!;
    expect(dep.label).toBe('Halden Optics dependency');
    const cars = analyze(BATTERIES).themes.find((t) => t.id === 'dependency')!;
    expect(cars.label).toBe('Tamura Energy dependency');
  });

  it('falls back to the plain label when the dependency sentences name no one', () => {
    const r = analyze({
      title: 'A carrier on borrowed wings',
      paragraphs: [
        'The carrier remains heavily dependent on a single engine supplier for its whole fleet. ' +
          'Its reliance on leased aircraft could become a serious burden if lease rates climb.',
      ],
    });
    expect(r.themes.find((t) => t.id === 'dependency')?.label).toBe('Dependency');
  });

  it('chooses a thesis of 1–2 sentences from the opening that state the point, in article order', () => {
    expect(chip.thesis.length).toBeGreaterThanOrEqual(1);
    expect(chip.thesis.length).toBeLessThanOrEqual(MAX_THESIS);
    for (const s of chip.thesis) expect(chip.text.slice(s.start, s.end)).toBe(s.text);
    const starts = chip.thesis.map((s) => s.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const point = [
      'The move marks a decisive shift in strategy for the chipmaker.',
      'By spreading production across three continents, Veltrix is clearly trying to diversify away from the single island that hosts all of its advanced lines.',
    ];
    expect(chip.thesis.some((s) => point.includes(s.text))).toBe(true);
    for (const s of chip.thesis) expect(s.text).not.toMatch(/founded in 1998|Shares rose/);
  });

  it('finds no strategic claim and no theme in a plain wire report', () => {
    const r = analyze({
      title: 'Kestrel Foods to buy Alder Dairy for $1.4 billion',
      paragraphs: [
        'Kestrel Foods said on Wednesday it had agreed to buy Alder Dairy for $1.4 billion in cash, adding 12 processing plants and about 4,000 employees. ' +
          'The deal, which has been approved by both boards, is expected to close in the first quarter of next year, subject to regulatory approval.',
        'Kestrel, based in Ohio, is the country’s third-largest food processor by sales. ' +
          'It reported revenue of $9.2 billion last year and employs 31,000 people. ' +
          'Alder was founded in 1952 and supplies milk and cheese to supermarkets in 14 states.',
        'Kestrel’s chief executive said the acquisition would give the company a stronger position in dairy, where it competes with larger rivals.',
        'Kestrel will finance the purchase with cash on hand and new debt. ' +
          'The company plans to keep Alder’s brand and its headquarters in Wisconsin. ' +
          'Shares of Kestrel rose 2.4% in early trading on Wednesday, while Alder’s bonds were little changed.',
      ],
    });
    expect(r.claims.filter((c) => c.kind === 'strategic').map((c) => c.text)).toEqual([]);
    expect(r.themes).toEqual([]);
    expect(r.thesis).toEqual([r.sentences[0]]);
  });

  it('opens the thesis with a lede that restates the headline', () => {
    const r = analyze({
      title: 'Streamline raises prices for subscribers across Europe',
      paragraphs: [
        'Streamline will raise prices for its subscribers across Europe from March, its second increase in a year.',
        'Household budgets are tight, and the streaming market has never been more crowded. ' +
          'Subscribers who joined for a single hit show have little reason to stay once it ends. ' +
          'Each increase could accelerate churn just as subscriber growth slows.',
      ],
    });
    expect(r.thesis[0]).toEqual(r.sentences[0]);
  });

  it('falls back to the lede when nothing is argued, and reports no theme', () => {
    const r = analyze({
      title: 'Streamline raises prices',
      paragraphs: [
        'Streamline said on Thursday its standard plan will cost $14 a month from March. ' +
          'The new prices take effect for existing subscribers in April. Rival services charge similar prices.',
      ],
    });
    expect(r.themes).toEqual([]);
    expect(r.thesis).toEqual([r.sentences[0]]);
  });

  it('lets a theme argued in a single strategic sentence pass only with more support', () => {
    const oneClaim = analyze({
      title: 'Streamline raises prices again',
      paragraphs: [
        'Streamline will charge $14 a month for its standard plan from March. ' +
          'Higher prices may push some subscribers toward cheaper rivals. ' +
          'The real question is whether subscribers will tolerate a third price increase in two years. ' +
          'Each increase could accelerate churn just as subscriber growth slows.',
      ],
    });
    const ids = oneClaim.themes.map((t) => t.id);
    expect(ids).toContain('demand');
    expect(ids).not.toContain('competition');
  });

  it('uses a custom theme table', () => {
    const custom: ThemeDefinition[] = [
      { id: 'climate', label: 'Climate', terms: ['emissions', 'carbon', 'fuel burn'] },
      { id: 'fleet', label: 'Fleet', terms: ['aircraft', 'fleet'] },
    ];
    const r = analyze(
      {
        title: 'Merged airline, bigger footprint',
        paragraphs: [
          'The merged airline will fly 40% more aircraft from 2027. ' +
            'Its older fleet could push carbon emissions up sharply just as fuel burn targets tighten. ' +
            'Higher emissions would also expose the carrier to rising carbon prices.',
        ],
      },
      custom,
    );
    const ids = r.themes.map((t) => t.id);
    expect(ids[0]).toBe('climate');
    for (const id of ids) expect(['climate', 'fleet']).toContain(id);
    expect(r.claims.filter((c) => c.kind === 'strategic').every((c) => c.themes.every((id) => id === 'climate' || id === 'fleet'))).toBe(true);
  });
});

describe('theme weights', () => {
  it('ranks a broad theme below a specific one argued as much, and scales its score', () => {
    const themes = (broadWeight?: number): ThemeDefinition[] => [
      { id: 'climate', label: 'Climate', terms: ['emissions', 'carbon'] },
      { id: 'plans', label: 'Plans', terms: ['emissions', 'carbon'], weight: broadWeight },
    ];
    const article: Article = {
      title: 'Merged airline, bigger footprint',
      paragraphs: [
        'Its older fleet could push carbon emissions up sharply just as targets tighten. ' +
          'Higher emissions would also expose the carrier to rising carbon prices.',
      ],
    };
    const even = analyze(article, themes());
    const weighted = analyze(article, themes(0.5));
    const score = (r: typeof even, id: string) => r.themes.find((t) => t.id === id)?.score ?? 0;
    expect(score(even, 'plans')).toBe(score(even, 'climate'));
    expect(score(weighted, 'plans')).toBeCloseTo(score(even, 'plans') / 2);
    expect(weighted.themes[0].id).toBe('climate');
  });
});

describe('mostNamedParty', () => {
  const cues = ['reliant on', 'dependent on', 'relies on'];
  it('counts the names after the cues, not the subject', () => {
    expect(
      mostNamedParty(
        [
          'Despite a new plant in Texas, Nordcar remains dependent on Akiro cells.',
          'Nordcar relies on both Akiro and Brenn Metals for the raw materials.',
          'Nordcar says Nordcar is working on it.',
        ],
        cues,
      ),
    ).toBe('Akiro');
  });
  it('keeps dotted names whole and drops possessives and closing stops', () => {
    expect(mostNamedParty(['The carrier is dependent on U.S. lessors.'], cues)).toBe('U.S.');
    expect(mostNamedParty(['The carrier is dependent on Arvo’s engines and reliant on Arvo.'], cues)).toBe('Arvo');
  });
  it('returns null when no name is found', () => {
    expect(mostNamedParty(['The firm is reliant on a single supplier.'], cues)).toBeNull();
  });
});

describe('leadingLiteral (the guard that skips regexes)', () => {
  it('finds the literal a match must start with, or none', () => {
    expect(leadingLiteral(String.raw`\bcould\b`)).toBe('could');
    expect(leadingLiteral(String.raw`\bmarks? an? (?:\w+ )?shift\b`)).toBe('mark');
    expect(leadingLiteral(String.raw`\bat the mercy of\b`)).toBe('at the mercy of');
    expect(leadingLiteral(String.raw`\bcosts?\b|\bspend\b`)).toBeNull();
    expect(leadingLiteral(String.raw`^(?:this|that) creates\b`)).toBeNull();
    expect(leadingLiteral(String.raw`\bAI\b`)).toBeNull();
    expect(leadingLiteral(String.raw`\bon\b`)).toBeNull();
  });

  it('never guards a table regex with a literal its matches lack', () => {
    const corpus = [
      'The merger could give the carrier pricing power, which makes each fare rise a risk at the mercy of regulators.',
      'Costs are notoriously difficult to predict at this scale, and the deal locks the carmaker into one supplier.',
      'It is unclear whether the plant will ever match the yields at home; the real question is cost.',
      'The chipmaker remains heavily dependent on one toolmaker and relies on it for every new line.',
      'Rivals compete on price; subscribers may cancel if the service raises prices again in the coming years.',
    ].map((t) => t.toLowerCase());
    const sources = [
      ...Object.entries(CUES).flatMap(([k, v]) => (k === 'planVerbs' ? [] : [...v])),
      ...DEFAULT_THEMES.flatMap((t) => t.patterns ?? []),
    ];
    let guarded = 0;
    for (const source of sources) {
      const lit = leadingLiteral(source);
      if (!lit) continue;
      guarded++;
      for (const text of corpus) {
        for (const m of text.matchAll(new RegExp(source, 'gi'))) expect(m[0].startsWith(lit)).toBe(true);
      }
    }
    expect(guarded).toBeGreaterThan(50);
  });
});
