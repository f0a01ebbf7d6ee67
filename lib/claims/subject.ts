// What a figure measures, in the text's own words (English): a short noun phrase taken from the
// sentence. Heuristics on the words around the figure, tried in order:
//   1. a count's own noun:                  `30 Boeing jets`                → `Boeing jets`
//      (and a share's: `eight out of ten companies` → `companies`)
//   2. the phrase after `of`:               `40% of the company's revenue`  → `the company's revenue`
//   3. the noun the figure modifies:        `a $38 billion contract`        → `contract`
//   4. the phrase before `of`:              `revenue of $3 billion`         → `revenue`
//   5. the phrase a verb relates it to:     `Sales rose 5% to $3 billion`   → `Sales` (both figures)
// Absent when none of these finds a phrase. Dates have no subject.
import { COUNT_STOP_WORDS } from './counted-nouns';
import { EN_CARDINALS, EN_SCALES } from './number-words';
import type { NumericMatch } from './types';

/** Verbs that relate a subject to a figure (`X rose 5%`, `X was valued at $3 billion`). */
const RELATING_VERBS = new Set([
  'rose', 'risen', 'rises', 'rise', 'fell', 'fallen', 'falls', 'fall', 'grew', 'grown', 'grows', 'grow',
  'increased', 'increases', 'decreased', 'decreases', 'declined', 'declines', 'dropped', 'drops', 'jumped',
  'jumps', 'climbed', 'climbs', 'slipped', 'slid', 'surged', 'soared', 'plunged', 'tumbled', 'gained',
  'gains', 'lost', 'loses', 'reached', 'reaches', 'hit', 'hits', 'topped', 'tops', 'totaled', 'totalled',
  'totals', 'stood', 'stands', 'came', 'comes', 'was', 'were', 'is', 'are', 'be', 'been', 'cost', 'costs',
  'valued', 'worth', 'generated', 'generates', 'earned', 'earns', 'posted', 'reported', 'amounted',
  'amounts', 'accounted', 'accounts', 'represented', 'represents', 'employs', 'employed', 'raised', 'raises',
  'expanded', 'shrank', 'contracted', 'remained', 'remains', 'averaged', 'averages', 'exceeded', 'exceeds',
  'doubled', 'tripled', 'halved', 'narrowed', 'widened', 'edged', 'added', 'adds', 'fetched', 'sold', 'sells',
  'closed', 'opened', 'ended', 'finished', 'traded', 'priced', 'estimated', 'pegged', 'forecast', 'projected',
]);
/** Words that may stand between the subject and its verb (`Sales have also risen`). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'also', 'only', 'just', 'now', 'already', 'still', 'nearly', 'almost', 'reportedly', 'currently', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Words that end a subject phrase on its left: clause openers and reporting verbs. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'that', 'which', 'who', 'as', 'when', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'said', 'says', 'say', 'according', 'than', 'where', 'so', 'to', 'from']);
/** Prepositions inside a subject phrase (`new-car sales in October`), never at its start. */
const INNER_PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'on', 'with', 'by']);
/** Words after a figure that are no noun it modifies. */
const NOT_MODIFIED = new Set([
  'last', 'next', 'this', 'year', 'years', 'quarter', 'month', 'months', 'week', 'weeks', 'day', 'days',
  'ago', 'annually', 'higher', 'lower', 'respectively', 'apiece', 'compared', 'earlier', 'later', 'overall',
  'year-on-year', 'year-over-year', 'a', 'an', 'the', 'mark', 'level', 'range', 'threshold',
]);
/** Determiners that open a subject phrase and are kept (`the ferry contract`). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

const MAX_WORDS = 6;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’&.-]*/uy;

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of `text` between `from` and `to`, and whether punctuation stands between each pair. */
function tokens(text: string, from: number, to: number): (Token | null)[] {
  const out: (Token | null)[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    const raw = m ? m[0].slice(0, to - i) : '';
    const word = /^(?:\p{L}\.){2,}$/u.test(raw) ? raw : raw.replace(/[.]+$/, ''); // `U.S.` keeps its dots
    if (word) {
      out.push({ word, start: i, end: i + word.length });
      i += word.length;
    } else {
      if (out[out.length - 1] !== null) out.push(null); // punctuation: a boundary
      i++;
    }
  }
  return out;
}

const lower = (t: Token) => t.word.toLowerCase();
const isNumberWord = (w: string) => /^[\d.,]+$/.test(w) || Object.hasOwn(EN_CARDINALS, w) || Object.hasOwn(EN_SCALES, w) || w === 'dozen';
const isNouny = (t: Token) => !COUNT_STOP_WORDS.has(lower(t)) && !RELATING_VERBS.has(lower(t)) && !/^\d/.test(t.word);

function phrase(text: string, ts: Token[]): string | undefined {
  if (!ts.length) return undefined;
  const s = text.slice(ts[0].start, ts[ts.length - 1].end).replace(/\s+/g, ' ').replace(/['’]$/, '');
  return s.length > 1 && s.length <= 60 ? s : undefined;
}

/** Where the sentence around `[start, end)` begins and ends. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let a = start;
  // A full stop after one letter (`U.S. economy`) ends an abbreviation, not the sentence.
  while (a > 0 && start - a < 240 && !(/[.!?]\s|\n/.test(text.slice(a - 2, a)) && !/(?:^|[^\p{L}])\p{L}\.\s$/u.test(text.slice(Math.max(0, a - 4), a)))) a--;
  let b = end;
  while (b < text.length && b - end < 240 && !/^(?:[.!?](?:\s|$)|\n)/.test(text.slice(b, b + 2))) b++;
  return [a, b];
}

/** The subject of a figure found in `text`, or undefined. */
export function subjectOf(text: string, m: Pick<NumericMatch, 'kind' | 'start' | 'end'>): string | undefined {
  if (m.kind === 'date') return undefined;
  const [from, to] = sentenceBounds(text, m.start, m.end);
  if (m.kind === 'count' || m.kind === 'percent') {
    // A count's noun, or a share's (`eight out of ten companies`).
    const own = tokens(text, m.start, m.end).filter((t): t is Token => t !== null);
    let i = own.length - 1;
    while (i >= 0 && !isNumberWord(lower(own[i])) && lower(own[i]) !== 'of') i--;
    const noun = i >= 0 ? phrase(text, own.slice(i + 1)) : undefined;
    if (noun) return noun;
  }
  const after = tokens(text, m.end, to);
  const before = tokens(text, from, m.start);
  return ofAfter(text, after) ?? ofBefore(text, before) ?? modified(text, after, before) ?? byVerb(text, before);
}

/** `40% of the company's revenue`. */
function ofAfter(text: string, after: (Token | null)[]): string | undefined {
  if (after[0] === null || !after[0] || lower(after[0]) !== 'of') return undefined;
  const out: Token[] = [];
  for (const t of after.slice(1)) {
    if (!t || out.length >= MAX_WORDS) break;
    if (DETERMINERS.has(lower(t)) && out.length === 0) {
      out.push(t);
      continue;
    }
    if (!isNouny(t) || /(?:ly|ing)$/.test(lower(t))) break;
    out.push(t);
  }
  return out.some((t) => !DETERMINERS.has(lower(t))) ? phrase(text, out) : undefined;
}

/** `a $38 billion contract`, `a 12-cent rise`: the nouns right after the figure. */
function modified(text: string, after: (Token | null)[], before: (Token | null)[]): string | undefined {
  // After a determiner (`a $38 billion contract`) or a verb with its object (`inks $9 billion order`);
  // not first in a sentence, where the next word is its verb (`$3.2 billion beat forecasts`).
  const prev = before[before.length - 1];
  const objectOfVerb = prev && /^\p{Ll}/u.test(prev.word) && !COUNT_STOP_WORDS.has(lower(prev)) && !RELATING_VERBS.has(lower(prev)) && !INNER_PREPOSITIONS.has(lower(prev));
  if (!determinerBefore(before) && !objectOfVerb) return undefined;
  const out: Token[] = [];
  for (const t of after) {
    if (!t || out.length >= 3) break;
    const w = lower(t);
    if (!isNouny(t) || NOT_MODIFIED.has(w) || /(?:ly|ed)$/.test(w) || (/^\p{Lu}/u.test(t.word) && out.length === 0 && !determinerBefore(before))) break;
    out.push(t);
  }
  return phrase(text, out);
}

const determinerBefore = (before: (Token | null)[]) => {
  const t = before[before.length - 1];
  return Boolean(t && (DETERMINERS.has(lower(t)) || /['’]s?$/.test(t.word)));
};

/** `revenue of $3 billion`: the phrase before `of`. */
function ofBefore(text: string, before: (Token | null)[]): string | undefined {
  const last = before[before.length - 1];
  if (!last || lower(last) !== 'of') return undefined;
  return leftPhrase(text, before.slice(0, -1));
}

/** `Sales rose 5% to $3 billion`: the phrase before the verb that relates it to the figure. */
function byVerb(text: string, before: (Token | null)[]): string | undefined {
  // Walk left over the figure's own connectors (`to`, `by`, another figure) to the verb.
  let i = before.length - 1;
  for (let steps = 0; i >= 0 && steps < 8; i--, steps++) {
    const t = before[i];
    if (t && RELATING_VERBS.has(lower(t))) break;
  }
  if (i < 0 || !before[i] || !RELATING_VERBS.has(lower(before[i] as Token))) return undefined;
  i--;
  while (i >= 0 && before[i] && AUXILIARIES.has(lower(before[i] as Token))) i--;
  return leftPhrase(text, before.slice(0, i + 1));
}

/** The noun phrase ending the tokens: back to punctuation, a clause opener or MAX_WORDS words. */
function leftPhrase(text: string, ts: (Token | null)[]): string | undefined {
  const out: Token[] = [];
  for (let i = ts.length - 1; i >= 0 && out.length < MAX_WORDS; i--) {
    const t = ts[i];
    if (!t) break;
    const w = lower(t);
    if (CLAUSE_OPENERS.has(w) || RELATING_VERBS.has(w) || AUXILIARIES.has(w) || /^\d/.test(w)) break;
    out.unshift(t);
    if (DETERMINERS.has(w)) break;
  }
  while (out.length && INNER_PREPOSITIONS.has(lower(out[0]))) out.shift();
  if (!out.length || out.every((t) => DETERMINERS.has(lower(t)) || COUNT_STOP_WORDS.has(lower(t)))) return undefined;
  // Pronouns name nothing on their own.
  if (out.length === 1 && /^(?:it|they|he|she|we|you|i|this|that|which|who)$/i.test(out[0].word)) return undefined;
  return phrase(text, out);
}
