// The noun a count counts (`1,200 engineers`, `72 Falcon GPUs`, `three factories`, `42.000 Haushalte`).
// In English a count's `unit` is the noun's lemma: singular, lower case for words (`engineer`,
// `factory`, `person`), as written for acronyms (`GPU`). German counts are found by their capitalised
// noun but carry no unit (there is no lemmatiser for German here). Other languages report such figures
// as `number`.
import { de } from '../lang/de';
import { TEXT_WORDS } from '../lang/text-words';
import { SPACE } from './regex-util';

const EN = TEXT_WORDS.en;

/** Words that end a noun phrase search: function words, common verbs and adverbs, time words. */
export const COUNT_STOP_WORDS = new Set(EN.countStopWords);
/** Adjectives that may stand between a number and its noun (`200 new engineers`). */
export const COUNT_ADJECTIVES = new Set(EN.countAdjectives);
/** Irregular plurals and their lemmas; nouns that are their own plural. */
export const IRREGULAR_PLURALS: Record<string, string> = EN.irregularPlurals ?? {};
/** Plurals in -ies whose singular ends in -ie, and -es plurals that only drop -s. */
const IE_NOUNS = new Set(EN.iePlurals);
const OES_KEEP_E = new Set(EN.oesPlurals);

/** The singular of an English plural noun (`factories` → `factory`, `GPUs` → `GPU`). */
export function lemma(word: string): string {
  if (/^[A-Z][A-Z0-9]+s$/.test(word)) return word.slice(0, -1); // GPUs, CEOs, EVs
  if (/^[A-Z][A-Z0-9]+$/.test(word)) return word;
  const w = word.toLowerCase();
  if (Object.hasOwn(IRREGULAR_PLURALS, w)) return IRREGULAR_PLURALS[w];
  if (IE_NOUNS.has(w)) return w.slice(0, -1);
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zzes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('oes') && !OES_KEEP_E.has(w)) return w.slice(0, -2);
  if (/[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Whether a word is an English plural noun (or a noun that is its own plural). */
export function isPluralNoun(word: string): boolean {
  if (/^[A-Z][A-Z0-9]*[A-Z]s$/.test(word)) return true; // GPUs, EVs
  const w = word.toLowerCase();
  if (Object.hasOwn(IRREGULAR_PLURALS, w)) return true;
  if (!/^[a-z][a-z'’-]*$/.test(w) || w.length < 3) return false;
  if (/(?:ss|us|is|ous|ics)$/.test(w)) return false; // boss, bonus, basis, famous, economics
  if (/(?:ed|ly|ing)$/.test(w)) return false; // verbs and adverbs, not nouns
  return w.endsWith('s');
}

/**
 * A lower-case word that may modify the noun after it: an adjective or a noun used as one
 * (`electronic shelf labels`, `skilled workers`, `paying customers`). Plural-looking words and
 * adverbs are not: `1,200 engineers work` keeps `engineers` as the noun.
 */
function isModifierWord(lower: string): boolean {
  return /^[a-z]{3,}$/.test(lower) && !/(?:s|ly)$/.test(lower);
}

export interface CountedNoun {
  end: number;
  /** The lemma; absent where the language has no lemmatiser. */
  noun?: string;
}

const WORD = new RegExp(`${SPACE}["“‘]?([\\p{L}][\\p{L}\\p{M}\\p{N}'’]*(?:-[\\p{L}\\p{M}\\p{N}]+)*)["”’]?`, 'uy');
/** Stop words that still modify a noun after them (`263 daily news organizations`). */
const MODIFYING_STOP_WORDS = new Set(['news']);
const MAX_MODIFIERS = 3;

/**
 * The noun counted by the number ending at `at`: up to two modifiers (capitalised model names,
 * hyphenated compounds, listed adjectives) and then a plural noun (a singular one when the number
 * is one). Null when the next words are not such a phrase.
 */
export function countedNounAt(text: string, at: number, singular: boolean, modifiers = 0): CountedNoun | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return null;
  const word = m[1];
  const lower = word.toLowerCase();
  const end = at + m[0].length;
  const acronym = /^[A-Z][A-Z0-9]*[A-Z]s?$/.test(word);
  // `US` is a country, not the pronoun: `13,000 US troops`.
  if (COUNT_STOP_WORDS.has(lower) && !(acronym && word !== 'I')) {
    return MODIFYING_STOP_WORDS.has(lower) && modifiers < MAX_MODIFIERS ? countedNounAt(text, end, singular, modifiers + 1) : null;
  }
  const acronymPlural = acronym && word.endsWith('s');
  const capitalised = /^\p{Lu}/u.test(word) && !acronymPlural;
  if (modifiers < MAX_MODIFIERS && (capitalised || COUNT_ADJECTIVES.has(lower) || word.includes('-') || isModifierWord(lower))) {
    // Prefer reading the word as a modifier when a noun follows it (`full-time engineers`).
    const rest = countedNounAt(text, end, singular, modifiers + 1);
    if (rest) return rest;
  }
  const noun = acronymPlural || (singular && acronym) || (!capitalised && (isPluralNoun(word) || (singular && /^[a-z]{3,}$/.test(word) && !/(?:ed|ly|ing)$/.test(word))));
  if (noun) return { end, noun: lemma(word) };
  // A capitalised plural right after the number is counted too (`21 Christians`) and keeps its capital.
  // Not after a capitalised modifier: `Two United States service members` is a name, not a count.
  if (capitalised && modifiers === 0 && /^\p{Lu}\p{Ll}+$/u.test(word) && isPluralNoun(lower)) {
    const l = lemma(lower);
    return { end, noun: l[0].toUpperCase() + l.slice(1) };
  }
  return null;
}

/** Capitalised German words after a number that are not what it counts (`10 Uhr`, `3 Mal`). */
const DE_NOT_COUNTED = new Set(de.notCounted);
/** Lower-case German words ending like adjectives that are not adjectives. */
const DE_NOT_ADJECTIVES = new Set(de.notAdjectives);
const DE_ADJECTIVE = /^[a-zäöüß]{3,}(?:e|en|er|es|em)$/;
const DE_NOUN = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u;

/** A German counted noun: capitalised, after up to two inflected adjectives (`42.000 neue Haushalte`). */
export function germanCountedNounAt(text: string, at: number, _singular: boolean, modifiers = 0): CountedNoun | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m) return null;
  const word = m[1];
  const end = at + m[0].length;
  const lower = word.toLowerCase();
  if (DE_NOUN.test(word)) return DE_NOT_COUNTED.has(lower) ? null : { end };
  if (modifiers < MAX_MODIFIERS && DE_ADJECTIVE.test(word) && !DE_NOT_ADJECTIVES.has(lower)) {
    return germanCountedNounAt(text, end, _singular, modifiers + 1);
  }
  return null;
}

/** Counted-noun readers by primary language; languages without one report uncounted figures as `number`. */
export const COUNTED_NOUN_READERS: Record<string, (text: string, at: number, singular: boolean) => CountedNoun | null> = {
  en: (text, at, singular) => countedNounAt(text, at, singular),
  de: germanCountedNounAt,
};
