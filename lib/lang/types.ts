// The shape of a language's table (one file per language in this folder). Every field is optional: a
// language has what Lede knows of it. The modules that use a field say how (named beside each field).
import type { YearPhrases } from '../claims/dates';
import type { UnitEntry } from '../claims/units';
import type { StrategicCues } from './en-text';

/** How a language writes numerals: which characters group thousands and which one marks decimals. */
export interface NumberFormat {
  /** Characters that may separate groups of three digits. */
  group: string[];
  /** The decimal mark. */
  decimal: string;
}

export interface LanguageTable {
  /** A dozen very common words: enough to tell languages apart on a paragraph or two (text/language.ts). */
  stopwords?: string[];
  /** How numerals are written (claims/number-format.ts); `byRegion` for a full tag (`de-CH` → `ch`). */
  numberFormat?: NumberFormat;
  numberFormatByRegion?: Record<string, NumberFormat>;
  /** Multiplier words and abbreviations after a numeral, as powers of ten (claims/number-words.ts). */
  multipliers?: Record<string, number>;
  /** Month names (claims/dates.ts). */
  months?: Record<string, number>;
  /** Phrases before a year: deadlines, parts of the year, fiscal years (claims/dates.ts). */
  yearPhrases?: YearPhrases;
  /** Words after which a year before 1900 is still read as a year (`in 1781`); any language's apply. */
  oldYearIntroducers?: string[];
  /** Hedges and bounds before a figure, kept in its span (claims/qualifiers.ts). */
  qualifiers?: string[];
  /** Qualifiers that bound a figure from below (`at least`) or above (`up to`) (claims/qualifiers.ts). */
  bounds?: { low: string[]; high: string[] };
  /** Words after which digits name a thing (`Kapitel 3`); any language's apply (claims/qualifiers.ts). */
  identifierWords?: string[];
  /** Percent, percentage-point and basis-point words → `%`, `pp`, `bp` (claims/units.ts). */
  percentWords?: Record<string, string>;
  /** Units read only in texts of this language (claims/units.ts). */
  units?: Omit<UnitEntry, 'lang'>[];
  /** Unit words read in texts of any language, since they are unambiguous (claims/units.ts). */
  unitWordsAnywhere?: Record<string, string[]>;
  /** Currency words after an amount → ISO code; any language's apply (claims/units.ts). */
  currencyWords?: Record<string, string>;
  /** Currency and unit words that make a figure of one after `a`/`an` (`a dollar`, `a litre`) (claims/numeric.ts). */
  unitsAfterArticle?: string[];
  /** Words joining an amount to its currency (`3 millones de euros`). */
  currencyConnectors?: string[];
  /** Its `cent` is a euro cent. */
  euroCents?: boolean;
  /** Capitalised words after a number that are not what it counts (`10 Uhr`) (claims/counted-nouns.ts). */
  notCounted?: string[];
  /** Lower-case words that end like adjectives but are not (claims/counted-nouns.ts). */
  notAdjectives?: string[];
}

/**
 * Words a page shows around ads and paid content, by language: what the sponsored detector and the
 * extractor read in the page. Apart from `LanguageTable` so that the content script bundles only these.
 */
export interface PageWords {
  /** Regex sources of words that alone label an ad slot (sponsored/rules.ts, extract/rules.ts). */
  adWords?: string[];
  /**
   * Regex sources of words that make a whole element an ad placeholder for the extractor (which drops
   * the element), but that the sponsored detector does not take for labels: a label flags the block
   * beside it, so its words must be unambiguous.
   */
  placeholderWords?: string[];
  /** Regex sources of "read on" tails after an ad label (`Anzeige — Weiterlesen`). */
  continueWords?: string[];
  /** Regex sources of disclosure labels on their own (`Gesponserter Beitrag`). */
  disclosureHeads?: string[];
  /** Regex sources of disclosures that name a sponsor after them (`Gesponsert von X`). */
  disclosureBy?: string[];
  /** Class and id words of disclosed paid content (`gesponsert`). */
  sponsoredClassWords?: string[];
  /** Regex sources of a cheap first test for any of the label words above. */
  labelHints?: string[];
  /** Regex sources of a whole element's text that is a loading placeholder (extract/rules.ts). */
  loadingWords?: string[];
}

/**
 * Words only the text half reads, by language: apart from `LanguageTable` so that the page half, which
 * bundles the language tables, does not bundle these.
 */
export interface TextWords {
  /** Cue words of strategic claims, by cue (claims/cues.ts); English only, so far. */
  cues?: StrategicCues;
  /** Words that end the search for the noun a number counts: function words, common verbs (claims/counted-nouns.ts). */
  countStopWords?: string[];
  /** Adjectives that may stand between a number and its noun (`200 new engineers`) (claims/counted-nouns.ts). */
  countAdjectives?: string[];
  /** Irregular plurals and their lemmas; nouns that are their own plural (claims/counted-nouns.ts). */
  irregularPlurals?: Record<string, string>;
  /** Plurals in -ies whose singular ends in -ie (`movies`), and in -oes that keep the e (`shoes`) (claims/counted-nouns.ts). */
  iePlurals?: string[];
  oesPlurals?: string[];
}
