// The note editor, an extension page that Lede frames inside its closed shadow root in a tab. What
// the reader types lives here, in the extension's origin: the page's own scripts cannot hear the
// keys (they go to this frame, not to the page's document) nor read the frame. The note's context
// (page, passage) comes from the background by the session id; the note goes straight to the
// background's store; the content script only learns (through the background) that the editor closed.
import { Component, createRef } from 'preact';
import type { EditorSession } from '@/lib/protocol';

export interface NoteEditorTalk {
  /** The session's context from the background (once), or why there is none. */
  load(): Promise<EditorSession | { ok: false; error: string }>;
  /** Stores the note; the answer's error, or null once stored. */
  save(session: EditorSession, body: string, tags: string[]): Promise<string | null>;
  /** Says the editor is done: the tab's content script takes the frame away. */
  close(session: EditorSession | null, saved: boolean): void;
}

interface State {
  session: EditorSession | null;
  problem: string;
  body: string;
  tags: string;
  saving: boolean;
}

export class NoteEditor extends Component<{ talk: NoteEditorTalk }, State> {
  override state: State = { session: null, problem: '', body: '', tags: '', saving: false };
  private readonly area = createRef<HTMLTextAreaElement>();

  override componentDidMount(): void {
    this.area.current?.focus();
    void this.props.talk.load().then((answer) => {
      if (answer.ok) this.setState({ session: answer });
      else this.setState({ problem: answer.error });
      this.area.current?.focus();
    });
  }

  private readonly save = async () => {
    const { session, body, tags, saving } = this.state;
    if (!session || saving || !body.trim()) return;
    this.setState({ saving: true, problem: '' });
    const problem = await this.props.talk.save(session, body, splitTags(tags));
    if (problem === null) return this.props.talk.close(session, true);
    this.setState({ saving: false, problem });
  };

  private readonly cancel = () => this.props.talk.close(this.state.session, false);

  override render(_props: unknown, { session, problem, body, tags, saving }: State) {
    const quote = session?.passage?.quote.exact ?? null;
    return (
      <form
        class="note-editor"
        aria-label="New note"
        onSubmit={(e) => {
          e.preventDefault();
          void this.save();
        }}
        // Esc closes on key-up: closing on key-down takes the frame away with the key still down, and
        // its key-up would land in the page, telling it the editor was closed.
        onKeyUp={(e) => {
          if (e.key === 'Escape') this.cancel();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void this.save();
          }
        }}
      >
        <h2>{quote === null ? 'Note on this page' : 'Note on this passage'}</h2>
        {quote !== null ? <blockquote>{quote}</blockquote> : null}
        <label for="note-body">Note</label>
        <textarea id="note-body" ref={this.area} value={body} onInput={(e) => this.setState({ body: e.currentTarget.value })} />
        <label for="note-tags">Tags (comma-separated)</label>
        <input id="note-tags" value={tags} onInput={(e) => this.setState({ tags: e.currentTarget.value })} />
        {problem ? (
          <p class="problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div class="actions">
          <button type="submit" data-action="save" disabled={!session || saving}>
            Save note
          </button>
          <button type="button" data-action="cancel" onClick={this.cancel}>
            Cancel
          </button>
        </div>
      </form>
    );
  }
}

export function splitTags(raw: string): string[] {
  return raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
