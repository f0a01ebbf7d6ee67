// Words that scale or spell numbers, per language. Exponents are powers of ten so values stay exact.

import { byLanguage } from '../lang';

/**
 * Multiplier words and abbreviations after a numeral (`3.2 million`, `2,5 Mrd.`), by primary language
 * subtag (lib/lang/*.ts), matched case-insensitively. Each language has its own table because the same
 * word differs: English `billion` is 10^9, German `Billion` is 10^12.
 */
export const MULTIPLIER_WORDS: Record<string, Record<string, number>> = byLanguage((t) => t.multipliers);

export function multiplierWordsFor(lang: string): Record<string, number> {
  return MULTIPLIER_WORDS[lang] ?? MULTIPLIER_WORDS.en;
}

/**
 * One-letter multipliers glued to a numeral (`$38B`, `£300m`, `5k`). `outsideMoney` says whether the
 * letter also scales a count (`5m users`); `4K` without a currency is a screen resolution, so not.
 * `alone` says whether it scales a figure of two digits or with decimals that nothing follows
 * (`100K`, `1.2M`); `3M` is a company, `100m` metres.
 */
export const MULTIPLIER_LETTERS: Record<string, { exponent: number; outsideMoney: boolean; alone: boolean }> = {
  k: { exponent: 3, outsideMoney: true, alone: true },
  K: { exponent: 3, outsideMoney: false, alone: true },
  m: { exponent: 6, outsideMoney: true, alone: false },
  M: { exponent: 6, outsideMoney: true, alone: true },
  B: { exponent: 9, outsideMoney: true, alone: true },
  b: { exponent: 9, outsideMoney: false, alone: false },
  T: { exponent: 12, outsideMoney: false, alone: false },
};

/** English cardinal words (`three factories`, `twenty-five engineers`). */
export const EN_CARDINALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};

/** English scale words inside a spelled number: `hundred` multiplies what precedes it, the others close a group. */
export const EN_SCALES: Record<string, number> = {
  hundred: 2, thousand: 3, million: 6, billion: 9, trillion: 12, thousands: 3, millions: 6, billions: 9, trillions: 12,
  lakh: 5, lakhs: 5, lac: 5, lacs: 5, crore: 7, crores: 7, krore: 7, krores: 7, koti: 7, cr: 7,
};

/** Digit words after `point` in a spelled decimal (`two point five million`). */
export const EN_DIGIT_WORDS: Record<string, number> = {
  zero: 0, oh: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
/** The word between the whole and the decimals of a spelled number. */
export const EN_DECIMAL_POINT = 'point';

/** Fractions by their English words (`a third`, `half a million`, `two-thirds of`). */
export const EN_FRACTIONS: Record<string, number> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fourth: 1 / 4,
  fourths: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
};
/** How many of a fraction: `a third`, `two-thirds`. */
export const EN_FRACTION_COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, nine: 9 };

/** Words before a number that make it negative (`minus 5 degrees`, `negative 1.2%`). */
export const EN_SIGN_WORDS = ['minus', 'negative'];

/** Spelled numbers from this value on stand alone as figures, like numbers of two digits. */
export const SPELLED_BARE_MIN = 10;

/** `a dozen suppliers`, `two dozen`, `two hundred dozens`. */
export const EN_DOZENS = ['dozen', 'dozens'];

/** Vague magnitudes: a figure without a value (`tens of thousands of chips`, `billions of dollars`). */
export const EN_VAGUE_INNER = ['tens', 'dozens', 'hundreds', 'scores'];
export const EN_VAGUE_OUTER = ['thousands', 'millions', 'billions', 'trillions'];

/**
 * Spell out an English cardinal phrase (`two hundred and fifty`, `a dozen`, `three thousand millions`,
 * `two point five million`); null if it is not one. A scale word larger than every one before it
 * multiplies all that precedes it (`three thousand millions` is 3 × 10^9); a smaller one closes a
 * group (`three crore twelve lakh`).
 */
export function englishCardinalValue(words: string[]): number | null {
  let total = 0;
  let current = 0;
  let largest = 0;
  let any = false;
  /** The cardinal word just before, if the word before was one: `twenty` may take `two`, `two` may not take `three`. */
  let previous: number | null = null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (w === 'and') continue; // "two and three" is still two numbers: `previous` holds across it
    const after = previous;
    previous = null;
    if (w === EN_DECIMAL_POINT) {
      const decimals = readDecimals(words, i + 1);
      if (!decimals || !any) return null;
      current = Number(`${current}.${decimals.digits}`);
      i = decimals.next - 1;
    } else if (w === 'a' || w === 'an') {
      current = 1;
    } else if (Object.hasOwn(EN_CARDINALS, w)) {
      const value = EN_CARDINALS[w];
      if (after === null || (after >= 20 && value < 10)) current += value; // `twenty two`
      else if (after < 100 && value >= 10 && current < 100) current = current * 100 + value; // spoken hundreds: `one twenty two`
      else return null; // `two three` is two numbers, not one
      previous = value;
      any = true;
    } else if (EN_DOZENS.includes(w)) {
      current = (current || 1) * 12;
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else if (Object.hasOwn(EN_SCALES, w)) {
      const exponent = EN_SCALES[w];
      if (exponent > largest && total > 0) total = scaleBy(total + current, exponent);
      else total += scaleBy(current || 1, exponent);
      largest = Math.max(largest, exponent);
      current = 0;
      any = true;
    } else {
      return null;
    }
  }
  return any ? total + current : null;
}

/** The digit words from `from` on (`five`, `two five`), as a string of digits, and where they end. */
function readDecimals(words: string[], from: number): { digits: string; next: number } | null {
  let digits = '';
  let i = from;
  while (i < words.length && Object.hasOwn(EN_DIGIT_WORDS, words[i].toLowerCase())) digits += EN_DIGIT_WORDS[words[i++].toLowerCase()];
  return digits ? { digits, next: i } : null;
}

/** `value` times ten to the `exponent`, without the float error of `2.2 * 1e6`. */
const scaleBy = (value: number, exponent: number) => Number(`${value}e${exponent}`);
