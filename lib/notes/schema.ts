/**
 * zod schemas for every record the notes store keeps (current version: 2). Records are validated on
 * every write and on import; the store writes nothing that does not parse.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { isHttpUrl } from './url-key';

export const HttpUrlSchema = z
  .string()
  .min(1)
  .max(LIMITS.urlLength)
  .refine(isHttpUrl, { message: 'Expected an http(s) URL' });

export const IsoDateSchema = z.iso.datetime({ offset: true });

export const TagSchema = z
  .string()
  .min(1, 'Tag is empty')
  .max(LIMITS.tagLength)
  .refine((tag) => tag.trim() === tag && !/[\n\r\t]/.test(tag), { message: 'Tag has surrounding spaces or control characters' });

export const TagsSchema = z
  .array(TagSchema)
  .max(LIMITS.tags)
  .refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, { message: 'Duplicate tag' });

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'Quote is empty').max(LIMITS.quoteLength),
  prefix: z.string().max(LIMITS.contextLength),
  suffix: z.string().max(LIMITS.contextLength),
});

export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    end: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })
  .refine((p) => p.end >= p.start, { message: 'Position ends before it starts', path: ['end'] });

/** A note on the page as a whole. */
export const PageTargetSchema = z.strictObject({ kind: z.literal('page') });

/** A note on a passage of the article text, described by W3C selectors (lib/anchor). */
export const PassageTargetSchema = z.strictObject({
  kind: z.literal('passage'),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema.optional(),
});

export const TargetSchema = z.discriminatedUnion('kind', [PageTargetSchema, PassageTargetSchema]);

export const NoteSchema = z.strictObject({
  id: z.uuid(),
  /** Article key (noteKey): groups the notes of one article. */
  key: HttpUrlSchema,
  /** The page URL the note was written on. */
  url: HttpUrlSchema,
  title: z.string().max(LIMITS.titleLength),
  created: IsoDateSchema,
  updated: IsoDateSchema,
  /** Starts at 1, +1 on every saved edit (optimistic concurrency). */
  revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  body: z.string().max(LIMITS.bodyLength),
  tags: TagsSchema,
  target: TargetSchema,
});

/** What a caller hands to `put`: the store sets `revision` and `updated` (and `created` if missing). */
export const NoteInputSchema = NoteSchema.omit({ revision: true, updated: true, created: true }).extend({
  created: IsoDateSchema.optional(),
  revision: z.number().int().optional(),
  updated: IsoDateSchema.optional(),
});

/** An unsaved edit: of an existing note (`note:<id>`) or a new note on a page (`page:<key>`). */
export const DraftSchema = z.strictObject({
  id: z.string().min(1).max(LIMITS.urlLength + 10),
  noteId: z.uuid().optional(),
  key: HttpUrlSchema,
  body: z.string().max(LIMITS.bodyLength),
  tags: TagsSchema,
  target: TargetSchema.optional(),
  saved: IsoDateSchema,
});

/** User settings kept with the notes (one record, id `settings`). */
export const SettingsSchema = z.strictObject({
  id: z.literal('settings'),
  /** Keep notes from private/incognito windows too (off by default). */
  allowPrivate: z.boolean(),
});

export type TextQuoteSelectorRecord = z.infer<typeof TextQuoteSelectorSchema>;
export type TextPositionSelectorRecord = z.infer<typeof TextPositionSelectorSchema>;
export type NoteTarget = z.infer<typeof TargetSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type NoteInput = z.input<typeof NoteInputSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { id: 'settings', allowPrivate: false };

/** Tags as typed by a person → valid tags: trimmed, inner whitespace collapsed, de-duplicated, capped. */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of raw) {
    const clean = tag.replace(/\s+/g, ' ').trim().slice(0, LIMITS.tagLength).trim();
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
    if (out.length === LIMITS.tags) break;
  }
  return out;
}

/** "a.b[2].c" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** One readable line per problem: `path: message`. */
export function describeIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}
