/**
 * The notes database: name, versioned layout, migrations, and opening it with idb.
 *
 * Versions:
 *  1 — `notes` (keyPath id, index url), flat quote string (schema-v1.ts).
 *  2 — `notes` (keyPath id, indexes key and updated) holding Note records (schema.ts: selectors,
 *      tags, revision); `drafts` (keyPath id); `settings` (keyPath id); `quarantine` (auto keys):
 *      v1 records that could not be upgraded, kept as they were with the reason, never dropped.
 * A fresh database is created at v1 and migrated, so the migration path is the one always taken.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { NotesStoreBlockedError } from './errors';
import type { Draft, Note, Settings } from './schema';
import { newId } from './ids';
import { V1, upgradeV1Note } from './schema-v1';

export const DB_NAME = 'lede-notes';
export const DB_VERSION = 2;

export interface QuarantinedRecord {
  record: unknown;
  reason: string;
  fromVersion: number;
  at: string;
}

export interface NotesDB extends DBSchema {
  notes: { key: string; value: Note; indexes: { key: string; updated: string } };
  drafts: { key: string; value: Draft };
  settings: { key: string; value: Settings };
  quarantine: { key: number; value: QuarantinedRecord };
}

/** Untyped view used while the layout is between versions. */
type AnyDB = IDBPDatabase<unknown>;
type AnyUpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

function createV1(db: AnyDB): void {
  const notes = db.createObjectStore(V1.notesStore, { keyPath: 'id' });
  notes.createIndex(V1.urlIndex, 'url');
}

async function migrateV1toV2(db: AnyDB, tx: AnyUpgradeTx, now: Date): Promise<void> {
  const notes = tx.objectStore('notes');
  notes.deleteIndex(V1.urlIndex);
  notes.createIndex('key', 'key');
  notes.createIndex('updated', 'updated');
  db.createObjectStore('drafts', { keyPath: 'id' });
  db.createObjectStore('settings', { keyPath: 'id' });
  const quarantine = db.createObjectStore('quarantine', { autoIncrement: true });
  // Read everything first: rewriting under a live cursor would revisit records whose id changes.
  const all = await notes.getAll();
  await notes.clear();
  for (const raw of all) {
    const upgraded = upgradeV1Note(raw, newId);
    if ('note' in upgraded) await notes.put(upgraded.note);
    else await quarantine.add({ record: raw, reason: upgraded.reason, fromVersion: 1, at: now.toISOString() });
  }
}

export interface OpenDatabaseOptions {
  name?: string;
  now?: () => Date;
  /** Called when another connection (an older Lede page) keeps the upgrade waiting. */
  onBlocked?: (error: NotesStoreBlockedError) => void;
  /** Reject with NotesStoreBlockedError instead of waiting for the other page to let go. */
  rejectWhenBlocked?: boolean;
}

/**
 * idb's `openDB`, with the IDBFactory passed in (a fake one in tests, `indexedDB` in the extension):
 * the same wiring of upgradeneeded and blocked events onto idb's wrapped request.
 */
export function openDatabase(factory: IDBFactory, options: OpenDatabaseOptions = {}): Promise<IDBPDatabase<NotesDB>> {
  const now = options.now ?? (() => new Date());
  const request = factory.open(options.name ?? DB_NAME, DB_VERSION);
  const opened = wrap(request) as unknown as Promise<IDBPDatabase<NotesDB>>;

  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as AnyDB;
    const tx = wrap(request.transaction!) as unknown as AnyUpgradeTx;
    const migrate = async () => {
      if (event.oldVersion < 1) createV1(db);
      if (event.oldVersion < 2) await migrateV1toV2(db, tx, now());
    };
    migrate().catch((error: unknown) => {
      // A failed migration must leave the old data as it was: abort the whole upgrade.
      console.error('Lede notes: migration failed, database left at its old version', error);
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    });
  });

  return new Promise((resolve, reject) => {
    let gaveUp = false;
    request.addEventListener('blocked', () => {
      const error = new NotesStoreBlockedError();
      options.onBlocked?.(error);
      if (options.rejectWhenBlocked) {
        gaveUp = true;
        reject(error);
      }
    });
    opened.then(
      (db) => {
        if (gaveUp) db.close(); // we already told the caller it failed: do not hold the database open
        else resolve(db);
      },
      (error) => {
        if (!gaveUp) reject(error);
      },
    );
  });
}
