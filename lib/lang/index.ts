// Language data by code: one table per language (en.ts, de.ts...), looked up by primary subtag.
// The modules that use the data take what they need from here; the algorithms stay with them.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { OTHER_LANGUAGES } from './others';
import { pt } from './pt';
import type { LanguageTable } from './types';

export type { LanguageTable, NumberFormat } from './types';

export const LANGUAGES: Readonly<Record<string, LanguageTable>> = { en, de, fr, es, it, nl, pt, ...OTHER_LANGUAGES };

/** The table of a primary subtag (`de`), or undefined when Lede has none. */
export function languageTable(primary: string): LanguageTable | undefined {
  return Object.hasOwn(LANGUAGES, primary) ? LANGUAGES[primary] : undefined;
}

/** One field of every language that has it, by code: `byLanguage((t) => t.months)`. */
export function byLanguage<T>(pick: (table: LanguageTable) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [code, table] of Object.entries(LANGUAGES)) {
    const value = pick(table);
    if (value !== undefined) out[code] = value;
  }
  return out;
}

/** A list field of every language, joined: for words read in texts of any language. */
export function inAnyLanguage<T>(pick: (table: LanguageTable) => readonly T[] | undefined): T[] {
  return Object.values(LANGUAGES).flatMap((t) => pick(t) ?? []);
}
