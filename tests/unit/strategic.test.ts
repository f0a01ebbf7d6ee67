// Strategic claims, sentence by sentence. Every sentence here was written for these tests: a chipmaker
// building fabs abroad, an airline merger, a streaming service raising prices, a carmaker's battery supply.
import { describe, expect, it } from 'vitest';
import { CUES } from '../../lib/claims/cues';
import { classifyStrategic, readCues } from '../../lib/claims/strategic';
import { DEFAULT_THEMES, type ThemeDefinition } from '../../lib/themes/taxonomy';

const classify = (s: string) => classifyStrategic(s, DEFAULT_THEMES);

describe('claim types', () => {
  it.each([
    ['The move marks a decisive shift in strategy for the chipmaker.', 'assertion'],
    ['Competition on transatlantic routes is already fierce.', 'assertion'],
    ['The price rise will push many subscribers toward cheaper rivals.', 'prediction'],
    ['In the long run the merged carrier is expected to dominate the northern hub.', 'prediction'],
    ['Overruns at overseas sites could wipe out the savings promised to investors, putting margins at risk.', 'risk'],
    ['Any delay in cell deliveries leaves the carmaker exposed to a costly production halt.', 'risk'],
    ['Can the merged airline keep fares low once its main rival on the busiest routes is gone?', 'question'],
    ['The real question is whether subscribers will tolerate a third price increase in two years.', 'question'],
    ['The deal raises serious questions about how the carmaker will secure enough battery supply.', 'question'],
  ])('%s -> %s', (sentence, type) => {
    expect(classify(sentence)?.type).toBe(type);
  });

  it('a question outranks a risk named inside it', () => {
    expect(classify('Will the new fabs ever earn back their enormous cost, or will they drain the balance sheet?')?.type).toBe(
      'question',
    );
  });
});

describe('arguments without the obvious cue words', () => {
  it.each([
    ['Without a second supplier, the carmaker is betting its entire budget range on one factory in one country.', 'dependency'],
    ['For the chipmaker, the overseas plants are less about cost than about keeping its biggest customers.', 'cost-risk'],
    ['The merger leaves travellers on regional routes with fewer choices and higher fares.', 'competition'],
    ['Battery costs, not demand, are now the main constraint on the carmaker’s growth.', 'cost-risk'],
    ['The carmaker has tied its fortunes to a single battery chemistry.', 'dependency'],
    ['Subscribers who leave over price rarely come back, which makes each increase a one-way bet.', 'demand'],
  ])('%s', (sentence, theme) => {
    expect(classify(sentence)?.themes).toContain(theme);
  });
});

describe('hedging', () => {
  it.each([
    'The merger could give the carrier pricing power on half its domestic routes.',
    'Higher prices may drive subscribers to cheaper competitors.',
    'Battery shortages might force the carmaker to slow production of its cheapest model.',
    'The decision suggests the chipmaker is deliberately diversifying its production base.',
    'Potentially, the airline gains an edge over low-cost rivals at the capital’s airport.',
    'The carmaker is likely to reduce its reliance on a single cell supplier.',
    'The streaming service appears to be testing how much pricing power it really has.',
  ])('hedged: %s', (sentence) => {
    const v = classify(sentence);
    expect(v).not.toBeNull();
    expect(v!.hedged).toBe(true);
  });

  it.each([
    'The chipmaker remains heavily dependent on a single toolmaker for its most advanced machines.',
    'The merger significantly weakens competition on regional routes.',
    'The price rise will push many subscribers toward cheaper rivals.',
  ])('not hedged: %s', (sentence) => {
    const v = classify(sentence);
    expect(v).not.toBeNull();
    expect(v!.hedged).toBe(false);
  });

  it('"May" the month is no hedge, "may" the verb is', () => {
    expect(readCues('In May the carrier cut fares.').hedge).toBe(false);
    expect(readCues('The carrier may cut fares.').hedge).toBe(true);
  });
});

describe('themes of a sentence', () => {
  it.each([
    ['By spreading production across three continents, the chipmaker is clearly trying to diversify.', 'diversification'],
    ['The staggering cost of each overseas fab deserves far more scrutiny than it gets.', 'cost-risk'],
    ['The carmaker remains completely reliant on one supplier for its battery cells.', 'dependency'],
    ['The merged airline would face little competition on most domestic routes.', 'competition'],
    ['Doubling production capacity within four years would stretch even the best-run manufacturer.', 'scaling'],
    ['Regulators could block the merger unless the carriers give up landing slots.', 'regulation'],
    ['Repeated delays at the new plant could push the launch of the cheaper model into 2028.', 'timeline'],
    ['Pilots’ unions warn that the merger will mean job cuts at the smaller carrier.', 'labour'],
    ['The grocer is deliberately splitting its chip orders between two vendors for the first time.', 'diversification'],
    ['Ramping two new plants at once multiplies the chances that something goes wrong.', 'scaling'],
    ['Growing from three plants to six in five years would stretch any carmaker’s engineers.', 'scaling'],
  ])('%s -> %s', (sentence, theme) => {
    expect(classify(sentence)?.themes).toContain(theme);
  });

  it('lists every theme a sentence argues, the most-matched first', () => {
    const v = classify(
      'Cutting its dependence on one cell supplier would raise costs for the carmaker, since the alternative suppliers charge more and ship less.',
    );
    expect(v?.themes).toEqual(expect.arrayContaining(['dependency', 'cost-risk', 'diversification']));
  });

  it('a sentence that argues but speaks to no theme is not a strategic claim', () => {
    expect(classify('This could well be the most interesting week of the year for the company.')).toBeNull();
  });

  it('uses a custom theme table, and only it', () => {
    const climate: ThemeDefinition[] = [
      { id: 'climate', label: 'Climate', terms: ['emissions', 'carbon'], patterns: [String.raw`\bnet[- ]zero\b`] },
    ];
    const s = 'Rising emissions from the bigger fleet could undermine the airline’s net-zero pledge and its cost plans.';
    expect(classifyStrategic(s, climate)).toEqual({ type: 'risk', hedged: true, themes: ['climate'] });
    expect(classify(s)?.themes).not.toContain('climate');
    expect(classifyStrategic(s, [])).toBeNull();
  });

  it('survives a broken user pattern', () => {
    const broken: ThemeDefinition[] = [{ id: 'fleet', label: 'Fleet', terms: ['fleet'], patterns: ['(unclosed'] }];
    expect(classifyStrategic('The older fleet could become a serious burden for the merged airline.', broken)?.themes).toEqual(
      ['fleet'],
    );
  });
});

describe('plain reports are not strategic claims', () => {
  it.each([
    'The company was founded in 1998.',
    'Shares rose 3% on Tuesday.',
    'Shares of the chipmaker fell 4% after the capacity plan was published.',
    'The chipmaker announced on Monday that it will build a second fab in Portugal to expand capacity.',
    'According to a regulatory filing, the two airlines are merging in a deal worth $4 billion to expand their network.',
    'The first plant is scheduled to open by the end of 2028, adding capacity for older chips.',
    'The new monthly price will take effect in March for existing subscribers.',
    'The carmaker plans to expand battery production at its Nevada plant next year.',
    'The chief executive said the airline carried 40 million passengers last year and expects strong demand.',
    'This gives the carmaker more flexibility in sourcing cells, according to the company’s statement.',
    'The carrier will deploy the larger aircraft on its busiest routes from June.',
    'Rival services charge similar prices for their standard plans.',
    'The Capacity Challenge',
    'Supply chain risk',
    'The deal is expected to close in the third quarter, subject to regulatory approval.',
    'The carmaker’s battery supplier is based in South Korea.',
    'Revenue grew 12% to $3.1 billion in the quarter, driven by strong demand.',
    'The company will invest $5 billion in the new plant over five years to expand capacity.',
    'Costs rose 8% in the quarter, the company said.',
    'The two carriers compete on 14 routes.',
    'The streaming service lost 1.2 million subscribers in the second quarter.',
    '“We are not dependent on any single supplier,” the chief executive said.',
    'The plant will employ 3,000 workers when it reaches full capacity in 2029.',
    'Both companies have faced strikes by cabin crews in the past year.',
    'The carmaker buys its cells from a single supplier in South Korea.',
    'The second vendor will supply about a third of the cells by 2027, with the rest still coming from the incumbent supplier.',
    'The standard plan will rise from €9.99 to €11.99 a month, and subscribers on annual plans will not be affected.',
  ])('%s', (sentence) => {
    expect(classify(sentence)).toBeNull();
  });

  it('a reported warning about the future still counts', () => {
    const v = classify('Analysts warned that the merger would raise fares and squeeze competition on regional routes.');
    expect(v?.type).toBe('risk');
    expect(v?.themes).toContain('competition');
  });

  it('an announcement that the writer judges still counts', () => {
    expect(
      classify('The chipmaker announced a second overseas fab, a costly bet that could strain its balance sheet.')?.type,
    ).toBe('risk');
  });
});

describe('the cue table', () => {
  it('is lower case wherever it runs on the lower-cased sentence, and every source compiles', () => {
    for (const [name, list] of Object.entries(CUES)) {
      for (const source of list) {
        expect(() => new RegExp(source)).not.toThrow();
        if (/CaseSensitive$/.test(name)) continue;
        expect(source.replace(/\\[A-Za-z]/g, ''), `${name}: ${source}`).toBe(source.replace(/\\[A-Za-z]/g, '').toLowerCase());
      }
    }
  });
});
