// The Analysis contract (DESIGN.md): one plain-JSON object per page, validated with zod wherever it
// crosses a boundary (messages, CLI output in tests). `start`/`end` are UTF-16 indices into
// `article.text`, and `article.text.slice(start, end) === text` for every claim and sentence.
import { z } from 'zod';

export const CLAIM_KINDS = ['money', 'quantity', 'count', 'percent', 'date', 'number', 'strategic'] as const;
export const NUMERIC_KINDS = ['money', 'quantity', 'count', 'percent', 'date', 'number'] as const;
export const CLAIM_TYPES = ['assertion', 'prediction', 'risk', 'question'] as const;

export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ClaimSchema = SpanSchema.extend({
  id: z.string(),
  kind: z.enum(CLAIM_KINDS),
  value: z.number().optional(),
  unit: z.string().optional(),
  iso: z.string().optional(),
  type: z.enum(CLAIM_TYPES).optional(),
  hedged: z.boolean().optional(),
  themes: z.array(z.string()),
});

export const SponsoredSchema = z.object({
  id: z.string(),
  text: z.string(),
  reasons: z.array(z.string()),
  inArticle: z.boolean(),
});

export const ThemeSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number(),
  sentences: z.array(SpanSchema.extend({ claimIds: z.array(z.string()) })),
});

export const MetaSchema = z.object({
  site: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional(),
  canonicalUrl: z.string().optional(),
  lang: z.string().optional(),
});

export const AnalysisSchema = z.object({
  url: z.string().nullable(),
  title: z.string(),
  meta: MetaSchema,
  article: z.object({ text: z.string() }),
  thesis: z.array(SpanSchema),
  claims: z.array(ClaimSchema),
  sponsored: z.array(SponsoredSchema),
  themes: z.array(ThemeSchema),
  timings: z.object({
    extractMs: z.number(),
    analyzeMs: z.number(),
    highlightMs: z.number().optional(),
  }),
});

export type Span = z.infer<typeof SpanSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type NumericKind = (typeof NUMERIC_KINDS)[number];
export type ClaimType = (typeof CLAIM_TYPES)[number];
export type Sponsored = z.infer<typeof SponsoredSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type ArticleMeta = z.infer<typeof MetaSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
