// Ranges written as two figures: `between 10 and 20 dollars`, `from 3km to 5km`, `$10-$20`, and a pair
// of consecutive years (`2021 and 2022`). The detector reads each figure on its own; this pass joins
// two neighbours into one claim with `low` and `high` (no `value`). A range inside one numeral's
// reading (`10-20 dollars`, `$3–4 billion`) is read in numeric.ts. English words only, for now.
import type { Candidate } from './candidate';
import { englishCardinalValue } from './number-words';
import { numeralSource, numeralToDecimal, type NumberFormat } from './number-format';
import { endingAt, matchEndingAt, SPACE } from './regex-util';

/** Verbs of change before `from`: `rose from $3 billion to $5 billion` is a change, two figures. */
const CHANGE_WORDS = [
  'rose', 'risen', 'rising', 'rises', 'rise', 'fell', 'fallen', 'falling', 'falls', 'fall', 'grew', 'grown',
  'growing', 'grows', 'increased', 'increasing', 'increase', 'decreased', 'decreasing', 'declined',
  'declining', 'dropped', 'dropping', 'jumped', 'climbed', 'slipped', 'slid', 'surged', 'soared', 'plunged',
  'raised', 'cut', 'reduced', 'lowered', 'lifted', 'boosted', 'went', 'moved', 'changed', 'up', 'down',
  'expanded', 'shrank', 'narrowed', 'widened', 'revised', 'upgraded', 'downgraded',
];

export interface RangeReader {
  format: NumberFormat;
  /** `between ` or `from ` ending at a figure's start. */
  leadBefore: RegExp;
  /** `between 5 and `, `from five to ` ending at a figure's start, the first end not being a claim. */
  bareLeadBefore: RegExp;
  changeBefore: RegExp;
}

const readers = new Map<NumberFormat, RangeReader>();

export function rangeReaderFor(format: NumberFormat): RangeReader {
  const hit = readers.get(format);
  if (hit) return hit;
  const reader: RangeReader = {
    format,
    leadBefore: endingAt(`(?<![\\p{L}])(?<lead>between|from)${SPACE}`, 'iu'),
    bareLeadBefore: endingAt(
      `(?<![\\p{L}])(?<lead>between|from)${SPACE}(?<a>${numeralSource(format)}|[\\p{L}]+(?:-[\\p{L}]+)?)${SPACE}(?<conn>and|to)${SPACE}`,
      'iu',
    ),
    changeBefore: endingAt(`(?<![\\p{L}])(?:${CHANGE_WORDS.join('|')})${SPACE}`, 'iu'),
  };
  readers.set(format, reader);
  return reader;
}

/** The candidates (in order, non-overlapping) with neighbouring figures that make a range joined. */
export function joinRanges(text: string, kept: Candidate[], r: RangeReader): Candidate[] {
  const out: Candidate[] = [];
  for (const b of kept) {
    const a = out[out.length - 1];
    const joined = (a && (joinYears(text, a, b) ?? joinFigures(text, a, b, r))) ?? joinBareStart(text, a, b, r);
    if (joined && a && joined.start <= a.start) out[out.length - 1] = joined;
    else if (joined) out.push(joined);
    else out.push(withLead(text, a, b, r));
  }
  return out;
}

/** `2021 and 2022`: two consecutive years are one period. */
function joinYears(text: string, a: Candidate, b: Candidate): Candidate | null {
  if (a.kind !== 'date' || b.kind !== 'date' || !/^\d{4}$/.test(a.iso ?? '') || Number(b.iso) !== Number(a.iso) + 1) return null;
  if (!/^ (?:and|to|through) $/.test(text.slice(a.end, b.start))) return null;
  return { kind: 'date', start: a.start, end: b.end, iso: `${a.iso}/${b.iso}` };
}

const isBound = (c: Candidate) => c.low !== undefined || c.high !== undefined;

/** `from 10 to 20 dollars`, `between 2-7 grams`: a range read in one figure keeps its `from` or `between`. */
function withLead(text: string, a: Candidate | undefined, c: Candidate, r: RangeReader): Candidate {
  if (c.low === undefined || c.high === undefined || c.value !== undefined) return c;
  const lead = matchEndingAt(r.leadBefore, text, c.start);
  if (!lead) return c;
  const start = c.start - lead.hit.length;
  if ((a && a.end > start) || matchEndingAt(r.changeBefore, text, start)) return c;
  return { ...c, start };
}

/** `between 10 and 20 dollars`, `from 3km to 5km`, `$10-$20`: two figures of one unit. */
function joinFigures(text: string, a: Candidate, b: Candidate, r: RangeReader): Candidate | null {
  if (a.value === undefined || b.value === undefined || b.kind === 'date' || a.kind === 'date') return null;
  if (a.value >= b.value && !(a.value < 0)) return null;
  const gap = text.slice(a.end, b.start);
  const bare = a.kind === 'number' && b.kind !== 'number';
  const sameUnit = a.kind === b.kind && a.unit === b.unit;
  if (!bare && !sameUnit) return null;
  let start = a.start;
  if (/^[ \u00a0]?[-–][ \u00a0]?$/.test(gap)) {
    if (bare || b.kind === 'number') return null; // `3 - 1` is a score; units on both ends make a range
  } else {
    const conn = /^[ \u00a0](and|to)[ \u00a0]$/.exec(gap);
    const lead = conn ? matchEndingAt(r.leadBefore, text, a.start) : null;
    if (!conn || !lead) return null;
    const word = lead.groups.lead?.toLowerCase();
    if ((word === 'between') !== (conn[1] === 'and')) return null;
    if (word === 'from' && matchEndingAt(r.changeBefore, text, a.start - lead.hit.length)) return null;
    start = a.start - lead.hit.length;
  }
  if (isBound(a) || isBound(b)) return null;
  const low = bare ? clean(a.value * factorOf(text, b, r)) : a.value;
  return { kind: b.kind, start, end: b.end, unit: b.unit, low, high: b.value };
}

/** `between 5 and six millimetres`: the first end is a figure too small to be a claim alone. */
function joinBareStart(text: string, a: Candidate | undefined, b: Candidate, r: RangeReader): Candidate | null {
  if (b.value === undefined || b.kind === 'date' || b.kind === 'number' || isBound(b)) return null;
  const m = matchEndingAt(r.bareLeadBefore, text, b.start);
  if (!m) return null;
  const start = b.start - m.hit.length;
  if (a && a.end > start) return null;
  const word = m.groups.lead?.toLowerCase();
  if ((word === 'between') !== (m.groups.conn?.toLowerCase() === 'and')) return null;
  if (word === 'from' && matchEndingAt(r.changeBefore, text, start)) return null;
  const raw = m.groups.a ?? '';
  const n = /\d/.test(raw) ? Number(numeralToDecimal(raw, r.format)) : englishCardinalValue([raw]);
  if (n === null || !Number.isFinite(n) || n >= b.value) return null;
  return { kind: b.kind, start, end: b.end, unit: b.unit, low: clean(n * factorOf(text, b, r)), high: b.value };
}

/** What a figure's value is to its first numeral (`4 billion dollars`: 10^9), so a bare first end scales alike. */
function factorOf(text: string, c: Candidate, r: RangeReader): number {
  const m = new RegExp(numeralSource(r.format), 'u').exec(text.slice(c.start, c.end));
  const n = m ? Number(numeralToDecimal(m[0], r.format)) : NaN;
  return n && c.value !== undefined ? c.value / n : 1;
}

/** Products of decimals without float noise (`1.1 * 1e9`). */
const clean = (x: number) => Number(x.toPrecision(12));
