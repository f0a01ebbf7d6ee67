// Figures in several parts and less common ways of writing them: amounts with their hundredths,
// lengths in two units, spelled decimals and large scales, Indian multipliers, currency signs after
// the amount, letter multipliers alone, dozens, written fractions, temperatures below zero, and ranges
// that keep their `from`.
import { describe, expect, it } from 'vitest';
import { findNumericClaims } from '../../lib/claims/numeric';
import type { NumericMatch } from '../../lib/claims/types';

const claims = (text: string) => findNumericClaims(text);
const texts = (text: string) => claims(text).map((c) => c.text);
/** The one claim whose text is `span`. */
function claim(text: string, span: string): NumericMatch {
  const found = claims(text).filter((c) => c.text === span);
  expect(found.map((c) => c.text), `claims of ${JSON.stringify(text)}: ${texts(text).join(' | ')}`).toEqual([span]);
  return found[0];
}

describe('amounts with their hundredths', () => {
  it('joins a whole amount and its cents, pence or sen into one value in its currency', () => {
    expect(claim('The stock closed at $14 and 37 cents.', '$14 and 37 cents')).toMatchObject({ kind: 'money', value: 14.37, unit: 'USD' });
    expect(claim('A bowl of noodles is 12 ringgit 50 sen here.', '12 ringgit 50 sen')).toMatchObject({ value: 12.5, unit: 'MYR' });
    expect(claim('Bread rose to 8 UAH 25 kopiykas.', '8 UAH 25 kopiykas')).toMatchObject({ value: 8.25, unit: 'UAH' });
    expect(claim('Fares start at 2 GBP 5p.', '2 GBP 5p')).toMatchObject({ value: 2.05, unit: 'GBP' });
    expect(claim('Each share fetched $31, and seventy.', '$31, and seventy')).toMatchObject({ value: 31.7 });
  });

  it('moves a bound with the amount', () => {
    expect(claim('It sold for more than 9 dollars and 99 cents.', 'more than 9 dollars and 99 cents')).toMatchObject({ value: 9.99, low: 9.99 });
  });

  it('leaves a figure of its own alone', () => {
    expect(texts('They raised $20 and 43 others joined.')).toEqual(['$20', '43']);
    expect(texts('It cost $5 million and 12 people quit.')).toEqual(['$5 million', '12 people']);
  });
});

describe('measures in two units', () => {
  it('adds up lengths and masses from the larger unit to the smaller', () => {
    expect(claim('The fence is 6 feet 4 inches tall.', '6 feet 4 inches')).toMatchObject({ kind: 'quantity', value: 76, unit: 'in' });
    expect(claim('The pole reached 4 metres and 5 centimetres.', '4 metres and 5 centimetres')).toMatchObject({ value: 405, unit: 'cm' });
    expect(claim('The crate held 3 kg, 400 g of ore.', '3 kg, 400 g')).toMatchObject({ value: 3400, unit: 'g' });
  });

  it('keeps two figures of one unit, or from small to large, apart', () => {
    expect(texts('Runs of 5 km and 3 km are planned.')).toEqual(['5 km', '3 km']);
    expect(texts('A 400 m and 2 km race.')).toEqual(['400 m', '2 km']);
  });
});

describe('number words', () => {
  it('reads spelled decimals, large scales after smaller ones and dozens', () => {
    expect(claim('About two point five million people voted.', 'About two point five million people')).toMatchObject({ kind: 'count', value: 2.5e6 });
    expect(claim('A budget of one point two billion dollars.', 'one point two billion dollars')).toMatchObject({ kind: 'money', value: 1.2e9 });
    expect(claim('Reserves of three thousand millions remain.', 'three thousand millions')).toMatchObject({ value: 3e9 });
    expect(claim('A loan of twelve lakh thirty thousand.', 'twelve lakh thirty thousand')).toMatchObject({ value: 1_230_000 });
    expect(claim('She bought 3 dozen eggs.', '3 dozen eggs')).toMatchObject({ kind: 'count', value: 36, unit: 'egg' });
  });

  it('reads a figure restated in brackets once', () => {
    expect(claim('The fee is twenty-five (25).', 'twenty-five (25)')).toMatchObject({ kind: 'number', value: 25 });
  });
});

describe('multipliers and signs after the amount', () => {
  it('reads Indian multipliers in their plural and short forms', () => {
    expect(claim('It raised 4 crores rupees.', '4 crores rupees')).toMatchObject({ kind: 'money', value: 4e7, unit: 'INR' });
    expect(claim('A salary of 12 lakhs.', '12 lakhs')).toMatchObject({ value: 1.2e6 });
  });

  it('reads currency signs and codes after the amount, glued or not', () => {
    expect(claim('The fare is 500 Rs one way.', '500 Rs')).toMatchObject({ kind: 'money', value: 500, unit: 'INR' });
    expect(claim('A fine of 250MYR was paid.', '250MYR')).toMatchObject({ kind: 'money', unit: 'MYR' });
    expect(claim('It costs 3.50US$ a cup.', '3.50US$')).toMatchObject({ kind: 'money', value: 3.5, unit: 'USD' });
  });

  it('reads a letter multiplier after two digits or decimals, not after one digit', () => {
    expect(claim('Followers: 250K.', '250K')).toMatchObject({ kind: 'number', value: 250000 });
    expect(claim('Views hit 1.2M.', '1.2M')).toMatchObject({ value: 1.2e6 });
    expect(texts('3M said the plant at Zwijndrecht closed.')).toEqual([]);
    expect(claim('He ran 100m in 10 seconds.', '100m')).toMatchObject({ unit: 'm' });
  });
});

describe('fractions, temperatures and ranges', () => {
  it('reads written fractions and leading-dot decimals with a unit only', () => {
    expect(claim('Add 3/4 cup of flour.', '3/4 cup')).toMatchObject({ kind: 'quantity', value: 0.75, unit: 'cup' });
    expect(claim('It holds .5 litres.', '.5 litres')).toMatchObject({ value: 0.5, unit: 'L' });
    expect(texts('Open 24/7 since 9/11.')).toEqual([]);
  });

  it('reads a temperature below zero as negative', () => {
    expect(claim('Lows of 15 degrees below zero.', '15 degrees below zero')).toMatchObject({ kind: 'quantity', value: -15, unit: '°' });
    expect(claim('It was 4 below zero at dawn.', '4 below zero')).toMatchObject({ value: -4, unit: '°' });
  });

  it('keeps the from of a range read in one figure, but not after a verb of change', () => {
    expect(claim('Tickets cost from 10 to 20 dollars.', 'from 10 to 20 dollars')).toMatchObject({ low: 10, high: 20 });
    expect(texts('Prices rose from 10 to 20 dollars.')).toEqual(['10 to 20 dollars']);
    expect(claim('A dose of ~2-5 mg.', '~2-5 mg')).toMatchObject({ low: 2, high: 5, unit: 'mg' });
    expect(claim('Trails of about 3km-5km.', 'about 3km-5km')).toMatchObject({ low: 3, high: 5, unit: 'km' });
  });
});
