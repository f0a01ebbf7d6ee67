// Sentence boundaries with offsets, for English-like punctuation. A boundary is a terminal mark (. ! ? …),
// optionally closed by quotes or brackets, followed by space and something that can open a sentence —
// unless the word before the mark is a known abbreviation, an initial, or part of a number.
import type { Span } from '../analysis';

/** Words that end with a full stop without ending the sentence (lower case, without the stop). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'ft', 'gen', 'gov', 'sen', 'rep', 'rev', 'col', 'lt', 'sgt', 'capt',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn',
  'vs', 'etc', 'e.g', 'i.e', 'cf', 'al', 'approx', 'est', 'no', 'nos', 'vol', 'fig', 'figs', 'pp', 'p', 'ch', 'sec', 'art',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'ph.d', 'bzw', 'ca', 'z.b', 'usw', 'mio', 'mrd', 'nr',
]);

const TERMINAL = /[.!?…]+["'”’»)\]]*(?=\s)|[.!?…]+["'”’»)\]]*$/g;
/** What may open a sentence after a boundary: a capital, a digit, an opening quote or bracket. */
const OPENER = /^\s+["'“‘«(\[]?[\p{Lu}\p{N}]/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  // Paragraph and line breaks always end a sentence.
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    splitLine(text, line.index, line.index + line[0].length, spans);
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  let sentenceStart = 0;
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(line); m; m = TERMINAL.exec(line)) {
    const end = m.index + m[0].length;
    if (end >= line.length) break;
    if (!OPENER.test(line.slice(end, end + 4))) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviation(line, m.index)) continue;
    pushTrimmed(text, from + sentenceStart, from + end, out);
    sentenceStart = end;
  }
  pushTrimmed(text, from + sentenceStart, to, out);
}

function isAbbreviation(line: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(line[i - 1])) i--;
  const word = line.slice(i, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
