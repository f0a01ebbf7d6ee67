// Ranking (lib/rank): every claim ranked, repeats merged into their first mention, trivia never key,
// key claims within the density budget. Articles written for these tests (a water utility, a school
// district, a regional airline), held to what a reader would underline.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../lib/analysis';
import { analyzeText } from '../../lib/pipeline/text-half';
import { keyBudget } from '../../lib/rank/rank';
import { MAX_KEY, MAX_KEY_PER_100_WORDS } from '../../lib/rank/weights';

function article(blocks: string[], title = blocks[0]) {
  const text = blocks.join('\n\n');
  const blockStarts: number[] = [];
  let at = 0;
  for (const b of blocks) {
    blockStarts.push(at);
    at += b.length + 2;
  }
  const result = analyzeText({ text, blockStarts, title, langHint: 'en' });
  const words = text.split(/\s+/).filter(Boolean).length;
  return { text, claims: result.claims, words };
}

const keyTexts = (claims: Claim[]) => claims.filter((c) => c.key).map((c) => c.text);
const numeric = (claims: Claim[]) => claims.filter((c) => c.kind !== 'strategic');

const WATER = [
  'Riverton Water sets out $420 million pipe renewal',
  'Riverton Water will spend $420 million over the next decade replacing lead service lines, the utility said on Tuesday, after tests found unsafe levels in 1,800 homes.',
  'The work must be finished by the end of 2031 under a state order, and bills will rise 6% a year to pay for it.',
  'The $420 million plan is the largest investment in the system since it was built.',
  'Maria Lopez, 67, has lived on Canal Street since 1979 and still boils her tap water every morning.',
  'Photo: a crew digs up a main on Route 66 in 2016',
  'Board members said the $420 million figure could grow if the price of copper keeps climbing.',
];

describe('ranking claims', () => {
  it('gives every claim a distinct rank from 1', () => {
    const { claims } = article(WATER);
    const ranks = claims.map((c) => c.rank).sort((a, b) => a - b);
    expect(ranks).toEqual(claims.map((_, i) => i + 1));
  });

  it('merges the repeats of a figure into its first mention in running text', () => {
    const { claims } = article(WATER);
    const mentions = numeric(claims).filter((c) => c.value === 420e6);
    expect(mentions.length).toBe(4); // headline, lede, and two repeats
    const first = mentions.find((c) => c.mentions);
    // The headline announces the figure; the lede's sentence states what it measures.
    expect(first?.start).toBe(mentions[1].start);
    expect(first?.key).toBe(true);
    expect([...(first?.mentions ?? [])].sort()).toEqual(mentions.filter((c) => c !== first).map((c) => c.id).sort());
    for (const other of mentions.filter((c) => c !== first)) expect(other.key).toBe(false);
  });

  it('marks what the story rests on, and no trivia', () => {
    const { claims } = article(WATER);
    const keys = keyTexts(claims);
    expect(keys.some((t) => t.includes('$420 million'))).toBe(true);
    expect(keys.some((t) => t.includes('1,800 homes'))).toBe(true);
    const trivia = numeric(claims).filter((c) => /\b(?:67|1979|66|2016)\b/.test(c.text));
    expect(trivia.length).toBeGreaterThan(0);
    for (const c of trivia) expect(c.key, c.text).toBe(false);
  });

  it('never marks an age key, even on a short story with few figures, however the age is written', () => {
    const { claims } = article([
      'Diver rescued after night at sea',
      'A 52-year-old diver was found clinging to a buoy on Sunday after a night in open water off the cape.',
      'Her companion, aged 49, raised the alarm when she did not surface.',
    ]);
    const ages = numeric(claims).filter((c) => /52|49/.test(c.text));
    expect(ages.length).toBeGreaterThan(0);
    for (const c of ages) expect(c.key, c.text).toBe(false);
  });

  it('ranks an age and a caption figure below the figures of the argument', () => {
    const { claims } = article(WATER);
    const rankOf = (re: RegExp) => numeric(claims).find((c) => re.test(c.text))?.rank ?? Infinity;
    expect(rankOf(/1,800/)).toBeLessThan(rankOf(/2016/));
    expect(rankOf(/6%/)).toBeLessThan(rankOf(/1979/));
    // A deadline outranks a date in an anecdote.
    expect(rankOf(/end of 2031/)).toBeLessThan(rankOf(/1979/));
  });

  it('keeps the density budget on a long article full of figures', () => {
    const sentences: string[] = [];
    const districts = ['Northgate', 'Elm Park', 'Harrow Vale', 'Linden', 'Marsh End', 'Oakfield', 'Pell Bridge', 'Quarry Hill'];
    for (let i = 0; i < 40; i++) {
      const d = districts[i % districts.length];
      sentences.push(
        `The ${d} school board approved a budget of $${12 + i} million for next year, up ${3 + (i % 5)}% from last year, and will hire ${20 + i} teachers by September.`,
      );
    }
    const blocks = ['Schools across the county raise their budgets'];
    for (let i = 0; i < sentences.length; i += 4) blocks.push(sentences.slice(i, i + 4).join(' '));
    const { claims, words } = article(blocks);
    const keys = claims.filter((c) => c.key).length;
    expect(keys).toBeGreaterThan(0);
    expect(keys).toBeLessThanOrEqual(MAX_KEY);
    expect((keys / words) * 100).toBeLessThanOrEqual(MAX_KEY_PER_100_WORDS);
  });

  it('gives a short article at most 2.5 key claims per 100 words', () => {
    const blocks = [
      'Skyhop trims its routes',
      'Skyhop will cut 14 routes and 350 jobs by March, the regional airline said, after losing $38 million in the first half as fuel rose 22%.',
      'Its fleet of 41 turboprops will shrink to 30 aircraft by the summer of 2027.',
    ];
    const { claims, words } = article(blocks);
    const keys = claims.filter((c) => c.key).length;
    expect(keys).toBeGreaterThan(0);
    expect(keys).toBeLessThanOrEqual(Math.floor((words * MAX_KEY_PER_100_WORDS) / 100));
  });

  it('budgets about one key claim per 100 words, never more than 2.5, at most 12', () => {
    expect(keyBudget(100)).toEqual({ about: 1, most: 2 });
    expect(keyBudget(400)).toEqual({ about: 4, most: 10 });
    expect(keyBudget(5000).most).toBe(MAX_KEY);
    expect(keyBudget(30).most).toBe(1);
  });
});

describe('reading what a figure stands for', () => {
  /** The rank of the one claim whose text is `span`. */
  function rankOf(claims: Claim[], span: string): number {
    const found = claims.filter((c) => c.text === span);
    expect(found.map((c) => c.text), `claims: ${claims.map((c) => c.text).join(' | ')}`).toEqual([span]);
    return found[0].rank;
  }
  const TITLE = 'Harbour town reviews its transport plans';
  // Each pair stands in one sentence, the figure expected lower first, so that only the rule tells them apart.

  it('ranks a figure a stakes word names above one that only stands near such a word', () => {
    const { claims } = article([TITLE, 'After the deal, 45 benches were moved and an order of 40 buses was placed.']);
    expect(rankOf(claims, '40 buses')).toBeLessThan(rankOf(claims, '45 benches'));
  });

  it('ranks people affected above the seats of a vehicle', () => {
    const { claims } = article([TITLE, 'The new ferry, seating 400 passengers, was named on the day a storm stranded 350 passengers on the quay.']);
    expect(rankOf(claims, '350 passengers')).toBeLessThan(rankOf(claims, '400 passengers'));
  });

  it('reads a date followed by a past-tense verb as when something was done, not as a deadline', () => {
    const { claims } = article([TITLE, 'The mayor in March announced plans to rebuild the old bridge by 2027, at a cost the council has not yet set.']);
    expect(rankOf(claims, 'by 2027')).toBeLessThan(rankOf(claims, 'March'));
  });

  it('reads "by <date>, <someone> <past verb>" as a story told, not as a deadline', () => {
    const told = article([TITLE, 'The ferry ran late all autumn, and by December, the crews walked out over pay.', 'The council must repair the pier by June, or the ferry will stop.']).claims;
    expect(rankOf(told, 'June')).toBeLessThan(rankOf(told, 'December'));
    expect(keyTexts(told)).toEqual(['June']);
    // A reporting verb or a future word in the clause keeps the deadline.
    for (const sentence of ['By 2030, the minister said, emissions from the ferry fleet will be halved.', 'By March 31, the operator said it would repay the loan.']) {
      const deadline = article([TITLE, sentence]).claims.find((c) => c.kind === 'date')!;
      expect(deadline.why, sentence).toContain('deadline');
    }
  });

  it('says why a claim ranks where it does, and gives trivia and repeats no reason', () => {
    const { claims } = article(WATER);
    const byText = (t: string) => claims.find((c) => c.text === t && !claims.some((o) => o.mentions?.includes(c.id)))!;
    const plan = byText('$420 million');
    expect(plan.mentions?.length).toBeGreaterThan(0);
    expect(plan.why).toEqual(expect.arrayContaining(['stakes', 'headline', 'opening']));
    expect(plan.why!.indexOf('stakes')).toBeLessThan(plan.why!.indexOf('headline'));
    expect(byText('by the end of 2031').why).toContain('deadline');
    expect(byText('6%').why).toContain('change');
    for (const id of plan.mentions ?? []) expect(claims.find((c) => c.id === id)!.why).toBeUndefined();
  });

  it('never keys the figures of a line of statistics', () => {
    const lines = article([
      'Harbour Rovers beat Millbrook 70-44',
      'Harbour Rovers (2-0): Dana Okafor 25 points and 3 steals. Lee 17 points. K. Marsh 10 rebounds.',
      'The win keeps the club on course for the play-offs, where 8 teams will compete for a $40,000 prize.',
    ]).claims;
    expect(numeric(lines).map((c) => c.text)).toContain('3 steals');
    expect(keyTexts(lines).filter((t) => /steal|points|rebounds/.test(t))).toEqual([]);
    expect(keyTexts(lines)).toContain('$40,000');
    // A headline without a verb is no line of statistics.
    for (const headline of ['Unemployment 4.2% in May', 'Harbourline Cuts 1,400 Jobs As Sales Slump']) {
      const { claims } = article([headline, 'The figures were published on Tuesday by the statistics office, which said the trend would continue.']);
      expect(keyTexts(claims), headline).toContain(headline.includes('%') ? '4.2%' : '1,400 Jobs');
    }
  });

  it('weighs a streak, the start of a trend without digits and the period of results', () => {
    const streak = article([TITLE, 'The line took 12 years to build and its fares stayed flat for four consecutive years.']).claims;
    expect(rankOf(streak, 'four consecutive years')).toBeLessThan(rankOf(streak, '12 years'));
    const trend = article([TITLE, 'The board met in May, and bookings have fallen sharply since early August.']).claims;
    expect(rankOf(trend, 'early August')).toBeLessThan(rankOf(trend, 'May'));
    const period = article([TITLE, 'The firm moved its offices in Q3 and the Q2 results were strong.']).claims;
    expect(rankOf(period, 'Q2')).toBeLessThan(rankOf(period, 'Q3'));
  });
});
