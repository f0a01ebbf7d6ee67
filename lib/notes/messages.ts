// What the lede:notes:* messages carry (a page's reference, a passage) and the answers to them, and
// to the few notes messages the popup sends a page's content script. The messages themselves are
// declared in lib/protocol.ts.
import * as z from 'zod/mini';
import { LIMITS } from './limits';
import { DraftSchema, HttpUrlSchema, NoteSchema, SettingsSchema, TagsSchema, TextPositionSelectorSchema, TextQuoteSelectorSchema } from './schema';

const Hint = z.optional(z.string().check(z.maxLength(LIMITS.urlLength)));

/** What identifies a page's notes: its URL and the canonical / og:url hints (noteKey decides). */
export const PageRefSchema = z.strictObject({ url: HttpUrlSchema, canonical: Hint, ogUrl: Hint });

/** A passage as the content script describes it (lib/anchor `describe`). */
export const PassageSelectorsSchema = z.strictObject({ quote: TextQuoteSelectorSchema, position: z.optional(TextPositionSelectorSchema) });

export type PageRef = z.infer<typeof PageRefSchema>;
export type PassageSelectors = z.infer<typeof PassageSelectorsSchema>;

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
/** Search results: the newest `notes` (as many as asked for, and fit in one message) and how many match in all. */
export const NotesAnswerSchema = z.object({ ok: z.literal(true), notes: z.array(NoteSchema), total: z.int() });
export const DraftAnswerSchema = z.object({ ok: z.literal(true), draft: z.nullable(DraftSchema) });
/** Where the next piece of an export starts (lib/notes/export-pieces.ts): an article (its key), and a note in it or an offset in its text. */
export const ExportCursorSchema = z.strictObject({
  article: z.string().check(z.maxLength(LIMITS.urlLength)),
  after: z.optional(z.tuple([z.string().check(z.maxLength(100)), z.string().check(z.maxLength(100))])),
  offset: z.optional(z.int().check(z.nonnegative())),
});
/** A piece of an export; `next` (absent on the last piece) asks for the following one. */
export const ExportPieceAnswerSchema = z.object({ ok: z.literal(true), text: z.string(), next: z.optional(ExportCursorSchema) });
export const UploadAnswerSchema = z.object({ ok: z.literal(true), received: z.int() });
export const ImportAnswerSchema = z.object({ ok: z.literal(true), summary: ImportSummarySchema, applied: z.boolean() });
export const SettingsAnswerSchema = z.object({ ok: z.literal(true), settings: SettingsSchema });

export type NotesListAnswer = z.infer<typeof NotesListAnswerSchema>;

// ---- Answers from a tab's content script ----

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
