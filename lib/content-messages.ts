// What the content script receives — requests from the popup and background, the background's answers,
// its own stored settings — checked with lib/guard.ts instead of zod, to keep zod out of the bundle
// that loads on every page. The zod schemas in lib/messages.ts stay the definition: these checks
// mirror them, and tests/unit/content-messages.test.ts holds both to the same verdicts.
import { CLAIM_KINDS, CLAIM_TYPES } from './claim-kinds';
import type { TextAnalysis } from './analyse-text';
import {
  arrayOf,
  either,
  isBoolean,
  isNumber,
  isOffset,
  isString,
  literal,
  nullable,
  oneOf,
  optional,
  recordOf,
  shape,
  type Guard,
} from './guard';
import { HIGHLIGHT_GROUPS, type HighlightGroup } from './highlight/groups';
import type { ArticleMeta } from './analysis';
import type { ArticleInput } from './analyse-text';
import { runSteps } from './extract/steps';
import { ARTICLE_TEXT_MAX_CHARS } from './limits';
import type { AnalyseTextResponse, ContentRequest, HighlightsRequest, ReadPageResponse, SiteSettings } from './messages';
import type { ElementRef, ReadingOnPaths } from './page-reading';
import type { InPageRequest, NotesAnchorsAnswer } from './notes/messages';

/** RFC 9562 UUIDs (versions 1-8), and the nil and max UUIDs, as zod's `z.uuid()` accepts. */
const UUID = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|0{8}-0{4}-0{4}-0{4}-0{12}|f{8}-f{4}-f{4}-f{4}-f{12})$/;
const isUuid: Guard<string> = (v): v is string => typeof v === 'string' && UUID.test(v);

const isGroup = oneOf<HighlightGroup>(HIGHLIGHT_GROUPS);

export const isHighlightsRequest = shape<HighlightsRequest>({
  type: literal('lede:highlights'),
  on: isBoolean,
  groups: optional(arrayOf(isGroup)),
});

export const isContentRequest: Guard<ContentRequest> = either<ContentRequest>(
  shape({ type: literal('lede:analysis') }),
  isHighlightsRequest,
  shape({ type: literal('lede:state') }),
  shape({ type: literal('lede:site'), enabled: isBoolean }),
);

/** The request, or null for anything that is not a well-formed lede:* message for the content script. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  return isContentRequest(message) ? message : null;
}

export const isInPageRequest: Guard<InPageRequest> = either<InPageRequest>(
  shape({ type: literal('lede:reveal'), start: isOffset, end: isOffset }, true),
  shape({ type: literal('lede:analyse-anyway') }, true),
  shape({ type: literal('lede:notes:page') }, true),
  shape({ type: literal('lede:notes:refresh') }, true),
  shape({ type: literal('lede:notes:compose'), noteId: optional(isUuid) }, true),
);

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
const isTextAnalysis = shape<TextAnalysis>({ ...textAnalysisFields, claims: arrayOf(isClaim) });

export const isAnalyseTextResponse: Guard<AnalyseTextResponse> = either<AnalyseTextResponse>(
  shape({ ok: literal(true), result: isTextAnalysis }),
  shape({ ok: literal(false), error: isString }),
);

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

export const isNotesAnchorsAnswer = shape<NotesAnchorsAnswer>({
  ok: literal(true),
  anchors: recordOf(nullable(shape<{ start: number; end: number }>({ start: isOffset, end: isOffset }))),
});

export const isSiteSettings = shape<SiteSettings>({ enabled: optional(isBoolean), groups: optional(arrayOf(isGroup)) });

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
