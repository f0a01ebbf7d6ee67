// The shapes lede:* messages carry (answers, article input, stored site settings), as zod schemas.
// The messages themselves — names, senders, receivers, requests and which answer each gets — are
// declared in lib/protocol.ts.
import * as z from 'zod/mini';
import { AnalysisSchema, ClaimSchema, MetaSchema, SpanSchema, SummarySchema, ThemeSchema, TopicSchema } from './analysis';
import { HIGHLIGHT_GROUPS, HIGHLIGHT_SCOPES, type HighlightGroup, type HighlightScope } from './highlight/groups';
import { ARTICLE_TEXT_MAX_CHARS } from './limits';

export { ARTICLE_TEXT_MAX_CHARS, HIGHLIGHT_GROUPS, HIGHLIGHT_SCOPES, type HighlightGroup, type HighlightScope };
export const HighlightGroupSchema = z.enum(HIGHLIGHT_GROUPS);
export const HighlightScopeSchema = z.enum(HIGHLIGHT_SCOPES);

/** `disabled`: the reader turned Lede off for this site, or it is on the default list of sensitive sites. */
export const AnalysisStatusSchema = z.object({ status: z.enum(['not-article', 'pending', 'disabled']) });
export const AnalysisResponseSchema = z.union([AnalysisSchema, AnalysisStatusSchema]);
export const SummaryResponseSchema = z.union([SummarySchema, AnalysisStatusSchema]);

/** The groups now drawn (`on` is true when any is), and whether only key claims are. */
export const HighlightsResponseSchema = z.object({ on: z.boolean(), groups: z.array(HighlightGroupSchema), scope: HighlightScopeSchema });

export const PAGE_STATUSES = ['article', 'not-article', 'pending', 'disabled'] as const;
/** What Lede is doing in the tab (for the popup and the toggle command). */
export const StateResponseSchema = z.object({
  status: z.enum(PAGE_STATUSES),
  on: z.boolean(),
  groups: z.array(HighlightGroupSchema),
  scope: HighlightScopeSchema,
  /** False when the reader turned Lede off for this site (or it is a sensitive site left off). */
  siteEnabled: z.boolean(),
  site: z.string(),
  claims: z.int().check(z.nonnegative()),
  sponsored: z.int().check(z.nonnegative()),
});

export type AnalysisResponse = z.infer<typeof AnalysisResponseSchema>;
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;
export type HighlightsResponse = z.infer<typeof HighlightsResponseSchema>;
export type StateResponse = z.infer<typeof StateResponseSchema>;

/** Per-site choices, kept in the extension's storage (never the page's). */
export const SiteSettingsSchema = z.object({
  enabled: z.optional(z.boolean()),
  groups: z.optional(z.array(HighlightGroupSchema)),
  scope: z.optional(HighlightScopeSchema),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/** The article text the page half found, for the text half (lib/pipeline/text-half.ts): `lede:analyze-text`. */
export const ArticleInputSchema = z.object({
  text: z.string().check(z.maxLength(ARTICLE_TEXT_MAX_CHARS)),
  blockStarts: z.array(z.int().check(z.nonnegative())),
  title: z.string(),
  langHint: z.nullable(z.string()),
});
export const TextAnalysisSchema = z.object({
  lang: z.string(),
  claims: z.array(ClaimSchema),
  thesis: z.array(SpanSchema),
  themes: z.array(ThemeSchema),
  topics: z.array(TopicSchema),
  analyzeMs: z.number(),
});
/**
 * An answer with more claims than one message carries (CLAIMS_PER_ANSWER): `result.claims` holds the
 * first ones, `total` is how many there are, and the rest is asked for by `id` (`lede:analyze-text:claims`).
 */
export const MoreClaimsSchema = z.object({ id: z.uuid(), total: z.int().check(z.nonnegative()) });
export const AnalyzeTextResponseSchema = z.union([
  z.object({ ok: z.literal(true), result: TextAnalysisSchema, more: z.optional(MoreClaimsSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
/** The answer to a piece of article text (`lede:analyze-text:piece`): the characters received so far. */
export const TextPieceResponseSchema = z.union([
  z.object({ ok: z.literal(true), received: z.int().check(z.nonnegative()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
/** A list of claims, as a part of an answer carries them in its JSON. */
export const ClaimListSchema = z.array(ClaimSchema);
/**
 * A part of an answer's claims (`lede:analyze-text:claims`): `claimsJson` is their JSON text (an array of
 * Claim, checked as ClaimListSchema), which the page keeps as it is (lib/pipeline/claim-book.ts).
 */
export const ClaimsPartResponseSchema = z.union([
  z.object({ ok: z.literal(true), claimsJson: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export type AnalyzeTextResponse = z.infer<typeof AnalyzeTextResponseSchema>;
export type TextPieceResponse = z.infer<typeof TextPieceResponseSchema>;
export type ClaimsPartResponse = z.infer<typeof ClaimsPartResponseSchema>;

export * from './notes/messages';
