// The numeric claims detector: money, quantities, counts, percentages, dates and other figures in a
// plain text, with their values and normalized units (DESIGN.md "Numeric claims").
//
// A few passes of compiled regexes each propose candidates (phone numbers to block, date phrases,
// vague magnitudes, spelled-out English numbers, numerals); every numeral is then read outwards with
// short sticky regexes (currency before it, range, multiplier, unit, counted noun after it, qualifier
// before it). Overlaps go to the earliest, longest candidate. Every quantifier is bounded, numerals
// are anchored with a look-behind, and phrases before a figure are matched backwards from it once
// (`endingAt`), so the work is linear in the text.
//
// What a claim carries:
//   money     `value` with multipliers applied; `unit` an ISO 4217 code. `$49/month` keeps the period
//             in the span only. `multi-billion dollar`, `billions of dollars`: no value.
//   quantity  `unit` from the one unit table (units.ts): `TB`, `PFLOPS`, `TWh`, `km`, `year`...
//   count     English: `unit` is the counted noun's lemma (`engineer`, `GPU`, `person`); German: no
//             unit; other languages report uncounted figures as `number` (counted-nouns.ts).
//   percent   `unit` `%`; percentage points `pp`, basis points `bp`.
//   date      `iso` as documented in dates.ts (`2026`, `2026-12-31`, `2025-Q3`, `2026-H1`, `--11-04`).
//   number    any other figure of two or more digits, or with decimals or a multiplier.
// A range (`10-15%`, `$3–4 billion`) is one claim without a value; a span of years is a date
// (`2024–25`, iso `2024/2025`). A leading qualifier (`up to`, `more than`, `by`) joins the span.
//
// What is deliberately not a claim: digits glued to letters (model and product names, domains,
// ordinals), versions and addresses (`4.0.1`), digits after an identifier word or a capitalised name
// (`Section 230`, `Model 3`), list and footnote markers, phone numbers, times of day, dimensions,
// scores (`3-1`), and single bare digits.
import { resolveOverlaps, type Candidate } from './candidate';
import { joinCompounds } from './compounds';
import { joinRanges, rangeReaderFor } from './ranges';
import { subjectOf } from './subject';
import { COUNTED_NOUN_READERS, type CountedNoun } from './counted-nouns';
import {
  dateTablesFor, dayIso, DECADE, ISO_DATE, MONTH_ALONE, MONTH_PART_BEFORE, monthAloneIso, monthIso, NUMERIC_DATE, QUARTER_ALONE, numericDateIso, yearContextBefore, yearIso,
  OLD_YEAR_INTRODUCERS, OLD_YEAR_MIN, YEAR_MAX, YEAR_MIN, type DateTables, type YearContext,
} from './dates';
import { numberFormatFor, numeralSource, numeralToDecimal, scaled, type NumberFormat } from './number-format';
import {
  EN_CARDINALS, EN_DECIMAL_POINT, EN_DIGIT_WORDS, EN_DOZENS, EN_FRACTION_COUNTS, EN_FRACTIONS, EN_SCALES, EN_SIGN_WORDS, EN_VAGUE_INNER, EN_VAGUE_OUTER, englishCardinalValue,
  MULTIPLIER_LETTERS, multiplierWordsFor, SPELLED_BARE_MIN,
} from './number-words';
import { BOUND_WORDS, EN_CAPITALISED_OK, IDENTIFIER_WORDS, QUALIFIERS, STREET_WORDS } from './qualifiers';
import { languageTable } from '../lang';
import { alternation, endingAt, lowerKeyed, matchEndingAt, normalizeKey, SPACE, WordsAt } from './regex-util';
import type { NumericMatch } from './types';
import {
  CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_CONNECTORS, CURRENCY_SYMBOLS, CURRENCY_WORDS, EURO_CENT_LANGUAGES,
  MINOR_CURRENCY_SIGNS, MINOR_CURRENCY_WORDS, PER_PERIOD_WORDS, PERCENT_SYMBOLS, PERCENT_WORDS, POUND_WORDS,
  QUANTITY_UNITS, RATE_WORDS, TIME_UNITS,
} from './units';

export interface NumericOptions {
  /** BCP 47 language of the text; decides decimal and thousands separators. Default English. */
  lang?: string;
}

/** Every numeric claim in `text`, in order, non-overlapping. */
export function findNumericClaims(text: string, options: NumericOptions = {}): NumericMatch[] {
  const p = profileFor(options.lang || 'en');
  const candidates: Candidate[] = [];
  blockPhoneNumbers(text, candidates);
  blockCitationMarkers(text, candidates);
  findDates(text, p, candidates);
  if (p.english) {
    findVagueMagnitudes(text, p, candidates);
    findMultiMoney(text, p, candidates);
    findSpelledNumbers(text, p, candidates);
    findSingleUnits(text, p, candidates);
    findFractions(text, p, candidates);
    findWrittenFractions(text, p, candidates);
    findProportions(text, p, candidates);
    findBelowZero(text, p, candidates);
  }
  p.numeral.lastIndex = 0;
  for (const m of text.matchAll(p.numeral)) {
    const c = readNumeral(text, m.index, m[0], p);
    if (c) candidates.push(c);
  }
  const kept = resolveOverlaps(candidates);
  return (p.english ? joinRanges(text, joinCompounds(text, kept), rangeReaderFor(p.format)) : kept).map(({ kind, start, end, value, unit, iso, low, high }) => {
    const m: NumericMatch = { kind, start, end, text: text.slice(start, end) };
    if (value !== undefined) m.value = value;
    if (unit !== undefined) m.unit = unit;
    if (iso !== undefined) m.iso = iso;
    if (low !== undefined) m.low = low;
    if (high !== undefined) m.high = high;
    const subject = p.english ? subjectOf(text, m) : undefined;
    if (subject !== undefined) m.subject = subject;
    return m;
  });
}

// ---------------------------------------------------------------------------------------------------
// Per-language profile: every regex compiled once per language tag.

interface Profile {
  english: boolean;
  countedNoun: ((text: string, at: number, singular: boolean) => CountedNoun | null) | undefined;
  format: NumberFormat;
  dates: DateTables;
  numeral: RegExp;
  numeralAt: RegExp;
  range: RegExp;
  multiplierWord: RegExp;
  multipliers: Map<string, number>;
  multiplierLetter: RegExp;
  percent: RegExp;
  percentUnits: Map<string, string>;
  currencyBefore: RegExp;
  currencyAfter: RegExp;
  currencyWordAfter: RegExp;
  currencyWords: Map<string, string>;
  poundAfter: RegExp;
  minorCurrencyAfter: RegExp;
  minorSignAfter: RegExp;
  euroCents: boolean;
  /** `2 billion pounds` is sterling, except in American English, where pounds weigh. */
  poundIsMoney: boolean;
  unitSymbol: RegExp;
  unitGlued: RegExp;
  unitWord: WordsAt;
  unitWords: Map<string, string>;
  unitSymbols: Map<string, string>;
  perPeriod: RegExp;
  /** `per second`, `a year`, `/h` after a quantity: a rate. */
  rate: RegExp;
  qualifierBefore: RegExp;
  bounds: { low: Set<string>; high: Set<string> } | undefined;
  spelled: RegExp | null;
  /** `a dollar`, `an ml`: the article before a unit that makes a figure of one. */
  singleUnit: RegExp | null;
  fraction: RegExp | null;
  proportion: RegExp | null;
  signWordBefore: RegExp;
  vague: RegExp | null;
  multiMoney: RegExp;
}

const profiles = new Map<string, Profile>();
const NOT_GLUED = '(?![\\p{L}\\p{N}])';

function profileFor(lang: string): Profile {
  const key = lang.trim().toLowerCase().replace(/_/g, '-') || 'en';
  const hit = profiles.get(key);
  if (hit) return hit;
  const primary = key.split('-')[0];
  const english = primary === 'en';
  const format = numberFormatFor(key);
  const num = numeralSource(format);
  const multipliers = lowerKeyed(Object.entries(multiplierWordsFor(primary)));
  const percentUnits = lowerKeyed(Object.entries({ ...PERCENT_WORDS.en, ...(PERCENT_WORDS[primary] ?? {}) }));
  const currencyWords = lowerKeyed(Object.entries(CURRENCY_WORDS));
  const units = QUANTITY_UNITS.filter((u) => !u.lang || u.lang === primary);
  const unitWords = lowerKeyed(units.flatMap((u) => (u.words ?? []).map((w) => [w, u.unit] as [string, string])));
  const symbols = (glued: boolean) => units.filter((u) => Boolean(u.gluedOnly) === glued).flatMap((u) => u.symbols ?? []);
  const currencySigns = Object.keys(CURRENCY_SYMBOLS);
  const signsOnly = currencySigns.filter((s) => !/\p{L}/u.test(s));
  const letterSigns = currencySigns.filter((s) => /\p{L}/u.test(s));
  const qualifiers = [...QUALIFIERS.en, ...(english ? [] : QUALIFIERS[primary] ?? [])];
  // Word qualifiers stand apart from the figure; a sign (`~`) may be glued to it.
  const qualifierWords = qualifiers.filter((q) => /\p{L}/u.test(q));
  const qualifierSigns = qualifiers.filter((q) => !/\p{L}/u.test(q));
  const connector = CURRENCY_CONNECTORS[primary];
  const connectors = connector ? `(?:${alternation(connector)})?` : '';
  const cardinal = alternation([...Object.keys(EN_CARDINALS), ...Object.keys(EN_SCALES), ...EN_DOZENS]);
  // `two point five million`: digit words after the point, then perhaps a scale.
  const decimals = `(?:${SPACE}${EN_DECIMAL_POINT}(?:${SPACE}(?:${alternation(Object.keys(EN_DIGIT_WORDS))})){1,6}(?:${SPACE}(?:${alternation(Object.keys(EN_SCALES))}))?)?`;
  const profile: Profile = {
    english,
    countedNoun: COUNTED_NOUN_READERS[primary],
    format,
    dates: dateTablesFor(key),
    numeral: new RegExp(`(?<![\\p{N}.,])(?:${num})`, 'gu'),
    numeralAt: new RegExp(`(?:${num})`, 'uy'),
    range: new RegExp(`(?:${SPACE}?[-–]${SPACE}?|${SPACE}to${SPACE})(?:~${SPACE}?)?(?:${alternation(currencySigns)})?(?=\\d)`, 'uy'),
    multiplierWord: new RegExp(`(?:${SPACE}|-)?(${alternation(multipliers.keys())})(?![\\p{L}\\p{N}])`, 'iuy'),
    multipliers,
    multiplierLetter: new RegExp(`([${Object.keys(MULTIPLIER_LETTERS).join('')}])${NOT_GLUED}`, 'uy'),
    percent: new RegExp(`${SPACE}?(${alternation(Object.keys(PERCENT_SYMBOLS))})|(?:${SPACE}|-)(${alternation(percentUnits.keys())})(?![\\p{L}])`, 'iuy'),
    percentUnits,
    currencyBefore: endingAt(`(?<![\\p{L}])(?<sign>${alternation([...currencySigns, ...Object.keys(CURRENCY_CODES)])})${SPACE}?`),
    // `20 €`, `3.14US$`, `42MYR`, `500 Rs`: a sign or code after the amount, glued or not.
    currencyAfter: new RegExp(`${SPACE}?(${alternation(signsOnly)})|${SPACE}?(${alternation([...letterSigns, ...Object.keys(CURRENCY_CODES)])})${NOT_GLUED}`, 'uy'),
    currencyWordAfter: new RegExp(
      `(?:${SPACE}|-)${connectors}(${alternation(currencyWords.keys())})(?![\\p{L}])`,
      'iuy',
    ),
    currencyWords,
    poundIsMoney: key !== 'en-us',
    minorCurrencyAfter: new RegExp(`(?:${SPACE}|-)(${alternation(Object.keys(MINOR_CURRENCY_WORDS))})(?![\\p{L}])`, 'iuy'),
    minorSignAfter: new RegExp(`(${alternation(Object.keys(MINOR_CURRENCY_SIGNS))})${NOT_GLUED}`, 'uy'),
    euroCents: EURO_CENT_LANGUAGES.has(primary),
    poundAfter: new RegExp(`(?:${SPACE}|-)(?:${alternation(POUND_WORDS)})(?![\\p{L}])`, 'iuy'),
    unitSymbol: new RegExp(`(?:${SPACE}|-)?(${alternation(symbols(false))})${NOT_GLUED}`, 'uy'),
    unitGlued: new RegExp(`(${alternation(symbols(true))})${NOT_GLUED}`, 'uy'),
    unitWord: new WordsAt(`(?:${SPACE}|-)`, alternation(unitWords.keys())),
    unitWords,
    unitSymbols: new Map(units.flatMap((u) => (u.symbols ?? []).map((sym) => [sym, u.unit] as [string, string]))),
    perPeriod: new RegExp(`(?:\\/|${SPACE}(?:per|a|an)${SPACE}|-(?:per|a|an)-)(?:${alternation(PER_PERIOD_WORDS)})(?![\\p{L}])`, 'iuy'),
    rate: new RegExp(`(?:${SPACE}(?:per|a|an|each)${SPACE}|-(?:per|a|an)-|\\/)(${alternation(Object.keys(RATE_WORDS))})(?![\\p{L}])`, 'iuy'),
    bounds: BOUND_WORDS[primary] ?? BOUND_WORDS.en,
    qualifierBefore: endingAt(
      `(?:(?<![\\p{L}])(?:${alternation(qualifierWords)})${SPACE}{1,2}${qualifierSigns.length ? `|(?:${alternation(qualifierSigns)})${SPACE}?` : ''})`,
      'iu',
    ),
    spelled: english
      ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:(?:a|an|one)${SPACE}(?=(?:dozen|hundred|thousand|million|billion|trillion)(?![\\p{L}])))?(?:${cardinal})(?:(?:${SPACE}and${SPACE}|${SPACE}|-)(?:${cardinal})){0,12}${decimals}(?![\\p{L}\\p{N}])`, 'giu')
      : null,
    singleUnit: english
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:a|an)(?=${SPACE}(?:${alternation(languageTable('en')?.unitsAfterArticle ?? [])})(?![\\p{L}]))`, 'giu')
      : null,
    fraction: english
      ? new RegExp(`(?<![\\p{L}])(?:(?<count>${alternation(Object.keys(EN_FRACTION_COUNTS))})[ \\u00a0-])?(?<frac>${alternation(Object.keys(EN_FRACTIONS))})(?![\\p{L}])`, 'giu')
      : null,
    proportion: english
      ? new RegExp(`(?<![\\p{L}\\p{N}.,])(?<a>\\d{1,3}|${alternation(Object.keys(EN_CARDINALS))})${SPACE}(?:out${SPACE}of|in)${SPACE}(?<b>\\d{1,4}|${alternation(Object.keys(EN_CARDINALS))})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'giu')
      : null,
    signWordBefore: endingAt(`(?<![\\p{L}])(?:${alternation(EN_SIGN_WORDS)})${SPACE}`, 'iu'),
    vague: english
      ? new RegExp(`(?<![\\p{L}])(?:(?:${alternation(EN_VAGUE_INNER)})${SPACE}of${SPACE})?(?:${alternation([...EN_VAGUE_INNER, ...EN_VAGUE_OUTER])})${SPACE}of(?=${SPACE})`, 'giu')
      : null,
    multiMoney: new RegExp(`(?<![\\p{L}])multi-?(?:million|billion|trillion)(?:${SPACE}|-)(${alternation(Object.keys(CURRENCY_ADJECTIVES))})s?(?![\\p{L}])`, 'giu'),
  };
  profiles.set(key, profile);
  return profile;
}

// ---------------------------------------------------------------------------------------------------
// Blockers and phrase passes.

/** International, bracketed-area and North American phone numbers: never figures. */
const PHONE_PATTERNS = [
  /\+\d{1,3}[ .\-\u00a0]?(?:\(\d{1,5}\)[ .\-\u00a0]?)?\d{1,5}(?:[ .\-\u00a0]\d{1,5}){1,4}(?!\d)/g,
  /(?<!\d)\(\d{2,5}\)[ .\-\u00a0]?\d{2,5}(?:[ .\-\u00a0]\d{2,5}){0,3}(?!\d)/g,
  /(?<![\d.\-])\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d)/g,
  /(?<![\d.,\-])0\d{1,4}[ \-\u00a0]\d{3,4}[ \-\u00a0]?\d{3,4}(?!\d)/g,
];
const MIN_PHONE_DIGITS = 7;

function blockPhoneNumbers(text: string, out: Candidate[]): void {
  for (const re of PHONE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (m[0].replace(/\D/g, '').length >= MIN_PHONE_DIGITS) {
        out.push({ kind: 'number', start: m.index, end: m.index + m[0].length, block: true });
      }
    }
  }
}

/**
 * Reference markers closing a statement, `… weight loss (10, 11).`, `… in 2019.[3]`: bare numbers
 * of up to three digits in brackets, the list alone inside them, before a stop or the end of a line
 * (or a comma, after a list of two or more). Not after a capitalised word, where the brackets give
 * a figure for a name (`Labour (34), Greens (12).`), nor where they restate a spelled number
 * (`twenty-five (25)`).
 */
const CITATION_MARKER = /(?<=[\p{L}\p{P}]\s?)(?:\((?<list>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\)|\[(?<cite>\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\])(?=\s*(?<after>[.;:,!?]|$))/gmu;
const WORD_BEFORE = /([\p{L}'’-]+)[\s\p{P}]*$/u;

function blockCitationMarkers(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(CITATION_MARKER)) {
    const numbers = (m.groups!.list ?? m.groups!.cite).split(/\s*[,–-]\s*/).map(Number);
    if (m.groups!.after === ',' && numbers.length < 2) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const word = WORD_BEFORE.exec(before)?.[1] ?? '';
    if (m.groups!.list && /^\p{Lu}/u.test(word)) continue;
    if (numbers.length === 1 && restatesSpelled(before, numbers[0])) continue;
    out.push({ kind: 'number', start: m.index, end: m.index + m[0].length, block: true });
  }
}

/** Whether the words just before spell `value` ("twenty-five" before "(25)"). */
function restatesSpelled(before: string, value: number): boolean {
  const words = before.trim().split(/[\s-]+/).slice(-4);
  for (let k = 1; k <= words.length; k++) if (englishCardinalValue(words.slice(-k)) === value) return true;
  return false;
}

function findDates(text: string, p: Profile, out: Candidate[]): void {
  for (const m of text.matchAll(ISO_DATE)) {
    const iso = dayIso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) out.push(withDatePrefix(text, p, { kind: 'date', start: m.index, end: m.index + m[0].length, iso }));
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const iso = numericDateIso(Number(m[1]), m[2], Number(m[3]), m[4], p.dates.monthFirst);
    if (iso) out.push(withDatePrefix(text, p, { kind: 'date', start: m.index, end: m.index + m[0].length, iso }));
  }
  if (p.english) findEnglishDatePhrases(text, p, out);
  if (!p.dates.monthName.test(text)) return;
  p.dates.monthDate.lastIndex = 0;
  for (const m of text.matchAll(p.dates.monthDate)) {
    const g = m.groups ?? {};
    const month = p.dates.months.get((g.month ?? g.month2 ?? g.month3).replace(/\.$/, ''));
    if (!month) continue;
    const yearText = g.year ?? g.year2 ?? g.year3;
    const year = yearText ? Number(yearText) : null;
    const dayText = g.day ?? g.day2;
    const ctx = yearContextBefore(text, m.index, p.dates);
    let iso: string | null;
    if (dayText) iso = dayIso(year, month, Number(dayText));
    else iso = year === null ? null : monthIso(year, month, ctx?.part);
    if (!iso) continue;
    out.push({ kind: 'date', start: ctx?.start ?? m.index, end: m.index + m[0].length, iso });
  }
}

/** Months alone (`in February`), parts of decades (`early 2020s`) and quarters alone (`Q2`). */
function findEnglishDatePhrases(text: string, p: Profile, out: Candidate[]): void {
  for (const m of text.matchAll(MONTH_ALONE)) {
    const month = p.dates.months.get(m.groups?.month ?? '');
    if (!month) continue;
    const part = matchEndingAt(MONTH_PART_BEFORE, text, m.index);
    out.push({ kind: 'date', start: m.index - (part?.hit.length ?? 0), end: m.index + m[0].length, iso: monthAloneIso(month) });
  }
  for (const m of text.matchAll(DECADE)) {
    const from = Number(m[1]);
    out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, iso: `${from}/${from + 9}` });
  }
  for (const m of text.matchAll(QUARTER_ALONE)) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length });
}

/** A date keeps the preposition before it (`by 2025-11-04`). */
function withDatePrefix(text: string, p: Profile, c: Candidate): Candidate {
  const ctx = yearContextBefore(text, c.start, p.dates);
  return ctx ? { ...c, start: ctx.start } : c;
}

/** `tens of thousands of chips`, `billions of dollars`: a count or amount without a value. */
function findVagueMagnitudes(text: string, p: Profile, out: Candidate[]): void {
  if (!p.vague) return;
  for (const m of text.matchAll(p.vague)) {
    const at = m.index + m[0].length;
    const tail = readUnitOrNoun(text, at, p, { money: false, multiplied: true, singular: false });
    if (!tail) continue;
    out.push(withQualifier(text, p, { kind: tail.kind, start: m.index, end: tail.end, unit: tail.unit }));
  }
}

/** `multi-billion dollar`: money without a value. */
function findMultiMoney(text: string, p: Profile, out: Candidate[]): void {
  for (const m of text.matchAll(p.multiMoney)) {
    const unit = CURRENCY_ADJECTIVES[m[1].toLowerCase()];
    out.push({ kind: 'money', start: m.index, end: m.index + m[0].length, unit });
  }
}

/** `three factories`, `a dozen suppliers`, `two billion dollars`, `five percent`. */
function findSpelledNumbers(text: string, p: Profile, out: Candidate[]): void {
  if (!p.spelled) return;
  for (const m of text.matchAll(p.spelled)) {
    const words = m[0].split(/[\s\u00a0\u202f-]+/).filter(Boolean);
    const first = words[0].toLowerCase();
    if (Object.hasOwn(EN_SCALES, first) || EN_DOZENS.includes(first)) continue; // `3 million` is read from its digits
    const value = englishCardinalValue(words);
    if (value === null) continue;
    const scaledBy = words.some((w) => Object.hasOwn(EN_SCALES, w.toLowerCase()) && w.toLowerCase() !== "hundred");
    if (isIdentifierWord(previousToken(text, m.index))) continue;
    const end = m.index + m[0].length;
    if (isCapitalisedName(text, m.index, end)) continue;
    const tail = readUnitOrNoun(text, end, p, { money: false, multiplied: scaledBy, singular: value === 1 });
    // `one of`, `no one`: not a figure; `one dollar`, `one litre` are.
    if (value === 1 && !scaledBy && !(tail && isMeasureOfOne(tail))) continue;
    // A bare spelled number is a figure from ten on, as bare digits are from two digits on.
    if (!tail && !scaledBy && value < SPELLED_BARE_MIN && Number.isInteger(value)) continue;
    const sign = matchEndingAt(p.signWordBefore, text, m.index);
    const signed = sign ? -1 : 1;
    const start = m.index - (sign?.hit.length ?? 0);
    const c: Candidate = tail
      ? withRate(text, p, { ...fromTail(tail), start, value: signed * scaledValue(value, tail.exponent) })
      : { kind: 'number', start, end, value: signed * value };
    out.push(withQualifier(text, p, c));
  }
}

/** `a dollar`, `a litre`, `an ml`: one of a currency or unit of measure. */
function findSingleUnits(text: string, p: Profile, out: Candidate[]): void {
  if (!p.singleUnit) return;
  for (const m of text.matchAll(p.singleUnit)) {
    const tail = readUnitOrNoun(text, m.index + m[0].length, p, { money: false, multiplied: false, singular: true });
    if (tail && isMeasureOfOne(tail)) out.push(withQualifier(text, p, { ...fromTail(tail), start: m.index, value: scaledValue(1, tail.exponent) }));
  }
}

/**
 * `half a million`, `a quarter of a billion dollars`, `half a litre`: a fraction of a multiplier or a
 * unit; `a third of`, `two-thirds of`: a share, read as a percentage.
 */
function findFractions(text: string, p: Profile, out: Candidate[]): void {
  if (!p.fraction) return;
  for (const m of text.matchAll(p.fraction)) {
    const g = m.groups ?? {};
    const count = g.count ? EN_FRACTION_COUNTS[g.count.toLowerCase()] : undefined;
    const fraction = (count ?? 1) * EN_FRACTIONS[g.frac.toLowerCase()];
    let pos = m.index + m[0].length;
    const article = /^[ \u00a0-](?:of[ \u00a0])?an?(?=[ \u00a0])/iu.exec(text.slice(pos, pos + 8));
    if (article) pos += article[0].length;
    const word = at(p.multiplierWord, text, pos);
    if (word) {
      const end = pos + word[0].length;
      const value = Number((fraction * 10 ** p.multipliers.get(normalizeKey(word[1]))!).toPrecision(12));
      const tail = readUnitOrNoun(text, end, p, { money: false, multiplied: true, singular: false });
      out.push(withQualifier(text, p, tail ? { ...fromTail(tail), start: m.index, value } : { kind: 'number', start: m.index, end, value }));
      continue;
    }
    // `fourth of liter`: a unit right after `of`, without its article.
    const of = article ? null : /^[ \u00a0]of(?=[ \u00a0])/iu.exec(text.slice(pos, pos + 4));
    const ofTail = of ? readUnitOrNoun(text, pos + of[0].length, p, { money: false, multiplied: false, singular: true }) : null;
    const tail = ofTail && isMeasureOfOne(ofTail) ? ofTail : readUnitOrNoun(text, pos, p, { money: false, multiplied: false, singular: true });
    if (tail && isMeasureOfOne(tail)) {
      out.push(withQualifier(text, p, { ...fromTail(tail), start: m.index, value: Number(fraction.toPrecision(12)) }));
    } else if (count !== undefined && !article && /^[ \u00a0]of[ \u00a0]/.test(text.slice(pos, pos + 4)) && fraction < 1) {
      out.push(withQualifier(text, p, { kind: 'percent', start: m.index, end: pos, value: percentOf(fraction), unit: '%' }));
    }
  }
}

/**
 * `1/2 gallon`, `.75 cups`: a written fraction with its unit. Without one it stays unread: `2/3 of fans`
 * may as well be a date or a ratio (`3/4`, `24/7`).
 */
const WRITTEN_FRACTION = /(?<![\p{L}\p{N}.,\/])(?:(?<a>\d{1,3})\/(?<b>\d{1,4})|\.(?<d>\d{1,6}))(?![\p{N}\/]|[.,]\d)/gu;

function findWrittenFractions(text: string, p: Profile, out: Candidate[]): void {
  if (!/[.\/]\d/.test(text)) return;
  for (const m of text.matchAll(WRITTEN_FRACTION)) {
    const g = m.groups ?? {};
    const value = g.d ? Number(`0.${g.d}`) : Number((Number(g.a) / Number(g.b)).toPrecision(12));
    const end = m.index + m[0].length;
    const tail = readUnitOrNoun(text, end, p, { money: false, multiplied: false, singular: true });
    if (tail && isMeasureOfOne(tail)) out.push(withQualifier(text, p, { ...fromTail(tail), start: m.index, value: scaledValue(value, tail.exponent) }));
  }
}

/** `2 degrees below zero`, `10 below zero`: a temperature under zero. */
const BELOW_ZERO = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?<n>\\d{1,3}(?:\\.\\d{1,3})?)(?<unit>${SPACE}?(?:°|degrees?)(?:${SPACE}?(?<scale>c|f|celsius|centigrade|fahrenheit)(?![\\p{L}]))?)?${SPACE}below${SPACE}zero(?![\\p{L}])`,
  'giu',
);

function findBelowZero(text: string, p: Profile, out: Candidate[]): void {
  if (!/below zero/i.test(text)) return;
  for (const m of text.matchAll(BELOW_ZERO)) {
    const scale = (m.groups?.scale ?? '').toLowerCase();
    const unit = scale.startsWith('f') ? '°F' : scale ? '°C' : '°';
    out.push(withQualifier(text, p, { kind: 'quantity', start: m.index, end: m.index + m[0].length, value: -Number(m.groups?.n), unit }));
  }
}

/** `eight out of ten companies`, `one in five adults`: a share, read as a percentage. */
function findProportions(text: string, p: Profile, out: Candidate[]): void {
  if (!p.proportion) return;
  const read = (s: string) => (/\d/.test(s) ? Number(s) : englishCardinalValue([s]));
  for (const m of text.matchAll(p.proportion)) {
    const a = read(m.groups?.a ?? '');
    const b = read(m.groups?.b ?? '');
    if (a === null || b === null || b < 2 || b > 1000 || a > b || (a === b && !/out/i.test(m[0]))) continue;
    const end = m.index + m[0].length;
    const tail = readUnitOrNoun(text, end, p, { money: false, multiplied: false, singular: false });
    if (tail && tail.kind !== 'count') continue; // `5 in 10 minutes` is no share
    out.push(withQualifier(text, p, { kind: 'percent', start: m.index, end: tail?.end ?? end, value: percentOf(a / b), unit: '%' }));
  }
}

const percentOf = (share: number) => Math.round(share * 10000) / 100;

/** `one dollar`, `one litre` are figures; `one year`, `one day` or `one company` are not worth a claim. */
function isMeasureOfOne(tail: Tail): boolean {
  return tail.kind === 'money' || (tail.kind === 'quantity' && !TIME_UNITS.has(tail.unit ?? ''));
}

/** A whole value scaled by a minor currency's exponent (`ten cents` is 0.10). */
function scaledValue(value: number, exponent = 0): number {
  return exponent ? Number((value * 10 ** exponent).toPrecision(12)) : value;
}

// ---------------------------------------------------------------------------------------------------
// Reading one numeral outwards.

interface Tail {
  kind: 'money' | 'percent' | 'quantity' | 'count';
  end: number;
  unit?: string;
  /** A minor currency unit scales the value (`40 cents` is 0.40). */
  exponent?: number;
}

/** What follows the digits: a multiplier, then a unit, currency or counted noun. */
interface Scale {
  end: number;
  exponent: number;
  tail: Tail | null;
  /** A multiplier that is no power of ten (`2 dozen`: 12). */
  factor?: number;
}

/** `2 dozen eggs`, `200 dozens`: twelve times the digits. */
const DOZEN_AFTER = new RegExp(`${SPACE}(?:${EN_DOZENS.join('|')})(?![\\p{L}])`, 'iuy');
const DOZEN = 12;

/** `2025/26`: a span of years written with a slash (a dash is read like any range). */
const YEAR_SLASH_SPAN = /^\/(?:\d{2}|\d{4})(?![\p{L}\p{N}]|[.,\/]\d)/u;

/** A bare number right before a word in capitals is a designation: `737 MAX`, `360 PRO`. */
const CAPITALS_AFTER = /[ \u00a0](?:\p{Lu}{2,})(?![\p{L}\p{N}])/uy;
/** A bare whole number before a capitalised word is usually part of a name (`the 11 Pro Max`). */
const NAME_AFTER = /[ \u00a0]\p{Lu}\p{Ll}/uy;

/** Times of day and list markers are not figures. */
const TIME_AFTER = /[ \u00a0]?(?:[aApP]\.?[mM]\.?(?![\p{L}])|Uhr(?![\p{L}])|(?:GMT|UTC|CES?T|E[SD]T|P[SD]T|BST)(?![\p{L}]))/uy;
/** A house number: `1119 Eighth St.`, `3170 W. County Road`. */
const ADDRESS_AFTER = new RegExp(
  `[ \\u00a0](?:[NSEW]\\.?[ \\u00a0])?(?:\\p{Lu}[\\p{L}'’.-]*[ \\u00a0]){1,3}(?:${STREET_WORDS.join('|')})(?![\\p{L}])`,
  'uy',
);
/** `3km` before a dash: the dash starts the other end of a range. */
const FIGURE_WITH_UNIT_BEFORE = /(?<![\p{L}\p{N}])\d+(?:\.\d+)?\p{Ll}{1,3}$/u;
/** Dimensions (`1800 x 1920`, `3×4`) are not figures either. */
const DIMENSION_AFTER = /[ \u00a0]?[x×][ \u00a0]?\d/y;
const DIMENSION_BEFORE = /\d[ \u00a0]?[x×][ \u00a0]?$/;
const LIST_MARKER_AFTER = /[.)][ \u00a0\t]/y;

// ---------------------------------------------------------------------------------------------------
// Rejections: digits that name, locate or time something rather than measure it. Each list is tried
// in order at one point of reading a numeral (readNumeral); the first rule that matches drops it.
// A false positive gets a rule here, with its name and why, not a branch in the reader.

interface Rejection<C> {
  name: string;
  /** Why such digits are no figure. */
  why: string;
  rejects(c: C): boolean;
}

/** The first rule of `rules` that rejects `c`, if any. */
function rejectedBy<C>(rules: readonly Rejection<C>[], c: C): Rejection<C> | undefined {
  return rules.find((rule) => rule.rejects(c));
}

/** A numeral where it was found: `start` and `end` of its digits. */
interface Numeral {
  text: string;
  start: number;
  end: number;
}

const charAt = (text: string, i: number) => text[i] ?? '';

/** What runs on from the digits or sits around them, looked at before anything is read. */
const AROUND_DIGITS: readonly Rejection<Numeral>[] = [
  { name: 'digits run on', why: 'part of a longer run of digits', rejects: ({ text, end }) => /\p{N}/u.test(charAt(text, end)) },
  {
    name: 'punctuation between digits',
    why: 'versions, addresses, ratios, fractions, times (`4.0.1`, `3:2`, `1/4`)',
    rejects: ({ text, end }) => /[.,:\/]/.test(charAt(text, end)) && /\p{N}/u.test(charAt(text, end + 1)),
  },
  { name: 'dot then letter', why: 'a file or domain name (`3.js`, `99.com`)', rejects: ({ text, end }) => charAt(text, end) === '.' && /\p{L}/u.test(charAt(text, end + 1)) },
  { name: 'time of day', why: '`9 am`, `10 Uhr`, `14:00 GMT`: a clock reading', rejects: ({ text, end }) => at(TIME_AFTER, text, end) !== null },
  { name: 'house number', why: '`1119 Eighth St.`: an address', rejects: ({ text, end }) => at(ADDRESS_AFTER, text, end) !== null },
  {
    name: 'dimension',
    why: '`1800 x 1920`, `3×4`: a size, not an amount',
    rejects: ({ text, start, end }) => at(DIMENSION_AFTER, text, end) !== null || DIMENSION_BEFORE.test(text.slice(Math.max(0, start - 4), start)),
  },
  { name: 'list marker', why: '`1.` or `2)` opening a line numbers an item', rejects: ({ text, start, end }) => atLineStart(text, start) && at(LIST_MARKER_AFTER, text, end) !== null },
  { name: 'footnote marker', why: '`[143]`', rejects: ({ text, start, end }) => text[start - 1] === '[' && charAt(text, end) === ']' },
];

/** What the digits are glued to on the left, when no currency stands there. */
const GLUED_BEFORE: readonly Rejection<Numeral>[] = [
  {
    name: 'glued to a word or code',
    why: '`XR500`, `v2`, `#4521`, `§12`, `\'25`: the digits name something',
    rejects: ({ text, start }) => /[\p{L}_@#§№\\/'’.:^=*&]/u.test(charAt(text, start - 1)),
  },
  {
    name: 'hyphenated to a word',
    why: '`COVID-19`, `A-10`: a name, not a negative number (but `3km-5km` is a range of two figures)',
    rejects: ({ text, start }) =>
      /[-–+−]/.test(charAt(text, start - 1)) && /[\p{L}\p{N}]/u.test(charAt(text, start - 2)) && !FIGURE_WITH_UNIT_BEFORE.test(text.slice(Math.max(0, start - 12), start - 1)),
  },
];

/** A figure read so far, with what follows it. */
interface Read extends Numeral {
  /** A unit, currency or counted noun follows. */
  tail: boolean;
  multiplied: boolean;
}

/** Letters right after a figure without unit or multiplier. */
const GLUED_AFTER: readonly Rejection<Read>[] = [
  {
    name: 'letters after',
    why: '`3D`, `5G`, `16th`, `1990s`: a name, an ordinal or a decade',
    rejects: ({ text, end, tail, multiplied }) => !tail && !multiplied && /[\p{L}]/u.test(charAt(text, end)),
  },
  { name: 'hyphen and letter after', why: '`10-K`: a form name', rejects: ({ text, end, tail, multiplied }) => !tail && !multiplied && /^-\p{L}/u.test(text.slice(end, end + 2)) },
];

/** A figure without unit, with the word before it. */
interface Named extends Numeral {
  previous: string;
  grouped: boolean;
  english: boolean;
}

/** Counts, years and bare figures named by the word before them. */
const NAMED_BEFORE: readonly Rejection<Named>[] = [
  { name: 'identifier word before', why: '`Section 230`, `chapter 11`, `version 4`', rejects: ({ previous }) => isIdentifierWord(previous) },
  { name: 'name before', why: '`Model 3`, `RTX 5090`, `Windows 11`, `Vision 2030`', rejects: ({ previous, grouped, english }) => isNameBefore(previous, english, grouped) },
];

/** A bare number: no unit, currency or counted noun. */
interface Bare extends Numeral {
  raw: string;
  plain: boolean;
  multiplied: boolean;
  english: boolean;
}

const BARE_NUMBER: readonly Rejection<Bare>[] = [
  { name: 'lone digit', why: 'a single bare digit is not worth a highlight', rejects: ({ raw, plain, multiplied }) => plain && raw.length === 1 && !multiplied },
  { name: 'leading zero', why: '`0042`, `020`: a code, not a quantity', rejects: ({ raw }) => /^0\d/.test(raw) },
  { name: 'capitals after', why: '`737 MAX`, `360 PRO`: a designation', rejects: ({ text, end, multiplied }) => !multiplied && at(CAPITALS_AFTER, text, end) !== null },
  {
    name: 'capitalised word after',
    why: '`the 11 Pro Max`: part of a name (English, where capitals mark names)',
    rejects: ({ text, end, plain, multiplied, english }) => plain && !multiplied && english && at(NAME_AFTER, text, end) !== null,
  },
];

function readNumeral(text: string, index: number, raw: string, p: Profile): Candidate | null {
  let start = index;
  let end = index + raw.length;
  const decimal = numeralToDecimal(raw, p.format);
  const plain = /^\d+$/.test(raw);
  const grouped = p.format.group.some((g) => raw.includes(g));
  const n = Number(decimal);
  const yearLike = plain && raw.length === 4 && n <= YEAR_MAX && (n >= YEAR_MIN || (n >= OLD_YEAR_MIN && introducesOldYear(text, start)));
  if (yearLike && YEAR_SLASH_SPAN.test(text.slice(end, end + 6))) return readYear(text, start, end, n, null, p);
  if (rejectedBy(AROUND_DIGITS, { text, start, end })) return null;

  // Years, and two-digit years after a code (`FY25`, `Q3 '25`), may be glued to their phrase.
  if (yearLike || (plain && raw.length === 2)) {
    const ctx = yearContextBefore(text, start, p.dates);
    if (ctx && (yearLike || ctx.code)) return readYear(text, start, end, yearLike ? n : 2000 + n, ctx, p);
  }

  const currency = matchEndingAt(p.currencyBefore, text, start);
  let negative = false;
  if (currency) {
    start -= currency.hit.length;
  } else {
    if (rejectedBy(GLUED_BEFORE, { text, start, end })) return null;
    // A minus sign after a space or a bracket, not a dash between words.
    const before = charAt(text, start - 1);
    const beforePrev = charAt(text, start - 2);
    if (/[-–+−]/.test(before) && before !== '–' && (beforePrev === '' || /[\s(]/.test(beforePrev))) {
      negative = before !== '+';
      start -= 1;
    } else {
      const sign = matchEndingAt(p.signWordBefore, text, start);
      if (sign) {
        negative = true;
        start -= sign.hit.length;
      }
    }
  }
  const money = Boolean(currency);
  const sign = currency?.groups.sign ?? '';
  const currencyUnit = currency ? CURRENCY_SYMBOLS[sign] ?? CURRENCY_CODES[sign] : undefined;

  const range = readRange(text, start, end, n, yearLike, money, p);
  if (range === null || 'kind' in range) return range;
  const ranged = range.ranged;
  if (ranged) end = range.end;
  const scale = range.scale ?? readScale(text, end, p, money, n === 1, !plain || raw.length >= 2);
  const { exponent, tail } = scale;
  end = scale.end;
  const multiplied = exponent > 0 || scale.factor !== undefined;
  // `$70-a-share`: the price's "per" may be hyphenated to it.
  const pricedPer = money && at(p.perPeriod, text, end) !== null;
  if (rejectedBy(GLUED_AFTER, { text, start, end, tail: Boolean(tail) || pricedPer, multiplied })) return null;

  const power = exponent + (tail?.exponent ?? 0);
  const value = ranged ? undefined : (negative ? -1 : 1) * scaled(decimal, power) * (scale.factor ?? 1);
  // A range keeps both ends, scaled alike (`$3–4 billion`: 3 and 4 billion).
  const ends = ranged && range.second ? { low: (negative ? -1 : 1) * scaled(decimal, power), high: scaled(numeralToDecimal(range.second, p.format), power) } : {};

  if (money || tail?.kind === 'money') {
    let moneyEnd = tail?.kind === 'money' ? tail.end : end;
    const per = at(p.perPeriod, text, moneyEnd);
    if (per) moneyEnd += per[0].length;
    return withQualifier(text, p, { kind: 'money', start, end: moneyEnd, value, unit: currencyUnit ?? tail?.unit, ...ends });
  }
  if (tail && (tail.kind !== 'count' || TIME_UNITS.has(tail.unit ?? ''))) {
    return withQualifier(text, p, withRate(text, p, { ...fromTail(tail), start, value, ...ends }));
  }

  if (rejectedBy(NAMED_BEFORE, { text, start, end, previous: previousToken(text, start), grouped, english: p.english })) return null;
  const qualified = withQualifier(text, p, { kind: 'number', start, end, value });
  // A lone year is a date; `some 2000 workers` is a count.
  if (yearLike && !negative && !multiplied && !(tail && qualified.start < start)) {
    return readYear(text, start, end, n, null, p);
  }
  if (tail) return { ...qualified, kind: 'count', end: tail.end, unit: tail.unit, ...ends };
  if (rejectedBy(BARE_NUMBER, { text, start, end, raw, plain, multiplied, english: p.english })) return null;
  return qualified;
}

/**
 * A range after the first numeral (`10-15%`, `$3–4 billion`, `2025–2027`) is one claim; its value is
 * left out. Answers the date of a span of years, the range's end and scale, `ranged: false` when no
 * range follows, or null for a dash between bare numbers: a score or a code (`3-1`, `747-8`).
 */
function readRange(
  text: string,
  start: number,
  end: number,
  n: number,
  yearLike: boolean,
  money: boolean,
  p: Profile,
): Candidate | { ranged: boolean; end: number; scale: Scale | null; second?: string } | null {
  const none = { ranged: false, end, scale: null };
  const sep = at(p.range, text, end);
  if (!sep) return none;
  const secondStart = end + sep[0].length;
  const second = at(p.numeralAt, text, secondStart);
  const secondEnd = second ? secondStart + second[0].length : 0;
  if (!second || /[\p{N}]/u.test(text[secondEnd] ?? '') || /^[.,:\/]\d/.test(text.slice(secondEnd, secondEnd + 2))) return none;
  const dash = !/to/.test(sep[0]);
  if (dash && yearLike && !money && /^\d{2}(?:\d{2})?$/.test(second[0])) {
    const to = second[0].length === 2 ? Math.floor(n / 100) * 100 + Number(second[0]) : Number(second[0]);
    if (to > n && to <= YEAR_MAX && !/\p{L}/u.test(text[secondEnd] ?? '')) {
      if (isNameBefore(previousToken(text, start), p.english, false)) return null;
      return { kind: 'date', start, end: secondEnd, iso: `${n}/${to}` };
    }
  }
  const rest = readScale(text, secondEnd, p, money, false);
  if (rest.exponent > 0 || rest.tail) return { ranged: true, end: secondEnd, scale: rest, second: second[0] };
  return dash && !money ? null : none;
}

/**
 * The multiplier and the unit or noun after the digits ending at `pos`. `alone`: the digits may take a
 * letter multiplier with nothing after it (`100K`, `1.2M`).
 */
function readScale(text: string, pos: number, p: Profile, money: boolean, singular: boolean, alone = false): Scale {
  const dozen = p.english && !money ? at(DOZEN_AFTER, text, pos) : null;
  if (dozen) {
    const end = pos + dozen[0].length;
    return { end, exponent: 0, factor: DOZEN, tail: readUnitOrNoun(text, end, p, { money, multiplied: true, singular: false }) };
  }
  const word = at(p.multiplierWord, text, pos);
  if (word) {
    const end = pos + word[0].length;
    return { end, exponent: p.multipliers.get(normalizeKey(word[1]))!, tail: readUnitOrNoun(text, end, p, { money, multiplied: true, singular: false }) };
  }
  // A letter multiplier counts with a currency or a counted noun; otherwise `100m` is metres.
  const letter = at(p.multiplierLetter, text, pos);
  if (letter) {
    const rule = MULTIPLIER_LETTERS[letter[1]];
    if (money || rule.outsideMoney) {
      const end = pos + letter[0].length;
      const tail = readUnitOrNoun(text, end, p, { money, multiplied: true, singular: false });
      if (money || tail?.kind === 'money' || tail?.kind === 'count') return { end, exponent: rule.exponent, tail };
    }
    if (alone && rule.alone && !money && readUnitOrNoun(text, pos + letter[0].length, p, { money, multiplied: true, singular: false }) === null) {
      return { end: pos + letter[0].length, exponent: rule.exponent, tail: null };
    }
  }
  return { end: pos, exponent: 0, tail: readUnitOrNoun(text, pos, p, { money, multiplied: false, singular }) };
}

/** A year, with its phrase (`by end of 2026`, `Q3 2025`, `FY2025`) and a following span (`2025–27`). */
function readYear(text: string, start: number, end: number, year: number, ctx: YearContext | null, p: Profile): Candidate | null {
  if (/[\p{L}]/u.test(text[end] ?? '')) return null; // `2020s`
  const context = ctx ?? yearContextBefore(text, start, p.dates);
  const from = context?.start ?? start;
  const range = /^[-–\/](\d{4}|\d{2})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 6));
  if (range) {
    const to = range[1].length === 2 ? Math.floor(year / 100) * 100 + Number(range[1]) : Number(range[1]);
    if (to > year && to <= YEAR_MAX) return { kind: 'date', start: from, end: end + range[0].length, iso: `${year}/${to}` };
  }
  return { kind: 'date', start: from, end, iso: yearIso(year, context) };
}

function introducesOldYear(text: string, start: number): boolean {
  return text[start - 1] === '(' || OLD_YEAR_INTRODUCERS.has(previousToken(text, start).toLowerCase());
}

function atLineStart(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && pos - i < 80; i--) {
    const ch = text[i];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return pos < 80;
}

/**
 * What follows a figure: a percent sign or word, a currency, a unit, or (English) a counted noun.
 * `multiplied` allows `pounds` as money (`2 billion pounds`, not `80 pounds`).
 */
function readUnitOrNoun(
  text: string,
  pos: number,
  p: Profile,
  opts: { money: boolean; multiplied: boolean; singular: boolean },
): Tail | null {
  if (opts.money) return null; // `$5 billion` is money whatever follows
  const pct = at(p.percent, text, pos);
  if (pct) {
    const unit = pct[1] ? PERCENT_SYMBOLS[pct[1]] : p.percentUnits.get(normalizeKey(pct[2]));
    return { kind: 'percent', end: pos + pct[0].length, unit };
  }
  const sign = at(p.currencyAfter, text, pos);
  if (sign) return { kind: 'money', end: pos + sign[0].length, unit: CURRENCY_SYMBOLS[sign[1] ?? sign[2]] ?? CURRENCY_CODES[sign[2]] };
  const sign2 = at(p.minorSignAfter, text, pos);
  if (sign2) {
    const rule = MINOR_CURRENCY_SIGNS[sign2[1]];
    return { kind: 'money', end: pos + sign2[0].length, unit: rule.unit, exponent: rule.exponent };
  }
  const minor = at(p.minorCurrencyAfter, text, pos);
  if (minor) {
    const rule = MINOR_CURRENCY_WORDS[minor[1].toLowerCase()];
    return { kind: 'money', end: pos + minor[0].length, unit: rule.unit === 'USD' && p.euroCents ? 'EUR' : rule.unit, exponent: rule.exponent };
  }
  const cw = at(p.currencyWordAfter, text, pos);
  // A currency word shared by several countries (`francs`, `pesos`) is money of no one code.
  if (cw) return { kind: 'money', end: pos + cw[0].length, unit: p.currencyWords.get(normalizeKey(cw[1])) || undefined };
  if (opts.multiplied && p.poundIsMoney) {
    const pound = at(p.poundAfter, text, pos);
    if (pound) return { kind: 'money', end: pos + pound[0].length, unit: 'GBP' };
  }
  const inches = at(INCH_MARK, text, pos);
  if (inches && !insideQuote(text, pos)) return { kind: 'quantity', end: pos + inches[0].length, unit: 'in' };
  const word = p.unitWord.exec(text, pos);
  const symbol = at(p.unitSymbol, text, pos) ?? at(p.unitGlued, text, pos);
  // The longer reading wins: `terawatt-hours` over `t`, `m/s` over `m`.
  if (word && (!symbol || word[0].length >= symbol[0].length)) {
    return { kind: 'quantity', end: pos + word[0].length, unit: p.unitWords.get(normalizeKey(word[1])) };
  }
  if (symbol) {
    const unit = p.unitSymbols.get(symbol[1]);
    if (unit) return { kind: 'quantity', end: pos + symbol[0].length, unit };
  }
  const noun = p.countedNoun?.(text, pos, opts.singular);
  return noun ? { kind: 'count', end: noun.end, unit: noun.noun } : null;
}

// ---------------------------------------------------------------------------------------------------
// Context helpers.

/** An inch mark glued to its figure (`27" monitor`, `5''`, `6.1″`). */
const INCH_MARK = /(?:″|''|")(?![\p{L}\p{N}])/uy;

/** Whether `pos` is inside straight double quotes opened earlier on its line: `"we sold 5"` ends a quote. */
function insideQuote(text: string, pos: number): boolean {
  let open = false;
  // A mark right after a digit is an earlier inch mark (`55", 65" and 75"`), not a quote.
  for (let i = pos - 1; i >= 0 && text[i] !== '\n'; i--) if (text[i] === '"' && !/\d/.test(text[i - 1] ?? '')) open = !open;
  return open;
}

/** Run a sticky regex at `pos`. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The qualifier before a figure joins its span (`more than 40%`, `up to 72 GPUs`). */
function withQualifier(text: string, p: Profile, c: Candidate): Candidate {
  const m = matchEndingAt(p.qualifierBefore, text, c.start);
  if (!m) return c;
  const out = { ...c, start: c.start - m.hit.length };
  // `at least 40 degrees` has a low end, `under $7` a high one; a range keeps its own.
  const word = normalizeKey(m.hit.trim());
  if (c.value !== undefined && c.low === undefined && c.high === undefined && p.bounds) {
    if (p.bounds.low.has(word)) out.low = c.value;
    else if (p.bounds.high.has(word)) out.high = c.value;
  }
  return out;
}

/** The claim a tail makes: `four straight years` counts years, which is a duration like `four years`. */
function fromTail(tail: Tail): Candidate {
  const kind = tail.kind === 'count' && TIME_UNITS.has(tail.unit ?? '') ? 'quantity' : tail.kind;
  return { kind, start: 0, end: tail.end, unit: tail.unit };
}

/** A quantity per unit of time or per person (`5,200 pounds per second`): the rate joins span and unit. */
function withRate(text: string, p: Profile, c: Candidate): Candidate {
  if (c.kind !== 'quantity' || !c.unit || TIME_UNITS.has(c.unit)) return c;
  const m = at(p.rate, text, c.end);
  if (!m) return c;
  return { ...c, end: c.end + m[0].length, unit: `${c.unit}/${RATE_WORDS[m[1].toLowerCase()]}` };
}

/** The word right before `pos`, separated by one space; '' when there is none. */
const PREVIOUS_TOKEN = endingAt('(?<![^\\s([{"“‘\'])(?<token>[^\\s([{"“‘\']{1,30})[ \\u00a0]');
function previousToken(text: string, pos: number): string {
  return matchEndingAt(PREVIOUS_TOKEN, text, pos)?.groups.token ?? '';
}

/** `Ninety Mile Beach`, `Seven Seas`: a capitalised spelled number mid-sentence before a capitalised word. */
function isCapitalisedName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text[start] ?? '') || !/^[ \u00a0]\p{Lu}/u.test(text.slice(end, end + 2))) return false;
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  return before !== '' && !/[.!?:"“‘(\n]$/.test(before);
}

function isIdentifierWord(token: string): boolean {
  return token !== '' && IDENTIFIER_WORDS.has(token.toLowerCase());
}

/**
 * A name right before the digits makes them part of it: camel case or capitals in any language
 * (`iPhone 16`, `RTX 5090`, `ISO 9001`), and in English any capitalised word that does not open a
 * sentence (`Model 3`, `Windows 11`). Possessives (`Company’s 2025`) and grouped figures (`Hires
 * 1,200`) are not names.
 */
function isNameBefore(token: string, english: boolean, grouped: boolean): boolean {
  if (!token || grouped || /['’]s$/u.test(token)) return false;
  const word = token.replace(/[,;:"“”()]+$/u, '');
  if (word !== token) return false; // punctuation ends the name: `In 2024, 300 jobs`
  if (!/^[\p{L}][\p{L}\p{N}.&-]*$/u.test(word)) return false;
  if (Object.hasOwn(CURRENCY_CODES, word)) return false;
  if (/^\p{L}+$/u.test(word) && /\p{Lu}/u.test(word.slice(1)) && !/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
  if (/\p{N}/u.test(word)) return true; // `M3 Max 16`, `A17 5`
  if (english && /^\p{Lu}/u.test(word) && !EN_CAPITALISED_OK.has(word.toLowerCase())) return true;
  return false;
}
