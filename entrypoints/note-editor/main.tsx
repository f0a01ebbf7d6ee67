// The note editor page (framed by the content script inside Lede's shadow root): takes its session
// from the background by the id in its address's fragment, stores the note through the background,
// and tells the background when it is done (which tells the tab's content script). Nothing here goes
// through the page.
import { render } from 'preact';
import { NoteEditor, type NoteEditorTalk } from '@/components/notes/NoteEditor';
import { EditorSessionSchema } from '@/lib/protocol';
import { toBackground } from '@/components/popup/talk';
import './note-editor.css';

const SESSION = /^#([0-9a-f-]{36})$/i.exec(location.hash)?.[1] ?? null;

const errorOf = (answer: unknown, fallback: string): string => {
  const error = (answer as { error?: unknown } | null)?.error;
  return typeof error === 'string' ? error : fallback;
};

const talk: NoteEditorTalk = {
  async load() {
    if (!SESSION) return { ok: false, error: 'This note editor has no session: open it again.' };
    const answer = await toBackground({ type: 'lede:editor:session', session: SESSION });
    const parsed = EditorSessionSchema.safeParse(answer);
    return parsed.success ? parsed.data : { ok: false, error: errorOf(answer, 'This note editor could not start.') };
  },
  async save(session, body, tags) {
    const { page, title, passage, incognito } = session;
    const answer = await toBackground({ type: 'lede:notes:create', page, title, body, tags, passage, incognito });
    return (answer as { ok?: unknown } | null)?.ok === true ? null : errorOf(answer, 'The note could not be saved.');
  },
  close(session, saved) {
    if (session && SESSION) void toBackground({ type: 'lede:editor:done', session: SESSION, saved });
  },
};

render(<NoteEditor talk={talk} />, document.getElementById('app')!);
