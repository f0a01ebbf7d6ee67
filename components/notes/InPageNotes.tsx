// Notes inside Lede's closed shadow root: a small "Add note" button beside the reader's selection,
// and the editor where the note is typed (never in a page field). Text is rendered as text only.
// The editor is a class component: it is the only stateful piece of Lede's in-page UI, and Preact's
// hooks module would add a kilobyte to the content script for it.
import { Component, createRef } from 'preact';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface InPageNotesProps {
  /** Where the selection is (viewport coordinates), when a note can be added for it. */
  selection: Rect | null;
  /** The editor, open on a passage (quote shown) or on the page (quote null). */
  editor: { quote: string | null; anchor: Rect | null } | null;
  /** A line of feedback (saved, not stored in private windows...). */
  message: string;
  onAdd(): void;
  onSave(body: string, tags: string[]): void;
  onCancel(): void;
}

export const IN_PAGE_NOTES_CSS = `
.lede-notes { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
.lede-note-add { position: fixed; z-index: 4; font: inherit; cursor: pointer; border: 1px solid #8c6d00; border-radius: 6px;
  background: #fff8c5; color: #1f2328; padding: 2px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.lede-note-editor { position: fixed; z-index: 5; box-sizing: border-box; width: 320px; max-width: calc(100vw - 32px);
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 12px; box-shadow: 0 6px 20px rgba(0,0,0,.18); }
.lede-note-editor h2 { font: 600 13px/1.3 inherit; margin: 0 0 6px; }
.lede-note-editor blockquote { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid #d4a72c; color: #57606a;
  max-height: 4.2em; overflow: hidden; }
.lede-note-editor label { display: block; margin: 4px 0 2px; }
.lede-note-editor textarea, .lede-note-editor input { box-sizing: border-box; width: 100%; font: inherit; color: inherit;
  background: #fff; border: 1px solid #8c959f; border-radius: 6px; padding: 4px 6px; }
.lede-note-editor textarea { min-height: 5em; resize: vertical; }
.lede-note-editor .actions { display: flex; gap: 8px; margin-top: 8px; }
.lede-note-editor button { font: inherit; cursor: pointer; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; padding: 2px 10px; color: inherit; }
.lede-note-editor button[data-action="save"] { background: #1f6feb; border-color: #1f6feb; color: #fff; }
.lede-notes :focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.lede-note-status { position: fixed; z-index: 5; bottom: 12px; left: 12px; background: #1f2328; color: #fff; border-radius: 6px; padding: 4px 10px; }
@media (prefers-color-scheme: dark) {
  .lede-notes { color: #e6edf3; }
  .lede-note-editor { background: #161b22; border-color: #30363d; }
  .lede-note-editor textarea, .lede-note-editor input { background: #0d1117; border-color: #6e7681; }
  .lede-note-editor button { background: #21262d; border-color: #30363d; }
  .lede-note-editor blockquote { color: #9198a1; }
}
`;

const EDITOR_WIDTH = 320;
const GAP = 8;

function placeNear(anchor: Rect | null): Record<string, string> {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (!anchor) return { top: '16px', right: '24px' };
  const left = Math.max(GAP, Math.min(anchor.left, vw - EDITOR_WIDTH - 24));
  if (anchor.bottom < vh * 0.55) return { top: `${anchor.bottom + GAP}px`, left: `${left}px` };
  return { bottom: `${Math.max(GAP, vh - anchor.top + GAP)}px`, left: `${left}px` };
}

export function InPageNotes({ selection, editor, message, onAdd, onSave, onCancel }: InPageNotesProps) {
  return (
    <div class="lede-notes">
      <style>{IN_PAGE_NOTES_CSS}</style>
      {selection && !editor ? (
        <button
          type="button"
          class="lede-note-add"
          data-action="add-note"
          style={{ top: `${Math.max(GAP, selection.top - 34)}px`, left: `${Math.max(GAP, selection.left)}px` }}
          onMouseDown={(e) => e.preventDefault() /* keep the page's selection */}
          onClick={(e) => e.isTrusted && onAdd()}
        >
          Add note
        </button>
      ) : null}
      {editor ? <Editor quote={editor.quote} anchor={editor.anchor} onSave={onSave} onCancel={onCancel} /> : null}
      {message ? (
        <div class="lede-note-status" role="status">
          {message}
        </div>
      ) : null}
    </div>
  );
}

interface EditorProps {
  quote: string | null;
  anchor: Rect | null;
  onSave(body: string, tags: string[]): void;
  onCancel(): void;
}

class Editor extends Component<EditorProps, { body: string; tags: string }> {
  override state = { body: '', tags: '' };
  private readonly area = createRef<HTMLTextAreaElement>();

  override componentDidMount(): void {
    this.area.current?.focus();
  }

  private readonly save = () => this.props.onSave(this.state.body, splitTags(this.state.tags));

  override render({ quote, anchor, onCancel }: EditorProps, { body, tags }: { body: string; tags: string }) {
    return (
      <div
        class="lede-note-editor"
        role="dialog"
        aria-label="New note"
        style={placeNear(anchor)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) this.save();
        }}
      >
        <h2>{quote === null ? 'Note on this page' : 'Note on this passage'}</h2>
        {quote !== null ? <blockquote>{quote}</blockquote> : null}
        <label for="lede-note-body">Note</label>
        <textarea id="lede-note-body" ref={this.area} value={body} onInput={(e) => this.setState({ body: e.currentTarget.value })} />
        <label for="lede-note-tags">Tags (comma-separated)</label>
        <input id="lede-note-tags" value={tags} onInput={(e) => this.setState({ tags: e.currentTarget.value })} />
        <div class="actions">
          <button type="button" data-action="save" onClick={(e) => e.isTrusted && this.save()}>
            Save note
          </button>
          <button type="button" data-action="cancel" onClick={(e) => e.isTrusted && onCancel()}>
            Cancel
          </button>
        </div>
      </div>
    );
  }
}

export function splitTags(raw: string): string[] {
  return raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
