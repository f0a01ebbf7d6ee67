// Dates and deadlines: month names, year phrases (`end of 2026`, `Q3 2025`, `mid-2026`, `fiscal 2025`)
// and numeric forms (`2025-11-04`, `4.11.2025`, `11/04/2025`), per language, as data.
//
// `iso` forms, each as precise as the text and no more:
//   `2026` a year (also `mid-2026`, `early 2026`, `fiscal 2026`: vague or non-calendar parts keep the year)
//   `2026-12-31` `end of 2026` (a deadline resolves to the last day), `2026-01-01` `start of 2026`
//   `2025-Q3` a quarter, `2026-H1` a half, `2026-11` a month, `2025-11-04` a day,
//   `--11-04` a day without a year (ISO 8601 month-day), `2025/2027` a span of years.
import { alternation, EndingAtAfter, SPACE } from './regex-util';

/** Month names by language. English also applies to every other language (mixed-language pages). */
export const MONTHS: Record<string, Record<string, number>> = {
  en: {
    January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9,
    October: 10, November: 11, December: 12, Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8,
    Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
  },
  de: {
    Januar: 1, Jänner: 1, Februar: 2, März: 3, April: 4, Mai: 5, Juni: 6, Juli: 7, August: 8,
    September: 9, Oktober: 10, November: 11, Dezember: 12,
  },
  fr: {
    janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9,
    octobre: 10, novembre: 11, décembre: 12,
  },
  es: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
    setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  it: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8,
    settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
  },
  nl: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9,
    oktober: 10, november: 11, december: 12,
  },
  pt: {
    janeiro: 1, fevereiro: 2, março: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9,
    outubro: 10, novembro: 11, dezembro: 12,
  },
};

/** What a phrase before a year says about the part of the year meant. */
export type YearPart = 'end' | 'start' | 'vague' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

export interface YearPhrases {
  /** Deadline and time prepositions kept in the span (`by`, `into`, `since`). */
  prepositions: string[];
  parts: Partial<Record<YearPart, string[]>>;
  /** Fiscal-year markers: the year is the label year. */
  fiscal: string[];
}

/** Year phrases per language; the English codes (Q3, H1, FY) apply to every language. */
export const YEAR_PHRASES: Record<string, YearPhrases> = {
  en: {
    prepositions: ['by', 'until', 'till', 'before', 'into', 'through', 'since', 'beyond', 'after', 'by the', 'until the', 'before the', 'through the'],
    parts: {
      end: ['end of', 'the end of', 'end of the', 'close of', 'the close of', 'year-end', 'end-'],
      start: ['start of', 'the start of', 'beginning of', 'the beginning of'],
      vague: [
        'mid-', 'mid', 'middle of', 'the middle of', 'early', 'early-', 'late', 'late-', 'spring', 'summer',
        'autumn', 'fall', 'winter', 'spring of', 'summer of', 'autumn of', 'fall of', 'winter of',
      ],
      H1: ['first half of', 'the first half of', 'first-half', '1H', 'H1'],
      H2: ['second half of', 'the second half of', 'second-half', '2H', 'H2'],
      Q1: ['first quarter of', 'the first quarter of', 'first-quarter', '1st quarter of', 'Q1', '1Q'],
      Q2: ['second quarter of', 'the second quarter of', 'second-quarter', '2nd quarter of', 'Q2', '2Q'],
      Q3: ['third quarter of', 'the third quarter of', 'third-quarter', '3rd quarter of', 'Q3', '3Q'],
      Q4: ['fourth quarter of', 'the fourth quarter of', 'fourth-quarter', '4th quarter of', 'Q4', '4Q'],
    },
    fiscal: ['fiscal', 'fiscal year', 'financial year', 'FY'],
  },
  de: {
    prepositions: ['bis', 'bis spätestens', 'seit', 'vor', 'nach', 'ab', 'bis zum', 'im', 'zum'],
    parts: {
      end: ['Ende', 'zum Ende', 'Ende des Jahres'],
      start: ['Beginn'],
      vague: ['Mitte', 'Anfang', 'Frühjahr', 'Frühling', 'Sommer', 'Herbst', 'Winter'],
      H1: ['ersten Halbjahr', 'erstes Halbjahr', '1. Halbjahr'],
      H2: ['zweiten Halbjahr', 'zweites Halbjahr', '2. Halbjahr'],
      Q1: ['ersten Quartal', 'erstes Quartal', '1. Quartal'],
      Q2: ['zweiten Quartal', 'zweites Quartal', '2. Quartal'],
      Q3: ['dritten Quartal', 'drittes Quartal', '3. Quartal'],
      Q4: ['vierten Quartal', 'viertes Quartal', '4. Quartal'],
    },
    fiscal: ['Geschäftsjahr', 'Geschäftsjahres'],
  },
  fr: {
    prepositions: ["d'ici", 'd’ici', "jusqu'en", 'jusqu’en', 'avant', 'depuis', 'dès', "d'ici à", 'd’ici à'],
    parts: {
      end: ['fin', 'la fin', 'à la fin', 'fin de', 'la fin de'],
      start: ['le début de'],
      vague: ['mi-', 'début', 'courant', 'printemps', 'au printemps', 'été', "l'été", 'l’été', 'automne', "l'automne", 'l’automne', 'hiver', "l'hiver", 'l’hiver'],
      H1: ['premier semestre', 'au premier semestre', 'premier semestre de'],
      H2: ['second semestre', 'deuxième semestre', 'au second semestre'],
      Q1: ['premier trimestre', 'T1'],
      Q2: ['deuxième trimestre', 'T2'],
      Q3: ['troisième trimestre', 'T3'],
      Q4: ['quatrième trimestre', 'T4'],
    },
    fiscal: ['exercice'],
  },
  es: {
    prepositions: ['hasta', 'antes de', 'desde', 'para'],
    parts: {
      end: ['finales de', 'a finales de', 'fin de', 'fines de'],
      vague: ['mediados de', 'principios de', 'a mediados de', 'a principios de'],
      H1: ['primer semestre de', 'el primer semestre de'],
      H2: ['segundo semestre de', 'el segundo semestre de'],
      Q1: ['primer trimestre de'],
      Q2: ['segundo trimestre de'],
      Q3: ['tercer trimestre de'],
      Q4: ['cuarto trimestre de'],
    },
    fiscal: ['ejercicio', 'año fiscal'],
  },
  it: {
    prepositions: ['entro', 'entro il', 'fino al', 'prima del', 'dal', 'nel'],
    parts: {
      end: ['fine', 'la fine del', 'entro la fine del'],
      vague: ['metà', 'inizio', 'metà del', 'inizio del'],
      H1: ['primo semestre', 'primo semestre del'],
      H2: ['secondo semestre', 'secondo semestre del'],
      Q1: ['primo trimestre', 'primo trimestre del'],
      Q2: ['secondo trimestre', 'secondo trimestre del'],
      Q3: ['terzo trimestre', 'terzo trimestre del'],
      Q4: ['quarto trimestre', 'quarto trimestre del'],
    },
    fiscal: ['esercizio'],
  },
  nl: {
    prepositions: ['tegen', 'tot', 'voor', 'sinds', 'vanaf'],
    parts: {
      end: ['eind', 'eind van', 'eind', 'einde', 'eind'],
      vague: ['medio', 'begin', 'half'],
      H1: ['eerste helft van', 'eerste jaarhelft van'],
      H2: ['tweede helft van', 'tweede jaarhelft van'],
      Q1: ['eerste kwartaal van'],
      Q2: ['tweede kwartaal van'],
      Q3: ['derde kwartaal van'],
      Q4: ['vierde kwartaal van'],
    },
    fiscal: ['boekjaar'],
  },
  pt: {
    prepositions: ['até', 'antes de', 'desde'],
    parts: {
      end: ['final de', 'fim de', 'o final de', 'o fim de'],
      vague: ['meados de', 'início de'],
      H1: ['primeiro semestre de'],
      H2: ['segundo semestre de'],
      Q1: ['primeiro trimestre de'],
      Q2: ['segundo trimestre de'],
      Q3: ['terceiro trimestre de'],
      Q4: ['quarto trimestre de'],
    },
    fiscal: ['exercício', 'ano fiscal'],
  },
};

/** A bare 4-digit number in this range is read as a year. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** Older years (`in 1781`) only after a word that introduces a year, or in brackets (`(1853)`). */
export const OLD_YEAR_MIN = 1000;
export const OLD_YEAR_INTRODUCERS = new Set([
  'in', 'since', 'from', 'until', 'till', 'by', 'around', 'circa', 'c.', 'ca.', 'before', 'after',
  'during', 'year', 'im', 'seit', 'bis', 'von', 'en', 'depuis', 'desde', 'nel', 'dal', 'sinds', 'em',
]);

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
