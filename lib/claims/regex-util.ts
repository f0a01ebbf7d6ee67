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

/** Letters and digits on either side mean a token is glued to a word (`XR500`, `3D`). */
export const WORD_CHAR = '[\\p{L}\\p{N}]';

/** Look-ups in the tables are case-insensitive unless a table says otherwise. */
export function lowerKeyed<V>(entries: Iterable<[string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) map.set(normalizeKey(k), v);
  return map;
}

/** The key under which a matched phrase is looked up: lower case, one plain space. */
export function normalizeKey(s: string): string {
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

const LETTER_AT = /\p{L}/uy;

/** Whether a letter (a whole code point) starts at `pos`. */
function letterAt(text: string, pos: number): boolean {
  LETTER_AT.lastIndex = pos;
  return LETTER_AT.test(text);
}

/**
 * `(?:lead)(words)(?![\p{L}])` tried at one position, case-insensitively, for long word tables. The
 * table is first tried compiled without the u flag, with the "no letter after" test made on its match:
 * case-insensitive Unicode regexes compile many times slower (about 20× on the unit table, compiled
 * on every page). Only when that test fails — where the look-ahead could settle for a shorter word
 * ("barrels" in "barrels of oilfield") — is the full regex compiled and asked.
 */
export class WordsAt {
  private readonly fast: RegExp;
  private full: RegExp | null = null;

  constructor(
    private readonly lead: string,
    private readonly words: string,
  ) {
    this.fast = new RegExp(`${lead}(${words})`, 'iy');
  }

  exec(text: string, pos: number): RegExpExecArray | null {
    this.fast.lastIndex = pos;
    const m = this.fast.exec(text);
    if (!m || !letterAt(text, pos + m[0].length)) return m;
    this.full ??= new RegExp(`${this.lead}(${this.words})(?![\\p{L}])`, 'iuy');
    this.full.lastIndex = pos;
    return this.full.exec(text);
  }
}

/**
 * An `endingAt` regex for `(?<!notAfter)pattern`, where only the look-behind class needs the u flag
 * (\p{...}): the pattern is tried compiled without it, and the class is tested on the character before
 * its match. A large alternation compiles several times faster without u. Only when that test fails —
 * where the look-behind could settle for a shorter phrase — is the full regex compiled and asked.
 */
export class EndingAtAfter {
  private readonly fast: RegExp;
  private readonly before: RegExp;
  private full: RegExp | null = null;

  constructor(
    private readonly notAfter: string,
    private readonly pattern: string,
  ) {
    this.fast = endingAt(pattern, '');
    this.before = new RegExp(`(?<=${notAfter})`, 'uy');
  }

  /** As `matchEndingAt` with the full regex. */
  match(text: string, pos: number): { hit: string; groups: Record<string, string | undefined> } | null {
    const m = matchEndingAt(this.fast, text, pos);
    if (!m) return null;
    this.before.lastIndex = pos - m.hit.length;
    if (!this.before.test(text)) return m;
    this.full ??= endingAt(`(?<!${this.notAfter})${this.pattern}`, 'u');
    return matchEndingAt(this.full, text, pos);
  }
}
