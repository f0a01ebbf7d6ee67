// Dates and deadlines: month names, year phrases (`end of 2026`, `Q3 2025`, `mid-2026`, `fiscal 2025`)
// and numeric forms (`2025-11-04`, `4.11.2025`, `11/04/2025`), per language, as data.
//
// `iso` forms, each as precise as the text and no more:
//   `2026` a year (also `mid-2026`, `early 2026`, `fiscal 2026`: vague or non-calendar parts keep the year)
//   `2026-12-31` `end of 2026` (a deadline resolves to the last day), `2026-01-01` `start of 2026`
//   `2025-Q3` a quarter, `2026-H1` a half, `2026-11` a month, `2025-11-04` a day,
//   `--11-04` a day without a year (ISO 8601 month-day), `--11` a month without a year (`in November`),
//   `2025/2027` a span of years (also `2021 and 2022`, and a decade: `early 2020s` is `2020/2029`).
//   A quarter without a year (`the Q2 results`) is a date without `iso`.
import { byLanguage, inAnyLanguage } from '../lang';
import { alternation, EndingAtAfter, endingAt, SPACE } from './regex-util';

/** Month names by language (lib/lang/*.ts). English also applies to every other language (mixed-language pages). */
export const MONTHS: Record<string, Record<string, number>> = byLanguage((t) => t.months);

/** What a phrase before a year says about the part of the year meant. */
export type YearPart = 'end' | 'start' | 'vague' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

export interface YearPhrases {
  /** Deadline and time prepositions kept in the span (`by`, `into`, `since`). */
  prepositions: string[];
  parts: Partial<Record<YearPart, string[]>>;
  /** Fiscal-year markers: the year is the label year. */
  fiscal: string[];
}

/** Year phrases per language (lib/lang/*.ts); the English codes (Q3, H1, FY) apply to every language. */
export const YEAR_PHRASES: Record<string, YearPhrases> = byLanguage((t) => t.yearPhrases);

/** A bare 4-digit number in this range is read as a year. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** Older years (`in 1781`) only after a word that introduces a year, or in brackets (`(1853)`). */
export const OLD_YEAR_MIN = 1000;
export const OLD_YEAR_INTRODUCERS = new Set(inAnyLanguage((t) => t.oldYearIntroducers));

/** English month abbreviations, which alone may take a dot (`Nov. 4`); `November.` ends a sentence. */
export const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** `en-US` and plain `en` read `11/04/2025` month first; every other locale day first. */
const MONTH_FIRST_LOCALES = new Set(['en', 'en-us']);

export interface DateTables {
  months: Map<string, number>;
  /** `November 4, 2025`, `4 November 2025`, `4. November 2025`, `4 de noviembre de 2025`, `November 2025`. */
  monthDate: RegExp;
  /** Any month name, as `monthDate` spells them: a text without one has no month date (a cheap test first). */
  monthName: RegExp;
  /** Phrase before a year or a month date, matched backwards from the year (see `endingAt`). */
  yearContext: EndingAtAfter;
  monthFirst: boolean;
}

const cache = new Map<string, DateTables>();

/** Words before a month name alone that make it a date (`expires in February`, `since early August`). */
const MONTH_ALONE_AFTER = ['in', 'by', 'since', 'until', 'till', 'from', 'through', 'before', 'after', 'during', 'last', 'next', 'this', 'of', 'early', 'late', 'mid', 'mid-', 'end of', 'start of'];
/** Parts of a month kept in the span. */
const MONTH_PARTS = ['early', 'late', 'mid-', 'mid', 'end of', 'the end of', 'start of', 'the start of'];

/** A full English month name alone, after a word that makes it a date; not followed by a day or year. */
export const MONTH_ALONE = new RegExp(
  `(?<=(?:^|[^\\p{L}])(?:${alternation(caseVariants(MONTH_ALONE_AFTER))})[ \u00a0-])` +
    `(?<month>${alternation(Object.keys(MONTHS.en ?? {}).filter((m) => !MONTH_ABBREVIATIONS.has(m)))})` +
    `(?![\\p{L}\\p{N}])(?!,?[ \u00a0]{1,2}\\d)`,
  'gu',
);
/** The part of a month before it (`early August`): matched backwards from the month. */
export const MONTH_PART_BEFORE = endingAt(`(?<![\\p{L}])(?:${alternation(caseVariants(MONTH_PARTS))})[ \u00a0-]?`, 'u');

/** `early 2020s`, `the mid-1990s`: a part of a decade (a bare decade is no figure). */
export const DECADE = /(?<![\p{L}])(?:early|mid|late|Early|Mid|Late)[-  ](?:the[  ])?((?:1[0-9]|20)\d0)['’]?s(?![\p{L}\p{N}])/gu;

/** `the Q2 results`: a quarter without a year (one with a year is read with the year). */
export const QUARTER_ALONE = /(?<![\p{L}\p{N}])Q[1-4](?![\p{L}\p{N}])(?![  ]?['’]?\d)/gu;

/** `--11`: a month without a year. */
export const monthAloneIso = (month: number) => `--${pad(month)}`;

export function dateTablesFor(lang: string): DateTables {
  const key = lang.toLowerCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const primary = key.split('-')[0];
  const months = new Map<string, number>();
  const add = (table: Record<string, number> | undefined) => {
    for (const [name, n] of Object.entries(table ?? {})) {
      months.set(name, n);
      // Lower-case languages still capitalise a month at the start of a sentence.
      if (primary !== 'en' && table !== MONTHS.en) months.set(name[0].toUpperCase() + name.slice(1), n);
    }
  };
  add(MONTHS.en);
  if (primary !== 'en') add(MONTHS[primary]);
  const names = [...months.keys()];
  const monthName = `(?:${alternation(names.filter((n) => MONTH_ABBREVIATIONS.has(n)))})\\.?|${alternation(names.filter((n) => !MONTH_ABBREVIATIONS.has(n)))}`;
  const month = `(?<month>${monthName})`;
  const day = '(?<day>[0-3]?\\d)(?:st|nd|rd|th)?';
  const day2 = '(?<day2>[0-3]?\\d)(?:st|nd|rd|th|\\.|º)?';
  const year = '(?<year>[12]\\d{3})';
  const year2 = '(?<year2>[12]\\d{3})';
  const year3 = '(?<year3>[12]\\d{3})';
  const S = `${SPACE}{1,2}`;
  const monthDate = new RegExp(
    '(?<![\\p{L}\\p{N}])(?:' +
      // November 4, 2025 / November 4 / Nov. 4th
      `${month}${S}${day}(?!\\d)(?:,?${S}${year})?` +
      // 4 November 2025 / 4. November / 4 de noviembre de 2025 / the 4th of November
      `|${day2}${S}(?:of${S}|de${S})?(?<month2>${monthName})(?:,?${S}(?:de${S})?${year2})?` +
      // November 2025 / noviembre de 2025
      `|(?<month3>${monthName})${S}(?:of${S}|de${S})?${year3}` +
      ')(?![\\p{L}\\p{N}])',
    'gu',
  );
  const phrases = [YEAR_PHRASES.en, ...(primary !== 'en' && YEAR_PHRASES[primary] ? [YEAR_PHRASES[primary]] : [])];
  const partGroups = (['end', 'start', 'vague', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as YearPart[])
    .map((part) => `(?<${part}>${alternation(caseVariants(phrases.flatMap((p) => p.parts[part] ?? [])))})`)
    .join('|');
  const gap = `(?:${SPACE}{1,2}|-)?['’]?`;
  const yearContext = new EndingAtAfter(
    `[\\p{L}\\p{N}'’]`,
    `(?:(?<prep>${alternation(caseVariants(phrases.flatMap((p) => p.prepositions)))})${SPACE}{1,2})?` +
      `(?:(?:${partGroups})${gap})?` +
      `(?:(?<fiscal>${alternation(caseVariants(phrases.flatMap((p) => p.fiscal)))})${gap})?`,
  );
  const monthNameTest = new RegExp(alternation(names));
  const tables: DateTables = { months, monthDate, monthName: monthNameTest, yearContext, monthFirst: MONTH_FIRST_LOCALES.has(key) };
  cache.set(key, tables);
  return tables;
}

/**
 * A phrase as written and with a capital first letter (`end of`, `End of`). The year regex is
 * case-sensitive so that codes keep their case: `H1 2026` is a half, `1h28` (a duration) is not.
 */
function caseVariants(phrases: string[]): string[] {
  return phrases.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]);
}

export interface YearContext {
  /** Where the phrase starts (the preposition, part or fiscal marker). */
  start: number;
  part?: YearPart;
  fiscal: boolean;
  /** The phrase ends in a code glued to the year (`FY2025`, `Q3'25`). */
  code: boolean;
}

/** The date phrase right before `at` (`by end of `, `Q3 `, `FY`), if any. */
export function yearContextBefore(text: string, at: number, tables: DateTables): YearContext | null {
  const m = tables.yearContext.match(text, at);
  if (!m) return null;
  const g = m.groups;
  const part = (['end', 'start', 'vague', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as YearPart[]).find((p) => g[p] !== undefined);
  const code = /[A-Za-z'’]$/.test(m.hit);
  return { start: at - m.hit.length, part, fiscal: g.fiscal !== undefined, code };
}

/** The `iso` of a year with what the phrase before it says. */
export function yearIso(year: number, ctx: YearContext | null): string {
  const y = String(year);
  const part = ctx?.part;
  if (!part || part === 'vague') return y;
  if (part.startsWith('Q') || part.startsWith('H')) return `${y}-${part}`;
  if (ctx?.fiscal) return y; // the end of a fiscal year is not the end of the calendar year
  return part === 'end' ? `${y}-12-31` : `${y}-01-01`;
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date's `iso`, or null when the day does not exist. Year may be unknown. */
export function dayIso(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > (year === null ? [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] : daysInMonth(year, month))) return null;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** A month's `iso`; `end of November 2025` resolves to its last day. */
export function monthIso(year: number, month: number, part: YearPart | undefined): string {
  if (part === 'end') return `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;
  return `${year}-${pad(month)}`;
}

/** ISO dates (`2025-11-04`, with an optional time) and numeric day-month-year forms. */
export const ISO_DATE = /(?<![\p{L}\p{N}.\/-])(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\p{L}\p{N}]|[-\/.]\p{N})/gu;
export const NUMERIC_DATE = /(?<![\p{L}\p{N}.\/-])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[.\/-]\p{N})/gu;

/** `11/04/2025` or `4.11.2025`: dots are always day first; slashes depend on the locale. */
export function numericDateIso(a: number, sep: string, b: number, yearText: string, monthFirst: boolean): string | null {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  let [month, day] = sep === '/' && monthFirst ? [a, b] : [b, a];
  if (month > 12 && day <= 12) [month, day] = [day, month];
  return dayIso(year, month, day);
}
