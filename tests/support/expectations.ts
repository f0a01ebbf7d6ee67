// The expectation checker: holds an Analysis to what a careful reader expects of a page, as written
// in a `*.expected.json` file (format: tests/fixtures/pages/README.md, after the reference page's
// "about" field). It returns human-readable failures, one per unmet expectation; [] means pass.
// Generic on purpose: the fixture tests and `npm run eval` (the reference page) both use it.
//
// Text comparisons collapse runs of whitespace (spaces, newlines, no-break spaces) to one space,
// because a reader cannot see the difference; everything else is compared exactly. The slice
// invariant (`article.text.slice(start, end) === text`) is checked without any normalization.
import { z } from 'zod';
import { AnalysisSchema, NUMERIC_KINDS, type Analysis, type Claim } from '../../lib/analysis';

/** A numeric claim's span may be this much longer than the expected figure (qualifiers, nouns). */
export const NUMERIC_SPAN_SLACK = 16;
/** Theme sentences and strategic claims are matched to expected sentences on this many characters. */
export const SENTENCE_PREFIX = 40;
/** Relative tolerance for `value` (floating-point parsing of "1.234,5" and the like). */
const VALUE_TOLERANCE = 1e-9;

const NumericExpectation = z.object({
  text: z.string().min(1),
  kind: z.enum(NUMERIC_KINDS),
  value: z.number().optional(),
  unit: z.array(z.string()).min(1).optional(),
  /** Dates only: the resolved ISO form (`2026`, `2026-03`, `2026-03-14`). */
  iso: z.string().optional(),
  minCount: z.number().int().positive().optional(),
});

const ThemeExpectation = z.object({
  theme: z.string(),
  id: z.string(),
  anyOf: z.array(z.string().min(1)).min(1),
  labelMentions: z.string().optional(),
  labelRule: z.string().optional(),
});

const SponsoredExpectation = z.object({
  containing: z.string().min(1),
  why: z.string().optional(),
  inArticle: z.boolean(),
});

export const ExpectationSchema = z.object({
  page: z.string(),
  about: z.string().optional(),
  /** null: the page is not an article and the engine must say so. */
  article: z
    .object({
      title: z.string().optional(),
      mustContain: z.array(z.string()).optional(),
      mustNotContain: z.array(z.string()).optional(),
    })
    .nullable(),
  /** Optional metadata: `lang` and `published` are compared as prefixes, the others exactly. */
  meta: z
    .object({
      lang: z.string().optional(),
      author: z.string().optional(),
      published: z.string().optional(),
      canonicalUrl: z.string().optional(),
    })
    .optional(),
  numeric: z.array(NumericExpectation).optional(),
  notNumeric: z.array(z.string()).optional(),
  outsideArticle: z.array(z.string()).optional(),
  sponsored: z.array(SponsoredExpectation).optional(),
  sponsoredCount: z.number().int().nonnegative().optional(),
  themes: z.array(ThemeExpectation).optional(),
  /** Theme ids that must not be reported. */
  absentThemes: z.array(z.string()).optional(),
  notStrategic: z.array(z.string()).optional(),
  /** "none": no strategic claim and no theme at all (e.g. a language without strategic support). */
  strategic: z.literal('none').optional(),
});

export type Expectations = z.infer<typeof ExpectationSchema>;
export type NumericExpectation = z.infer<typeof NumericExpectation>;

/** Parses an expectation file's JSON; throws with the zod issues when it is malformed. */
export function parseExpectations(json: unknown): Expectations {
  const parsed = ExpectationSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`malformed expectations: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** Collapses whitespace runs (incl. no-break spaces) to one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const contains = (haystack: string, needle: string): boolean =>
  normalizeSpace(haystack).includes(normalizeSpace(needle));

const prefix = (s: string): string => normalizeSpace(s).slice(0, SENTENCE_PREFIX);

/** Same sentence: equal on the first SENTENCE_PREFIX characters. */
const sameSentence = (a: string, b: string): boolean => prefix(a) === prefix(b);

/** A (strategic) claim sits on a sentence: same sentence, or its text lies inside the sentence. */
const claimOnSentence = (claimText: string, sentence: string): boolean =>
  claimText.trim() !== '' && (sameSentence(claimText, sentence) || contains(sentence, claimText));

const quote = (s: string): string => `“${s}”`;
const isNumeric = (c: Claim): boolean => c.kind !== 'strategic';

function sameValue(actual: number | undefined, expected: number): boolean {
  if (actual === undefined) return false;
  return Math.abs(actual - expected) <= VALUE_TOLERANCE * Math.max(1, Math.abs(expected));
}

function describeClaim(c: Claim): string {
  const extra = [
    c.value !== undefined ? `value=${c.value}` : '',
    c.unit !== undefined ? `unit=${c.unit}` : '',
    c.iso !== undefined ? `iso=${c.iso}` : '',
  ].filter(Boolean);
  return `${c.kind} ${quote(c.text)}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

/**
 * Checks an analysis against expectations. `analysis` is null when the engine reported
 * not-an-article. `pageText` (e.g. the body's textContent), when given, is used to check the
 * expectations themselves: strings said to be on the page must be there.
 */
export function checkExpectations(
  analysis: Analysis | null,
  expectedInput: Expectations | unknown,
  pageText?: string,
): string[] {
  const expected = parseExpectations(expectedInput);
  const failures: string[] = [];
  if (pageText !== undefined) failures.push(...checkExpectationStrings(expected, pageText));

  if (expected.article === null) {
    if (analysis !== null) {
      failures.push(
        `[article] not an article, but the engine analyzed it as one (title ${quote(analysis.title)}, ` +
          `${analysis.article.text.length} characters of text)`,
      );
    }
    return failures;
  }
  if (analysis === null) {
    failures.push('[article] the engine reported not-an-article for an article page');
    return failures;
  }

  const schema = AnalysisSchema.safeParse(analysis);
  if (!schema.success) failures.push(`[schema] the analysis breaks the contract: ${z.prettifyError(schema.error)}`);

  failures.push(
    ...checkSlices(analysis),
    ...checkArticle(analysis, expected),
    ...checkMeta(analysis, expected),
    ...checkNumeric(analysis, expected),
    ...checkNotNumeric(analysis, expected),
    ...checkOutside(analysis, expected),
    ...checkSponsored(analysis, expected),
    ...checkThemes(analysis, expected),
    ...checkAbsentThemes(analysis, expected),
    ...checkNotStrategic(analysis, expected),
    ...checkNoStrategic(analysis, expected),
  );
  return failures;
}

/** Every string an expectation says is on the page must be on the page (catches typos in the file). */
function checkExpectationStrings(expected: Expectations, pageText: string): string[] {
  const strings: [string, string][] = [
    ...(expected.article?.mustContain ?? []).map((s): [string, string] => ['article.mustContain', s]),
    ...(expected.article?.mustNotContain ?? []).map((s): [string, string] => ['article.mustNotContain', s]),
    ...(expected.outsideArticle ?? []).map((s): [string, string] => ['outsideArticle', s]),
    ...(expected.notNumeric ?? []).map((s): [string, string] => ['notNumeric', s]),
    ...(expected.numeric ?? []).map((n): [string, string] => ['numeric', n.text]),
    ...(expected.sponsored ?? []).map((s): [string, string] => ['sponsored', s.containing]),
    ...(expected.notStrategic ?? []).map((s): [string, string] => ['notStrategic', s]),
    ...(expected.themes ?? []).flatMap((t) => t.anyOf.map((s): [string, string] => [`themes.${t.id}`, s])),
  ];
  return strings
    .filter(([, s]) => !contains(pageText, s))
    .map(([field, s]) => `[expectations] ${field}: ${quote(s)} is not on the page at all (typo in the expectation file?)`);
}

function checkSlices(analysis: Analysis): string[] {
  const text = analysis.article.text;
  const spans: [string, { text: string; start: number; end: number }][] = [
    ...analysis.claims.map((c): [string, Claim] => [`claim ${c.id} (${c.kind})`, c]),
    ...analysis.thesis.map((s, i): [string, typeof s] => [`thesis[${i}]`, s]),
    ...analysis.themes.flatMap((t) =>
      t.sentences.map((s, i): [string, typeof s] => [`theme ${t.id} sentence[${i}]`, s]),
    ),
  ];
  const failures: string[] = [];
  for (const [where, span] of spans) {
    const slice = text.slice(span.start, span.end);
    if (span.start > span.end || span.end > text.length || slice !== span.text) {
      failures.push(
        `[slice] ${where}: article.text.slice(${span.start}, ${span.end}) is ${quote(slice)}, not ${quote(span.text)}`,
      );
    }
  }
  return failures;
}

function checkArticle(analysis: Analysis, expected: Expectations): string[] {
  const failures: string[] = [];
  const article = expected.article;
  if (!article) return failures;
  if (article.title !== undefined && normalizeSpace(analysis.title) !== normalizeSpace(article.title)) {
    failures.push(`[title] expected ${quote(article.title)}, got ${quote(analysis.title)}`);
  }
  for (const s of article.mustContain ?? []) {
    if (!contains(analysis.article.text, s)) failures.push(`[article] the article text lacks ${quote(s)}`);
  }
  for (const s of article.mustNotContain ?? []) {
    if (contains(analysis.article.text, s)) failures.push(`[article] the article text must not contain ${quote(s)}`);
  }
  return failures;
}

function checkMeta(analysis: Analysis, expected: Expectations): string[] {
  const want = expected.meta;
  if (!want) return [];
  const got = analysis.meta;
  const failures: string[] = [];
  const asPrefix = (key: 'lang' | 'published') => {
    const w = want[key];
    if (w !== undefined && !(got[key] ?? '').toLowerCase().startsWith(w.toLowerCase())) {
      failures.push(`[meta] ${key} should start with ${quote(w)}, got ${got[key] === undefined ? 'nothing' : quote(got[key])}`);
    }
  };
  const exactly = (key: 'author' | 'canonicalUrl') => {
    const w = want[key];
    if (w !== undefined && got[key] !== w) {
      failures.push(`[meta] ${key} should be ${quote(w)}, got ${got[key] === undefined ? 'nothing' : quote(got[key])}`);
    }
  };
  asPrefix('lang');
  asPrefix('published');
  exactly('author');
  exactly('canonicalUrl');
  return failures;
}

/** Claims of the expected kind whose text holds the figure and is at most NUMERIC_SPAN_SLACK longer. */
export function numericCandidates(analysis: Analysis, n: NumericExpectation): Claim[] {
  const maxLength = normalizeSpace(n.text).length + NUMERIC_SPAN_SLACK;
  return analysis.claims.filter(
    (c) => c.kind === n.kind && contains(c.text, n.text) && normalizeSpace(c.text).length <= maxLength,
  );
}

function checkNumeric(analysis: Analysis, expected: Expectations): string[] {
  const failures: string[] = [];
  for (const n of expected.numeric ?? []) {
    const need = n.minCount ?? 1;
    const candidates = numericCandidates(analysis, n);
    const good = candidates.filter(
      (c) =>
        (n.value === undefined || sameValue(c.value, n.value)) &&
        (n.unit === undefined || n.unit.includes(c.unit ?? '')) &&
        (n.iso === undefined || c.iso === n.iso),
    );
    if (good.length >= need) continue;
    const wanted =
      `${need > 1 ? `${need} ` : 'a '}${n.kind} claim${need > 1 ? 's' : ''} on ${quote(n.text)}` +
      (n.value !== undefined ? ` with value ${n.value}` : '') +
      (n.unit ? ` and unit ${n.unit.join('|')}` : '') +
      (n.iso !== undefined ? ` and iso ${n.iso}` : '');
    const near = analysis.claims.filter((c) => isNumeric(c) && (contains(c.text, n.text) || contains(n.text, c.text)));
    const seen = near.length ? `; claims there: ${near.map(describeClaim).join('; ')}` : '; no numeric claim there';
    failures.push(`[numeric] expected ${wanted}, found ${good.length}${seen}`);
  }
  return failures;
}

function checkNotNumeric(analysis: Analysis, expected: Expectations): string[] {
  return (expected.notNumeric ?? []).flatMap((s) =>
    analysis.claims
      .filter((c) => isNumeric(c) && contains(c.text, s))
      .map((c) => `[notNumeric] ${quote(s)} is not a figure, but it is in the claim ${describeClaim(c)}`),
  );
}

function checkOutside(analysis: Analysis, expected: Expectations): string[] {
  const failures: string[] = [];
  for (const s of expected.outsideArticle ?? []) {
    if (contains(analysis.article.text, s)) failures.push(`[outsideArticle] ${quote(s)} is outside the article but in article.text`);
    for (const c of analysis.claims.filter((c) => contains(c.text, s))) {
      failures.push(`[outsideArticle] ${quote(s)} is outside the article but in the claim ${describeClaim(c)}`);
    }
  }
  return failures;
}

function checkSponsored(analysis: Analysis, expected: Expectations): string[] {
  const failures: string[] = [];
  const count = expected.sponsoredCount ?? expected.sponsored?.length;
  const got = analysis.sponsored;
  if (count !== undefined && got.length !== count) {
    const list = got.map((b) => quote(normalizeSpace(b.text).slice(0, 60))).join('; ');
    failures.push(`[sponsored] expected exactly ${count} sponsored block(s), got ${got.length}${list ? `: ${list}` : ''}`);
  }
  for (const s of expected.sponsored ?? []) {
    const found = got.filter((b) => contains(b.text, s.containing));
    if (!found.length) {
      failures.push(`[sponsored] no sponsored block contains ${quote(s.containing)} (${s.why ?? 'expected'})`);
    } else if (!found.some((b) => b.inArticle === s.inArticle)) {
      failures.push(`[sponsored] the block with ${quote(s.containing)} should have inArticle=${s.inArticle}`);
    }
  }
  return failures;
}

function checkThemes(analysis: Analysis, expected: Expectations): string[] {
  const failures: string[] = [];
  const strategic = analysis.claims.filter((c) => c.kind === 'strategic');
  for (const t of expected.themes ?? []) {
    const theme = analysis.themes.find((x) => x.id === t.id);
    if (!theme) {
      const ids = analysis.themes.map((x) => x.id).join(', ') || 'none';
      failures.push(`[themes] no theme ${quote(t.id)} (${t.theme}); themes reported: ${ids}`);
    } else {
      if (t.labelMentions !== undefined && !theme.label.toLowerCase().includes(t.labelMentions.toLowerCase())) {
        failures.push(`[themes] the label of ${quote(t.id)} should mention ${quote(t.labelMentions)}, it is ${quote(theme.label)}`);
      }
      if (!theme.sentences.some((s) => t.anyOf.some((a) => sameSentence(s.text, a)))) {
        failures.push(
          `[themes] ${quote(t.id)} cites none of its expected sentences (e.g. ${quote(prefix(t.anyOf[0]))}…); ` +
            `it cites ${theme.sentences.map((s) => quote(prefix(s.text))).join('; ') || 'nothing'}`,
        );
      }
    }
    if (!strategic.some((c) => t.anyOf.some((a) => claimOnSentence(c.text, a)))) {
      failures.push(`[themes] no strategic claim on any expected ${quote(t.id)} sentence (e.g. ${quote(prefix(t.anyOf[0]))}…)`);
    }
  }
  return failures;
}

function checkAbsentThemes(analysis: Analysis, expected: Expectations): string[] {
  return (expected.absentThemes ?? [])
    .filter((id) => analysis.themes.some((t) => t.id === id))
    .map((id) => `[absentThemes] theme ${quote(id)} is reported, but the article does not argue it`);
}

function checkNotStrategic(analysis: Analysis, expected: Expectations): string[] {
  const failures: string[] = [];
  for (const s of expected.notStrategic ?? []) {
    // A factual sentence must be no strategic claim's text, nor hold one.
    const hits = analysis.claims.filter(
      (c) => c.kind === 'strategic' && (contains(c.text, s) || (c.text.trim() !== '' && contains(s, c.text))),
    );
    for (const c of hits) failures.push(`[notStrategic] a factual sentence is a strategic claim: ${quote(c.text)}`);
  }
  return failures;
}

function checkNoStrategic(analysis: Analysis, expected: Expectations): string[] {
  if (expected.strategic !== 'none') return [];
  const failures: string[] = [];
  const strategic = analysis.claims.filter((c) => c.kind === 'strategic');
  if (strategic.length) {
    failures.push(`[strategic] no strategic claims expected, got ${strategic.length}: ${strategic.map((c) => quote(prefix(c.text))).join('; ')}`);
  }
  if (analysis.themes.length) {
    failures.push(`[strategic] no themes expected, got ${analysis.themes.map((t) => t.id).join(', ')}`);
  }
  return failures;
}
