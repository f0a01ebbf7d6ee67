// Which themes a sentence speaks to, and how strongly: the number of places where the theme's terms
// and patterns occur. Theme tables are compiled once per definition object (user tables included).
import { GuardedRegExp } from './literal-guard';
import type { ThemeDefinition } from './taxonomy';

export interface ThemeHit {
  id: string;
  /** Places in the text where a term or pattern of the theme starts (overlapping rules count once). */
  hits: number;
}

/** Endings a term may take: "supplier" also finds "suppliers", "delay" finds "delayed". */
const TERM_ENDINGS = '(?:s|es|d|ed|ing)?';

/**
 * A letter or digit, Latin accents included, for word edges. Spelled out rather than \p{L} with the u flag:
 * case-insensitive Unicode matching is many times slower, and theme matching runs on every sentence.
 */
const WORD_CHAR = '[\\w\\u00C0-\\u024F]';

/** A theme's rules: its terms as one regex (see `termsRegExp`), then its patterns. */
interface CompiledTheme {
  rules: GuardedRegExp[];
  /**
   * Per rule: may it run once over a whole text, its matches then shared out to the sentences? Only when
   * what it matches at a place depends on nothing but the characters it matches and one character either
   * side (word edges). Anchors and lookarounds see further, so those rules run sentence by sentence.
   */
  wholeText: boolean[];
}

const compiled = new WeakMap<ThemeDefinition, CompiledTheme>();
/** Pattern syntax that reads past a match's own characters: anchors and lookarounds (\b aside). */
const SEES_BEYOND_MATCH = /(?<![[\\])\^|(?<!\\)\$|\(\?<?[=!]/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termBody(term: string): string {
  return escapeRegExp(normalizeQuotes(term.trim().toLowerCase()))
    .replace(/\\-|-/g, '[\\s-]?')
    .replace(/\s+/g, '[\\s-]+');
}

/**
 * Terms as one whole-word regex (one regex per theme keeps matching fast); spaces and hyphens inside a
 * term match either, a hyphen also nothing. Longer terms come first so "fixed costs" wins over "cost".
 */
export function termsRegExp(terms: string[]): RegExp | null {
  const source = termsSource(terms);
  return source ? new RegExp(source, 'g') : null;
}

function termsSource(terms: string[]): string | null {
  const bodies = terms
    .filter((t) => t.trim())
    .sort((a, b) => b.length - a.length)
    .map(termBody);
  if (bodies.length === 0) return null;
  // Run on lower-cased text: without the i flag the regex compiles several times faster.
  return `(?<!${WORD_CHAR})(?:${bodies.join('|')})${TERM_ENDINGS}(?!${WORD_CHAR})`;
}

function compile(theme: ThemeDefinition): CompiledTheme {
  let res = compiled.get(theme);
  if (res) return res;
  const terms = termsSource(theme.terms);
  res = { rules: [], wholeText: [] };
  if (terms) {
    res.rules.push(new GuardedRegExp(terms, 'g'));
    res.wholeText.push(true); // the terms' own lookarounds read one character, like \b
  }
  for (const source of theme.patterns ?? []) {
    try {
      // The u flag only where a pattern needs it (\p{...}, \u{...}): it slows matching down a lot.
      const rule = new GuardedRegExp(source, /\\[pPu]\{/.test(source) ? 'giu' : 'gi');
      void rule.re; // compile now, so that a broken pattern is dropped here
      res.rules.push(rule);
      res.wholeText.push(!SEES_BEYOND_MATCH.test(source));
    } catch {
      // A user's broken pattern must not break the analysis; the theme keeps its other rules.
    }
  }
  compiled.set(theme, res);
  return res;
}

/** A theme's compiled rules, terms first (for tests that watch them run). */
export function compiledRules(theme: ThemeDefinition): GuardedRegExp[] {
  return compile(theme).rules;
}

/** Where each match of `rule` in `text` starts; a pattern that can match nothing must not loop. */
function eachMatchStart(rule: GuardedRegExp, text: string, visit: (at: number) => void): void {
  if (!rule.mayMatch(text)) return;
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else visit(m.index);
  }
}

/** Curly apostrophes and quotes as straight ones, one character for one (offsets are kept). */
export function normalizeQuotes(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
}

/** The themes `text` speaks to, most hits first (ties keep the table's order). */
export function matchThemes(text: string, themes: ThemeDefinition[]): ThemeHit[] {
  const norm = normalizeQuotes(text).toLowerCase();
  const out: ThemeHit[] = [];
  for (const theme of themes) {
    const starts = new Set<number>();
    for (const rule of compile(theme).rules) eachMatchStart(rule, norm, (at) => starts.add(at));
    if (starts.size > 0) out.push({ id: theme.id, hits: starts.size });
  }
  return out.map((h, i) => ({ h, i })).sort((a, b) => b.h.hits - a.h.hits || a.i - b.i).map((x) => x.h);
}

/**
 * A character that makes a word edge (\b, or the terms' WORD_CHAR lookarounds) differ between "end of the
 * sentence" and "next character of the text": ASCII word characters, Latin accents, and the two letters
 * that case-insensitive Unicode regexes count as word characters (ſ, K).
 */
const EDGE_WORD_CHAR = /[\w\u00C0-\u024F\u017F\u212A]/;

interface SentenceRange {
  start: number;
  end: number;
}

/**
 * `matchThemes` of every sentence of `text` (each a `text.slice(start, end)`, in order, not overlapping),
 * with the same answers, in far fewer regex runs: each whole-text rule runs once over the text and its
 * matches go to the sentence that holds them. Where that could differ from matching the sentence alone —
 * a match crossing or leaving a sentence's bounds, a sentence glued to a word character of the text —
 * the rule runs again on that sentence alone. Yields after each theme (a theme can take a while on a
 * very long text).
 */
export function* matchThemesInSentencesSteps(
  text: string,
  sentences: readonly SentenceRange[],
  themes: ThemeDefinition[],
): Generator<void, ThemeHit[][]> {
  const norm = normalizeQuotes(text).toLowerCase();
  // Lower-casing must keep offsets, and the final sigma (ς) is lower-cased by context: both are rare, and
  // then each sentence is matched alone.
  if (norm.length !== text.length || text.includes('\u03a3')) {
    const out: ThemeHit[][] = [];
    for (const s of sentences) out.push(matchThemes(text.slice(s.start, s.end), themes));
    return out;
  }
  const n = sentences.length;
  // A sentence whose neighbour in the text is a word character sees another word edge than alone.
  const glued: boolean[] = sentences.map(
    (s) => (s.start > 0 && EDGE_WORD_CHAR.test(text[s.start - 1])) || (s.end < text.length && EDGE_WORD_CHAR.test(text[s.end])),
  );
  const hitsBySentence: { index: number; hit: ThemeHit }[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < themes.length; t++) {
    const theme = themes[t];
    const { rules, wholeText } = compile(theme);
    const starts: (Set<number> | undefined)[] = new Array(n);
    const add = (i: number, at: number) => (starts[i] ??= new Set()).add(at);
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r];
      if (!rule.mayMatch(norm)) continue;
      const re = rule.re;
      // Sentences this rule must match alone, and the whole-text matches that fell cleanly inside one.
      const alone = new Set<number>();
      const clean: number[] = []; // pairs: sentence index, match start
      if (wholeText[r]) {
        re.lastIndex = 0;
        let i = 0; // every sentence before i ends before the current match starts
        for (let m = re.exec(norm); m; m = re.exec(norm)) {
          const from = m.index;
          const to = from + m[0].length;
          if (to === from) {
            re.lastIndex++; // matches nothing: not counted, alone or not
            continue;
          }
          while (i < n && sentences[i].end <= from) i++;
          let j = i;
          while (j < n && sentences[j].start < to) j++;
          if (j === i + 1 && sentences[i].start <= from && to <= sentences[i].end) clean.push(i, from);
          else for (let k = i; k < j; k++) alone.add(k); // crosses or leaves a sentence's bounds
        }
        for (let k = 0; k < n; k++) if (glued[k]) alone.add(k);
      } else {
        for (let k = 0; k < n; k++) alone.add(k);
      }
      for (let c = 0; c < clean.length; c += 2) if (!alone.has(clean[c])) add(clean[c], clean[c + 1]);
      for (const k of alone) {
        const { start, end } = sentences[k];
        eachMatchStart(rule, norm.slice(start, end), (at) => add(k, start + at));
      }
    }
    for (let i = 0; i < n; i++) {
      const size = starts[i]?.size;
      if (size) hitsBySentence[i].push({ index: t, hit: { id: theme.id, hits: size } });
    }
    yield;
  }
  return hitsBySentence.map((list) => list.sort((a, b) => b.hit.hits - a.hit.hits || a.index - b.index).map((x) => x.hit));
}
