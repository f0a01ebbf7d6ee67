// The content script's own readings of answers: the `lede:read-page` answer's checks (hand-written,
// mirroring lib/messages.ts; tests/unit/content-messages.test.ts holds both to the same verdicts) and
// the few duck-typed looks at notes answers. What the protocol's schemas check is generated into
// lib/content-guards.ts.
import type { ClaimKind, ClaimType } from './analysis';
import type { TextAnalysis } from './analyse-text';
import { arrayOf, either, isBoolean, isNumber, isOffset, isString, literal, nullable, oneOf, optional, shape, type Guard } from './guard';
import type { ArticleMeta } from './analysis';
import type { ArticleInput } from './analyse-text';
import { runSteps } from './extract/steps';
import { ARTICLE_TEXT_MAX_CHARS } from './limits';
import type { ReadPageResponse } from './messages';
import type { ElementRef, ReadingOnPaths } from './page-reading';

const CLAIM_KINDS: readonly ClaimKind[] = ['money', 'quantity', 'count', 'percent', 'date', 'number', 'strategic'];
const CLAIM_TYPES: readonly ClaimType[] = ['assertion', 'prediction', 'risk', 'question'];
const span = { text: isString, start: isOffset, end: isOffset };
type Claim = TextAnalysis['claims'][number];
type ThemeSummary = TextAnalysis['themes'][number];
const isClaim = shape<Claim>({
  ...span,
  id: isString,
  kind: oneOf(CLAIM_KINDS),
  value: optional(isNumber),
  unit: optional(isString),
  iso: optional(isString),
  type: optional(oneOf(CLAIM_TYPES)),
  hedged: optional(isBoolean),
  themes: arrayOf(isString),
});
const isTheme = shape<ThemeSummary>({
  id: isString,
  label: isString,
  score: isNumber,
  sentences: arrayOf(shape<ThemeSummary['sentences'][number]>({ ...span, claimIds: arrayOf(isString) })),
});
const textAnalysisFields = {
  lang: isString,
  thesis: arrayOf(shape<TextAnalysis['thesis'][number]>(span)),
  themes: arrayOf(isTheme),
  analyzeMs: isNumber,
};
const isPath = arrayOf(isOffset);
const isElementRef = shape<ElementRef>({ path: isPath, tag: isString });
const isMeta = shape<ArticleMeta>({
  site: optional(isString),
  author: optional(isString),
  published: optional(isString),
  canonicalUrl: optional(isString),
  lang: optional(isString),
});
const isArticleInput = shape<ArticleInput>({
  text: (v): v is string => isString(v) && v.length <= ARTICLE_TEXT_MAX_CHARS,
  blockStarts: arrayOf(isOffset),
  title: isString,
  langHint: nullable(isString),
});
const isReadingOnPaths = shape<ReadingOnPaths>({
  root: isElementRef,
  blocks: arrayOf(isPath),
  skipped: arrayOf(isPath),
  sponsored: arrayOf(shape<ReadingOnPaths['sponsored'][number]>({ at: isElementRef, reasons: arrayOf(isString) })),
  title: isString,
  meta: isMeta,
  input: isArticleInput,
});

/**
 * A `lede:read-page` answer with its claims checked only as an array: a very long article's answer holds
 * tens of thousands of claims, which the content script checks in slices (`claimsCheckSteps`).
 */
export const isReadPageResponseHead: Guard<ReadPageResponse> = either<ReadPageResponse>(
  shape({ ok: literal(true), status: literal('not-article') }),
  shape({
    ok: literal(true),
    status: literal('article'),
    reading: isReadingOnPaths,
    result: shape<TextAnalysis>({ ...textAnalysisFields, claims: (v): v is Claim[] => Array.isArray(v) }),
  }),
  shape({ ok: literal(false), error: isString }),
);

/** Claims checked between two yields of `claimsCheckSteps`. */
const CLAIMS_PER_STEP = 2000;

/** Whether every claim checks out, a slice at a time. */
export function* claimsCheckSteps(claims: unknown[]): Generator<void, boolean> {
  for (let i = 0; i < claims.length; i++) {
    if (!isClaim(claims[i])) return false;
    if (i % CLAIMS_PER_STEP === CLAIMS_PER_STEP - 1) yield;
  }
  return true;
}

/** The whole check in one go: the head, then every claim. */
export const isReadPageResponse: Guard<ReadPageResponse> = (v): v is ReadPageResponse => {
  if (!isReadPageResponseHead(v)) return false;
  if (!v.ok || v.status !== 'article') return true;
  return runSteps(claimsCheckSteps(v.result.claims));
};

/** The background said no to an article text (or answered nonsense): asking again would get the same. */
export class TextAnalysisRefused extends Error {}

/** `{ok: true, ...}`: the background did what was asked (what else it says is checked where it is read). */
export function isOkAnswer(answer: unknown): boolean {
  return (answer as { ok?: unknown } | null)?.ok === true;
}

/** Whether a `lede:notes:list` answer holds any passage note (only then is the page text sent to anchor them). */
export function listsPassageNotes(answer: unknown): boolean {
  const notes = (answer as { notes?: unknown } | null)?.notes;
  return isOkAnswer(answer) && Array.isArray(notes) && notes.some((n) => (n as { target?: { kind?: unknown } } | null)?.target?.kind === 'passage');
}

/** `{ok: false, error}` from the background: the error to show, else null. */
export function failureMessage(answer: unknown): string | null {
  return shape({ ok: literal(false), error: isString })(answer) ? answer.error : null;
}
