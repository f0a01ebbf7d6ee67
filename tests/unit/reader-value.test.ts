// Figures in a reader's terms, on claims the engine itself finds in sentences like the articles'.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/pipeline/text-half';
import { figureLine, readerNumber, readerValue } from '@/lib/highlight/reader-value';
import type { Claim } from '@/lib/analysis';

/** The claims the engine's text half finds in `text` (with subjects and ranks, as in the extension). */
function claimsOf(text: string, lang = 'en'): Claim[] {
  return analyzeText({ text, blockStarts: [0], title: '', langHint: lang }).claims;
}

/** The engine's claim whose text is `span` in `sentence`. */
function claim(sentence: string, span: string, lang = 'en'): Claim {
  const claims = claimsOf(sentence, lang);
  const found = claims.find((c) => c.text === span);
  if (!found) throw new Error(`the engine found no claim "${span}" in: ${sentence} (found ${claims.map((c) => c.text).join(' | ')})`);
  return found;
}

describe('readerValue', () => {
  it.each([
    ['The cloud contract is worth $3.8 billion over a decade.', '$3.8 billion', '$3.8 billion'],
    ['Its margin rose to 80% last quarter.', '80%', '80%'],
    ['The pumps move 5,200 pounds per second at full load.', '5,200 pounds per second', '5,200 lb per second'],
    ['The firm paid HK$12 million for the site.', 'HK$12 million', 'HK$12 million'],
    ['The lease was signed on 31 December 1994 in London.', '31 December 1994', '31 Dec 1994'],
    ['The lease was signed on Dec. 31, 1994 in London.', 'Dec. 31, 1994', '31 Dec 1994'],
    ['Margins rose 10-20% in the quarter.', '10-20%', '10–20%'],
    ['The grocer runs 870 stores across the country.', '870 stores', '870 stores'],
    ['It raised US$2bn from investors.', 'US$2bn', '$2 billion'],
    ['The network lost roughly 18 million litres a day.', 'roughly 18 million litres a day', 'roughly 18 million litres a day'],
    ['Revenue was $10 to $20 billion last year.', '$10 to $20 billion', '$10–20 billion'],
    ['It expects savings of £18 million a year from the change.', '£18 million a year', '£18 million a year'],
    ['Subscriptions cost €15.99/month in France.', '€15.99/month', '€15.99 a month'],
    ['Brightwater will supply about 40% of the chips.', 'about 40%', 'about 40%'],
    ['The plant makes 300,000 tonnes a year.', '300,000 tonnes a year', '300,000 t a year'],
    ['Every one of its 6,400 self-checkout tills runs the same chip.', '6,400 self-checkout tills', '6,400 self-checkout tills'],
    ['The labels sit on 1.2 million electronic shelf labels.', '1.2 million electronic shelf labels', '1.2 million electronic shelf labels'],
    ['Crews found at least three burst mains last week.', 'at least three burst mains', 'at least 3 burst mains'],
    ['The price stays fixed over five years, the company said.', 'over five years', 'over 5 years'],
    ['Shares fell 2 percentage points on the news.', '2 percentage points', '2 percentage points'],
    ['Larkfield is splitting its supply between two vendors.', 'two vendors', '2 vendors'],
    ['The deal closes by the end of 2027, the firm said.', 'by the end of 2027', 'by the end of 2027'],
  ])('%s → %s reads %s', (sentence, span, expected) => {
    expect(readerValue(claim(sentence, span))).toBe(expected);
  });

  it('keeps the article’s own qualifier and counted noun in another language', () => {
    const c = claim('Die Stadtwerke versorgen rund 42.000 Haushalte mit Fernwärme aus dem neuen Kraftwerk.', 'rund 42.000 Haushalte', 'de');
    expect(readerValue(c)).toBe('rund 42,000 Haushalte');
  });

  it('never writes a count as "870 × store" nor a value as "= 4,200,000,000 USD"', () => {
    const values = claimsOf('The chain has 870 stores and a $4.2 billion plan to open 1,200 more by 2030.')
      .filter((c) => c.kind !== 'strategic')
      .map(readerValue);
    expect(values.length).toBeGreaterThan(2);
    for (const v of values) expect(v).not.toMatch(/×|=|USD|\d{4},\d{3},\d{3}/);
  });

  it('gives the text back when the engine has no value to work from', () => {
    const c = claim('Dozens of stores will get the new tills.', 'Dozens of stores');
    expect(readerValue(c)).toBe('Dozens of stores');
  });
});

describe('readerNumber', () => {
  it('uses word scales for large numbers and groups the rest', () => {
    expect(readerNumber(3_800_000_000)).toBe('3.8 billion');
    expect(readerNumber(150_000)).toBe('150,000');
    expect(readerNumber(1234.5, true)).toBe('1,234.50');
  });
});

describe('figureLine', () => {
  it('is "value — subject" when the subject says what the figure measures', () => {
    const c = claim('The cloud contract is worth $3.8 billion, the largest in its history.', '$3.8 billion');
    expect(c.subject).toBe('The cloud contract');
    expect(figureLine(c)).toBe('$3.8 billion — the cloud contract');
    expect(figureLine(claim('Larkfield’s annual profit was £412 million last year.', '£412 million'))).toBe('£412 million — Larkfield’s annual profit');
  });

  it('is just the value when there is no subject, or the value already names it', () => {
    const money = { ...claim('The firm paid HK$12 million for the site.', 'HK$12 million'), subject: undefined };
    expect(figureLine(money)).toBe('HK$12 million');
    const count = claim('The grocer runs 870 stores across the country.', '870 stores');
    expect(count.subject).toBe('stores');
    expect(figureLine(count)).toBe('870 stores');
  });
});
