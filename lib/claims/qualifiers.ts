// Words around a figure: qualifiers kept in its span, and words that make digits an identifier.

import { byLanguage, inAnyLanguage } from '../lang';

/** Hedges and bounds before a figure, kept in the span (`up to 72 GPUs`, `more than 40%`), by language. */
export const QUALIFIERS: Record<string, string[]> = byLanguage((t) => t.qualifiers);

/** Qualifiers that bound a figure, by language: `at least 40` sets `low`, `up to 72` sets `high`. */
export const BOUND_WORDS: Record<string, { low: Set<string>; high: Set<string> }> = byLanguage((t) =>
  t.bounds ? { low: new Set(t.bounds.low), high: new Set(t.bounds.high) } : undefined,
);

/**
 * Words after which digits name a thing rather than measure it (`Section 230`, `chapter 11`,
 * `version 4`, `ticket #4521`, `No. 5`), in any language, compared in lower case.
 */
export const IDENTIFIER_WORDS = new Set(inAnyLanguage((t) => t.identifierWords));

/**
 * Capitalised English words that may stand right before a figure without making it a name: words
 * that open a sentence (`In 2027`, `About 1,200 engineers`) and month or season names. Any other
 * capitalised word right before a bare number marks a product, model or law (`Model 3`, `Windows 11`,
 * `Vision 2030`).
 */
export const EN_CAPITALISED_OK = new Set([
  'in', 'by', 'since', 'until', 'till', 'from', 'to', 'after', 'before', 'over', 'under', 'about',
  'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'only', 'just', 'the', 'a', 'an',
  'and', 'but', 'or', 'of', 'for', 'with', 'at', 'on', 'during', 'between', 'than', 'last', 'next',
  'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'all', 'both', 'each',
  'every', 'another', 'up', 'down', 'then', 'now', 'still', 'already', 'also', 'even', 'through',
  'throughout', 'within', 'beyond', 'into', 'per', 'plus', 'minus', 'more', 'less', 'fewer', 'least',
  'most', 'another', 'another', 'nor', 'yet', 'so', 'as', 'if', 'when', 'while', 'where', 'because',
  'although', 'though', 'whereas', 'since', 'unlike', 'like', 'roughly', 'nearly', 'across', 'among',
  'against', 'toward', 'towards', 'until', 'upon', 'without', 'are', 'were', 'is', 'was', 'has',
  'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does',
  'do', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'there', 'here', 'what', 'which', 'who', 'whose',
  'why', 'how', 'nearly', 'spring', 'summer', 'autumn', 'fall', 'winter', 'christmas', 'easter',
  'fiscal', 'approx.', 'ca.', 'circa', 'total', 'roughly', 'today', 'yesterday', 'tomorrow', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'join', 'get', 'save', 'add',
  'cut', 'raise', 'hire', 'sell', 'buy', 'see', 'read', 'earn', 'pay', 'spend', 'win', 'lose',
  'u.s.', 'u.k.', 'e.u.', 'us', 'uk', 'eu',
  'exactly', 'precisely', 'fully', 'barely', 'perhaps', 'maybe', 'possibly', 'well', 'below', 'above',
  'past', 'upwards', 'additional', 'further', 'estimated', 'record', 'nearly', 'another', 'only',
]);

/** Street words that make the digits before a capitalised name a house number (`1119 Eighth St.`). */
export const STREET_WORDS = [
  'St', 'Street', 'Ave', 'Avenue', 'Rd', 'Road', 'Dr', 'Drive', 'Pl', 'Place', 'Ln', 'Lane', 'Blvd',
  'Boulevard', 'Way', 'Ct', 'Court', 'Terrace', 'Parkway', 'Pkwy', 'Hwy', 'Highway', 'Square', 'Sq',
];
