// One-time sessions of the note editor page. The content script never holds what the reader types:
// it registers what a note will be about (page, title, passage) and frames Lede's editor page with
// the session's random id; the editor page (extension origin) takes that context from here, once.
// The page cannot read the id (closed shadow root) and could not use it if it did: only Lede's own
// extension pages may take a session. Plain data: the background hands in ids and the tab.
import type { PageRef, PassageSelectors } from './messages';

export interface EditorContext {
  page: PageRef;
  title: string;
  passage?: PassageSelectors;
  incognito: boolean;
  tabId: number;
  frameId: number;
}

/** Sessions kept at once; an older one still untaken is dropped (its frame is long gone). */
const MAX_SESSIONS = 16;

export class EditorSessions {
  private readonly open = new Map<string, EditorContext>();
  /** Sessions whose editor has started: where to say that it closed. */
  private readonly started = new Map<string, { tabId: number; frameId: number }>();

  constructor(private readonly newId: () => string) {}

  /** Registers a session; one tab frame has at most one (a new editor replaces the old). */
  register(context: EditorContext): string {
    for (const [id, other] of this.open) {
      if (other.tabId === context.tabId && other.frameId === context.frameId) this.open.delete(id);
    }
    const id = this.newId();
    this.open.set(id, context);
    dropOldest(this.open);
    return id;
  }

  /** The session's context, given once: a second ask (a replayed or guessed id) gets nothing. */
  take(id: string): EditorContext | null {
    const context = this.open.get(id) ?? null;
    this.open.delete(id);
    if (context) {
      this.started.set(id, { tabId: context.tabId, frameId: context.frameId });
      dropOldest(this.started);
    }
    return context;
  }

  /** The tab frame whose editor this was, once its editor closes (then the session is gone). */
  finish(id: string): { tabId: number; frameId: number } | null {
    const where = this.started.get(id) ?? null;
    this.started.delete(id);
    return where;
  }
}

function dropOldest(sessions: Map<string, unknown>): void {
  while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
}
