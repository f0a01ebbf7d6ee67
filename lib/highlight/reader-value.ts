// A figure in a reader's terms: "$3.8 billion", "80%", "5,200 lb per second", "870 stores",
// "31 Dec 1994", "10–20%". Built from the engine's value, unit and bounds, with the words the article
// wrote around the number (its qualifier, the counted noun, "a year") where the data alone would lose
// them. Pure and small: the popup and the in-page card both use it, so no language tables here.
import type { Claim } from '../analysis';

/** Signs a reader knows for the common currencies; any other is written as its ISO code. */
const CURRENCY_SIGNS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', HKD: 'HK$', CAD: 'C$', AUD: 'A$', NZD: 'NZ$', SGD: 'S$',
  TWD: 'NT$', BRL: 'R$', MXN: 'MX$', INR: '₹', KRW: '₩', CNY: 'CN¥',
};

/** Word multipliers, largest first: 3,800,000,000 reads as "3.8 billion". */
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Units written as words, with their plural (symbols such as km, TB or % stay as they are). */
const WORD_UNITS: Record<string, string> = {
  year: 'years', month: 'months', week: 'weeks', day: 'days', acre: 'acres', cup: 'cups', person: 'people',
};

/** Units a reader reads better spelled out. */
const SPELLED_UNITS: Record<string, [one: string, many: string]> = {
  pp: ['percentage point', 'percentage points'],
  bp: ['basis point', 'basis points'],
  'bbl/d': ['barrel a day', 'barrels a day'],
  bbl: ['barrel', 'barrels'],
  L: ['litre', 'litres'],
};

/** What a rate is per, by the unit the engine appends after "/" (lb/s, GWh/year, t/year). */
const PER: Record<string, string> = {
  s: 'per second', min: 'per minute', h: 'per hour', day: 'a day', week: 'a week', month: 'a month', year: 'a year', person: 'per person',
};

/** Rates that are units in their own right, kept as written. */
const STANDARD_RATES = new Set(['km/h', 'm/s', 'MB/s', 'GB/s', 'TB/s', 'kbit/s']);

/** The period of a price, written after it (`£18 million a year`, `€15.99/month`, `$5 a share`). */
const PRICE_PERIOD = /(?:\s+(?:a|an|per|each)\s+|\s*\/\s*)([\p{L}]+)$/u;

/** A qualifier before the figure (`about 40%`, `more than 60%`, `roughly $6 billion`, `rund 42.000`, `over five years`). */
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens';
const LEADING_WORDS = new RegExp(`^((?:[\\p{L}~][\\p{L}.]*\\s+){1,3})(?=[\\p{Sc}\\p{Nd}]|[A-Z]{1,3}\\$|(?:${NUMBER_WORDS})\\b)`, 'iu');
/** A span that holds two numbers (`five within four years`) has no qualifier to take. */
const HAS_NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 3800000000 → "3.8 billion", 150000 → "150,000", 17.99 → "17.99" (money: 1234.5 → "1,234.50"). */
export function readerNumber(n: number, money = false): string {
  const abs = Math.abs(n);
  for (const [size, word] of SCALES) if (abs >= size) return `${GROUPED.format(n / size)} ${word}`;
  return money && !Number.isInteger(n) ? CENTS.format(n) : GROUPED.format(n);
}

/** "$5–7 million": both ends in the scale of the larger one when the smaller still reads well in it. */
function readerRange(low: number, high: number, money: boolean): { low: string; high: string; scale: string } {
  const scale = SCALES.find(([size]) => Math.abs(high) >= size);
  if (scale && Math.abs(low) >= scale[0] / 100) return { low: GROUPED.format(low / scale[0]), high: GROUPED.format(high / scale[0]), scale: ` ${scale[1]}` };
  return { low: readerNumber(low, money), high: readerNumber(high, money), scale: '' };
}

/** The words before the figure, as the article wrote them, lower-cased at the start of a sentence. */
function qualifierOf(claim: Claim): string {
  const m = LEADING_WORDS.exec(claim.text);
  if (m && HAS_NUMBER_WORD.test(m[1])) return '';
  if (m) return `${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}`;
  // A bound on a number written in words (`at least three burst mains`): say which bound.
  if (claim.low !== undefined && claim.high === undefined) return 'at least ';
  if (claim.high !== undefined && claim.low === undefined) return 'up to ';
  return '';
}

function isRange(claim: Claim): claim is Claim & { low: number; high: number } {
  return claim.low !== undefined && claim.high !== undefined && claim.low !== claim.high;
}

/** The figure's number part with its scale: "3.8 billion", "10–20", "5–7 million". */
function amount(claim: Claim, money: boolean, sign = ''): string | null {
  if (isRange(claim)) {
    const r = readerRange(claim.low, claim.high, money);
    return `${sign}${r.low}–${r.high}${r.scale}`;
  }
  if (claim.value === undefined || !Number.isFinite(claim.value)) return null;
  return `${sign}${readerNumber(claim.value, money)}`;
}

function plural(claim: Claim): boolean {
  return isRange(claim) || claim.value !== 1;
}

function moneyValue(claim: Claim): string | null {
  const code = claim.unit ?? '';
  const sign = CURRENCY_SIGNS[code];
  const figure = amount(claim, true, sign ?? '');
  if (figure === null) return null;
  const withCurrency = sign !== undefined ? figure : code ? `${code} ${figure}` : figure;
  const period = PRICE_PERIOD.exec(claim.text);
  return `${withCurrency}${period ? ` a ${period[1]}` : ''}`;
}

function unitWords(unit: string, many: boolean): string {
  const spelled = SPELLED_UNITS[unit];
  if (spelled) return ` ${many ? spelled[1] : spelled[0]}`;
  if (unit in WORD_UNITS) return ` ${many ? WORD_UNITS[unit] : unit}`;
  const slash = unit.lastIndexOf('/');
  if (slash > 0 && !STANDARD_RATES.has(unit) && PER[unit.slice(slash + 1)]) return `${unitWords(unit.slice(0, slash), many)} ${PER[unit.slice(slash + 1)]}`;
  if (unit === 'x') return '×';
  return unit.startsWith('°') ? unit : ` ${unit}`;
}

function quantityValue(claim: Claim): string | null {
  const figure = amount(claim, false);
  if (figure === null) return null;
  const unit = claim.kind === 'percent' && claim.unit === '%' ? '%' : claim.unit ? unitWords(claim.unit, plural(claim)) : '';
  return `${figure}${unit}`;
}

/** The counted thing as the article names it: "870 stores", "1.2 million electronic shelf labels". */
function countValue(claim: Claim): string | null {
  const figure = amount(claim, false);
  if (figure === null) return null;
  const text = claim.text;
  let noun = '';
  if (claim.subject && text.toLowerCase().endsWith(claim.subject.toLowerCase())) noun = text.slice(text.length - claim.subject.length);
  else {
    const afterDigits = /[\p{Nd}](?:[\s\p{Nd}.,]*(?:million|billion|thousand|trillion|m|bn|k)\b)?\s+([^\p{Nd}]+)$/iu.exec(text);
    noun = afterDigits?.[1] ?? (claim.unit ? (plural(claim) ? `${claim.unit}s` : claim.unit) : '');
  }
  return noun ? `${figure} ${noun}` : figure;
}

/** A date with its day written out reads "31 Dec 1994"; any vaguer date reads as the article wrote it. */
function dateValue(claim: Claim): string {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(claim.iso ?? '');
  const dayWritten = m && new RegExp(`(?<!\\d)0?${Number(m[3])}(?!\\d)`).test(claim.text.replace(/\d{4}/g, ''));
  if (!m || !dayWritten) return claim.text;
  const lead = /^((?:by|until|till|since|before|after|from|on|as of)\s+)/i.exec(claim.text)?.[1].toLowerCase() ?? '';
  const year = m[1] === '-' ? '' : ` ${m[1]}`;
  return `${lead}${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}${year}`;
}

/** The figure in a reader's terms; the claim's own text when the engine gave nothing to work from. */
export function readerValue(claim: Claim): string {
  let value: string | null;
  switch (claim.kind) {
    case 'strategic':
      return claim.text;
    case 'date':
      return dateValue(claim);
    case 'money':
      value = moneyValue(claim);
      break;
    case 'count':
      value = countValue(claim);
      break;
    default:
      value = quantityValue(claim);
  }
  if (value === null) return claim.text;
  return isRange(claim) ? value : `${qualifierOf(claim)}${value}`;
}

/** "$3.8 billion — the cloud contract": the value and what it measures (just the value when no subject adds anything). */
export function figureLine(claim: Claim): string {
  const value = readerValue(claim);
  const subject = claim.subject?.trim();
  if (!subject || value.toLowerCase().includes(subject.toLowerCase())) return value;
  // "The company's capital spending" mid-line reads "the company's capital spending".
  const said = /^(The|A|An)\s/.test(subject) ? `${subject.charAt(0).toLowerCase()}${subject.slice(1)}` : subject;
  return `${value} — ${said}`;
}
