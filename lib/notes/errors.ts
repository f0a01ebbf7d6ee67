/** Errors the notes store throws: each names what went wrong in words a person can act on. */
import type { Note } from './schema';

/** A save was based on an old revision: someone else saved in between. Both versions are kept here. */
export class NoteConflictError extends Error {
  override readonly name = 'NoteConflictError';
  constructor(
    /** The edit that was refused (as the caller sent it). */
    readonly mine: unknown,
    /** What the store holds now; null when the note was deleted meanwhile. */
    readonly theirs: Note | null,
    readonly expectedRevision: number,
  ) {
    super(
      expectedRevision === 0 && theirs
        ? 'A note with this id already exists; nothing was overwritten.'
        : theirs
          ? `This note was changed elsewhere (revision ${theirs.revision}, your edit was based on revision ${expectedRevision}); nothing was overwritten.`
          : 'This note was deleted elsewhere; your edit was not saved.',
    );
  }
}

/** Another open Lede page holds the database at an older version and did not let go. */
export class NotesStoreBlockedError extends Error {
  override readonly name = 'NotesStoreBlockedError';
  constructor() {
    super('The notes database is blocked by another open Lede page (an older version). Close or reload other Lede pages and try again.');
  }
}

/** The connection was closed: a newer Lede opened the database, or the browser closed it. */
export class NotesStoreClosedError extends Error {
  override readonly name = 'NotesStoreClosedError';
  constructor(reason: string) {
    super(`The notes database was closed (${reason}). Reload this page to continue.`);
  }
}

/** A record or input did not validate; `issues` lists each bad field by path. */
export class NoteValidationError extends Error {
  override readonly name = 'NoteValidationError';
  constructor(
    readonly issues: { path: string; message: string }[],
    what = 'note',
  ) {
    super(`Invalid ${what}: ${issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`);
  }
}

/** An import file was refused; nothing was changed. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(readonly issues: { path: string; message: string }[]) {
    super(
      `Import refused, nothing was changed: ${issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`,
    );
  }
}
