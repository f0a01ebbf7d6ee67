// Notes inside Lede's closed shadow root: a small "Add note" button beside the reader's selection,
// the frame of Lede's note editor page (extension origin: what the reader types never lives in the
// page's document), and the marks over annotated passages and a revealed passage. The marks are boxes
// here, not CSS highlights: the page's scripts can read CSS.highlights, but not this shadow root.
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A mark's box in document coordinates. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface InPageNotesProps {
  /** Where the selection is (viewport coordinates), when a note can be added for it. */
  selection: Rect | null;
  /** The editor frame: its page's address, beside the passage (or at the top right for a page note). */
  editor: { src: string; anchor: Rect | null; passage: boolean } | null;
  /** Boxes over the passages of the page's notes, by note id. */
  marks: { id: string; boxes: Box[] }[];
  /** Boxes over a passage just revealed from the popup. */
  flash: Box[];
  /** A line of feedback (saved, not stored in private windows...). */
  message: string;
  onAdd(): void;
}

export const IN_PAGE_NOTES_CSS = `
.lede-notes { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; }
.lede-note-add { position: fixed; z-index: 4; font: inherit; cursor: pointer; border: 1px solid #8c6d00; border-radius: 6px;
  background: #fff8c5; color: #1f2328; padding: 2px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.lede-note-editor { position: fixed; z-index: 5; box-sizing: border-box; width: 320px; max-width: calc(100vw - 32px);
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 0; box-shadow: 0 6px 20px rgba(0,0,0,.18); color-scheme: normal; }
.lede-notes :focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.lede-note-status { position: fixed; z-index: 5; bottom: 12px; left: 12px; background: #1f2328; color: #fff; border-radius: 6px; padding: 4px 10px; }
.lede-note-marks { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.lede-note-mark, .lede-flash-mark { position: absolute; pointer-events: none; mix-blend-mode: multiply; border-radius: 2px; }
.lede-note-mark { background: rgba(255,214,0,.4); box-shadow: inset 0 -2px 0 #d4a72c; }
.lede-flash-mark { background: rgba(9,105,218,.3); }
@media (prefers-color-scheme: dark) {
  .lede-note-editor { background: #161b22; border-color: #30363d; }
}
`;

const EDITOR_WIDTH = 320;
/** The editor page's height: with a quote, and without (a page note). */
const EDITOR_HEIGHT = { passage: 292, page: 232 };
const GAP = 8;

function placeNear(anchor: Rect | null, height: number): Record<string, string> {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (!anchor) return { top: '16px', right: '24px', height: `${height}px` };
  const left = Math.max(GAP, Math.min(anchor.left, vw - EDITOR_WIDTH - 24));
  if (anchor.bottom < vh * 0.55) return { top: `${anchor.bottom + GAP}px`, left: `${left}px`, height: `${height}px` };
  return { bottom: `${Math.max(GAP, vh - anchor.top + GAP)}px`, left: `${left}px`, height: `${height}px` };
}

const boxStyle = (b: Box) => ({ top: `${b.top}px`, left: `${b.left}px`, width: `${b.width}px`, height: `${b.height}px` });

export function InPageNotes({ selection, editor, marks, flash, message, onAdd }: InPageNotesProps) {
  return (
    <div class="lede-notes">
      <style>{IN_PAGE_NOTES_CSS}</style>
      <div class="lede-note-marks" aria-hidden="true">
        {marks.flatMap(({ id, boxes }) => boxes.map((b, i) => <div key={`${id}:${i}`} class="lede-note-mark" data-note={id} style={boxStyle(b)} />))}
        {flash.map((b, i) => (
          <div key={`flash:${i}`} class="lede-flash-mark" style={boxStyle(b)} />
        ))}
      </div>
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
      {editor ? (
        <iframe
          key={editor.src}
          class="lede-note-editor"
          data-action="note-editor"
          title="Lede note editor"
          src={editor.src}
          style={placeNear(editor.anchor, editor.passage ? EDITOR_HEIGHT.passage : EDITOR_HEIGHT.page)}
        />
      ) : null}
      {message ? (
        <div class="lede-note-status" role="status">
          {message}
        </div>
      ) : null}
    </div>
  );
}
