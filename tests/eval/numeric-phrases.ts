// `npm run eval`, part 3: breadth of the numeric claims finder on general numeric expressions. Every
// phrase of ../shared/numeric/duckling-en.jsonl (Duckling's English test corpora, see its SOURCE.md) is
// run through the claims finder `lede claims` uses, and counts as found when ONE claim of the right
// kind covers the phrase and carries the right value:
//
//   node scripts/run-ts.mjs tests/eval/numeric-phrases.ts [--verbose]
//
// "Covers": the claim spans the phrase but for a leading `a`/`an`, a trailing `of …` naming what is
// measured (`of strawberries`) and a trailing dot. "Right value": money in the expected currency (any
// currency when the phrase names none), quantities converted to one base unit per dimension, ranges
// by the claim's `low` and `high` (an open end is absent). Exits 0 whatever the scores.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Claim } from '../../lib/analysis';
import { claimsForText } from '../../lib/claims/assemble';

const SHARED = resolve(process.env.LEDE_SHARED ?? '../shared');
const FILE = join(SHARED, 'numeric', 'duckling-en.jsonl');
const verbose = process.argv.includes('--verbose');

interface Phrase {
  source: string;
  text: string;
  kind: 'money' | 'quantity' | 'number';
  value?: number;
  range?: [number | null, number | null];
  unit?: string;
  currency?: string;
}

/** Units of one dimension in a base unit: Duckling's names and Lede's spellings. */
const BASE: Record<string, { dim: string; factor: number }> = {};
function units(dim: string, table: Record<string, number>): void {
  for (const [u, factor] of Object.entries(table)) BASE[u] = { dim, factor };
}
units('length', {
  Kilometre: 1000, Mile: 1609.344, M: 1, Metre: 1, Centimetre: 0.01, Millimetre: 0.001, Inch: 0.0254, Foot: 0.3048, Yard: 0.9144,
  km: 1000, mi: 1609.344, m: 1, cm: 0.01, mm: 0.001, in: 0.0254, ft: 0.3048, yd: 0.9144,
});
units('mass', { Gram: 1, Pound: 453.59237, Ounce: 28.349523125, g: 1, kg: 1000, mg: 0.001, lb: 453.59237, oz: 28.349523125 });
units('volume', {
  Litre: 1, Millilitre: 0.001, Hectolitre: 100, Gallon: 3.785411784, Cup: 0.2365882365,
  L: 1, ml: 0.001, hl: 100, gal: 3.785411784, cup: 0.2365882365,
});
/** Temperatures are compared on their scale, not converted; a bare `Degree` is any scale. */
const TEMPERATURE: Record<string, string[]> = { Celsius: ['°C'], Fahrenheit: ['°F'], Degree: ['°', '°C', '°F'] };

const close = (a: number | undefined, b: number) => a !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** The claim's figure (`value`, `low` or `high`) in the phrase's unit, or undefined when not comparable. */
function inExpectedUnit(claim: Claim, figure: number | undefined, p: Phrase): number | undefined {
  if (figure === undefined) return undefined;
  if (p.kind === 'money') return p.currency === undefined || claim.unit === p.currency ? figure : undefined;
  if (p.kind === 'number' || !p.unit) return figure;
  if (TEMPERATURE[p.unit]) return TEMPERATURE[p.unit].includes(claim.unit ?? '') ? figure : undefined;
  const want = BASE[p.unit];
  const got = BASE[claim.unit ?? ''];
  if (!want || !got || want.dim !== got.dim) return undefined;
  return (figure * got.factor) / want.factor;
}

function rightValue(claim: Claim, p: Phrase): boolean {
  const c = claim as Claim & { low?: number; high?: number };
  if (p.range) {
    const [low, high] = p.range;
    const lowOk = low === null ? c.low === undefined : close(inExpectedUnit(claim, c.low, p), low);
    const highOk = high === null ? c.high === undefined : close(inExpectedUnit(claim, c.high, p), high);
    return lowOk && highOk;
  }
  return p.value !== undefined && close(inExpectedUnit(claim, claim.value, p), p.value);
}

/** The part of the phrase a claim must cover. */
function core(text: string): { start: number; end: number } {
  const lead = /^(?:an?\s+)(?=\S)/i.exec(text);
  const start = lead ? lead[0].length : 0;
  const of = /\s+of(?:\s+[\p{L}\s]+)?$/iu.exec(text.slice(start));
  let end = of && of.index > 0 ? start + of.index : text.length;
  if (text[end - 1] === '.') end--;
  return { start, end };
}

const KIND: Record<Phrase['kind'], Claim['kind']> = { money: 'money', quantity: 'quantity', number: 'number' };

function judge(p: Phrase): { found: boolean; claims: Claim[] } {
  const claims = claimsForText(p.text).filter((c) => c.kind !== 'strategic');
  const { start, end } = core(p.text);
  const found = claims.some((c) => c.kind === KIND[p.kind] && c.start <= start && c.end >= end && rightValue(c, p));
  return { found, claims };
}

function main(): void {
  if (!existsSync(FILE)) {
    console.log(`numeric phrases: ${FILE} not found, skipped`);
    return;
  }
  const phrases = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Phrase);
  const bySource = new Map<string, { found: number; of: number; misses: string[] }>();
  for (const p of phrases) {
    const dim = p.source.replace(/^duckling\//, '');
    const row = bySource.get(dim) ?? { found: 0, of: 0, misses: [] };
    bySource.set(dim, row);
    const { found, claims } = judge(p);
    row.of++;
    if (found) row.found++;
    else {
      const want = p.range ? `range ${JSON.stringify(p.range)}` : `value ${p.value}`;
      const got = claims.map((c) => {
        const r = c as Claim & { low?: number; high?: number };
        return `${c.kind} “${c.text}”${c.value !== undefined ? ` =${c.value}` : ''}${r.low !== undefined ? ` low=${r.low}` : ''}${r.high !== undefined ? ` high=${r.high}` : ''}${c.unit ? ` ${c.unit}` : ''}`;
      });
      row.misses.push(`“${p.text}” (${p.kind} ${want}${p.unit ? ` ${p.unit}` : ''}): ${got.join('; ') || 'no claim'}`);
    }
  }
  console.log(`\n== Numeric phrases: ${phrases.length} phrases of Duckling's English corpora (../shared/numeric), found as one claim with the right kind and value`);
  let found = 0;
  for (const [dim, row] of [...bySource].sort()) {
    found += row.found;
    console.log(`${dim.padEnd(16)} ${row.found}/${row.of} (${Math.round((row.found / row.of) * 100)}%)`);
    if (verbose) for (const m of row.misses) console.log(`      ✗ ${m}`);
  }
  console.log(`${'all'.padEnd(16)} ${found}/${phrases.length} (${Math.round((found / phrases.length) * 100)}%)`);
}

main();
