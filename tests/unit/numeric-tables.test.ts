// The numeric detector's data tables: consistent with each other, and every entry actually read.
import { describe, expect, it } from 'vitest';
import { MONTHS, YEAR_PHRASES } from '../../lib/claims/dates';
import { NUMBER_FORMATS } from '../../lib/claims/number-format';
import { MULTIPLIER_WORDS } from '../../lib/claims/number-words';
import { findNumericClaims } from '../../lib/claims/numeric';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, PERCENT_WORDS, QUANTITY_UNITS } from '../../lib/claims/units';

describe('unit table', () => {
  it('maps every symbol to one unit', () => {
    const owner = new Map<string, string>();
    for (const u of QUANTITY_UNITS) {
      for (const s of u.symbols ?? []) {
        expect(owner.get(s) ?? u.unit, `symbol ${s}`).toBe(u.unit);
        owner.set(s, u.unit);
      }
    }
  });

  it('maps every word to one unit per language, and never to a currency or percent word', () => {
    const currencyWords = new Set(Object.keys(CURRENCY_WORDS).map((w) => w.toLowerCase()));
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt']) {
      const owner = new Map<string, string>();
      const percent = new Set(Object.keys({ ...PERCENT_WORDS.en, ...PERCENT_WORDS[lang] }));
      for (const u of QUANTITY_UNITS.filter((x) => !x.lang || x.lang === lang)) {
        for (const w of (u.words ?? []).map((x) => x.toLowerCase())) {
          expect(owner.get(w) ?? u.unit, `${lang} word ${w}`).toBe(u.unit);
          owner.set(w, u.unit);
          expect(currencyWords.has(w), `${w} is also a currency`).toBe(false);
          expect(percent.has(w), `${w} is also a percent word`).toBe(false);
        }
      }
    }
  });

  it('reads every unit symbol and word with its normalized unit', () => {
    for (const u of QUANTITY_UNITS) {
      const lang = u.lang ?? 'en';
      const forms = [
        ...(u.symbols ?? []).map((s) => (u.gluedOnly ? `7${s}` : `7 ${s}`)),
        ...(u.words ?? []).map((w) => `7 ${w}`),
      ];
      for (const form of forms) {
        const claim = findNumericClaims(`Sie sagten: ${form} .`, { lang })[0];
        expect({ form, kind: claim?.kind, unit: claim?.unit, text: claim?.text }).toEqual({ form, kind: 'quantity', unit: u.unit, text: form });
      }
    }
  });
});

describe('currency tables', () => {
  it('name ISO 4217 codes (a word several currencies share names none)', () => {
    for (const code of [...Object.values(CURRENCY_SYMBOLS), ...Object.values(CURRENCY_CODES)]) expect(code).toMatch(/^[A-Z]{3}$/);
    for (const code of Object.values(CURRENCY_WORDS)) expect(code).toMatch(/^(?:[A-Z]{3})?$/);
  });

  it('read every currency word after an amount', () => {
    for (const [word, code] of Object.entries(CURRENCY_WORDS)) {
      const claim = findNumericClaims(`It cost 7 ${word} in all.`)[0];
      expect({ word, kind: claim?.kind, unit: claim?.unit }).toEqual({ word, kind: 'money', unit: code || undefined });
    }
  });
});

describe('language tables', () => {
  it('keep decimal marks out of the group separators', () => {
    for (const [lang, f] of Object.entries(NUMBER_FORMATS)) expect(f.group, lang).not.toContain(f.decimal);
  });

  it('scale by whole powers of ten, and read each multiplier after a numeral', () => {
    for (const [lang, words] of Object.entries(MULTIPLIER_WORDS)) {
      for (const [w, e] of Object.entries(words)) {
        expect(Number.isInteger(e) && e >= 3 && e <= 12, `${lang} ${w}`).toBe(true);
        const claim = findNumericClaims(`… 7 ${w} …`, { lang })[0];
        expect({ w, value: claim?.value }).toEqual({ w, value: 7 * 10 ** e });
      }
    }
  });

  it('name all twelve months in every language', () => {
    for (const [lang, months] of Object.entries(MONTHS)) {
      expect(new Set(Object.values(months)), lang).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
    }
  });

  it('have every quarter, both halves and the end of a year', () => {
    for (const [lang, phrases] of Object.entries(YEAR_PHRASES)) {
      for (const part of ['end', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const) {
        expect(phrases.parts[part]?.length ?? 0, `${lang} ${part}`).toBeGreaterThan(0);
      }
    }
  });

  it('read every quarter phrase before a year', () => {
    for (const [lang, phrases] of Object.entries(YEAR_PHRASES)) {
      for (const q of ['Q1', 'Q2', 'Q3', 'Q4'] as const) {
        for (const phrase of phrases.parts[q] ?? []) {
          const claim = findNumericClaims(`… ${phrase} 2025 …`, { lang })[0];
          expect({ phrase, iso: claim?.iso }).toEqual({ phrase, iso: `2025-${q}` });
        }
      }
    }
  });
});
