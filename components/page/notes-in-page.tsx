// Notes in the page: finds the reader's passage notes again (lib/anchor) and marks them, offers "Add
// note" beside a selection, opens Lede's note editor from the context menu, the selection button or a
// claim's card, and answers the popup's lede:reveal / lede:analyze-anyway / lede:notes:* messages and
// the editor's lede:editor:closed (the content script dispatches them).
// What the page must not learn stays out of its reach: the editor is an extension page in a frame
// (the page's key listeners never hear what is typed there), and the marks over annotated or revealed
// passages are boxes in the closed shadow root, not CSS highlights (which page scripts can list).
import { render } from 'preact';
import type { Claim } from '@/lib/analysis';
import { describe } from '@/lib/anchor/selectors';
import { failureMessage, isOkAnswer, listsPassageNotes } from '@/lib/content-messages';
import { isNotesAnchorsAnswer } from '@/lib/content-guards';
import type { HandlerTable } from '@/lib/handlers';
import type { HighlightsRequest } from '@/lib/protocol';
import { HOST_TAG } from '@/lib/highlight/trace';
import type { NotesPageAnswer, PageRef } from '@/lib/notes/messages';
import { LIMITS } from '@/lib/notes/limits';
import { InPageNotes, type Box, type Rect } from '@/components/notes/InPageNotes';
import type { LedeSession } from './session';
import { bodyText, offsetsOfSelection, type NotesText } from './notes-text';
import { textBoxes } from './text-boxes';

/** How long a revealed passage stays flashed. */
const FLASH_MS = 1600;
/** How long a status line ("Note saved") stays. */
const MESSAGE_MS = 3000;

type Passage = { start: number; end: number; quote: string };

export class NotesInPage {
  private readonly doc: Document;
  private container: HTMLDivElement | null = null;
  private anchors: Record<string, { start: number; end: number } | null> = {};
  private text: NotesText | null = null;
  /** The reader turned the notes group off (they are drawn by default). */
  private notesOff = false;
  private selectionRect: Rect | null = null;
  private editor: { session: string; src: string; anchor: Rect | null; passage: boolean } | null = null;
  /** Bumped by every opening (and closing): an answer for an older one is dropped. */
  private editorRun = 0;
  /** The notes' passages as live ranges, and the one being flashed; measured into boxes on layout. */
  private noteRanges: { id: string; range: Range }[] = [];
  private flashRange: Range | null = null;
  private marks: { id: string; boxes: Box[] }[] = [];
  private flash: Box[] = [];
  private layoutListeners: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private layoutFrame: number | null = null;
  private message = '';
  private timers = new Set<number>();
  private listeners = new AbortController();
  private refreshRun = 0;

  constructor(
    private readonly win: Window,
    private readonly session: LedeSession,
    private readonly isInvalid: () => boolean,
  ) {
    this.doc = win.document;
  }

  start(): void {
    const opts = { signal: this.listeners.signal, passive: true };
    this.doc.addEventListener('mouseup', (e) => e.isTrusted && this.later(() => this.checkSelection(), 0), opts);
    this.doc.addEventListener('keyup', (e) => e.isTrusted && e.shiftKey && this.later(() => this.checkSelection(), 0), opts);
    this.doc.addEventListener('selectionchange', () => this.selectionRect && this.doc.getSelection()?.isCollapsed && this.setSelection(null), opts);
  }

  destroy(): void {
    this.listeners.abort();
    for (const t of this.timers) this.win.clearTimeout(t);
    this.timers.clear();
    this.takeAway();
  }

  /** The session settled (article or not): find this page's notes again. */
  onSettled(): void {
    this.text = null;
    void this.refresh();
  }

  /** "Add a note" on a claim's card. */
  addNoteForClaim(claim: Claim): void {
    const text = this.currentText();
    if (!text) return;
    const range = text.rangeFor(claim.start, claim.end);
    void this.openEditor({ start: claim.start, end: claim.end, quote: text.text.slice(claim.start, claim.end) }, range ? rectOf(range) : null);
  }

  readonly handle: HandlerTable<'lede:reveal' | 'lede:analyze-anyway' | 'lede:notes:page' | 'lede:notes:refresh' | 'lede:notes:compose' | 'lede:editor:closed'> = {
    'lede:reveal': (request) => ({ ok: this.reveal(request.start, request.end) }),
    'lede:analyze-anyway': () => {
      this.session.analyzeAnyway();
      return { ok: true };
    },
    'lede:notes:page': () => this.pageAnswer(),
    'lede:notes:refresh': () => this.refresh().then(() => ({ ok: true })),
    'lede:notes:compose': () => this.composeFromSelection(),
    'lede:editor:closed': ({ session, saved }) => ({ ok: this.editorClosed(session, saved) }),
  };

  /** The session has just turned highlight groups on or off (`lede:highlights`): follow it. */
  highlightsChanged({ on, groups }: HighlightsRequest): void {
    if (!groups || groups.includes('notes')) this.notesOff = !on;
    this.draw();
  }

  // ---- the page and its text ----

  pageRef(): PageRef | null {
    const url = this.doc.location?.href ?? '';
    if (!/^https?:/i.test(url)) return null;
    const canonical = this.doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
    const ogUrl = this.doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content') ?? undefined;
    if (url.length > LIMITS.urlLength) return null; // no key can be made for it
    const hint = (h: string | undefined) => (h && h.length <= LIMITS.urlLength ? h : undefined);
    return { url, canonical: hint(canonical), ogUrl: hint(ogUrl) };
  }

  private currentText(): NotesText | null {
    const detailed = this.session.detailedAnalysis;
    if (detailed) return detailed.textMap;
    if (this.session.pageStatus !== 'not-article') return null;
    this.text ??= bodyText(this.doc);
    return this.text;
  }

  private pageAnswer(): NotesPageAnswer {
    return {
      page: this.pageRef(),
      title: (this.session.detailedAnalysis?.analysis.title || this.doc.title).slice(0, LIMITS.titleLength),
      incognito: browser.extension?.inIncognitoContext === true,
      visible: this.visible(),
      anchors: this.anchors,
    };
  }

  // ---- notes: fetch, anchor, draw ----

  async refresh(): Promise<void> {
    const run = ++this.refreshRun;
    const page = this.pageRef();
    const text = this.currentText();
    if (!page || !text || this.session.pageStatus === 'disabled') return;
    let anchors: typeof this.anchors = {};
    try {
      // The page's text goes to the background only when there are passage notes to find in it;
      // the background finds them again (lib/anchor), off the page's main thread.
      const listed: unknown = await browser.runtime.sendMessage({ type: 'lede:notes:list', page });
      if (!isOkAnswer(listed)) return; // refused: keep what is drawn
      if (listsPassageNotes(listed)) {
        const answer: unknown = await browser.runtime.sendMessage({ type: 'lede:notes:anchors', page, text: text.text });
        if (!isNotesAnchorsAnswer(answer)) return;
        anchors = answer.anchors;
      }
    } catch {
      return; // background unavailable (extension reloading)
    }
    if (run !== this.refreshRun || this.isInvalid()) return;
    this.anchors = anchors;
    this.draw();
  }

  private visible(): boolean {
    return !this.notesOff && this.session.highlightGroups.size > 0 && this.session.pageStatus !== 'disabled';
  }

  private draw(): void {
    const text = this.currentText();
    if (!this.visible() || !text) {
      this.noteRanges = [];
      if (this.session.highlightGroups.size === 0) return this.takeAway();
      return this.layoutSoon();
    }
    this.noteRanges = [];
    for (const [id, hit] of Object.entries(this.anchors)) {
      const range = hit && text.rangeFor(hit.start, hit.end);
      if (range && !range.collapsed) this.noteRanges.push({ id, range });
    }
    this.layoutSoon();
  }

  /** Everything off: no marks, no UI of ours left (the session removes the host and style). */
  private takeAway(): void {
    this.noteRanges = [];
    this.flashRange = null;
    this.marks = [];
    this.flash = [];
    this.stopLayout();
    this.selectionRect = null;
    this.editor = null;
    this.editorRun++;
    this.unmount();
  }

  // ---- marks: boxes over the passages, measured after the next frame and kept in place ----

  private layoutSoon(): void {
    const wanted = this.noteRanges.length > 0 || this.flashRange !== null;
    if (!wanted) {
      this.stopLayout();
      if (this.marks.length || this.flash.length) {
        this.marks = [];
        this.flash = [];
        this.render();
      }
      return;
    }
    this.listenForLayout();
    if (this.layoutFrame !== null) return;
    this.layoutFrame = this.win.requestAnimationFrame(() => {
      this.layoutFrame = null;
      if (!this.isInvalid()) this.layout();
    });
  }

  private layout(): void {
    const { scrollX, scrollY } = this.win;
    this.marks = this.noteRanges.map(({ id, range }) => ({ id, boxes: textBoxes(range, scrollX, scrollY) }));
    this.flash = this.flashRange ? textBoxes(this.flashRange, scrollX, scrollY) : [];
    this.render();
  }

  /** Marks are in document coordinates: the window's scrolling moves them along; anything else may not. */
  private listenForLayout(): void {
    if (this.layoutListeners) return;
    this.layoutListeners = new AbortController();
    const opts = { signal: this.layoutListeners.signal, capture: true, passive: true };
    // A scrolling box inside the page moves its text (the document's own scrolling does not).
    this.doc.addEventListener('scroll', (e) => e.target !== this.doc && this.layoutSoon(), opts);
    this.win.addEventListener('resize', () => this.layoutSoon(), opts);
    if (typeof ResizeObserver === 'function' && this.doc.body) {
      this.resizeObserver = new ResizeObserver(() => this.layoutSoon());
      this.resizeObserver.observe(this.doc.body);
    }
  }

  private stopLayout(): void {
    this.layoutListeners?.abort();
    this.layoutListeners = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    if (this.layoutFrame !== null) this.win.cancelAnimationFrame(this.layoutFrame);
    this.layoutFrame = null;
  }

  private reveal(start: number, end: number): boolean {
    const text = this.currentText();
    const range = text && end > start ? text.rangeFor(start, end) : null;
    if (!range) return false;
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    this.flashRange = range;
    this.layoutSoon();
    this.later(() => {
      if (this.flashRange !== range) return;
      this.flashRange = null;
      this.layoutSoon();
    }, FLASH_MS);
    return true;
  }

  // ---- composing ----

  /** The reader's selection as a passage of the notes text, if it is page text (not Lede's own UI). */
  private selectedPassage(): { passage: Passage; rect: Rect } | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const host = this.doc.querySelector(HOST_TAG);
    if (host && range.intersectsNode(host)) return null;
    const text = this.currentText();
    const offsets = text && offsetsOfSelection(text, range);
    if (!text || !offsets) return null;
    return { passage: { ...offsets, quote: text.text.slice(offsets.start, offsets.end) }, rect: rectOf(range) };
  }

  private checkSelection(): void {
    if (this.editor || !this.visible()) return;
    const found = this.selectedPassage();
    this.setSelection(found ? found.rect : null);
  }

  private setSelection(rect: Rect | null): void {
    if (!rect && !this.selectionRect) return;
    this.selectionRect = rect;
    this.render();
  }

  private composeFromSelection(): { ok: boolean; reason?: string } {
    const found = this.selectedPassage();
    if (!found) return { ok: false, reason: 'Select some of the article’s text first.' };
    void this.openEditor(found.passage, found.rect);
    return { ok: true };
  }

  /**
   * Opens the editor: the background keeps what the note is about (page, passage) under a one-time
   * session id, and the editor page framed here takes it from there. Nothing typed comes back here.
   */
  private async openEditor(passage: Passage | null, anchor: Rect | null): Promise<void> {
    const page = this.pageRef();
    const text = this.currentText();
    if (!page) return;
    const selectors = passage && text ? describe(text.text, passage.start, passage.end) : undefined;
    const run = ++this.editorRun;
    this.selectionRect = null;
    let answer: unknown;
    try {
      answer = await browser.runtime.sendMessage({ type: 'lede:editor:open', page, title: this.pageAnswer().title, passage: selectors });
    } catch {
      answer = null;
    }
    if (run !== this.editorRun || this.isInvalid()) return;
    const session = (answer as { ok?: unknown; session?: unknown } | null)?.session;
    if (!isOkAnswer(answer) || typeof session !== 'string') return this.say(failureMessage(answer) ?? 'The note editor could not open.');
    this.editor = { session, src: `${browser.runtime.getURL('/note-editor.html')}#${session}`, anchor, passage: Boolean(selectors) };
    this.render();
    // Keys go to the editor's frame from now on (its page focuses its text box).
    this.container?.querySelector('iframe')?.focus();
  }

  private editorClosed(session: string, saved: boolean): boolean {
    if (this.editor?.session !== session) return false;
    this.editor = null;
    this.editorRun++;
    if (saved) this.say('Note saved');
    else this.render();
    if (saved) void this.refresh();
    return true;
  }

  private say(message: string): void {
    this.message = message;
    this.render();
    this.later(() => {
      if (this.message !== message) return;
      this.message = '';
      this.render();
    }, MESSAGE_MS);
  }

  // ---- rendering into Lede's shadow root, beside the session's own UI ----

  private render(): void {
    if (this.isInvalid()) return;
    if (!this.selectionRect && !this.editor && !this.message && !this.marks.length && !this.flash.length) {
      if (this.container) render(null, this.container);
      return;
    }
    const container = this.ensureContainer();
    render(
      <InPageNotes
        selection={this.selectionRect}
        editor={this.editor}
        marks={this.marks}
        flash={this.flash}
        message={this.message}
        onAdd={() => {
          const found = this.selectedPassage();
          if (found) void this.openEditor(found.passage, found.rect);
        }}
      />,
      container,
    );
  }

  private ensureContainer(): HTMLDivElement {
    const shadow = this.session.uiRoot();
    if (this.container?.parentNode === shadow) return this.container;
    // The session renders its UI into the shadow root itself with Preact, whose first render clears
    // children it did not create: render "nothing" there first so our container is left alone.
    if (shadow.childNodes.length === 0) render(null, shadow);
    const container = this.doc.createElement('div');
    shadow.append(container);
    this.container = container;
    return container;
  }

  private unmount(): void {
    if (this.container) {
      render(null, this.container);
      this.container.remove();
    }
    this.container = null;
  }

  private later(fn: () => void, ms: number): void {
    const id = this.win.setTimeout(() => {
      this.timers.delete(id);
      if (!this.isInvalid()) fn();
    }, ms);
    this.timers.add(id);
  }
}

function rectOf(range: Range): Rect {
  const r = range.getBoundingClientRect();
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}
