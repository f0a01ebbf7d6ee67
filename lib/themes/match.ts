// Which themes a sentence speaks to, and how strongly: the number of distinct terms and patterns of the
// places where the theme's terms and patterns occur. Theme tables are compiled once per definition object (user tables included).
import type { ThemeDefinition } from './taxonomy';

export interface ThemeHit {
  id: string;
  /** Places in the text where a term or pattern of the theme starts (overlapping rules count once). */
  hits: number;
}

/** Endings a term may take: "supplier" also finds "suppliers", "delay" finds "delayed". */
const TERM_ENDINGS = '(?:s|es|d|ed|ing)?';

const compiled = new WeakMap<ThemeDefinition, RegExp[]>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a whole-word regex; spaces and hyphens inside it match either, or nothing for a hyphen. */
export function termRegExp(term: string): RegExp {
  const body = escapeRegExp(term.trim().toLowerCase())
    .replace(/\\-|-/g, '[\\s-]?')
    .replace(/\s+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${TERM_ENDINGS}(?![\\p{L}\\p{N}])`, 'giu');
}

function compile(theme: ThemeDefinition): RegExp[] {
  let res = compiled.get(theme);
  if (res) return res;
  res = theme.terms.filter((t) => t.trim()).map(termRegExp);
  for (const source of theme.patterns ?? []) {
    try {
      res.push(new RegExp(source, 'giu'));
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

/** The themes `text` speaks to, most hits first (ties keep the table's order). */
export function matchThemes(text: string, themes: ThemeDefinition[]): ThemeHit[] {
  const norm = normaliseQuotes(text);
  const out: ThemeHit[] = [];
  for (const theme of themes) {
    const starts = new Set<number>();
    for (const re of compile(theme)) {
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
