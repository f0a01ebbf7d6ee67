// The reader's theme table: its schema, the safety check on patterns, and where it is kept
// (a WXT storage item under THEMES_STORAGE_KEY; the background hands it to the text analysis as `themes`).
// No browser.* here: the options page, the background and tests share it.
// zod/mini: the background validates the stored table with these too.
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_THEMES, type ThemeDefinition } from '@/lib/themes/taxonomy';

export const THEMES_STORAGE_KEY = 'lede:themes';

export const THEME_LIMITS = {
  themes: 30,
  labelLength: 60,
  terms: 200,
  termLength: 60,
  patterns: 40,
  /** Longer patterns are refused: they are hard to review and slow on every sentence. */
  patternLength: 200,
} as const;

/**
 * Why a pattern is refused, or null when it is acceptable. Refused: too long, not a valid regular
 * expression, back-references, and a group with an unbounded quantifier inside that is itself
 * repeated without bound — `(a+)+`, `(\w*)*`, `(x+y?){2,}` — the shape behind catastrophic
 * backtracking. A bounded repeat of such a group (`(?:\w+ ){0,3}`) is allowed.
 */
export function patternProblem(source: string): string | null {
  if (source.length === 0) return 'Pattern is empty.';
  if (source.length > THEME_LIMITS.patternLength) return `Pattern is longer than ${THEME_LIMITS.patternLength} characters.`;
  try {
    new RegExp(source, 'i');
  } catch (error) {
    return `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'Back-references are not allowed.';
  if (hasNestedUnboundedQuantifier(source)) return 'Nested repetition like (a+)+ can make matching take forever; rewrite it without a repeated group that repeats inside.';
  return null;
}

/** Walks the pattern once, tracking for each open group whether it holds an unbounded quantifier. */
function hasNestedUnboundedQuantifier(source: string): boolean {
  const stack: boolean[] = [false];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const innerUnbounded = stack.length > 1 ? stack.pop()! : false;
      const after = quantifierAt(source, i + 1);
      if (innerUnbounded && after === 'unbounded') return true;
      // The group as a whole counts as unbounded inside its parent if it repeats without bound, or holds such a repeat.
      if (innerUnbounded || after === 'unbounded') stack[stack.length - 1] = true;
    } else if (quantifierAt(source, i) === 'unbounded') stack[stack.length - 1] = true;
  }
  return false;
}

/** The quantifier starting at `i`: unbounded (`*`, `+`, `{n,}`), bounded (`?`, `{n}`, `{n,m}`) or none. */
function quantifierAt(source: string, i: number): 'unbounded' | 'bounded' | null {
  const c = source[i];
  if (c === '*' || c === '+') return 'unbounded';
  if (c === '?') return 'bounded';
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 20));
    if (!m) return null;
    return m[2] && !m[3] ? 'unbounded' : 'bounded';
  }
  return null;
}

const SafePattern = z.string().check(
  z.superRefine((src, ctx) => {
    const problem = patternProblem(src);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: src });
  }),
);

export const ThemeDefinitionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use lower-case letters, digits and hyphens (up to 40).')),
  label: z.string().check(z.trim(), z.minLength(1, 'Label is empty'), z.maxLength(THEME_LIMITS.labelLength)),
  terms: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(THEME_LIMITS.termLength))).check(z.maxLength(THEME_LIMITS.terms)),
  patterns: z.optional(z.array(SafePattern).check(z.maxLength(THEME_LIMITS.patterns))),
  frames: z.optional(z.array(SafePattern).check(z.maxLength(THEME_LIMITS.patterns))),
  weight: z.optional(z.number().check(z.gte(0), z.lte(10))),
  party: z.optional(
    z.object({
      cues: z.array(z.string().check(z.maxLength(THEME_LIMITS.termLength))).check(z.maxLength(THEME_LIMITS.terms)),
      label: z.string().check(z.maxLength(THEME_LIMITS.labelLength)),
    }),
  ),
});

export const ThemeTableSchema = z
  .array(ThemeDefinitionSchema)
  .check(
    z.minLength(1),
    z.maxLength(THEME_LIMITS.themes),
    z.refine((t) => new Set(t.map((x) => x.id)).size === t.length, { message: 'Two themes have the same id.' }),
  );

/** A stored table, or undefined (use the defaults) when there is none or it does not validate. */
export function readThemeTable(stored: unknown): ThemeDefinition[] | undefined {
  const parsed = ThemeTableSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export function defaultThemeTable(): ThemeDefinition[] {
  return structuredClone(DEFAULT_THEMES);
}

/** Where the reader's table is kept. Read with readThemeTable: what is stored is checked, never trusted. */
export const themeTableItem = storage.defineItem<unknown>(`local:${THEMES_STORAGE_KEY}`);
