// Every lede:* message, as a zod schema. Every receiving side parses with these and ignores (or
// answers with an error) anything that does not fit: a message is never trusted for its shape.
// The content script checks what it receives with lib/content-messages.ts (no zod in the bundle that
// loads on every page), which mirrors these schemas and is tested against them.
import * as z from 'zod/mini';
import { AnalysisSchema, ClaimSchema, MetaSchema, SpanSchema, ThemeSchema } from './analysis';
import { HIGHLIGHT_GROUPS, type HighlightGroup } from './highlight/groups';
import { ARTICLE_TEXT_MAX_CHARS } from './limits';

export { ARTICLE_TEXT_MAX_CHARS, HIGHLIGHT_GROUPS, type HighlightGroup };
export const HighlightGroupSchema = z.enum(HIGHLIGHT_GROUPS);

/** `{type: 'lede:analysis'}` → the page's Analysis, or a status when there is none (yet). */
export const AnalysisRequestSchema = z.object({ type: z.literal('lede:analysis') });
/** `disabled`: the reader turned Lede off for this site, or it is on the default list of sensitive sites. */
export const AnalysisStatusSchema = z.object({ status: z.enum(['not-article', 'pending', 'disabled']) });
export const AnalysisResponseSchema = z.union([AnalysisSchema, AnalysisStatusSchema]);

/**
 * `{type: 'lede:highlights', on, groups?}` → `{on, groups}`. With groups, `on` turns just those groups
 * on or off; without, all of them. The answer lists the groups now drawn; `on` is true when any is.
 * `on: false` without groups removes every trace of Lede from the page.
 */
export const HighlightsRequestSchema = z.object({
  type: z.literal('lede:highlights'),
  on: z.boolean(),
  groups: z.optional(z.array(HighlightGroupSchema)),
});
export const HighlightsResponseSchema = z.object({ on: z.boolean(), groups: z.array(HighlightGroupSchema) });

/** `{type: 'lede:state'}` → what Lede is doing in the tab (for the popup and the toggle command). */
export const StateRequestSchema = z.object({ type: z.literal('lede:state') });
export const PAGE_STATUSES = ['article', 'not-article', 'pending', 'disabled'] as const;
export const StateResponseSchema = z.object({
  status: z.enum(PAGE_STATUSES),
  on: z.boolean(),
  groups: z.array(HighlightGroupSchema),
  /** False when the reader turned Lede off for this site (or it is a sensitive site left off). */
  siteEnabled: z.boolean(),
  site: z.string(),
  claims: z.int().check(z.nonnegative()),
  sponsored: z.int().check(z.nonnegative()),
});

/** `{type: 'lede:site', enabled}` → the new state. Turns Lede off (or back on) for the tab's whole site. */
export const SiteRequestSchema = z.object({ type: z.literal('lede:site'), enabled: z.boolean() });

/** Every message the content script answers. */
export const ContentRequestSchema = z.discriminatedUnion('type', [
  AnalysisRequestSchema,
  HighlightsRequestSchema,
  StateRequestSchema,
  SiteRequestSchema,
]);

export type AnalysisRequest = z.infer<typeof AnalysisRequestSchema>;
export type AnalysisResponse = z.infer<typeof AnalysisResponseSchema>;
export type HighlightsRequest = z.infer<typeof HighlightsRequestSchema>;
export type HighlightsResponse = z.infer<typeof HighlightsResponseSchema>;
export type StateResponse = z.infer<typeof StateResponseSchema>;
export type SiteRequest = z.infer<typeof SiteRequestSchema>;
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** The request, or null for anything that is not a well-formed lede:* message for the content script. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const parsed = ContentRequestSchema.safeParse(message);
  return parsed.success ? parsed.data : null;
}

/** Per-site choices, kept in the extension's storage (never the page's). */
export const SiteSettingsSchema = z.object({
  enabled: z.optional(z.boolean()),
  groups: z.optional(z.array(HighlightGroupSchema)),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

/**
 * `{type: 'lede:analyse-text', input}`, content script → background: the text half of the pipeline
 * (lib/analyse-text.ts) on the article text the page half found. Answered `{ok: true, result}` or
 * `{ok: false, error}`. Internal to Lede: only its own content scripts are answered.
 */
export const ArticleInputSchema = z.object({
  text: z.string().check(z.maxLength(ARTICLE_TEXT_MAX_CHARS)),
  blockStarts: z.array(z.int().check(z.nonnegative())),
  title: z.string(),
  langHint: z.nullable(z.string()),
});
export const AnalyseTextRequestSchema = z.object({ type: z.literal('lede:analyse-text'), input: ArticleInputSchema });
export const TextAnalysisSchema = z.object({
  lang: z.string(),
  claims: z.array(ClaimSchema),
  thesis: z.array(SpanSchema),
  themes: z.array(ThemeSchema),
  analyzeMs: z.number(),
});
export const AnalyseTextResponseSchema = z.union([
  z.object({ ok: z.literal(true), result: TextAnalysisSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AnalyseTextRequest = z.infer<typeof AnalyseTextRequestSchema>;

export type AnalyseTextResponse = z.infer<typeof AnalyseTextResponseSchema>;

export * from './notes/messages';
