// The reader's theme table: its schema and the safety check on patterns. The background keeps the table
// (lib/settings/settings-db.ts) and hands it to the text analysis as `themes`.
// No browser.* here: the options page, the background and tests share it.
// zod/mini: the background validates the stored table with these too.
import * as z from 'zod/mini';
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

/** A group that repeats inside (`\w+`, `a{2,3}`) may itself repeat at most this often: `(?:\w+ ){0,4}`. */
export const GROUP_REPEAT_LIMIT = 4;

/**
 * Why a pattern is refused, or null when it is acceptable. Refused: too long, not a valid regular
 * expression, back-references, and the shapes behind catastrophic backtracking: a group that repeats
 * inside and is itself repeated without bound (`(a+)+`, `(\w*)*`) or more than GROUP_REPEAT_LIMIT times
 * (`(\s*\w+\s*){1,50}`, `(.*a){20}`), and a repeated group whose alternatives can match the same text
 * (`(a|aa)*`; allowed: plain words none of which begins another, `(?:its |their )+`). This check is a
 * first line only: the background also runs the reader's patterns under a time budget
 * (lib/themes/pattern-probe.ts).
 */
export function patternProblem(source: string): string | null {
  if (source.length === 0) return 'Pattern is empty.';
  if (source.length > THEME_LIMITS.patternLength) return `Pattern is longer than ${THEME_LIMITS.patternLength} characters.`;
  const invalid = regExpProblem(source);
  if (invalid) return invalid;
  if (/\\[1-9]|\\k</.test(source)) return 'Back-references are not allowed.';
  return repetitionProblem(source);
}

/** Null when `source` compiles as a case-insensitive regular expression, else why not. */
export function regExpProblem(source: string): string | null {
  try {
    new RegExp(source, 'i');
    return null;
  } catch (error) {
    return `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
}

interface GroupFrame {
  /** Where the group's body starts. */
  start: number;
  /** Holds a quantifier that repeats without bound. */
  unbounded: boolean;
  /** Holds a quantifier that can repeat at all (max > 1). */
  repeats: boolean;
  /** Has alternatives (`|`) at its own level. */
  alternation: boolean;
}

/** Walks the pattern once, tracking for each open group what repeats inside it. */
function repetitionProblem(source: string): string | null {
  const frame = (start: number): GroupFrame => ({ start, unbounded: false, repeats: false, alternation: false });
  const stack: GroupFrame[] = [frame(0)];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const top = stack[stack.length - 1];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(frame(i + 1));
    else if (c === '|') top.alternation = true;
    else if (c === ')') {
      const group = stack.length > 1 ? stack.pop()! : frame(i);
      const max = quantifierMax(source, i + 1);
      if (group.unbounded && max === Infinity) return 'Nested repetition like (a+)+ can make matching take forever; rewrite it without a repeated group that repeats inside.';
      if (group.repeats && max > GROUP_REPEAT_LIMIT) return `A group that repeats inside may repeat at most ${GROUP_REPEAT_LIMIT} times, like (?:\\w+ ){0,${GROUP_REPEAT_LIMIT}}: larger repeats such as (\\s*\\w+){1,50} or (.*a){20} can make matching take forever.`;
      if (group.alternation && max > 1 && !distinctWords(source.slice(group.start, i))) return 'A repeated group whose alternatives can match the same text, like (a|aa)*, can make matching take forever; repeat plain words only, none the start of another.';
      const parent = stack[stack.length - 1];
      parent.unbounded ||= group.unbounded || max === Infinity;
      parent.repeats ||= group.repeats || max > 1;
    } else {
      const max = quantifierMax(source, i);
      top.unbounded ||= max === Infinity;
      top.repeats ||= max > 1;
    }
  }
  return null;
}

/** How often the quantifier starting at `i` lets its atom repeat: 0 when there is none, Infinity when unbounded. */
function quantifierMax(source: string, i: number): number {
  const c = source[i];
  if (c === '*' || c === '+') return Infinity;
  if (c === '?') return 1;
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 20));
    if (!m) return 0;
    if (!m[2]) return Number(m[1]);
    return m[3] ? Number(m[3]) : Infinity;
  }
  return 0;
}

/** A group body made of plain words (no syntax) as alternatives, none the start of another: one way to read any text. */
function distinctWords(body: string): boolean {
  const words = body.replace(/^\?:/, '').toLowerCase().split('|');
  if (words.some((w) => w === '' || /[\\()[\]{}.*+?^$]/.test(w))) return false;
  return words.every((w, i) => words.every((v, j) => i === j || !v.startsWith(w)));
}

/** A pattern the options page may save (patternProblem). */
const SafePattern = z.string().check(
  z.superRefine((src, ctx) => {
    const problem = patternProblem(src);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: src });
  }),
);

/**
 * A pattern read back from storage: of bounded length and valid. Not held to the repetition check: a table
 * saved under an older, laxer check keeps its other themes, and the background's time budget switches off
 * a pattern that runs away (lib/themes/pattern-probe.ts).
 */
const StoredPattern = z.string().check(
  z.maxLength(THEME_LIMITS.patternLength),
  z.superRefine((src, ctx) => {
    const problem = regExpProblem(src);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: src });
  }),
);

function themeTableSchema(pattern: typeof SafePattern) {
  const theme = z.object({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Use lower-case letters, digits and hyphens (up to 40).')),
    label: z.string().check(z.trim(), z.minLength(1, 'Label is empty'), z.maxLength(THEME_LIMITS.labelLength)),
    terms: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(THEME_LIMITS.termLength))).check(z.maxLength(THEME_LIMITS.terms)),
    patterns: z.optional(z.array(pattern).check(z.maxLength(THEME_LIMITS.patterns))),
    frames: z.optional(z.array(pattern).check(z.maxLength(THEME_LIMITS.patterns))),
    weight: z.optional(z.number().check(z.gte(0), z.lte(10))),
    party: z.optional(
      z.object({
        cues: z.array(z.string().check(z.maxLength(THEME_LIMITS.termLength))).check(z.maxLength(THEME_LIMITS.terms)),
        label: z.string().check(z.maxLength(THEME_LIMITS.labelLength)),
      }),
    ),
  });
  return z
    .array(theme)
    .check(
      z.minLength(1),
      z.maxLength(THEME_LIMITS.themes),
      z.refine((t) => new Set(t.map((x) => x.id)).size === t.length, { message: 'Two themes have the same id.' }),
    );
}

/** A table the options page may save: every pattern passes patternProblem. */
export const ThemeTableSchema = themeTableSchema(SafePattern);
/** A table as read back from storage (see StoredPattern). */
export const StoredThemeTableSchema = themeTableSchema(StoredPattern);

/** A stored table, or undefined (use the defaults) when there is none or its layout does not validate. */
export function readThemeTable(stored: unknown): ThemeDefinition[] | undefined {
  const parsed = StoredThemeTableSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export function defaultThemeTable(): ThemeDefinition[] {
  return structuredClone(DEFAULT_THEMES);
}
