// This page's notes in the popup: write a page note (saved as a draft while typing, so closing the
// popup loses nothing), start a passage note on the selection, edit, tag, delete with undo. Passage
// notes the page no longer contains are shown as orphans, with their quote.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  DraftAnswerSchema,
  NoteAnswerSchema,
  NotesErrorSchema,
  NotesListAnswerSchema,
  NotesPageAnswerSchema,
  OkAnswerSchema,
  type NotesPageAnswer,
} from '@/lib/notes/messages';
import type { Note } from '@/lib/notes/schema';
import { toBackground, toTab } from '@/components/popup/talk';
import { splitTags } from './NoteEditor';

/** While the page is still anchoring its notes, the panel asks again this often, this many times. */
const ANCHOR_RETRY_MS = 300;
const ANCHOR_RETRIES = 10;
/** Typing pauses this long before the draft is written. */
const DRAFT_DELAY_MS = 300;

export interface NotesPanelProps {
  tabId: number;
  onReveal(start: number, end: number): void;
}

function errorText(answer: unknown, fallback: string): string {
  const e = NotesErrorSchema.safeParse(answer);
  return e.success ? e.data.error : fallback;
}

export function NotesPanel({ tabId, onReveal }: NotesPanelProps) {
  const [page, setPage] = useState<NotesPageAnswer | null>(null);
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [storing, setStoring] = useState(true);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<Note | null>(null);
  const draftTimer = useRef<number | null>(null);

  const load = async (tries = 0) => {
    let p: NotesPageAnswer | null = null;
    try {
      const parsed = NotesPageAnswerSchema.safeParse(await toTab(tabId, { type: 'lede:notes:page' }));
      p = parsed.success ? parsed.data : null;
    } catch {
      p = null;
    }
    setPage(p);
    if (!p?.page) return setNotes([]);
    const list = NotesListAnswerSchema.safeParse(await toBackground({ type: 'lede:notes:list', page: p.page }));
    if (!list.success) return setStatus('Notes are not available right now.');
    setNotes(list.data.notes);
    setStoring(!p.incognito || list.data.storing);
    // The page may still be finding its notes (it anchors them after reading the article): ask again shortly.
    const unplaced = list.data.notes.some((n) => n.target.kind === 'passage' && !(n.id in p!.anchors));
    if (unplaced && tries < ANCHOR_RETRIES) setTimeout(() => void load(tries + 1), ANCHOR_RETRY_MS);
    if (tries === 0 && list.data.draft && !body) {
      setBody(list.data.draft.body);
      setTags(list.data.draft.tags.join(', '));
    }
  };

  useEffect(() => {
    void load();
  }, [tabId]);

  const refreshPage = async () => {
    await toTab(tabId, { type: 'lede:notes:refresh' }).catch(() => undefined);
    await load();
  };

  const cancelDraftWrite = () => {
    if (draftTimer.current !== null) clearTimeout(draftTimer.current);
    draftTimer.current = null;
  };

  const saveDraft = (nextBody: string, nextTags: string) => {
    cancelDraftWrite();
    draftTimer.current = setTimeout(() => {
      draftTimer.current = null;
      if (page?.page) void toBackground({ type: 'lede:notes:draft', page: page.page, body: nextBody || null, tags: splitTags(nextTags) });
    }, DRAFT_DELAY_MS) as unknown as number;
  };

  const addPageNote = async () => {
    if (!page?.page || !body.trim()) return;
    // A draft write still waiting for the typing pause would land after the save (which clears the
    // draft) and bring the saved text back as a draft next time: the note supersedes it.
    cancelDraftWrite();
    const answer = await toBackground({ type: 'lede:notes:create', page: page.page, title: page.title, body, tags: splitTags(tags), incognito: page.incognito });
    if (!NoteAnswerSchema.safeParse(answer).success) {
      saveDraft(body, tags); // not saved: the text stays a draft
      return setStatus(errorText(answer, 'The note could not be saved.'));
    }
    setBody('');
    setTags('');
    setStatus('Note saved.');
    await refreshPage();
  };

  const composeOnSelection = async () => {
    const answer = OkAnswerSchema.safeParse(await toTab(tabId, { type: 'lede:notes:compose' }).catch(() => null));
    setStatus(answer.success && answer.data.ok ? 'Write your note in the page, beside the passage.' : answer.success && answer.data.reason ? answer.data.reason : 'Select a passage in the page first.');
  };

  const remove = async (note: Note) => {
    const answer = NoteAnswerSchema.safeParse(await toBackground({ type: 'lede:notes:delete', id: note.id }));
    if (!answer.success) return setStatus('The note could not be deleted.');
    setUndo(answer.data.note);
    setStatus('Note deleted.');
    await refreshPage();
  };

  const restore = async () => {
    if (!undo) return;
    const answer = await toBackground({ type: 'lede:notes:restore', note: undo });
    setUndo(null);
    setStatus(NoteAnswerSchema.safeParse(answer).success ? 'Note restored.' : errorText(answer, 'The note could not be restored.'));
    await refreshPage();
  };

  const showInPage = async (on: boolean) => {
    await toTab(tabId, { type: 'lede:highlights', on, groups: ['notes'] }).catch(() => undefined);
    setTimeout(() => void load(), 50); // the page redraws after answering
  };

  const pageNotes = notes?.filter((n) => n.target.kind === 'page') ?? [];
  const passageNotes = notes?.filter((n) => n.target.kind === 'passage') ?? [];
  return (
    <section class="notes" aria-labelledby="notes-title" data-first-screen="notes">
      <div class="notes-head">
        <h2 id="notes-title">Notes{notes ? ` (${notes.length})` : ''}</h2>
        {page ? (
          <label class="inline">
            <input type="checkbox" name="notes-visible" checked={page.visible} onChange={(e) => void showInPage(e.currentTarget.checked)} /> Show my notes in the page
          </label>
        ) : null}
      </div>
      {!storing ? <p class="warning">This is a private window: notes are not kept unless you allow it in Lede’s options.</p> : null}
      <label for="new-note" class="sr-only">
        New note on this page
      </label>
      <textarea
        id="new-note"
        value={body}
        rows={2}
        placeholder="A note on this page…"
        onInput={(e) => {
          setBody(e.currentTarget.value);
          saveDraft(e.currentTarget.value, tags);
        }}
      />
      {/* Tags once there is a note to tag: the composer stays small on the first screen. */}
      {body || tags ? (
        <>
          <label for="new-note-tags">Tags (comma-separated)</label>
          <input
            id="new-note-tags"
            value={tags}
            onInput={(e) => {
              setTags(e.currentTarget.value);
              saveDraft(body, e.currentTarget.value);
            }}
          />
        </>
      ) : null}
      <div class="row">
        <button type="button" class="primary" disabled={!body.trim() || !page?.page} onClick={() => void addPageNote()}>
          Save note
        </button>
        <button type="button" onClick={() => void composeOnSelection()}>
          Note on selected text
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status}
        {undo ? (
          <>
            {' '}
            <button type="button" class="link" onClick={() => void restore()}>
              Undo
            </button>
          </>
        ) : null}
      </p>
      {notes === null ? <div class="skeleton" style={{ height: '48px' }} /> : null}
      {notes && notes.length === 0 ? <p class="muted">No notes on this page yet.</p> : null}
      <ul class="note-list">
        {[...passageNotes, ...pageNotes].map((note) => (
          <NoteItem key={note.id} note={note} anchor={page?.anchors[note.id]} onReveal={onReveal} onDelete={() => void remove(note)} onSaved={() => void refreshPage()} pageRef={page?.page ?? null} />
        ))}
      </ul>
    </section>
  );
}

interface NoteItemProps {
  note: Note;
  /** Where the passage was found: undefined for page notes or not yet known, null for an orphan. */
  anchor: { start: number; end: number } | null | undefined;
  pageRef: NotesPageAnswer['page'];
  onReveal(start: number, end: number): void;
  onDelete(): void;
  onSaved(): void;
}

function NoteItem({ note, anchor, pageRef, onReveal, onDelete, onSaved }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [error, setError] = useState('');
  const orphan = note.target.kind === 'passage' && anchor === null;

  const startEditing = async () => {
    setEditing(true);
    if (!pageRef) return;
    // An edit left unsaved when the popup closed comes back as it was.
    const saved = DraftAnswerSchema.safeParse(await toBackground({ type: 'lede:notes:draft', page: pageRef, noteId: note.id }));
    if (saved.success && saved.data.draft) {
      setBody(saved.data.draft.body);
      setTags(saved.data.draft.tags.join(', '));
    }
  };
  const cancel = () => {
    setEditing(false);
    setBody(note.body);
    setTags(note.tags.join(', '));
    if (pageRef) void toBackground({ type: 'lede:notes:draft', page: pageRef, noteId: note.id, body: null });
  };
  const save = async () => {
    const answer = await toBackground({ type: 'lede:notes:update', id: note.id, body, tags: splitTags(tags), expectedRevision: note.revision });
    if (!NoteAnswerSchema.safeParse(answer).success) {
      const failure = NotesErrorSchema.safeParse(answer);
      // Someone saved first: show their text; this edit stays here, and saving again keeps it on top of theirs.
      if (failure.success && failure.data.code === 'conflict') {
        setError(failure.data.theirs ? `Changed elsewhere meanwhile. Their text: “${failure.data.theirs.body}”. Save again to keep yours.` : failure.data.error);
        onSaved();
        return;
      }
      return setError(errorText(answer, 'The note could not be saved.'));
    }
    setEditing(false);
    onSaved();
  };
  const draft = (b: string, t: string) => {
    if (pageRef) void toBackground({ type: 'lede:notes:draft', page: pageRef, noteId: note.id, body: b, tags: splitTags(t) });
  };

  return (
    <li class={`note${orphan ? ' orphan' : ''}`} data-note-id={note.id} data-orphan={orphan ? 'true' : undefined}>
      {note.target.kind === 'passage' ? (
        anchor ? (
          <button type="button" class="quote" onClick={() => onReveal(anchor.start, anchor.end)}>
            “{note.target.quote.exact}”
          </button>
        ) : (
          <p class="quote">
            “{note.target.quote.exact}”
            {orphan ? <span class="badge"> Not found on this page</span> : null}
          </p>
        )
      ) : (
        <p class="muted">On the whole page</p>
      )}
      {editing ? (
        <div class="edit">
          <label for={`edit-${note.id}`}>Note</label>
          <textarea id={`edit-${note.id}`} value={body} rows={3} onInput={(e) => (setBody(e.currentTarget.value), draft(e.currentTarget.value, tags))} />
          <label for={`edit-tags-${note.id}`}>Tags</label>
          <input id={`edit-tags-${note.id}`} value={tags} onInput={(e) => (setTags(e.currentTarget.value), draft(body, e.currentTarget.value))} />
          <div class="row">
            <button type="button" class="primary" onClick={() => void save()}>Save</button>
            <button type="button" onClick={cancel}>Cancel</button>
          </div>
          {error ? <p role="alert">{error}</p> : null}
        </div>
      ) : (
        <>
          <p class="body">{note.body}</p>
          {note.tags.length ? (
            <ul class="tags" aria-label="Tags">
              {note.tags.map((t) => <li key={t}>{t}</li>)}
            </ul>
          ) : null}
          <div class="row">
            <button type="button" onClick={() => void startEditing()} aria-label={`Edit note: ${note.body.slice(0, 40)}`}>Edit</button>
            <button type="button" onClick={onDelete} aria-label={`Delete note: ${note.body.slice(0, 40)}`}>Delete</button>
          </div>
        </>
      )}
    </li>
  );
}
