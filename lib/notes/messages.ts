// The lede:notes:* messages (popup, options page and content script → background) and the few
// messages the popup sends to a page's content script for notes and the summary (lede:reveal,
// lede:analyse-anyway, lede:notes:*-in-page). Every receiving side parses with these schemas.
// The content script checks the few it receives with lib/content-messages.ts, which mirrors these.
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { DraftSchema, HttpUrlSchema, NoteSchema, SettingsSchema, TagsSchema, TextPositionSelectorSchema, TextQuoteSelectorSchema } from './schema';

const Hint = z.optional(z.string().check(z.maxLength(LIMITS.urlLength)));

/** What identifies a page's notes: its URL and the canonical / og:url hints (noteKey decides). */
export const PageRefSchema = z.strictObject({ url: HttpUrlSchema, canonical: Hint, ogUrl: Hint });

/** A passage as the content script describes it (lib/anchor `describe`). */
export const PassageSelectorsSchema = z.strictObject({ quote: TextQuoteSelectorSchema, position: z.optional(TextPositionSelectorSchema) });

const Body = z.string().check(z.maxLength(LIMITS.bodyLength));
/** Tags as typed: normalised by the store (trimmed, de-duplicated). */
const RawTags = z.array(z.string().check(z.maxLength(LIMITS.tagLength * 4))).check(z.maxLength(LIMITS.tags * 2));
const Id = z.uuid();

export const NotesListSchema = z.strictObject({ type: z.literal('lede:notes:list'), page: PageRefSchema });
/**
 * A content script's page text → where each of the page's passage notes is found in it
 * (`NotesAnchorsAnswer`). The background anchors (lib/anchor), so the page's thread does not.
 */
export const NotesAnchorsSchema = z.strictObject({
  type: z.literal('lede:notes:anchors'),
  page: PageRefSchema,
  text: z.string().check(z.maxLength(LIMITS.pageTextChars)),
});
export const NotesCreateSchema = z.strictObject({
  type: z.literal('lede:notes:create'),
  page: PageRefSchema,
  title: z.string().check(z.maxLength(LIMITS.titleLength)),
  body: Body,
  tags: RawTags,
  passage: z.optional(PassageSelectorsSchema),
  /** From an extension page: whether the tab is in a private window (a page's own sender says it itself). */
  incognito: z.optional(z.boolean()),
});
export const NotesUpdateSchema = z.strictObject({
  type: z.literal('lede:notes:update'),
  id: Id,
  body: Body,
  tags: RawTags,
  expectedRevision: z.int().check(z.gte(1)),
});
export const NotesDeleteSchema = z.strictObject({ type: z.literal('lede:notes:delete'), id: Id });
export const NotesRestoreSchema = z.strictObject({ type: z.literal('lede:notes:restore'), note: NoteSchema });
export const NotesSearchSchema = z.strictObject({
  type: z.literal('lede:notes:search'),
  text: z.optional(z.string().check(z.maxLength(500))),
  tag: z.optional(z.string().check(z.maxLength(LIMITS.tagLength))),
  site: z.optional(z.string().check(z.maxLength(LIMITS.urlLength))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
});
/** Drafts of a note (`noteId`) or of a new note on the page: a body saves, `null` clears, no body reads. */
export const NotesDraftSchema = z.strictObject({
  type: z.literal('lede:notes:draft'),
  page: PageRefSchema,
  noteId: z.optional(Id),
  body: z.optional(z.nullable(Body)),
  tags: z.optional(RawTags),
});
export const NotesExportSchema = z.strictObject({ type: z.literal('lede:notes:export'), format: z.enum(['json', 'markdown']) });
export const NotesImportSchema = z.strictObject({
  type: z.literal('lede:notes:import'),
  text: z.string().check(z.maxLength(LIMITS.importChars)),
  /** Preview only: report what would change, change nothing. */
  dryRun: z.boolean(),
});
export const NotesSettingsSchema = z.strictObject({ type: z.literal('lede:notes:settings'), allowPrivate: z.optional(z.boolean()) });

export const NotesRequestSchema = z.discriminatedUnion('type', [
  NotesListSchema,
  NotesAnchorsSchema,
  NotesCreateSchema,
  NotesUpdateSchema,
  NotesDeleteSchema,
  NotesRestoreSchema,
  NotesSearchSchema,
  NotesDraftSchema,
  NotesExportSchema,
  NotesImportSchema,
  NotesSettingsSchema,
]);
export type NotesRequest = z.infer<typeof NotesRequestSchema>;
export type PageRef = z.infer<typeof PageRefSchema>;
export type PassageSelectors = z.infer<typeof PassageSelectorsSchema>;

/** Is this one of ours at all (so the background answers it, with an error if malformed)? */
export function isNotesMessage(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('lede:notes:') && !IN_PAGE_TYPES.has(type);
}

// ---- Answers from the background ----

export const ImportSummarySchema = z.object({
  added: z.int(),
  updated: z.int(),
  skipped: z.int(),
  /** Up to a few titles/quotes of what would be added, for the preview. */
  sample: z.array(z.string()),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

export const NotesErrorSchema = z.object({
  ok: z.literal(false),
  error: z.string(),
  /** `conflict`: someone saved first (theirs attached); `invalid`: bad message or file; `private`: not stored. */
  code: z.enum(['invalid', 'conflict', 'private', 'forbidden', 'failed']),
  issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  theirs: z.optional(z.nullable(NoteSchema)),
});
export type NotesError = z.infer<typeof NotesErrorSchema>;

export const NotesListAnswerSchema = z.object({ ok: z.literal(true), key: z.string(), notes: z.array(NoteSchema), draft: z.nullable(DraftSchema), storing: z.boolean() });
export const NoteAnswerSchema = z.object({ ok: z.literal(true), note: NoteSchema });
const AnchorSchema = z.nullable(z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) }));
/** Note id → where the passage note was found in the text (null: an orphan). Page notes are not listed. */
export const NotesAnchorsAnswerSchema = z.object({ ok: z.literal(true), anchors: z.record(z.string(), AnchorSchema) });
export type NotesAnchorsAnswer = z.infer<typeof NotesAnchorsAnswerSchema>;
export const NotesAnswerSchema = z.object({ ok: z.literal(true), notes: z.array(NoteSchema) });
export const DraftAnswerSchema = z.object({ ok: z.literal(true), draft: z.nullable(DraftSchema) });
export const TextAnswerSchema = z.object({ ok: z.literal(true), text: z.string() });
export const ImportAnswerSchema = z.object({ ok: z.literal(true), summary: ImportSummarySchema, applied: z.boolean() });
export const SettingsAnswerSchema = z.object({ ok: z.literal(true), settings: SettingsSchema });

export type NotesListAnswer = z.infer<typeof NotesListAnswerSchema>;

// ---- Popup → content script (the tab's page) ----

/** Scroll the page to article text [start, end) and flash it. → `{ok}` */
export const RevealRequestSchema = z.strictObject({
  type: z.literal('lede:reveal'),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
});
/** Run the engine on a page that does not look like an article (`force: true`). → `{ok}` */
export const AnalyseAnywayRequestSchema = z.strictObject({ type: z.literal('lede:analyse-anyway') });
/** The page's URL hints, title and its notes' anchoring: which passage notes were found, which are orphans. */
export const NotesPageRequestSchema = z.strictObject({ type: z.literal('lede:notes:page') });
/** Notes changed elsewhere (popup, options): fetch and redraw them. → `{ok}` */
export const NotesRefreshRequestSchema = z.strictObject({ type: z.literal('lede:notes:refresh') });
/** Open Lede's note editor on the current selection (context menu, popup). → `{ok, reason?}` */
export const NotesComposeRequestSchema = z.strictObject({ type: z.literal('lede:notes:compose'), noteId: z.optional(Id) });

const IN_PAGE_TYPES = new Set(['lede:notes:page', 'lede:notes:refresh', 'lede:notes:compose']);

export const InPageRequestSchema = z.discriminatedUnion('type', [
  RevealRequestSchema,
  AnalyseAnywayRequestSchema,
  NotesPageRequestSchema,
  NotesRefreshRequestSchema,
  NotesComposeRequestSchema,
]);
export type InPageRequest = z.infer<typeof InPageRequestSchema>;

export const NotesPageAnswerSchema = z.object({
  page: z.nullable(PageRefSchema),
  title: z.string(),
  incognito: z.boolean(),
  /** Notes are drawn in the page (the reader can turn them off like any highlight group). */
  visible: z.boolean(),
  /** Note id → where it was found in the text (null: orphan). Page notes are not listed. */
  anchors: z.record(z.string(), z.nullable(z.object({ start: z.number(), end: z.number() }))),
});
export type NotesPageAnswer = z.infer<typeof NotesPageAnswerSchema>;
export const OkAnswerSchema = z.object({ ok: z.boolean(), reason: z.optional(z.string()) });

export { TagsSchema };
