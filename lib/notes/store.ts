/**
 * The notes store: the only code that reads or writes the notes database (the background opens it;
 * pages talk to the background). Every write is validated; edits use optimistic concurrency on
 * `revision` so two editors never silently overwrite each other.
 */
import type { IDBPDatabase } from 'idb';
import { describe as describePassage } from '../anchor/selectors';
import { openDatabase, type NotesDB, type OpenDatabaseOptions } from './db';
import { NoteConflictError, NoteValidationError, NotesStoreClosedError } from './errors';
import { toAnnotationCollection, toMarkdown } from './export';
import { exportPiece, type ExportCursor, type ExportFormat, type ExportPiece } from './export-pieces';
import { nextTask, parseImportInSlices, planImport, type ImportPlan } from './import';
import { LIMITS } from './limits';
import {
  DEFAULT_SETTINGS,
  DraftSchema,
  NoteInputSchema,
  NoteSchema,
  SettingsSchema,
  describeIssues,
  normalizeTags,
  type Draft,
  type Note,
  type NoteInput,
  type NoteTarget,
  type Settings,
  type ZodLikeError,
} from './schema';
import { compileQuery, type NoteQuery } from './search';
import { newId } from './ids';
import { noteKey, type PageUrlHints } from './url-key';

/** Searches limited to at most this many results walk a cursor (and can stop early); larger ones read in batches. */
export const CURSOR_SEARCH_MAX_LIMIT = 100;

/** Notes read per transaction when walking the whole store (search, export): writers slot in between. */
export const READ_BATCH = 1_000;

/** Notes read per transaction by an export: small, since a piece stops at a size and the rest of a batch is read again. */
export const EXPORT_READ_BATCH = 100;

/** Notes merged per transaction by an import; the background answers other messages between slices. */
export const IMPORT_SLICE = 500;

export interface ImportOptions {
  /** Notes per transaction (IMPORT_SLICE). */
  slice?: number;
  /** Called after each slice is committed (or, in a preview, looked up): notes done so far, of `total`. */
  onSlice?: (done: number, total: number) => void;
  /** Between slices (a macrotask by default, so queued messages are answered). */
  pause?: () => Promise<void>;
}

/** Newest first: `updated`, then id, both descending (the order of the `updated` index read backwards). */
const newestFirst = (a: Note, b: Note) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

type LookupTx = { store: { get(id: string): Promise<Note | undefined>; index(name: 'key'): { getAll(key: string): Promise<Note[]> } } };

export interface OpenNotesStoreOptions extends OpenDatabaseOptions {
  /** Called once when this connection is closed under us (a newer Lede opened the database, or the browser closed it). */
  onClose?: (error: NotesStoreClosedError) => void;
}

/** Which draft: the edit of an existing note, or a new note on a page. */
export type DraftRef = { noteId: string } | { key: string };

export interface DraftInput {
  noteId?: string;
  key: string;
  body: string;
  tags?: string[];
  target?: NoteTarget;
}

export function draftId(ref: DraftRef): string {
  return 'noteId' in ref ? `note:${ref.noteId}` : `page:${ref.key}`;
}

function validate<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodLikeError } }, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new NoteValidationError(describeIssues(parsed.error), what);
  return parsed.data;
}

export class NotesStore {
  private closedError: NotesStoreClosedError | null = null;

  constructor(
    private readonly db: IDBPDatabase<NotesDB>,
    private readonly now: () => Date,
    onClose?: (error: NotesStoreClosedError) => void,
  ) {
    const closeWith = (reason: string) => {
      if (this.closedError) return;
      this.closedError = new NotesStoreClosedError(reason);
      db.close();
      onClose?.(this.closedError);
    };
    // "blocking": a newer version wants to upgrade; let it, instead of blocking it.
    db.addEventListener('versionchange', () => closeWith('a newer version of Lede is upgrading it'));
    db.addEventListener('close', () => closeWith('the browser closed it'));
  }

  get closed(): boolean {
    return this.closedError !== null;
  }

  close(): void {
    if (!this.closedError) this.closedError = new NotesStoreClosedError('closed by Lede');
    this.db.close();
  }

  private open(): IDBPDatabase<NotesDB> {
    if (this.closedError) throw this.closedError;
    return this.db;
  }

  private nowIso(): string {
    return this.now().toISOString();
  }

  /** Notes of one article, oldest first. */
  async listByKey(key: string): Promise<Note[]> {
    const notes = await this.open().getAllFromIndex('notes', 'key', key);
    return notes.sort((a, b) => a.created.localeCompare(b.created));
  }

  async get(id: string): Promise<Note | null> {
    return (await this.open().get('notes', id)) ?? null;
  }

  async count(): Promise<number> {
    return this.open().count('notes');
  }

  /**
   * Save a note. `expectedRevision` is the revision the edit was based on (0 for a new note); when
   * the stored revision differs, nothing is written and NoteConflictError carries both versions.
   * Returns the stored note (revision + 1, `updated` now).
   */
  async put(input: NoteInput, { expectedRevision }: { expectedRevision: number }): Promise<Note> {
    const valid = validate(NoteInputSchema, input, 'note');
    const tx = this.open().transaction('notes', 'readwrite');
    const existing = (await tx.store.get(valid.id)) ?? null;
    if ((existing?.revision ?? 0) !== expectedRevision) {
      await tx.done; // nothing written
      throw new NoteConflictError(input, existing, expectedRevision);
    }
    const now = this.nowIso();
    const note = validate(
      NoteSchema,
      { ...valid, created: existing?.created ?? valid.created ?? now, updated: now, revision: expectedRevision + 1 },
      'note',
    );
    await tx.store.put(note);
    await tx.done;
    return note;
  }

  /** Delete a note; returns it (for undo with `restore`), or null if it was not there. */
  async delete(id: string): Promise<Note | null> {
    const tx = this.open().transaction('notes', 'readwrite');
    const existing = (await tx.store.get(id)) ?? null;
    if (existing) await tx.store.delete(id);
    await tx.done;
    return existing;
  }

  /** Put back a deleted note as it was. Refuses (conflict) if a note with its id exists again. */
  async restore(note: Note): Promise<Note> {
    const valid = validate(NoteSchema, note, 'note');
    const tx = this.open().transaction('notes', 'readwrite');
    const existing = (await tx.store.get(valid.id)) ?? null;
    if (existing) {
      await tx.done;
      throw new NoteConflictError(note, existing, 0);
    }
    await tx.store.add(valid);
    await tx.done;
    return valid;
  }

  /**
   * Notes matching the query, most recently updated first. With a small `limit` it walks the
   * `updated` index newest-first with a cursor and stops early; otherwise it reads the store in
   * batches (one request per batch instead of one per note) and keeps the newest matches.
   */
  async search(query: NoteQuery = {}): Promise<Note[]> {
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    if (limit <= CURSOR_SEARCH_MAX_LIMIT) return this.newestMatching(compileQuery(query), limit);
    return (await this.scan(query)).notes;
  }

  /**
   * Like `search`, with how many notes match in all (`total`): what a list showing the first few
   * says. A query without conditions counts the store instead of reading it.
   */
  async searchCounted(query: NoteQuery = {}): Promise<{ notes: Note[]; total: number }> {
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    const unfiltered = !query.text?.trim() && !query.tag?.trim() && !query.site?.trim();
    if (unfiltered && limit <= CURSOR_SEARCH_MAX_LIMIT * 10) {
      const [notes, total] = await Promise.all([this.newestMatching(() => true, limit), this.count()]);
      return { notes, total };
    }
    return this.scan(query);
  }

  /** Walk the `updated` index newest first until `limit` notes matched. */
  private async newestMatching(matches: (note: Note) => boolean, limit: number): Promise<Note[]> {
    const tx = this.open().transaction('notes', 'readonly');
    const out: Note[] = [];
    let cursor = await tx.store.index('updated').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      if (matches(cursor.value)) out.push(cursor.value);
      cursor = await cursor.continue();
    }
    await tx.done;
    return out;
  }

  /** Every note read in batches (a transaction each), keeping the newest `limit` matches and counting all. */
  private async scan(query: NoteQuery): Promise<{ notes: Note[]; total: number }> {
    const matches = compileQuery(query);
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    let kept: Note[] = [];
    let total = 0;
    for (let after: string | null = null; ; ) {
      const batch: Note[] = await this.open().getAll('notes', after === null ? null : IDBKeyRange.lowerBound(after, true), READ_BATCH);
      for (const note of batch) {
        if (!matches(note)) continue;
        total++;
        kept.push(note);
      }
      if (kept.length > 2 * limit) kept = kept.sort(newestFirst).slice(0, limit);
      if (batch.length < READ_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    return { notes: kept.sort(newestFirst).slice(0, limit), total };
  }

  async saveDraft(input: DraftInput): Promise<Draft> {
    const ref: DraftRef = input.noteId ? { noteId: input.noteId } : { key: input.key };
    const draft = validate(
      DraftSchema,
      { id: draftId(ref), ...(input.noteId ? { noteId: input.noteId } : {}), key: input.key, body: input.body, tags: normalizeTags(input.tags ?? []), ...(input.target ? { target: input.target } : {}), saved: this.nowIso() },
      'draft',
    );
    await this.open().put('drafts', draft);
    return draft;
  }

  async getDraft(ref: DraftRef): Promise<Draft | null> {
    return (await this.open().get('drafts', draftId(ref))) ?? null;
  }

  async clearDraft(ref: DraftRef): Promise<void> {
    await this.open().delete('drafts', draftId(ref));
  }

  async getSettings(): Promise<Settings> {
    return (await this.open().get('settings', 'settings')) ?? { ...DEFAULT_SETTINGS };
  }

  async saveSettings(changes: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
    const settings = validate(SettingsSchema, { ...(await this.getSettings()), ...changes, id: 'settings' }, 'settings');
    await this.open().put('settings', settings);
    return settings;
  }

  /** Every note, grouped by article (key), oldest first within an article (the order of the JSON export). */
  async exportAll(): Promise<Note[]> {
    const notes = await this.open().getAll('notes');
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return notes.sort((a, b) => cmp(a.key, b.key) || cmp(a.created, b.created) || cmp(a.id, b.id));
  }

  /** W3C Web Annotation JSON (an AnnotationCollection), pretty-printed, in one string (see exportPiece for big stores). */
  async exportJson(): Promise<string> {
    return JSON.stringify(toAnnotationCollection(await this.exportAll(), this.now()), null, 2);
  }

  async exportMarkdown(): Promise<string> {
    return toMarkdown(await this.exportAll());
  }

  /**
   * The export a piece at a time, each at most `maxChars` long (a runtime message's worth): start
   * without a cursor, go on with each piece's `next` until there is none; the pieces joined are the
   * file exportJson / exportMarkdown would write. Each piece reads in its own transactions.
   */
  exportPiece(format: ExportFormat, cursor?: ExportCursor, maxChars: number = LIMITS.messageChars): Promise<ExportPiece> {
    return exportPiece(
      { format, cursor, maxChars },
      { count: () => this.count(), now: () => this.now(), readArticles: (after) => this.readArticles(after, EXPORT_READ_BATCH) },
    );
  }

  /**
   * Whole articles in key order, starting at `from.key` (or after it, unless `inclusive`), read in
   * one transaction: about `batch` notes, the last article completed. `more`: others may follow.
   */
  private async readArticles(from: { key: string; inclusive: boolean } | null, batch: number): Promise<{ articles: Note[][]; more: boolean }> {
    const tx = this.open().transaction('notes', 'readonly');
    const index = tx.store.index('key');
    const notes = await index.getAll(from ? IDBKeyRange.lowerBound(from.key, !from.inclusive) : null, batch);
    const articles: Note[][] = [];
    for (const note of notes) {
      const last = articles[articles.length - 1];
      if (last && last[0].key === note.key) last.push(note);
      else articles.push([note]);
    }
    const more = notes.length === batch;
    // The batch may end inside an article: read that one whole.
    if (more) articles.push(await index.getAll(articles.pop()![0].key));
    await tx.done;
    return { articles, more };
  }

  /** Read what the store holds for the incoming notes' ids and articles, inside `tx`. */
  private async lookup(tx: LookupTx, incoming: readonly Note[]) {
    const ids = incoming.map((n) => n.id);
    const keys = [...new Set(incoming.map((n) => n.key))];
    // Issue every request at once: one round of the event loop, not one per note.
    const [found, lists] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), Promise.all(keys.map((key) => tx.store.index('key').getAll(key)))]);
    const byId = new Map<string, Note>();
    found.forEach((note) => note && byId.set(note.id, note));
    const byKey = new Map<string, Note[]>(keys.map((key, i) => [key, lists[i]]));
    return { byId, byKey };
  }

  /**
   * What importing this file would add, update and skip. Changes nothing; throws ImportError for a
   * bad file. The file is checked and looked up in slices (see importFile).
   */
  async previewImport(fileText: string, options: ImportOptions = {}): Promise<ImportPlan> {
    const { slice = IMPORT_SLICE, pause = nextTask } = options;
    const incoming = await parseImportInSlices(fileText, { pause });
    const byId = new Map<string, Note>();
    const byKey = new Map<string, Note[]>();
    for (let from = 0; from < incoming.length; from += slice) {
      if (from > 0) await pause();
      const tx = this.open().transaction('notes', 'readonly');
      const found = await this.lookup(tx, incoming.slice(from, from + slice));
      await tx.done;
      found.byId.forEach((note, id) => byId.set(id, note));
      found.byKey.forEach((notes, key) => byKey.set(key, notes));
      options.onSlice?.(Math.min(from + slice, incoming.length), incoming.length);
    }
    return planImport(incoming, byId, byKey);
  }

  /**
   * Import a file. The whole file is validated first: a bad file throws ImportError and changes
   * nothing. Then it is merged in slices of `slice` notes, a transaction each, pausing between them
   * so that other requests (a page's notes) are answered meanwhile. Each slice is planned against
   * what the store holds then (earlier slices included), so the result is the one-go merge's. An
   * import only adds and updates: if it stops midway (browser closed, disk full), the notes already
   * here are intact and importing the file again finishes it. Returns what was done.
   */
  async importFile(fileText: string, options: ImportOptions = {}): Promise<ImportPlan> {
    const { slice = IMPORT_SLICE, pause = nextTask } = options;
    const incoming = await parseImportInSlices(fileText, { pause }); // throws before anything is touched
    const plan: ImportPlan = { added: [], updated: [], skipped: [] };
    for (let from = 0; from < incoming.length; from += slice) {
      if (from > 0) await pause();
      try {
        const part = await this.mergeSlice(incoming.slice(from, from + slice));
        plan.added.push(...part.added);
        plan.updated.push(...part.updated);
        plan.skipped.push(...part.skipped);
      } catch (error) {
        if (from === 0) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Import stopped after ${from} of ${incoming.length} notes (${reason}). Your notes are kept; import the file again to finish (notes already here are skipped).`);
      }
      options.onSlice?.(Math.min(from + slice, incoming.length), incoming.length);
    }
    return plan;
  }

  /** Plan and write one slice of an import in one transaction: all of it, or (on any error) nothing. */
  private async mergeSlice(incoming: readonly Note[]): Promise<ImportPlan> {
    const tx = this.open().transaction('notes', 'readwrite');
    const done = tx.done;
    done.catch(() => undefined); // observed below; avoid an unhandled rejection when aborting
    try {
      const { byId, byKey } = await this.lookup(tx, incoming);
      const plan = planImport(incoming, byId, byKey);
      await Promise.all([...plan.added.map((note) => tx.store.add(note)), ...plan.updated.map(({ after }) => tx.store.put(after))]);
      await done;
      return plan;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        /* already aborted by the failed request */
      }
      throw error;
    }
  }
}

/** Open (creating or upgrading as needed) the notes store. `factory` defaults to the global indexedDB. */
export async function openNotesStore(factory?: IDBFactory, options: OpenNotesStoreOptions = {}): Promise<NotesStore> {
  const idb = factory ?? globalThis.indexedDB;
  if (!idb) throw new Error('IndexedDB is not available here: notes are kept by the extension background only.');
  const db = await openDatabase(idb, options);
  return new NotesStore(db, options.now ?? (() => new Date()), options.onClose);
}

export interface NewNoteFields extends PageUrlHints {
  url: string;
  title: string;
  body: string;
  tags?: string[];
  /** Omit for a note on the whole page. */
  passage?: { text: string; start: number; end: number };
}

/** A new note ready for `put(note, { expectedRevision: 0 })`: fresh id, article key, selectors for the passage. */
export function newNote(fields: NewNoteFields): NoteInput {
  const target: NoteTarget = fields.passage
    ? { kind: 'passage', ...describePassage(fields.passage.text, fields.passage.start, fields.passage.end) }
    : { kind: 'page' };
  return {
    id: newId(),
    key: noteKey(fields.url, { canonical: fields.canonical, ogUrl: fields.ogUrl }),
    url: fields.url,
    title: fields.title.slice(0, 1_000),
    body: fields.body,
    tags: normalizeTags(fields.tags ?? []),
    target,
  };
}
