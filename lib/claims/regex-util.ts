// Small helpers for building the numeric detector's regexes out of its word tables.

/** Escape a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'); // `-` is only special inside a class
}

/**
 * An alternation of literals, longest first so that `terabytes` wins over `terabyte`. Spaces in a
 * phrase match one space or no-break space, so tables can be written with plain spaces.
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return unique.map((w) => escapeRegExp(w).replace(/ /g, SPACE)).join('|');
}

/** One space as it appears in article text: ASCII, no-break or narrow no-break. */
export const SPACE = '[ \\u00a0\\u202f]';

/** Letters and digits on either side mean a token is glued to a word (`GB200`, `3D`). */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Look-ups in the tables are case-insensitive unless a table says otherwise. */
export function lowerKeyed<V>(entries: Iterable<[string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) map.set(normaliseKey(k), v);
  return map;
}

/** The key under which a matched phrase is looked up: lower case, one plain space. */
export function normaliseKey(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ');
}

/**
 * A regex that matches `pattern` ending exactly at a position, tried once: the pattern sits in a
 * look-behind, which the engine matches backwards from `lastIndex`. Cheaper and safer than testing
 * `pattern$` on a slice, which is retried at every start of the slice.
 */
export function endingAt(pattern: string, flags = 'u'): RegExp {
  return new RegExp(`(?<=(?<hit>${pattern}))`, flags.includes('y') ? flags : flags + 'y');
}

/** The match of an `endingAt` regex ending at `pos`, with its groups; null when none or empty. */
export function matchEndingAt(re: RegExp, text: string, pos: number): { hit: string; groups: Record<string, string | undefined> } | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  const groups = m?.groups ?? {};
  const hit = groups.hit;
  return hit ? { hit, groups } : null;
}
