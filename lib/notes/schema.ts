/**
 * zod schemas for every record the notes store keeps (current version: 2). Records are validated on
 * every write and on import; the store writes nothing that does not parse.
 */
// zod/mini: the background, popup and options page bundle these; mini keeps them small.
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { isHttpUrl } from './http-url';

export const HttpUrlSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(LIMITS.urlLength), z.refine(isHttpUrl, { message: 'Expected an http(s) URL' }));

export const IsoDateSchema = z.iso.datetime({ offset: true });

export const TagSchema = z
  .string()
  .check(
    z.minLength(1, 'Tag is empty'),
    z.maxLength(LIMITS.tagLength),
    z.refine((tag) => tag.trim() === tag && !/[\n\r\t]/.test(tag), { message: 'Tag has surrounding spaces or control characters' }),
  );

export const TagsSchema = z
  .array(TagSchema)
  .check(
    z.maxLength(LIMITS.tags),
    z.refine((tags) => new Set(tags.map((t) => t.toLowerCase())).size === tags.length, { message: 'Duplicate tag' }),
  );

export const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().check(z.minLength(1, 'Quote is empty'), z.maxLength(LIMITS.quoteLength)),
  prefix: z.string().check(z.maxLength(LIMITS.contextLength)),
  suffix: z.string().check(z.maxLength(LIMITS.contextLength)),
});

const offset = () => z.int().check(z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

export const TextPositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: offset(),
    end: offset(),
  })
  .check(z.refine((p) => p.end >= p.start, { message: 'Position ends before it starts', path: ['end'] }));

/** A note on the page as a whole. */
export const PageTargetSchema = z.strictObject({ kind: z.literal('page') });

/** A note on a passage of the article text, described by W3C selectors (lib/anchor). */
export const PassageTargetSchema = z.strictObject({
  kind: z.literal('passage'),
  quote: TextQuoteSelectorSchema,
  position: z.optional(TextPositionSelectorSchema),
});

export const TargetSchema = z.discriminatedUnion('kind', [PageTargetSchema, PassageTargetSchema]);

export const NoteSchema = z.strictObject({
  id: z.uuid(),
  /** Article key (noteKey): groups the notes of one article. */
  key: HttpUrlSchema,
  /** The page URL the note was written on. */
  url: HttpUrlSchema,
  title: z.string().check(z.maxLength(LIMITS.titleLength)),
  created: IsoDateSchema,
  updated: IsoDateSchema,
  /** Starts at 1, +1 on every saved edit (optimistic concurrency). */
  revision: z.int().check(z.gte(1), z.lte(Number.MAX_SAFE_INTEGER)),
  body: z.string().check(z.maxLength(LIMITS.bodyLength)),
  tags: TagsSchema,
  target: TargetSchema,
});

/** What a caller hands to `put`: the store sets `revision` and `updated` (and `created` if missing). */
export const NoteInputSchema = z.extend(z.omit(NoteSchema, { revision: true, updated: true, created: true }), {
  created: z.optional(IsoDateSchema),
  revision: z.optional(z.int()),
  updated: z.optional(IsoDateSchema),
});

/** An unsaved edit: of an existing note (`note:<id>`) or a new note on a page (`page:<key>`). */
export const DraftSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(LIMITS.urlLength + 10)),
  noteId: z.optional(z.uuid()),
  key: HttpUrlSchema,
  body: z.string().check(z.maxLength(LIMITS.bodyLength)),
  tags: TagsSchema,
  target: z.optional(TargetSchema),
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

/** What classic zod and zod/mini errors share: their issues. */
export interface ZodLikeError {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** One readable line per problem: `path: message`. */
export function describeIssues(error: ZodLikeError, prefix: readonly PropertyKey[] = []): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path]), message: issue.message }));
}
