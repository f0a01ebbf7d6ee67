// Every lede:* message, declared once: who sends it, who answers it, the request's schema and the
// answer's schema, and the README's line for it. The types come from here (z.infer); each receiving
// side dispatches through a table of handlers keyed by these names (lib/handlers.ts); the content
// script checks its messages with guards generated from these schemas (lib/content-guards.ts, by
// `npm run gen:protocol`), and the README's message table is generated from here too. Tests hold both
// to this file.
import * as z from 'zod/mini';
import { ArticleInputSchema, AnalyzeTextResponseSchema, AnalysisResponseSchema, SummaryResponseSchema, ClaimsPartResponseSchema, TextPieceResponseSchema, HighlightGroupSchema, HighlightScopeSchema, HighlightsResponseSchema, StateResponseSchema } from './messages';
import { LIMITS } from './notes/limits';
import { CLAIMS_PER_ANSWER, TEXT_PIECE_CHARS } from './limits';
import {
  DraftAnswerSchema,
  ExportCursorSchema,
  ExportPieceAnswerSchema,
  ImportAnswerSchema,
  NoteAnswerSchema,
  NotesAnchorsAnswerSchema,
  NotesAnswerSchema,
  NotesErrorSchema,
  NotesListAnswerSchema,
  NotesPageAnswerSchema,
  OkAnswerSchema,
  PageRefSchema,
  PassageSelectorsSchema,
  SettingsAnswerSchema,
  UploadAnswerSchema,
} from './notes/messages';
import { NoteSchema } from './notes/schema';
import { HostSchema, SettingsErrorSchema, SiteAnswerSchema, SiteChangeSchema, SitesAnswerSchema, ThemesAnswerSchema } from './settings/messages';
import { ThemeTableSchema } from './settings/theme-table';

/**
 * Who talks: a tab's content script, the service worker (background page in Firefox), Lede's pages;
 * `editor` is the note editor page Lede frames inside its shadow root in a tab (extension origin).
 */
export type Party = 'content' | 'background' | 'popup' | 'options' | 'editor';

interface MessageSpec<Name extends string> {
  from: readonly Party[];
  to: Party;
  request: z.ZodMiniType<{ type: Name }>;
  response: z.ZodMiniType;
  /** The README's "answer" column (markdown). */
  answer: string;
}

/** The table's type checks that each entry's request carries its own name as `type`. */
const protocol = <T extends { [Name in keyof T & string]: MessageSpec<Name> }>(table: T): T => table;

const Id = z.uuid();
const Body = z.string().check(z.maxLength(LIMITS.bodyLength));
/** Tags as typed: normalized by the store (trimmed, de-duplicated). */
const RawTags = z.array(z.string().check(z.maxLength(LIMITS.tagLength * 4))).check(z.maxLength(LIMITS.tags * 2));
/** An answer from the notes store: what was asked for, or `{ok: false, error, code, issues?}`. */
const notesAnswer = <T extends z.ZodMiniType>(answer: T) => z.union([answer, NotesErrorSchema]);
/** What the note editor page is told about the note it edits (lede:editor:session). */
export const EditorSessionSchema = z.object({
  ok: z.literal(true),
  page: PageRefSchema,
  title: z.string(),
  passage: z.optional(PassageSelectorsSchema),
  incognito: z.boolean(),
});
export type EditorSession = z.infer<typeof EditorSessionSchema>;
const LoadPageHalfResponseSchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.string() })]);

export const PROTOCOL = protocol({
  // ---- to a tab's content script ----
  'lede:analysis': {
    from: ['popup'],
    to: 'content',
    request: z.object({ type: z.literal('lede:analysis') }),
    response: AnalysisResponseSchema,
    answer: 'the page\'s Analysis, or `{status: "not-article" | "pending" | "disabled"}` (`disabled`: Lede is off for this site, or it is a sensitive site)',
  },
  'lede:summary': {
    from: ['popup'],
    to: 'content',
    request: z.object({ type: z.literal('lede:summary') }),
    response: SummaryResponseSchema,
    answer: 'what the popup shows: the Analysis without `article`, `timings` and non-key claims, plus `counts` `{numeric, strategic, key}`; or the same statuses as `lede:analysis`',
  },
  'lede:highlights': {
    from: ['popup', 'background'],
    to: 'content',
    request: z.object({
      type: z.literal('lede:highlights'),
      on: z.boolean(),
      groups: z.optional(z.array(HighlightGroupSchema)),
      scope: z.optional(HighlightScopeSchema),
    }),
    response: HighlightsResponseSchema,
    answer: '`{on, groups, scope}`: with `groups` (`numeric`, `strategic`, `sponsored`, `notes`), `on` adds or removes just those; without, all. `on: false` without groups removes every trace of Lede. `scope` `key` (the default) draws only key claims, `all` every claim',
  },
  'lede:state': {
    from: ['popup', 'background'],
    to: 'content',
    request: z.object({ type: z.literal('lede:state') }),
    response: StateResponseSchema,
    answer: '`{status, on, groups, scope, siteEnabled, site, claims, sponsored}` for the popup and the toggle command',
  },
  'lede:site': {
    from: ['popup'],
    to: 'content',
    request: z.object({ type: z.literal('lede:site'), enabled: z.boolean() }),
    response: StateResponseSchema,
    answer: "turns Lede off (or on) for the tab's whole site; the new state",
  },
  'lede:reveal': {
    from: ['popup'],
    to: 'content',
    request: z.strictObject({ type: z.literal('lede:reveal'), start: z.int().check(z.gte(0)), end: z.int().check(z.gte(0)) }),
    response: OkAnswerSchema,
    answer: 'scrolls to article text `[start, end)` and flashes it; `{ok}`',
  },
  'lede:analyze-anyway': {
    from: ['popup'],
    to: 'content',
    request: z.strictObject({ type: z.literal('lede:analyze-anyway') }),
    response: OkAnswerSchema,
    answer: 'runs the engine on a page not taken for an article (`force`); `{ok}`',
  },
  'lede:notes:page': {
    from: ['popup'],
    to: 'content',
    request: z.strictObject({ type: z.literal('lede:notes:page') }),
    response: NotesPageAnswerSchema,
    answer: "`{page, title, incognito, visible, anchors}`: the page's URL hints and title, and where each passage note was found (`null`: an orphan)",
  },
  'lede:notes:refresh': {
    from: ['popup'],
    to: 'content',
    request: z.strictObject({ type: z.literal('lede:notes:refresh') }),
    response: OkAnswerSchema,
    answer: 'notes changed elsewhere: fetches and redraws them; `{ok}`',
  },
  'lede:notes:compose': {
    from: ['popup', 'background'],
    to: 'content',
    request: z.strictObject({ type: z.literal('lede:notes:compose'), noteId: z.optional(Id) }),
    response: OkAnswerSchema,
    answer: "opens Lede's note editor on the selection (context menu, popup); `{ok, reason?}`",
  },
  'lede:editor:closed': {
    from: ['background'],
    to: 'content',
    request: z.strictObject({ type: z.literal('lede:editor:closed'), session: Id, saved: z.boolean() }),
    response: OkAnswerSchema,
    answer: 'the note editor of that session was closed (`saved`: a note was stored): takes its frame away, redraws the notes; `{ok}`',
  },

  // ---- to the background, from Lede's own content scripts ----
  'lede:analyze-text': {
    from: ['content'],
    to: 'background',
    /** With `stream`, the text is the pieces sent under it (`lede:analyze-text:piece`) and `input.text` is empty. */
    request: z.object({ type: z.literal('lede:analyze-text'), input: ArticleInputSchema, stream: z.optional(Id) }),
    response: AnalyzeTextResponseSchema,
    answer:
      `\`{ok: true, result: {lang, claims, thesis, themes, topics, analyzeMs}, more?}\` or \`{ok: false, error}\`: the text half of the pipeline on the article text (\`input: {text, blockStarts, title, langHint}\`; with \`stream\`, the text sent in pieces under it). \`more: {id, total}\`: \`result.claims\` holds the first ${CLAIMS_PER_ANSWER} of \`total\` claims, the rest comes from \`lede:analyze-text:claims\``,
  },
  'lede:analyze-text:piece': {
    from: ['content'],
    to: 'background',
    request: z.strictObject({
      type: z.literal('lede:analyze-text:piece'),
      stream: Id,
      /** 0, 1, 2... in order; piece 0 starts the text (and drops any earlier one of the same page). */
      index: z.int().check(z.gte(0)),
      text: z.string().check(z.maxLength(TEXT_PIECE_CHARS)),
    }),
    response: TextPieceResponseSchema,
    answer:
      `\`{ok: true, received}\`: a piece of an article text too long for one message (pieces of at most ${TEXT_PIECE_CHARS} characters, in order), kept for this tab and frame until \`lede:analyze-text\` with \`stream\` reads it, or for a minute`,
  },
  'lede:analyze-text:claims': {
    from: ['content'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:analyze-text:claims'), id: Id, from: z.int().check(z.gte(0)) }),
    response: ClaimsPartResponseSchema,
    answer: `\`{ok: true, claimsJson}\`: up to ${CLAIMS_PER_ANSWER} of an answer's claims from index \`from\`, as JSON text (an array of claims: the page keeps it as text and parses it when needed) (\`more.id\` of \`lede:analyze-text\`); kept for this tab and frame until the last is taken, or for a minute`,
  },
  'lede:load-page-half': {
    from: ['content'],
    to: 'background',
    request: z.object({ type: z.literal('lede:load-page-half') }),
    response: LoadPageHalfResponseSchema,
    answer: "injects `page-half.js` (the page half's code) into the asking content script's world; `{ok}`",
  },

  // ---- the note editor's session: what the typed note is about, never the typed text ----
  'lede:editor:open': {
    from: ['content'],
    to: 'background',
    request: z.strictObject({
      type: z.literal('lede:editor:open'),
      page: PageRefSchema,
      title: z.string().check(z.maxLength(LIMITS.titleLength)),
      passage: z.optional(PassageSelectorsSchema),
    }),
    response: z.union([z.object({ ok: z.literal(true), session: Id }), z.object({ ok: z.literal(false), error: z.string() })]),
    answer: '`{ok: true, session}`: a one-time id for the note editor page Lede frames in the tab, which asks for the rest itself (`lede:editor:session`)',
  },
  'lede:editor:session': {
    from: ['editor'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:editor:session'), session: Id }),
    response: z.union([EditorSessionSchema, z.object({ ok: z.literal(false), error: z.string() })]),
    answer: "`{ok: true, page, title, passage?, incognito}`: the session's page and passage, given once",
  },
  'lede:editor:done': {
    from: ['editor'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:editor:done'), session: Id, saved: z.boolean() }),
    response: OkAnswerSchema,
    answer: "the note editor closed (`saved`: it stored the note): passed on as `lede:editor:closed` to the tab's content script that opened it; `{ok}`",
  },

  // ---- to the background's settings store (IndexedDB of the extension's origin: out of content scripts' reach) ----
  'lede:settings:site': {
    from: ['content'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:settings:site'), change: z.optional(SiteChangeSchema) }),
    response: z.union([SiteAnswerSchema, SettingsErrorSchema]),
    answer: "`{ok: true, site, settings}`: the settings of the asking content script's own site (the background takes the host from the sender's URL, never from the message); a `change` (`null`: back to the default) is saved first",
  },
  'lede:settings:sites': {
    from: ['options'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:settings:sites'), host: z.optional(HostSchema), change: z.optional(SiteChangeSchema) }),
    response: z.union([SitesAnswerSchema, SettingsErrorSchema]),
    answer: '`{ok: true, sites}`: every site\'s settings by host; with `host` and `change`, saves that first',
  },
  'lede:settings:themes': {
    from: ['options'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:settings:themes'), table: z.optional(z.nullable(ThemeTableSchema)) }),
    response: z.union([ThemesAnswerSchema, SettingsErrorSchema]),
    answer: '`{ok: true, table, reports}`: the theme table (`null`: the defaults) and the patterns switched off for taking too long (`{pattern, themes, site, at}`); a `table` (checked like the options page does) or `null` is saved first',
  },

  // ---- to the background's notes store (the only place that opens IndexedDB) ----
  'lede:notes:list': {
    from: ['content', 'popup'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:list'), page: PageRefSchema }),
    response: notesAnswer(NotesListAnswerSchema),
    answer: "`{ok: true, key, notes, draft, storing}`: the page's notes (keyed by its URL and canonical hints) and its draft",
  },
  'lede:notes:anchors': {
    from: ['content'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:anchors'), page: PageRefSchema, text: z.string().check(z.maxLength(LIMITS.pageTextChars)) }),
    response: notesAnswer(NotesAnchorsAnswerSchema),
    answer: "`{ok: true, anchors}`: where each of the page's passage notes is found in the content script's page text (`null`: an orphan)",
  },
  'lede:notes:create': {
    from: ['content', 'popup', 'editor'],
    to: 'background',
    request: z.strictObject({
      type: z.literal('lede:notes:create'),
      page: PageRefSchema,
      title: z.string().check(z.maxLength(LIMITS.titleLength)),
      body: Body,
      tags: RawTags,
      passage: z.optional(PassageSelectorsSchema),
      /** From an extension page: whether the tab is in a private window (a page's own sender says it itself). */
      incognito: z.optional(z.boolean()),
    }),
    response: notesAnswer(NoteAnswerSchema),
    answer: '`{ok: true, note}`; `{ok: false, code: "private"}` from a private window unless allowed',
  },
  'lede:notes:update': {
    from: ['content', 'popup'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:update'), id: Id, body: Body, tags: RawTags, expectedRevision: z.int().check(z.gte(1)) }),
    response: notesAnswer(NoteAnswerSchema),
    answer: '`{ok: true, note}`; a stale `expectedRevision` is refused with both versions (`code: "conflict"`, `theirs`), never lost',
  },
  'lede:notes:delete': {
    from: ['content', 'popup'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:delete'), id: Id }),
    response: notesAnswer(NoteAnswerSchema),
    answer: '`{ok: true, note}`: the deleted note (for undo)',
  },
  'lede:notes:restore': {
    from: ['popup'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:restore'), note: NoteSchema }),
    response: notesAnswer(NoteAnswerSchema),
    answer: '`{ok: true, note}`: a deleted note back',
  },
  'lede:notes:search': {
    from: ['options'],
    to: 'background',
    request: z.strictObject({
      type: z.literal('lede:notes:search'),
      text: z.optional(z.string().check(z.maxLength(500))),
      tag: z.optional(z.string().check(z.maxLength(LIMITS.tagLength))),
      site: z.optional(z.string().check(z.maxLength(LIMITS.urlLength))),
      limit: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
    }),
    response: notesAnswer(NotesAnswerSchema),
    answer: '`{ok: true, notes, total}`: the newest `limit` matches (fewer if they would not fit in one message) and how many match in all',
  },
  'lede:notes:draft': {
    from: ['content', 'popup'],
    to: 'background',
    /** Drafts of a note (`noteId`) or of a new note on the page: a body saves, `null` clears, no body reads. */
    request: z.strictObject({
      type: z.literal('lede:notes:draft'),
      page: PageRefSchema,
      noteId: z.optional(Id),
      body: z.optional(z.nullable(Body)),
      tags: z.optional(RawTags),
    }),
    response: notesAnswer(DraftAnswerSchema),
    answer: '`{ok: true, draft}`: a `body` saves the draft, `null` clears it, none reads it',
  },
  'lede:notes:export': {
    from: ['options'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:export'), format: z.enum(['json', 'markdown']), cursor: z.optional(ExportCursorSchema) }),
    response: notesAnswer(ExportPieceAnswerSchema),
    answer:
      '`{ok: true, text, next?}`: every note as W3C Web Annotations (`json`) or `markdown`, a piece of at most 8 M characters at a time: ask again with `cursor: next` until there is no `next`; the pieces joined are the file',
  },
  'lede:notes:upload': {
    from: ['options'],
    to: 'background',
    request: z.strictObject({
      type: z.literal('lede:notes:upload'),
      upload: Id,
      /** 0, 1, 2... in order; part 0 starts the upload (and drops any earlier one). */
      index: z.int().check(z.gte(0)),
      text: z.string().check(z.maxLength(LIMITS.messageChars)),
    }),
    response: notesAnswer(UploadAnswerSchema),
    answer: '`{ok: true, received}`: a part of an import file too big for one message (parts of at most 8 M characters, in order); `lede:notes:import` with `upload` then takes the whole file',
  },
  'lede:notes:import': {
    from: ['options'],
    to: 'background',
    /** The file as `text`, or the `upload` its parts were sent under (exactly one of them). */
    request: z.strictObject({
      type: z.literal('lede:notes:import'),
      text: z.optional(z.string().check(z.maxLength(LIMITS.importChars))),
      upload: z.optional(Id),
      /** Preview only: report what would change, change nothing. */
      dryRun: z.boolean(),
    }),
    response: notesAnswer(ImportAnswerSchema),
    answer:
      '`{ok: true, summary, applied}`: `dryRun` previews what would be added, updated and skipped. The file (`text`, or an `upload`) is checked whole before anything changes, then merged in slices while other requests are answered',
  },
  'lede:notes:settings': {
    from: ['options'],
    to: 'background',
    request: z.strictObject({ type: z.literal('lede:notes:settings'), allowPrivate: z.optional(z.boolean()) }),
    response: notesAnswer(SettingsAnswerSchema),
    answer: '`{ok: true, settings}`; with `allowPrivate`, saves it first',
  },
});

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;
/** The messages one party answers. */
export type MessagesTo<P extends Party> = { [T in MessageType]: Protocol[T]['to'] extends P ? T : never }[MessageType];

export const MESSAGE_TYPES = Object.keys(PROTOCOL) as MessageType[];

export function messagesTo<P extends Party>(party: P): MessagesTo<P>[] {
  return MESSAGE_TYPES.filter((t) => PROTOCOL[t].to === party) as MessagesTo<P>[];
}

export function sentBy(type: MessageType, party: Party): boolean {
  return (PROTOCOL[type].from as readonly Party[]).includes(party);
}

/** Parses a request with its table schema (zod): for the receivers that carry zod (not the content script). */
export function parseRequest<T extends MessageType>(type: T, message: unknown): { success: true; data: RequestOf<T> } | { success: false; error: z.core.$ZodError } {
  return PROTOCOL[type].request.safeParse(message) as { success: true; data: RequestOf<T> } | { success: false; error: z.core.$ZodError };
}

export type AnalyzeTextRequest = RequestOf<'lede:analyze-text'>;
export type TextPieceRequest = RequestOf<'lede:analyze-text:piece'>;
export type ClaimsPartRequest = RequestOf<'lede:analyze-text:claims'>;
export type HighlightsRequest = RequestOf<'lede:highlights'>;
