// Figures written in parts that make one amount: `$20 and 43 cents`, `20 ringgit 43 sen`, `7 feet 10
// inches`, `2 km and 1 metre`, and a number restated in brackets (`forty-five (45)`). The detector
// reads each part alone; this pass, over its kept candidates in text order, joins them. English only.
import type { Candidate } from './candidate';
import { EN_CARDINALS, englishCardinalValue } from './number-words';
import { alternation, SPACE } from './regex-util';
import { MINOR_UNIT_WORDS, UNIT_MEASURES } from './units';

/** What may stand between two parts: a space, a comma, `and`. */
const LINK = `(?:,?${SPACE}and${SPACE}|,${SPACE}|${SPACE})`;
const LINK_ONLY = new RegExp(`^${LINK}$`, 'iu');

const BELOW_HUNDRED = alternation(Object.keys(EN_CARDINALS).filter((w) => EN_CARDINALS[w] < 100));
/**
 * Hundredths after a whole amount: digits or words below a hundred, with a minor unit (`43 cents`,
 * `43c`, `4 kopiykas`) or, ending the phrase, without one (`$20 43`, `US$3 and fourteen`).
 */
const MINOR_PART = new RegExp(
  `${LINK}(?<n>\\d{1,2}|(?:${BELOW_HUNDRED})(?:[- ](?:${BELOW_HUNDRED}))?)` +
    `(?:(?<glued>c|¢|p)|${SPACE}(?<word>${alternation(MINOR_UNIT_WORDS)}))?(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** A bare number of hundredths must end the phrase, or it is a figure of its own (`$20 and 43 others`). */
const PHRASE_END = /\s*(?:$|[.,;:!?)\]"”])/y;
/** An amount of money that may take hundredths: whole, without a multiplier. */
const MAX_WHOLE_AMOUNT = 1e5;

/** The candidates (in order, non-overlapping) with the parts of one amount joined. */
export function joinCompounds(text: string, kept: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    let c = kept[i];
    const money = c.kind === 'money' ? withHundredths(text, c) : null;
    if (money) {
      c = money;
      while (i + 1 < kept.length && kept[i + 1].start < c.end) i++;
    }
    const prev = out[out.length - 1];
    const joined = prev && (addMeasures(text, prev, c) ?? restated(text, prev, c));
    if (joined) out[out.length - 1] = joined;
    else out.push(c);
  }
  return out;
}

/** `$20 and 43 cents`, `3 GBP 1 pence`, `20 Rupees 43`: the amount with its hundredths, or null. */
function withHundredths(text: string, c: Candidate): Candidate | null {
  if (c.value === undefined || !Number.isInteger(c.value) || Math.abs(c.value) >= MAX_WHOLE_AMOUNT || !c.unit) return null;
  MINOR_PART.lastIndex = c.end;
  const m = MINOR_PART.exec(text);
  if (!m?.groups) return null;
  const raw = m.groups.n;
  const digits = /^\d+$/.test(raw);
  const n = digits ? Number(raw) : englishCardinalValue(raw.split(/[- ]/));
  if (n === null || n >= 100 || (m.groups.glued && !digits)) return null;
  const end = c.end + m[0].length;
  if (!m.groups.glued && !m.groups.word) {
    PHRASE_END.lastIndex = end;
    if (!PHRASE_END.test(text)) return null;
  }
  const value = Number((c.value + Math.sign(c.value || 1) * n / 100).toPrecision(12));
  const bound = (b: number | undefined) => (b === c.value ? value : b);
  return { ...c, end, value, low: bound(c.low), high: bound(c.high) };
}

/** `7 feet 10 inches`, `2 km and 1 metre`: lengths (masses, volumes) from larger to smaller units, added up in the last. */
function addMeasures(text: string, a: Candidate, b: Candidate): Candidate | null {
  if (a.kind !== 'quantity' || b.kind !== 'quantity' || a.value === undefined || b.value === undefined) return null;
  if (b.low !== undefined || b.high !== undefined) return null;
  const ua = UNIT_MEASURES[a.unit ?? ''];
  const ub = UNIT_MEASURES[b.unit ?? ''];
  if (!ua || !ub || ua.dimension !== ub.dimension || ub.factor >= ua.factor) return null;
  if (!LINK_ONLY.test(text.slice(a.end, b.start))) return null;
  const value = Number(((a.value * ua.factor + b.value * ub.factor) / ub.factor).toPrecision(12));
  const { low, high, ...rest } = a;
  const bound = (x: number | undefined) => (x === a.value ? value : undefined);
  return { ...rest, end: b.end, unit: b.unit, value, ...(low !== undefined ? { low: bound(low) } : {}), ...(high !== undefined ? { high: bound(high) } : {}) };
}

/** `forty-five (45)`, `45 (forty five)`: one figure written twice. */
function restated(text: string, a: Candidate, b: Candidate): Candidate | null {
  if (a.value === undefined || b.value !== a.value || a.kind !== 'number' || b.kind !== 'number') return null;
  if (text.slice(a.end, b.start) !== ' (' || text[b.end] !== ')') return null;
  return { ...a, end: b.end + 1 };
}
