// The Analysis contract (DESIGN.md): one plain-JSON object per page, validated with zod wherever it
// crosses a boundary (messages, CLI output in tests). `start`/`end` are UTF-16 indices into
// `article.text`, and `article.text.slice(start, end) === text` for every claim and sentence.
// zod/mini: the same validation at a fraction of the bytes (the popup and background bundle these).
import * as z from 'zod/mini';
import { CLAIM_KINDS, CLAIM_TYPES, NUMERIC_KINDS, type ClaimKind, type ClaimType, type NumericKind } from './claim-kinds';
import { RANK_REASONS } from './rank/reasons';

export { CLAIM_KINDS, CLAIM_TYPES, NUMERIC_KINDS, type ClaimKind, type ClaimType, type NumericKind };

const offset = () => z.int().check(z.nonnegative());

export const SpanSchema = z.object({
  text: z.string(),
  start: offset(),
  end: offset(),
});

export const ClaimSchema = z.extend(SpanSchema, {
  id: z.string(),
  kind: z.enum(CLAIM_KINDS),
  value: z.optional(z.number()),
  unit: z.optional(z.string()),
  iso: z.optional(z.string()),
  /** Numeric claims: the bounds of a range (`10-20 dollars`: 10 and 20) or one bound (`under $7`: high 7). */
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  /** Numeric claims: what the figure measures, in the article's words (`new-car sales`, `contract`). */
  subject: z.optional(z.string()),
  type: z.optional(z.enum(CLAIM_TYPES)),
  hedged: z.optional(z.boolean()),
  themes: z.array(z.string()),
  /** 1 = the most important claim of the article, over all claims (lib/rank). */
  rank: z.int().check(z.minimum(1)),
  /** Drawn by default: the few claims a reader would underline. */
  key: z.boolean(),
  /** On the first mention of a repeated figure: the ids of the repeats (which are not key). */
  mentions: z.optional(z.array(z.string())),
  /** Strategic claims: who makes the claim, in the article's words; absent = the author. */
  source: z.optional(z.string()),
  /** Why the claim ranks where it does (lib/rank/reasons.ts), what it is first, then where it stands; absent for trivia and repeats. */
  why: z.optional(z.array(z.enum(RANK_REASONS))),
});

export const SponsoredSchema = z.object({
  id: z.string(),
  text: z.string(),
  reasons: z.array(z.string()),
  inArticle: z.boolean(),
  /**
   * What the block is, in a reader's words ("Advertisement", "Promoted stories (Outbrain)"); the
   * evidence is in `reasons`. Lede always sets it; optional so that JSON from before it validates.
   */
  label: z.optional(z.string()),
});

const CitedSentenceSchema = z.extend(SpanSchema, { claimIds: z.array(z.string()) });

export const ThemeSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number(),
  sentences: z.array(CitedSentenceSchema),
});

/** One of the article's own 2–5 subjects: a short phrase from the text, with the sentences that carry it. */
export const TopicSchema = z.object({
  label: z.string(),
  sentences: z.array(CitedSentenceSchema),
});

export const MetaSchema = z.object({
  site: z.optional(z.string()),
  author: z.optional(z.string()),
  published: z.optional(z.string()),
  canonicalUrl: z.optional(z.string()),
  lang: z.optional(z.string()),
});

export const AnalysisSchema = z.object({
  url: z.nullable(z.string()),
  title: z.string(),
  meta: MetaSchema,
  article: z.object({ text: z.string() }),
  thesis: z.array(SpanSchema),
  claims: z.array(ClaimSchema),
  sponsored: z.array(SponsoredSchema),
  themes: z.array(ThemeSchema),
  topics: z.array(TopicSchema),
  timings: z.object({
    extractMs: z.number(),
    analyzeMs: z.number(),
    highlightMs: z.optional(z.number()),
    /** Where the page half ran: in the page, or in the background on a copy of the page's HTML. */
    readIn: z.optional(z.enum(['page', 'background'])),
  }),
});

export type Span = z.infer<typeof SpanSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Sponsored = z.infer<typeof SponsoredSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type ArticleMeta = z.infer<typeof MetaSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;

/**
 * What the popup shows of an Analysis (lede:summary): everything but the article's text, with only the
 * key claims, and the claims counted. On a very long article the whole Analysis is many megabytes, and
 * handing it over costs the page a long task; this stays small.
 */
const CountSchema = z.int().check(z.minimum(0));
/** `claims` holds the key claims only; `counts` counts them all. */
export const SummarySchema = z.extend(z.omit(AnalysisSchema, { article: true, timings: true }), {
  counts: z.object({ numeric: CountSchema, strategic: CountSchema, key: CountSchema }),
});
export type Summary = z.infer<typeof SummarySchema>;
