import { describe, expect, it } from 'vitest';
import { findNumericClaims } from '../../lib/claims/numeric';
import type { NumericMatch } from '../../lib/claims/types';

type Expected = Omit<NumericMatch, 'start' | 'end'>;

/** The claims of a text, after checking the span contract every caller relies on. */
function claimsOf(text: string, lang = 'en'): NumericMatch[] {
  const found = findNumericClaims(text, { lang });
  let lastEnd = 0;
  for (const c of found) {
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.start).toBeGreaterThanOrEqual(lastEnd);
    expect(c.end).toBeGreaterThan(c.start);
    lastEnd = c.end;
  }
  return found;
}

/** Exactly these claims, in order; a field left out must be absent from the claim. */
function expectClaims(text: string, expected: Expected[], lang = 'en'): void {
  const found = claimsOf(text, lang).map(({ kind, text: t, value, unit, iso }) => ({ kind, text: t, value, unit, iso }));
  expect(found).toEqual(expected);
}

/** No claim's text contains any of these. */
function expectNoClaimOn(text: string, fragments: string[], lang = 'en'): void {
  const found = claimsOf(text, lang);
  for (const f of fragments) {
    expect(found.filter((c) => c.text.includes(f)).map((c) => c.text), f).toEqual([]);
  }
}

describe('money', () => {
  it('reads currency signs, codes and multipliers', () => {
    expectClaims(
      'The chipmaker raised $4.2B in March, then €2.5bn, then US$1.2 million from a fund and £300m from banks.',
      [
        { kind: 'money', text: '$4.2B', value: 4.2e9, unit: 'USD' },
        { kind: 'date', text: 'March', iso: '--03' },
        { kind: 'money', text: '€2.5bn', value: 2.5e9, unit: 'EUR' },
        { kind: 'money', text: 'US$1.2 million', value: 1.2e6, unit: 'USD' },
        { kind: 'money', text: '£300m', value: 3e8, unit: 'GBP' },
      ],
    );
  });

  it('reads currency words after the amount', () => {
    expectClaims('The rail operator will borrow 2 billion euros and ¥5 trillion, plus $38 billion over ten years.', [
      { kind: 'money', text: '2 billion euros', value: 2e9, unit: 'EUR' },
      { kind: 'money', text: '¥5 trillion', value: 5e12, unit: 'JPY' },
      { kind: 'money', text: '$38 billion', value: 38e9, unit: 'USD' },
      { kind: 'quantity', text: 'over ten years', value: 10, unit: 'year' },
    ]);
  });

  it('keeps a price period in the span but not in the value', () => {
    expectClaims('The streaming service now charges $49/month, or £10.99 a month for the basic tier.', [
      { kind: 'money', text: '$49/month', value: 49, unit: 'USD' },
      { kind: 'money', text: '£10.99 a month', value: 10.99, unit: 'GBP' },
    ]);
  });

  it('marks multi-million and multi-billion deals as money without a value', () => {
    expectClaims('The league signed a multi-billion dollar broadcast deal and a multi-million dollar kit contract.', [
      { kind: 'money', text: 'multi-billion dollar', unit: 'USD' },
      { kind: 'money', text: 'multi-million dollar', unit: 'USD' },
    ]);
  });

  it('reads `pounds` as money only when it is scaled', () => {
    expectClaims('The club spent 2 billion pounds; its mascot weighs 80 pounds.', [
      { kind: 'money', text: '2 billion pounds', value: 2e9, unit: 'GBP' },
      { kind: 'quantity', text: '80 pounds', value: 80, unit: 'lb' },
    ]);
  });

  it('reads minor units and Indian multipliers', () => {
    expectClaims('A stamp costs 40 cents, a bun 5 pence, and the metro line Rs 500 crore.', [
      { kind: 'money', text: '40 cents', value: 0.4, unit: 'USD' },
      { kind: 'money', text: '5 pence', value: 0.05, unit: 'GBP' },
      { kind: 'money', text: 'Rs 500 crore', value: 5e9, unit: 'INR' },
    ]);
    expect(claimsOf('Der Liter kostet 50 Cent mehr.', 'de')[0]).toMatchObject({ kind: 'money', value: 0.5, unit: 'EUR' });
  });

  it('reads ISO codes before and after the amount', () => {
    expectClaims('The fund holds USD 5 million, 5 million EUR and CHF 12.50 in cash.', [
      { kind: 'money', text: 'USD 5 million', value: 5e6, unit: 'USD' },
      { kind: 'money', text: '5 million EUR', value: 5e6, unit: 'EUR' },
      { kind: 'money', text: 'CHF 12.50', value: 12.5, unit: 'CHF' },
    ]);
  });

  it('treats a range as one claim without a value', () => {
    expectClaims('Analysts expect $3–4 billion in savings and a 10-15% price cut.', [
      { kind: 'money', text: '$3–4 billion', unit: 'USD' },
      { kind: 'percent', text: '10-15%', unit: '%' },
    ]);
  });
});

describe('quantities', () => {
  it('normalizes units to one spelling and keeps SI prefixes in the unit', () => {
    expectClaims(
      'The data centre draws 500 MW, stores 13.4 terabytes per rack, links racks at 40 Gbps and 2 TB/s, reaches 360 petaflops with 1.5 GHz cores on a 3 nm process, and used 9.6 terawatt-hours last year.',
      [
        { kind: 'quantity', text: '500 MW', value: 500, unit: 'MW' },
        { kind: 'quantity', text: '13.4 terabytes', value: 13.4, unit: 'TB' },
        { kind: 'quantity', text: '40 Gbps', value: 40, unit: 'Gbps' },
        { kind: 'quantity', text: '2 TB/s', value: 2, unit: 'TB/s' },
        { kind: 'quantity', text: '360 petaflops', value: 360, unit: 'PFLOPS' },
        { kind: 'quantity', text: '1.5 GHz', value: 1.5, unit: 'GHz' },
        { kind: 'quantity', text: '3 nm', value: 3, unit: 'nm' },
        { kind: 'quantity', text: '9.6 terawatt-hours', value: 9.6, unit: 'TWh' },
      ],
    );
  });

  it('gives the same unit for the symbol and the word', () => {
    const units = ['16 TB', '16TB', '16 terabytes', '16 terabyte'].map((t) => claimsOf(`a ${t} drive`)[0]?.unit);
    expect(units).toEqual(['TB', 'TB', 'TB', 'TB']);
  });

  it('reads glued symbols and hyphenated adjectives', () => {
    expectClaims('A 6.1-inch screen at 120Hz, a 10-year warranty, 45°C heat, 120 km of track and 80 kg bags.', [
      { kind: 'quantity', text: '6.1-inch', value: 6.1, unit: 'in' },
      { kind: 'quantity', text: '120Hz', value: 120, unit: 'Hz' },
      { kind: 'quantity', text: '10-year', value: 10, unit: 'year' },
      { kind: 'quantity', text: '45°C', value: 45, unit: '°C' },
      { kind: 'quantity', text: '120 km', value: 120, unit: 'km' },
      { kind: 'quantity', text: '80 kg', value: 80, unit: 'kg' },
    ]);
  });

  it('reads a glued m as metres unless a counted noun follows', () => {
    expectClaims('She won the 100m final; the app has 5m users.', [
      { kind: 'quantity', text: '100m', value: 100, unit: 'm' },
      { kind: 'count', text: '5m users', value: 5e6, unit: 'user' },
    ]);
  });
});

describe('counts', () => {
  it('takes the lemma of the counted noun as unit', () => {
    expectClaims('The airline hired 1,200 engineers, 300 pilots and 3,000 people, and ordered 40 aircraft.', [
      { kind: 'count', text: '1,200 engineers', value: 1200, unit: 'engineer' },
      { kind: 'count', text: '300 pilots', value: 300, unit: 'pilot' },
      { kind: 'count', text: '3,000 people', value: 3000, unit: 'person' },
      { kind: 'count', text: '40 aircraft', value: 40, unit: 'aircraft' },
    ]);
  });

  it('skips a capitalised model name between the number and the noun', () => {
    expectClaims('Each cabinet holds 72 Falcon GPUs and 36 Widget-class CPUs.', [
      { kind: 'count', text: '72 Falcon GPUs', value: 72, unit: 'GPU' },
      { kind: 'count', text: '36 Widget-class CPUs', value: 36, unit: 'CPU' },
    ]);
  });

  it('reads vague magnitudes and spelled-out numbers', () => {
    expectClaims(
      'The plan needs tens of thousands of chips, hundreds of thousands of GPUs, three factories and a dozen suppliers.',
      [
        { kind: 'count', text: 'tens of thousands of chips', unit: 'chip' },
        { kind: 'count', text: 'hundreds of thousands of GPUs', unit: 'GPU' },
        { kind: 'count', text: 'three factories', value: 3, unit: 'factory' },
        { kind: 'count', text: 'a dozen suppliers', value: 12, unit: 'supplier' },
      ],
    );
  });

  it('scales counts by multiplier words', () => {
    expectClaims('The service passed 42.5 million subscribers and carried billions of dollars in payments.', [
      { kind: 'count', text: '42.5 million subscribers', value: 42.5e6, unit: 'subscriber' },
      { kind: 'money', text: 'billions of dollars', unit: 'USD' },
    ]);
  });

  it('reads lower-case modifiers and capitalised plural nouns', () => {
    expectClaims('The chain fitted 1.2 million electronic shelf labels and hired 21 Canadians.', [
      { kind: 'count', text: '1.2 million electronic shelf labels', value: 1.2e6, unit: 'label' },
      { kind: 'count', text: '21 Canadians', value: 21, unit: 'Canadian' },
    ]);
  });

  it('does not read `one of` or a bare spelled number as a figure', () => {
    expectClaims('One of the two carriers said no one expected it.', [{ kind: 'count', text: 'two carriers', value: 2, unit: 'carrier' }]);
  });
});

describe('percentages', () => {
  it('reads signs, words and percentage points', () => {
    expectClaims('Fares rose 40%, margins 3.5 percent, costs 7 per cent, and the share gained 12 percentage points.', [
      { kind: 'percent', text: '40%', value: 40, unit: '%' },
      { kind: 'percent', text: '3.5 percent', value: 3.5, unit: '%' },
      { kind: 'percent', text: '7 per cent', value: 7, unit: '%' },
      { kind: 'percent', text: '12 percentage points', value: 12, unit: 'pp' },
    ]);
  });

  it('keeps a sign glued to the figure', () => {
    expectClaims('Output fell -3% after a +12% year.', [
      { kind: 'percent', text: '-3%', value: -3, unit: '%' },
      { kind: 'percent', text: '+12%', value: 12, unit: '%' },
    ]);
  });
});

describe('dates', () => {
  it('resolves deadlines and parts of years', () => {
    expectClaims(
      'The fab opens by end of 2027, the line by the end of 2026, with support into 2030, first revenue in Q3 2025, expansion in mid-2026 and payback in the first half of 2026, in fiscal 2025 terms.',
      [
        { kind: 'date', text: 'by end of 2027', iso: '2027-12-31' },
        { kind: 'date', text: 'by the end of 2026', iso: '2026-12-31' },
        { kind: 'date', text: 'into 2030', iso: '2030' },
        { kind: 'date', text: 'Q3 2025', iso: '2025-Q3' },
        { kind: 'date', text: 'mid-2026', iso: '2026' },
        { kind: 'date', text: 'the first half of 2026', iso: '2026-H1' },
        { kind: 'date', text: 'fiscal 2025', iso: '2025' },
      ],
    );
  });

  it('reads calendar dates with and without a year', () => {
    expectClaims('Voting closes on November 4, 2025; results come 4 November 2025, the audit November 4, and the filing was 2025-11-04.', [
      { kind: 'date', text: 'November 4, 2025', iso: '2025-11-04' },
      { kind: 'date', text: '4 November 2025', iso: '2025-11-04' },
      { kind: 'date', text: 'November 4', iso: '--11-04' },
      { kind: 'date', text: '2025-11-04', iso: '2025-11-04' },
    ]);
  });

  it('reads a year alone, codes glued to years, and spans of years', () => {
    expectClaims('In 2027 the club moves; FY2024 and Q1 ’26 were weak; the 2024–25 season and 2019-2023 plan.', [
      { kind: 'date', text: '2027', iso: '2027' },
      { kind: 'date', text: 'FY2024', iso: '2024' },
      { kind: 'date', text: 'Q1 ’26', iso: '2026-Q1' },
      { kind: 'date', text: '2024–25', iso: '2024/2025' },
      { kind: 'date', text: '2019-2023', iso: '2019/2023' },
    ]);
  });

  it('reads seasons, older years after a preposition and month abbreviations', () => {
    expectClaims('Opened in spring 2025 on a site used since 1840; inspections on Nov. 4 and in November.', [
      { kind: 'date', text: 'spring 2025', iso: '2025' },
      { kind: 'date', text: 'since 1840', iso: '1840' },
      { kind: 'date', text: 'Nov. 4', iso: '--11-04' },
      { kind: 'date', text: 'November', iso: '--11' },
    ]);
  });

  it('does not take a sentence full stop into a date, nor a duration for a half-year code', () => {
    expectClaims('The vote is on 25 February. Then the film (1h28) airs.', [{ kind: 'date', text: '25 February', iso: '--02-25' }]);
    expect(claimsOf('Le film (documentaire, 1h28) sort au T3 2025.', 'fr').map((c) => c.iso)).toEqual(['2025-Q3']);
  });

  it('rejects impossible calendar dates', () => {
    expect(claimsOf('Filed on 2025-02-30 and 2025-13-01.').filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('qualifiers', () => {
  it('keeps a leading qualifier in the span', () => {
    expectClaims('The carrier flies up to 72 Falcon GPUs worth more than $5 billion to nearly 40% of sites, at least 3,000 km away.', [
      { kind: 'count', text: 'up to 72 Falcon GPUs', value: 72, unit: 'GPU' },
      { kind: 'money', text: 'more than $5 billion', value: 5e9, unit: 'USD' },
      { kind: 'percent', text: 'nearly 40%', value: 40, unit: '%' },
      { kind: 'quantity', text: 'at least 3,000 km', value: 3000, unit: 'km' },
    ]);
  });
});

describe('what is not a numeric claim', () => {
  it('ignores product and model names with digits', () => {
    expectNoClaimOn(
      'The XR400 and RTX 5090 beat the iPhone 16, the A17 Pro, the Model 3, the QX9000, an M3 Max on Windows 11 with HBM4 memory and Zephyr3 chips; the 737 MAX and the S&P 500 too.',
      ['400', '5090', '16', '17', 'Model 3', '9000', 'M3', '11', 'HBM4', 'Zephyr3', '737', '500'],
    );
  });

  it('ignores domains, versions, ids and codes', () => {
    expectNoClaimOn(
      'See example3d.com and web3.io; update to v2.1, version 4.0.1 or iOS 18.2; it meets ISO 9001 on EC2; ticket #4521, error 404, port 8080, invoice INV-2025-0042, 192.168.1.1.',
      ['3d', 'web3', '2.1', '4.0.1', '18.2', '9001', 'EC2', '4521', '404', '8080', '0042', '192'],
    );
  });

  it('ignores phone numbers, section numbers and list markers', () => {
    const text = [
      '1. Call +1 555-123-4567, (030) 1234 5678, 555.123.4567 or 020 7946 0958.',
      '2) Section 230, Article 50, chapter 11, § 12 and §14 were cited.',
    ].join('\n');
    expect(claimsOf(text)).toEqual([]);
  });

  it('ignores reference markers that close a statement, but not a figure in brackets', () => {
    const texts = (text: string) => claimsOf(text).map((c) => c.text);
    expect(texts('Drinking water can boost metabolism (10, 11). It grew in 2020.[12] See studies (14-16).')).toEqual(['2020']);
    expect(texts('The index fell to 62 (from 70).')).toEqual(['62', '70']);
    expect(texts('Polls: Labour (34), Conservatives (28), Greens (12).')).toEqual(['34', '28', '12']);
    expect(texts('Revenue rose to $5 million (12).')).toEqual(['$5 million']);
  });

  it('ignores times of day, scores, ratios, fractions and ordinals', () => {
    expect(
      claimsOf('Kick-off at 10:30, doors at 9 pm; they won 3-1 with a 3:1 ratio, 24/7 coverage, 2/3 of fans, the 21st title in 1080p, 5G and 4K.'),
    ).toEqual([]);
  });

  it('ignores house numbers, clock times in capitals and dimensions', () => {
    expectClaims('The shop at 1119 Eighth St. opens 9.30 A.M. to 7.00 P.M. with a 1800 x 1920 screen; 32 staff work there.', [
      { kind: 'count', text: '32 staff', value: 32, unit: 'staff' },
    ]);
  });

  it('ignores a capitalised spelled number that is part of a name', () => {
    expectClaims('Whales stranded on Ninety Mile Beach, some ninety miles north.', [{ kind: 'quantity', text: 'some ninety miles', value: 90, unit: 'mi' }]);
  });

  it('ignores bug numbers in brackets', () => {
    expect(claimsOf('Fixed a crash (Bug 1681512) and a leak (bug 1664144).')).toEqual([]);
  });

  it('ignores digits after a capitalised name but keeps sentence openers', () => {
    expectClaims('Vision 2030 failed. Flight 370 was lost. In 2024, 300 jobs went. About 1,200 staff stayed.', [
      { kind: 'date', text: '2024', iso: '2024' },
      { kind: 'count', text: '300 jobs', value: 300, unit: 'job' },
      { kind: 'count', text: 'About 1,200 staff', value: 1200, unit: 'staff' },
    ]);
  });
});

describe('other languages', () => {
  it('reads German finance news', () => {
    expectClaims(
      'Die Bank meldete 1.234,5 € Gewinn je Filiale, insgesamt 2,5 Mrd. Euro, rund 3,2 Millionen Kunden und 15 % mehr Einlagen; bis Ende 2027 sollen 5 Mio. € fließen, ab dem 4. November 2025.',
      [
        { kind: 'money', text: '1.234,5 €', value: 1234.5, unit: 'EUR' },
        { kind: 'money', text: '2,5 Mrd. Euro', value: 2.5e9, unit: 'EUR' },
        { kind: 'count', text: 'rund 3,2 Millionen Kunden', value: 3.2e6 },
        { kind: 'percent', text: '15 %', value: 15, unit: '%' },
        { kind: 'date', text: 'bis Ende 2027', iso: '2027-12-31' },
        { kind: 'money', text: '5 Mio. €', value: 5e6, unit: 'EUR' },
        { kind: 'date', text: '4. November 2025', iso: '2025-11-04' },
      ],
      'de-DE',
    );
  });

  it('reads German numeric dates, percent words and quarters', () => {
    expectClaims('Am 4.11.2025 stieg der Kurs um 12,5 Prozent, im dritten Quartal 2025 um 2,5 Milliarden US-Dollar.', [
      { kind: 'date', text: '4.11.2025', iso: '2025-11-04' },
      { kind: 'percent', text: '12,5 Prozent', value: 12.5, unit: '%' },
      { kind: 'date', text: 'im dritten Quartal 2025', iso: '2025-Q3' },
      { kind: 'money', text: '2,5 Milliarden US-Dollar', value: 2.5e9, unit: 'USD' },
    ], 'de');
  });

  it('reads French spaces as thousands separators and `d’euros`', () => {
    expectClaims('Le groupe vise 2,5 milliards d’euros, 3 500 salariés et 1 234,5 € par client d’ici fin 2027.', [
      { kind: 'money', text: '2,5 milliards d’euros', value: 2.5e9, unit: 'EUR' },
      { kind: 'number', text: '3 500', value: 3500 },
      { kind: 'money', text: '1 234,5 €', value: 1234.5, unit: 'EUR' },
      { kind: 'date', text: 'd’ici fin 2027', iso: '2027-12-31' },
    ], 'fr');
  });

  it('reads Spanish billions (mil millones)', () => {
    expectClaims('La aerolínea invertirá 2.500 millones de dólares hasta finales de 2026.', [
      { kind: 'money', text: '2.500 millones de dólares', value: 2.5e9, unit: 'USD' },
      { kind: 'date', text: 'hasta finales de 2026', iso: '2026-12-31' },
    ], 'es');
  });

  it('reads German counts by their capitalised noun, without a unit', () => {
    expectClaims('Das Netz versorgt 42.000 Haushalte und 61.000 weitere Haushalte; um 10 Uhr kamen 3.200 Mitarbeiter.', [
      { kind: 'count', text: '42.000 Haushalte', value: 42000 },
      { kind: 'count', text: '61.000 weitere Haushalte', value: 61000 },
      { kind: 'count', text: '3.200 Mitarbeiter', value: 3200 },
    ], 'de');
  });

  it('reads `pounds` as a weight in American English', () => {
    expect(claimsOf('The catch is capped at 29.4 million pounds.', 'en-US')[0]).toMatchObject({ kind: 'quantity', unit: 'lb' });
    expect(claimsOf('The catch is capped at 29.4 million pounds.', 'en-GB')[0]).toMatchObject({ kind: 'money', unit: 'GBP' });
  });

  it('reads the same digits differently by language', () => {
    expect(claimsOf('It cost 1.234 dollars.', 'en')[0]).toMatchObject({ value: 1.234 });
    expect(claimsOf('Es kostete 1.234 Dollar.', 'de')[0]).toMatchObject({ value: 1234 });
  });

  it('reads a US slash date month first and a British one day first', () => {
    expect(claimsOf('Due 04/11/2025.', 'en-US')[0].iso).toBe('2025-04-11');
    expect(claimsOf('Due 04/11/2025.', 'en-GB')[0].iso).toBe('2025-11-04');
  });
});

describe('robustness', () => {
  // A megabyte of digits and punctuation: tests/scale/numeric.test.ts.
  it('finishes on long runs that invite backtracking', () => {
    const runs = ['7'.repeat(500_000), '1.'.repeat(250_000), '1,'.repeat(250_000), `72 ${'Falcon '.repeat(50_000)}GPUs`, '+1 '.repeat(100_000)];
    for (const text of runs) expect(Array.isArray(findNumericClaims(text))).toBe(true);
  });

  it('gives the same claims on repeated calls (no regex state leaks between calls)', () => {
    const text = 'By end of 2026 the airline adds 72 Falcon jets for $4.2B, 40% more seats.';
    expect(findNumericClaims(text)).toEqual(findNumericClaims(text));
    findNumericClaims('Die Bank meldete 2,5 Mrd. Euro.', { lang: 'de' });
    expect(findNumericClaims(text).map((c) => c.text)).toEqual(['By end of 2026', '72 Falcon jets', '$4.2B', '40%']);
  });
});
