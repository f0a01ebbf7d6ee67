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

/** A theme's rules: its terms as one regex (see `termsRegExp`) and its patterns. */
interface CompiledTheme {
  terms: GuardedRegExp | null;
  /**
   * The first word of each term (lower case): a text where no word starts with one of them cannot
   * match the terms, so their regex is neither compiled nor run there. Null when a term does not start
   * with a word character (then there is nothing cheap to look for).
   */
  termLeads: string[] | null;
  patterns: GuardedRegExp[];
}

const compiled = new WeakMap<ThemeDefinition, CompiledTheme>();
const WORD_RUNS = new RegExp(`${WORD_CHAR}+`, 'g');
const LEADING_WORD = new RegExp(`^${WORD_CHAR}+`);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termBody(term: string): string {
  return escapeRegExp(normaliseQuotes(term.trim().toLowerCase()))
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

function termLeads(terms: string[]): string[] | null {
  const leads: string[] = [];
  for (const term of terms) {
    const t = term.trim();
    if (!t) continue;
    const lead = LEADING_WORD.exec(normaliseQuotes(t.toLowerCase()));
    if (!lead) return null;
    leads.push(lead[0]);
  }
  return leads;
}

function compile(theme: ThemeDefinition): CompiledTheme {
  let res = compiled.get(theme);
  if (res) return res;
  const terms = termsSource(theme.terms);
  res = { terms: terms ? new GuardedRegExp(terms, 'g') : null, termLeads: termLeads(theme.terms), patterns: [] };
  for (const source of theme.patterns ?? []) {
    try {
      // The u flag only where a pattern needs it (\p{...}, \u{...}): it slows matching down a lot.
      const rule = new GuardedRegExp(source, /\\[pPu]\{/.test(source) ? 'giu' : 'gi');
      void rule.re; // compile now, so that a broken pattern is dropped here
      res.patterns.push(rule);
    } catch {
      // A user's broken pattern must not break the analysis; the theme keeps its other rules.
    }
  }
  compiled.set(theme, res);
  return res;
}

/** Curly apostrophes and quotes as straight ones, one character for one (offsets are kept). */
export function normaliseQuotes(text: string): string {
  return text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
}

/**
 * The themes whose terms may occur somewhere in `text`: some word of the text starts with the first
 * word of one of their terms. A sentence of the text can match a theme's terms only if the theme is
 * here; pass the set to `matchThemes` for each sentence to skip the others' term regexes.
 */
export function themesWithTermsIn(text: string, themes: ThemeDefinition[]): Set<ThemeDefinition> {
  const words = [...new Set(normaliseQuotes(text).toLowerCase().match(WORD_RUNS) ?? [])].sort();
  const someWordStartsWith = (prefix: string) => {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < words.length && words[lo].startsWith(prefix);
  };
  const found = new Set<ThemeDefinition>();
  for (const theme of themes) {
    const leads = compile(theme).termLeads;
    if (!leads || leads.some(someWordStartsWith)) found.add(theme);
  }
  return found;
}

/**
 * The themes `text` speaks to, most hits first (ties keep the table's order). `termsIn`, from
 * `themesWithTermsIn` over a text holding this one, names the themes whose terms are worth trying.
 */
export function matchThemes(text: string, themes: ThemeDefinition[], termsIn?: ReadonlySet<ThemeDefinition>): ThemeHit[] {
  const norm = normaliseQuotes(text).toLowerCase();
  const out: ThemeHit[] = [];
  for (const theme of themes) {
    const starts = new Set<number>();
    const { terms, patterns } = compile(theme);
    const rules = terms && (!termsIn || termsIn.has(theme)) ? [terms, ...patterns] : patterns;
    for (const rule of rules) {
      if (!rule.mayMatch(norm)) continue;
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        if (m[0] === '') re.lastIndex++; // a user pattern that can match nothing must not loop
        else starts.add(m.index);
      }
    }
    if (starts.size > 0) out.push({ id: theme.id, hits: starts.size });
  }
  return out.map((h, i) => ({ h, i })).sort((a, b) => b.h.hits - a.h.hits || a.i - b.i).map((x) => x.h);
}
