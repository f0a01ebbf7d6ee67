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
import { parseImport, planImport, type ImportPlan } from './import';
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

/** Searches limited to at most this many results walk a cursor (and can stop early); larger ones read in bulk. */
export const CURSOR_SEARCH_MAX_LIMIT = 100;

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
   * `updated` index newest-first with a cursor and stops early; otherwise it reads the index in one
   * request (one round trip instead of one per note: ~10× faster over 10,000 notes) and filters.
   */
  async search(query: NoteQuery = {}): Promise<Note[]> {
    const matches = compileQuery(query);
    const limit = query.limit ?? Number.POSITIVE_INFINITY;
    const tx = this.open().transaction('notes', 'readonly');
    const index = tx.store.index('updated');
    const out: Note[] = [];
    if (limit <= CURSOR_SEARCH_MAX_LIMIT) {
      let cursor = await index.openCursor(null, 'prev');
      while (cursor && out.length < limit) {
        if (matches(cursor.value)) out.push(cursor.value);
        cursor = await cursor.continue();
      }
    } else {
      const all = await index.getAll();
      for (let i = all.length - 1; i >= 0 && out.length < limit; i--) if (matches(all[i])) out.push(all[i]);
    }
    await tx.done;
    return out;
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

  /** Every note, grouped by article (key), oldest first within an article. */
  async exportAll(): Promise<Note[]> {
    const notes = await this.open().getAll('notes');
    return notes.sort((a, b) => a.key.localeCompare(b.key) || a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  }

  /** W3C Web Annotation JSON (an AnnotationCollection), pretty-printed. */
  async exportJson(): Promise<string> {
    return JSON.stringify(toAnnotationCollection(await this.exportAll(), this.now()), null, 2);
  }

  async exportMarkdown(): Promise<string> {
    return toMarkdown(await this.exportAll());
  }

  /** Read what the store holds for the incoming notes' ids and articles, inside `tx`. */
  private async lookup(tx: { store: { get(id: string): Promise<Note | undefined>; index(name: 'key'): { getAll(key: string): Promise<Note[]> } } }, incoming: readonly Note[]) {
    const ids = incoming.map((n) => n.id);
    const keys = [...new Set(incoming.map((n) => n.key))];
    // Issue every request at once: one round of the event loop, not one per note.
    const [found, lists] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), Promise.all(keys.map((key) => tx.store.index('key').getAll(key)))]);
    const byId = new Map<string, Note>();
    found.forEach((note) => note && byId.set(note.id, note));
    const byKey = new Map<string, Note[]>(keys.map((key, i) => [key, lists[i]]));
    return { byId, byKey };
  }

  /** What importing this file would add, update and skip. Changes nothing; throws ImportError for a bad file. */
  async previewImport(fileText: string): Promise<ImportPlan> {
    const incoming = parseImport(fileText);
    const tx = this.open().transaction('notes', 'readonly');
    const { byId, byKey } = await this.lookup(tx, incoming);
    await tx.done;
    return planImport(incoming, byId, byKey);
  }

  /** Import a file: all of it in one transaction, or (on any error) nothing. Returns what was done. */
  async importFile(fileText: string): Promise<ImportPlan> {
    const incoming = parseImport(fileText); // throws before anything is touched
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
