// The background's answer to every lede:notes:* message: validate, check who may ask for what,
// call the store, and answer with plain JSON (`{ok: true, ...}` or `{ok: false, code, error}`).
// One handler per message; lib/protocol.ts says who may send which. Pure: the background hands in
// the store and a description of the sender; no browser.* here.
import { ImportError, NoteConflictError, NoteValidationError } from './errors';
import type { ImportSummary, NotesError, PageRef } from './messages';
import { handlers, type HandlerTable } from '../handlers';
import { messagesTo, parseRequest, sentBy, type MessagesTo } from '../protocol';
import { mayStore } from './privacy';
import { describeIssues, normalizeTags, type Note } from './schema';
import type { NotesStore } from './store';
import { newId } from './ids';
import { noteKey } from './url-key';
import type { ImportPlan } from './import';
import { anchor } from '../anchor';
import { NOTE_ANCHOR_BUDGET_MS } from '../limits';
import { LIMITS } from './limits';
import { ImportUploads } from './uploads';

/**
 * Who sent the message. Extension pages (popup, options) may do anything; a content script only
 * reads and writes the notes of the page it runs in (its own URL, from the browser, not the message).
 */
export type NotesSender = { kind: 'extension' } | { kind: 'page'; url: string; incognito: boolean };

/** The notes store's messages: everything the background answers but the content scripts' own. */
type NotesMessage = Extract<MessagesTo<'background'>, `lede:notes:${string}`>;
const NOTES_MESSAGES = new Set<string>(messagesTo('background').filter((t) => t.startsWith('lede:notes:')));

/** Is this one of the notes store's messages at all (so the background answers it, with an error if malformed)? */
export function isNotesMessage(message: unknown): message is { type: NotesMessage } {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && NOTES_MESSAGES.has(type);
}


/** Titles or quotes shown in an import preview. */
const PREVIEW_SAMPLE = 5;

const fail = (code: NotesError['code'], error: string, extra: Partial<NotesError> = {}): NotesError => ({ ok: false, code, error, ...extra });

/** Parts of import files being sent (one background, one upload at a time). */
const backgroundUploads = new ImportUploads();

export async function handleNotesMessage(store: NotesStore, message: unknown, sender: NotesSender, uploads: ImportUploads = backgroundUploads): Promise<unknown> {
  if (!isNotesMessage(message)) return fail('invalid', 'Not a notes message.');
  // Pages may send only what the protocol lists the content script as a sender of.
  if (sender.kind === 'page' && !sentBy(message.type, 'content')) return fail('forbidden', 'Not available to pages.');
  const handled = answer(message, { store, sender, uploads });
  try {
    return await handled?.answer;
  } catch (error) {
    return toFailure(error);
  }
}

interface Context {
  store: NotesStore;
  sender: NotesSender;
  uploads: ImportUploads;
}

/** The first notes whose JSON fits in one message (a runtime message carries at most 64 MiB). */
function fitInMessage(notes: Note[]): Note[] {
  let chars = 0;
  const fit = notes.findIndex((note) => (chars += JSON.stringify(note).length) > LIMITS.messageChars);
  return fit < 0 ? notes : notes.slice(0, fit);
}

function toFailure(error: unknown): NotesError {
  if (error instanceof NoteConflictError) return fail('conflict', error.message, { theirs: error.theirs });
  if (error instanceof ImportError || error instanceof NoteValidationError) return fail('invalid', error.message, { issues: error.issues.slice(0, 20) });
  return fail('failed', error instanceof Error ? error.message : String(error));
}

/** The key of the page a message is about; a content script's own URL must be that page. */
function keyFor(page: PageRef, sender: NotesSender): string {
  if (sender.kind === 'page' && noteKey(sender.url) !== noteKey(page.url)) throw new Error('A page may only ask about its own notes.');
  return noteKey(page.url, { canonical: page.canonical, ogUrl: page.ogUrl });
}

/** A content script may only touch notes of its own page. */
async function ownNote(store: NotesStore, id: string, sender: NotesSender): Promise<Note | null> {
  const note = await store.get(id);
  if (note && sender.kind === 'page' && noteKey(sender.url) !== noteKey(note.url)) throw new Error('A page may only change its own notes.');
  return note;
}

const table: HandlerTable<NotesMessage, Context> = {
  'lede:notes:list': async (msg, { store, sender }) => {
    const key = keyFor(msg.page, sender);
    const [notes, draft, settings] = await Promise.all([store.listByKey(key), store.getDraft({ key }), store.getSettings()]);
    const incognito = sender.kind === 'page' && sender.incognito;
    return { ok: true, key, notes, draft, storing: mayStore({ incognito, allowPrivate: settings.allowPrivate }) };
  },
  'lede:notes:anchors': async (msg, { store, sender }) => {
    const notes = await store.listByKey(keyFor(msg.page, sender));
    const anchors: Record<string, { start: number; end: number } | null> = {};
    for (const note of notes) {
      if (note.target.kind !== 'passage') continue;
      const hit = anchor(msg.text, { quote: note.target.quote, position: note.target.position }, { timeBudgetMs: NOTE_ANCHOR_BUDGET_MS });
      anchors[note.id] = hit ? { start: hit.start, end: hit.end } : null;
    }
    return { ok: true, anchors };
  },
  'lede:notes:create': async (msg, { store, sender }) => {
    const key = keyFor(msg.page, sender);
    const incognito = sender.kind === 'page' ? sender.incognito : msg.incognito === true;
    const { allowPrivate } = await store.getSettings();
    if (!mayStore({ incognito, allowPrivate })) return fail('private', 'Notes from private windows are not kept (you can allow it in Lede’s options).');
    const note = await store.put(
      {
        id: newId(),
        key,
        url: msg.page.url,
        title: msg.title,
        body: msg.body,
        tags: normalizeTags(msg.tags),
        target: msg.passage ? { kind: 'passage', ...msg.passage } : { kind: 'page' },
      },
      { expectedRevision: 0 },
    );
    await store.clearDraft({ key });
    return { ok: true, note };
  },
  'lede:notes:update': async (msg, { store, sender }) => {
    const existing = await ownNote(store, msg.id, sender);
    if (!existing) return fail('conflict', 'This note was deleted elsewhere; your edit was not saved.', { theirs: null });
    const note = await store.put({ ...existing, body: msg.body, tags: normalizeTags(msg.tags) }, { expectedRevision: msg.expectedRevision });
    await store.clearDraft({ noteId: msg.id });
    return { ok: true, note };
  },
  'lede:notes:delete': async (msg, { store, sender }) => {
    await ownNote(store, msg.id, sender);
    const note = await store.delete(msg.id);
    return note ? { ok: true, note } : fail('conflict', 'This note was already deleted.', { theirs: null });
  },
  'lede:notes:restore': async (msg, { store }) => ({ ok: true, note: await store.restore(msg.note) }),
  'lede:notes:search': async (msg, { store }) => {
    const { notes, total } = await store.searchCounted({ text: msg.text, tag: msg.tag, site: msg.site, limit: msg.limit });
    return { ok: true, notes: fitInMessage(notes), total };
  },
  'lede:notes:draft': async (msg, { store, sender }) => {
    const key = keyFor(msg.page, sender);
    const ref = msg.noteId ? { noteId: msg.noteId } : { key };
    if (msg.noteId) await ownNote(store, msg.noteId, sender);
    if (msg.body === undefined) return { ok: true, draft: await store.getDraft(ref) };
    if (msg.body === null) {
      await store.clearDraft(ref);
      return { ok: true, draft: null };
    }
    return { ok: true, draft: await store.saveDraft({ ...('noteId' in ref ? ref : {}), key, body: msg.body, tags: normalizeTags(msg.tags ?? []) }) };
  },
  'lede:notes:export': async (msg, { store }) => ({ ok: true, ...(await store.exportPiece(msg.format, msg.cursor)) }),
  'lede:notes:upload': async (msg, { uploads }) => ({ ok: true, received: uploads.add(msg.upload, msg.index, msg.text) }),
  'lede:notes:import': async (msg, { store, uploads }) => {
    if ((msg.text === undefined) === (msg.upload === undefined)) return fail('invalid', 'Send the file as `text` or as an `upload`, one of the two.');
    const text = msg.text ?? uploads.take(msg.upload!, { keep: msg.dryRun });
    const plan = msg.dryRun ? await store.previewImport(text) : await store.importFile(text);
    return { ok: true, summary: summarize(plan), applied: !msg.dryRun };
  },
  'lede:notes:settings': async (msg, { store }) => {
    const settings = msg.allowPrivate === undefined ? await store.getSettings() : await store.saveSettings({ allowPrivate: msg.allowPrivate });
    return { ok: true, settings };
  },
};

const answer = handlers<NotesMessage, Context>(parseRequest, table, (_type, error) =>
  fail('invalid', 'Malformed notes message.', { issues: describeIssues(error as Parameters<typeof describeIssues>[0]).slice(0, 5) }),
);

function summarize(plan: ImportPlan): ImportSummary {
  const sample = plan.added.slice(0, PREVIEW_SAMPLE).map((n) => (n.target.kind === 'passage' ? `“${n.target.quote.exact.slice(0, 80)}” — ${n.title.slice(0, 80)}` : n.title.slice(0, 120)));
  return { added: plan.added.length, updated: plan.updated.length, skipped: plan.skipped.length, sample };
}
