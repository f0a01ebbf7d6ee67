// Breadth of the numeric claims finder (issue #10): currencies beyond $ € £, number words and
// fractions, shares, temperatures, rates, ranges with both ends, bounds, dates without a year, and
// the subject each figure measures.
import { describe, expect, it } from 'vitest';
import { findNumericClaims } from '../../lib/claims/numeric';
import type { NumericMatch } from '../../lib/claims/types';

const claims = (text: string) => findNumericClaims(text);
/** The one claim whose text is `span`. */
function claim(text: string, span: string): NumericMatch {
  const found = claims(text).filter((c) => c.text === span);
  expect(found.map((c) => c.text), `claims of ${JSON.stringify(text)}: ${claims(text).map((c) => c.text).join(' | ')}`).toEqual([span]);
  return found[0];
}

describe('currencies', () => {
  it('reads symbols, codes and names of many currencies', () => {
    const text =
      'HK$5 billion, C$200 million, A$3m, S$40, NZ$12, R$9 billion, ¥300 billion, ₹5,000 crore, ₩2 trillion, ' +
      'CHF 1.2 billion, 40 million Swiss francs, 3 billion yen, 10 billion yuan, 2 billion renminbi, 500 billion won, ' +
      '90 million rupees, 7 billion rand, 4 billion lira, 60 billion roubles, 15 million pesetas, 80 million guilders.';
    const units = Object.fromEntries(claims(text).map((c) => [c.text, c.unit]));
    expect(units).toMatchObject({
      'HK$5 billion': 'HKD', 'C$200 million': 'CAD', 'A$3m': 'AUD', S$40: 'SGD', NZ$12: 'NZD', 'R$9 billion': 'BRL',
      '¥300 billion': 'JPY', '₹5,000 crore': 'INR', '₩2 trillion': 'KRW', 'CHF 1.2 billion': 'CHF',
      '40 million Swiss francs': 'CHF', '3 billion yen': 'JPY', '10 billion yuan': 'CNY', '2 billion renminbi': 'CNY',
      '500 billion won': 'KRW', '90 million rupees': 'INR', '7 billion rand': 'ZAR', '15 million pesetas': 'ESP',
      '60 billion roubles': 'RUB', '80 million guilders': 'NLG',
    });
    // `lira` names Turkey's and (once) Italy's currency: money, without a code.
    expect(claim(text, '4 billion lira')).toMatchObject({ kind: 'money', value: 4e9 });
    expect(claim(text, '4 billion lira')).not.toHaveProperty('unit');
  });

  it('reads cents, pennies and bucks, and prices per share', () => {
    expect(claim('A 12-cent dividend.', '12-cent')).toMatchObject({ kind: 'money', value: 0.12, unit: 'USD' });
    expect(claim('It costs ten cents.', 'ten cents')).toMatchObject({ value: 0.1 });
    expect(claim('Stamps are 10¢ each.', '10¢')).toMatchObject({ value: 0.1, unit: 'USD' });
    expect(claim('He made 42 bucks.', '42 bucks')).toMatchObject({ kind: 'money', value: 42, unit: 'USD' });
    expect(claim('The $70-a-share offer lapsed.', '$70-a-share')).toMatchObject({ kind: 'money', value: 70, unit: 'USD' });
  });
});

describe('number words and fractions', () => {
  it('reads spelled numbers alone from ten on, with and, and with signs', () => {
    expect(claim('The committee has sixteen.', 'sixteen')).toMatchObject({ kind: 'number', value: 16 });
    expect(claim('They found one hundred and six.', 'one hundred and six')).toMatchObject({ value: 106 });
    expect(claim('It fell to minus 1,200.', 'minus 1,200')).toMatchObject({ value: -1200 });
    // Spoken hundreds read as one number; two number words that cannot make one are not summed.
    expect(claim('The flight number was one twenty two.', 'one twenty two')).toMatchObject({ value: 122 });
    expect(claims('Rows fifteen six and seven were empty.').map((c) => c.value)).not.toContain(21);
    expect(claims('Between two and three hundred people came.').map((c) => c.value)).not.toContain(500);
    // Below ten a bare spelled number is no figure, as a lone digit is none.
    expect(claims('Only three said so, and one of them left.')).toEqual([]);
  });

  it('reads fractions of multipliers and units, and shares', () => {
    expect(claim('Half a million people marched.', 'Half a million people')).toMatchObject({ kind: 'count', value: 500000, unit: 'person' });
    expect(claim('It costs a quarter of a billion dollars.', 'a quarter of a billion dollars')).toMatchObject({ kind: 'money', value: 2.5e8 });
    expect(claim('Drink half a litre.', 'half a litre')).toMatchObject({ kind: 'quantity', value: 0.5, unit: 'L' });
    expect(claim('A third of the staff left.', 'A third')).toMatchObject({ kind: 'percent', value: 33.33, unit: '%' });
    expect(claims('Results for the third quarter were flat.')).toEqual([]);
  });

  it('reads "eight out of ten companies" as a percentage of 80', () => {
    expect(claim('Eight out of ten companies use it.', 'Eight out of ten companies')).toMatchObject({ kind: 'percent', value: 80, unit: '%' });
    expect(claim('One in five adults smokes.', 'One in five adults')).toMatchObject({ value: 20 });
  });

  it('keeps approximate counts without a value', () => {
    expect(claim('Tens of thousands of workers struck.', 'Tens of thousands of workers')).toMatchObject({ kind: 'count', unit: 'worker' });
    expect(claim('Tens of thousands of workers struck.', 'Tens of thousands of workers')).not.toHaveProperty('value');
    expect(claim('Hundreds of shops closed.', 'Hundreds of shops')).toMatchObject({ kind: 'count', unit: 'shop' });
  });
});

describe('temperatures, rates and units', () => {
  it('reads temperatures in words and symbols, below zero with a sign', () => {
    expect(claim('It reached 40 degrees Celsius.', '40 degrees Celsius')).toMatchObject({ value: 40, unit: '°C' });
    expect(claim('Lows of -5°F are expected.', '-5°F')).toMatchObject({ value: -5, unit: '°F' });
    expect(claim('A fever of 98.6 degrees F.', '98.6 degrees F')).toMatchObject({ unit: '°F' });
  });

  it('keeps the "per …" of a rate in the span and the unit', () => {
    expect(claim('The engine burns 5,200 pounds per second.', '5,200 pounds per second')).toMatchObject({ kind: 'quantity', value: 5200, unit: 'lb/s' });
    expect(claim('A 30 km/h limit.', '30 km/h')).toMatchObject({ unit: 'km/h' });
  });

  it('reads an inch mark glued to a figure, but not a quote that a figure closes', () => {
    expect(claim('A 27" monitor costs less.', '27"')).toMatchObject({ kind: 'quantity', value: 27, unit: 'in' });
    expect(claim('The 6.1″ screen is brighter.', '6.1″')).toMatchObject({ value: 6.1, unit: 'in' });
    expect(claims('He said "we sold 5" and left.')).toEqual([]);
    expect(claims('Screens come in 55", 65" and 75" sizes.').map((c) => [c.text, c.unit])).toEqual([['55"', 'in'], ['65"', 'in'], ['75"', 'in']]);
  });

  it('reads a figure of one with a unit, but not a year or an idiom', () => {
    expect(claim('It sells for a dollar.', 'a dollar')).toMatchObject({ kind: 'money', value: 1, unit: 'USD' });
    expect(claim('Add one liter of water.', 'one liter')).toMatchObject({ kind: 'quantity', value: 1, unit: 'L' });
    expect(claims('A year ago he made a buck and got a degree.')).toEqual([]);
  });

  it('reads a count of years as a duration', () => {
    expect(claim('Sales rose for four straight years.', 'four straight years')).toMatchObject({ kind: 'quantity', value: 4, unit: 'year' });
  });
});

describe('ranges and bounds', () => {
  it('gives both ends of a range, scaled alike', () => {
    expect(claim('It will cost $3–4 billion.', '$3–4 billion')).toMatchObject({ low: 3e9, high: 4e9 });
    expect(claim('It will cost $3–4 billion.', '$3–4 billion')).not.toHaveProperty('value');
    expect(claim('They want between 10 and 20 dollars.', 'between 10 and 20 dollars')).toMatchObject({ kind: 'money', low: 10, high: 20 });
    expect(claim('A run from 3km to 5km.', 'from 3km to 5km')).toMatchObject({ unit: 'km', low: 3, high: 5 });
    expect(claim('Prices of $10-$20 apply.', '$10-$20')).toMatchObject({ low: 10, high: 20 });
    expect(claim('Between 5 and six millimetres of rain.', 'Between 5 and six millimetres')).toMatchObject({ low: 5, high: 6, unit: 'mm' });
  });

  it('keeps a change from one figure to another as two figures', () => {
    expect(claims('Revenue rose from $3 billion to $5 billion.').map((c) => [c.text, c.value])).toEqual([
      ['$3 billion', 3e9],
      ['$5 billion', 5e9],
    ]);
  });

  it('sets one end for a bound and keeps the value', () => {
    expect(claim('It needs at least 40 degrees.', 'at least 40 degrees')).toMatchObject({ value: 40, low: 40 });
    expect(claim('It needs at least 40 degrees.', 'at least 40 degrees')).not.toHaveProperty('high');
    expect(claim('Tickets are under €7.', 'under €7')).toMatchObject({ value: 7, high: 7 });
    expect(claim('Tickets are under €7.', 'under €7')).not.toHaveProperty('low');
    expect(claim('No more than 7 euros each.', 'No more than 7 euros')).toMatchObject({ high: 7 });
    expect(Object.keys(claim('About 40 people came.', 'About 40 people'))).not.toContain('low');
    expect(Object.keys(claim('About 40 people came.', 'About 40 people'))).not.toContain('high');
  });
});

describe('dates', () => {
  it('reads abbreviated months with years, months alone after a preposition, decades and pairs of years', () => {
    expect(claim('The deal closed on Dec. 31, 1994.', 'Dec. 31, 1994')).toMatchObject({ kind: 'date', iso: '1994-12-31' });
    expect(claim('The licence expires in February.', 'February')).toMatchObject({ iso: '--02' });
    expect(claim('The worst week since early August.', 'early August')).toMatchObject({ iso: '--08' });
    expect(claim('Growth resumes in the early 2020s.', 'early 2020s')).toMatchObject({ iso: '2020/2029' });
    expect(claim('I think 2021 and 2022 will be busy.', '2021 and 2022')).toMatchObject({ iso: '2021/2022' });
    // A month name that is no date: the verb, and a month without a word that makes it a date.
    expect(claims('They March on. May we go?')).toEqual([]);
  });
});

describe('subject', () => {
  const subjects = (text: string) => claims(text).map((c) => [c.text, c.subject]);

  it('is the noun a count counts or the noun a figure modifies', () => {
    expect(subjects('Emirates ordered 30 Boeing jets.')).toEqual([['30 Boeing jets', 'Boeing jets']]);
    expect(subjects('OpenAI signed a $38 billion contract with AWS.')).toEqual([['$38 billion', 'contract']]);
    expect(subjects('The carrier inks $9 billion order for jets.')).toEqual([['$9 billion', 'order']]);
  });

  it('is the phrase after or before "of"', () => {
    expect(subjects("About 40% of the company's revenue comes from ads.")).toEqual([['About 40%', "the company's revenue"]]);
    expect(subjects('Revenue of $3.2 billion beat forecasts.')).toEqual([['$3.2 billion', 'Revenue']]);
  });

  it('is the phrase a verb relates the figure to, for each figure of the clause', () => {
    expect(subjects('New-car sales in October rose 5% to $3 billion.')).toEqual([
      ['October', undefined],
      ['5%', 'New-car sales in October'],
      ['$3 billion', 'New-car sales in October'],
    ]);
    expect(subjects("Emirates' order was valued at $16 billion, the airline said.")).toEqual([['$16 billion', "Emirates' order"]]);
    expect(subjects('The U.S. economy grew 2.1% last quarter.')).toEqual([['2.1%', 'The U.S. economy']]);
  });

  it('is absent where no phrase names what the figure measures', () => {
    expect(subjects('$3.2 billion beat forecasts.')).toEqual([['$3.2 billion', undefined]]);
    expect(subjects('It rose 5%.')).toEqual([['5%', undefined]]);
  });
});
