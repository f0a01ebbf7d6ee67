// How a language writes numerals: which characters group thousands and which one marks decimals.
// English `1,234.5`; German, Spanish, Italian, Dutch, Portuguese `1.234,5`; French `1 234,5`; Swiss `1'234.5`.

import { byLanguage, LANGUAGES, type NumberFormat } from '../lang';

export type { NumberFormat };

/** By language tag: primary subtags (`de`), and full tags for regional ways (`de-ch`). English is the default. */
export const NUMBER_FORMATS: Record<string, NumberFormat> = {
  ...byLanguage((t) => t.numberFormat),
  ...Object.fromEntries(
    Object.entries(LANGUAGES).flatMap(([code, t]) => Object.entries(t.numberFormatByRegion ?? {}).map(([region, f]) => [`${code}-${region}`, f])),
  ),
};
const ENGLISH = NUMBER_FORMATS.en;

export function numberFormatFor(lang: string): NumberFormat {
  const tag = lang.toLowerCase();
  return NUMBER_FORMATS[tag] ?? NUMBER_FORMATS[tag.split('-')[0]] ?? ENGLISH;
}

const charClass = (chars: string[]) => `[${chars.map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}]`;

/**
 * RegExp source for one numeral: grouped thousands or a plain run of digits, with optional decimals.
 * A group must end the digits (`1 2025` in French is `1` and `2025`, not `1 202` and `5`).
 * Quantifiers are bounded and the caller anchors the start with a look-behind, so a megabyte of
 * digits costs one attempt per run, not one per digit.
 */
export function numeralSource(format: NumberFormat): string {
  const g = charClass(format.group);
  const d = charClass([format.decimal]);
  return `\\d{1,3}(?:${g}\\d{3}){1,6}(?!\\d)(?:${d}\\d{1,9})?|\\d{1,20}(?:${d}\\d{1,9})?`;
}

/** The numeric value of a numeral written in `format`, as a decimal string (`1234.5`). */
export function numeralToDecimal(raw: string, format: NumberFormat): string {
  let out = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if (ch === format.decimal) out += '.';
  }
  return out;
}

/** `digits` times ten to the `exponent`, without the float error of `1.1 * 1e6`. */
export function scaled(decimal: string, exponent: number): number {
  return exponent === 0 ? Number(decimal) : Number(`${decimal}e${exponent}`);
}
