// How a language writes numerals: which characters group thousands and which one marks decimals.
// English `1,234.5`; German, Spanish, Italian, Dutch, Portuguese `1.234,5`; French `1 234,5`; Swiss `1'234.5`.

export interface NumberFormat {
  /** Characters that may separate groups of three digits. */
  group: string[];
  /** The decimal mark. */
  decimal: string;
}

const ENGLISH: NumberFormat = { group: [','], decimal: '.' };
const DOT_GROUPS: NumberFormat = { group: ['.'], decimal: ',' };
const SPACE_GROUPS: NumberFormat = { group: [' ', '\u00a0', '\u202f'], decimal: ',' };
const SWISS: NumberFormat = { group: ["'", '’'], decimal: '.' };

/** By primary language subtag; a full tag (`de-CH`) is looked up first. English is the default. */
export const NUMBER_FORMATS: Record<string, NumberFormat> = {
  en: ENGLISH,
  ja: ENGLISH,
  zh: ENGLISH,
  ko: ENGLISH,
  de: DOT_GROUPS,
  es: DOT_GROUPS,
  it: DOT_GROUPS,
  nl: DOT_GROUPS,
  pt: DOT_GROUPS,
  da: DOT_GROUPS,
  id: DOT_GROUPS,
  tr: DOT_GROUPS,
  fr: SPACE_GROUPS,
  pl: SPACE_GROUPS,
  cs: SPACE_GROUPS,
  sv: SPACE_GROUPS,
  fi: SPACE_GROUPS,
  nb: SPACE_GROUPS,
  no: SPACE_GROUPS,
  ru: SPACE_GROUPS,
  uk: SPACE_GROUPS,
  'de-ch': SWISS,
  'it-ch': SWISS,
  'fr-ch': SPACE_GROUPS,
};

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
