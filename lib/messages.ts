// Every lede:* message, as a zod schema. Every receiving side parses with these and ignores (or
// answers with an error) anything that does not fit: a message is never trusted for its shape.
// zod/mini: these schemas ship in the content script, where every kilobyte is paid on every page.
import * as z from 'zod/mini';
import { AnalysisSchema } from './analysis';

/** Highlight groups a reader can turn on and off. `notes` is drawn once notes land in the page. */
export const HIGHLIGHT_GROUPS = ['numeric', 'strategic', 'sponsored', 'notes'] as const;
export type HighlightGroup = (typeof HIGHLIGHT_GROUPS)[number];
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
export * from './notes/messages';
