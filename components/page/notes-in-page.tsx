// Notes in the page: finds the reader's passage notes again (lib/anchor) and draws them as the
// `lede-notes` highlight, offers "Add note" beside a selection, opens Lede's own editor (in the closed
// shadow root) from the context menu, the selection button or a claim's card, and answers the popup's
// lede:reveal / lede:analyse-anyway / lede:notes:* messages (the content script dispatches them).
import { render } from 'preact';
import type { Claim } from '@/lib/analysis';
import { describe } from '@/lib/anchor/selectors';
import { failureMessage, isOkAnswer, listsPassageNotes } from '@/lib/content-messages';
import { isNotesAnchorsAnswer } from '@/lib/content-guards';
import type { HandlerTable } from '@/lib/handlers';
import type { HighlightsRequest } from '@/lib/protocol';
import { HighlightSet, highlightEnvOf } from '@/lib/highlight/registry';
import { HOST_TAG } from '@/lib/highlight/trace';
import type { NotesPageAnswer, PageRef } from '@/lib/notes/messages';
import { LIMITS } from '@/lib/notes/limits';
import { InPageNotes, type Rect } from '@/components/notes/InPageNotes';
import type { LedeSession } from './session';
import { bodyText, offsetsOfSelection, type NotesText } from './notes-text';

export const NOTES_HIGHLIGHT = 'lede-notes';
export const FLASH_HIGHLIGHT = 'lede-flash';
/** How long a revealed passage stays flashed. */
const FLASH_MS = 1600;
/** How long a status line ("Note saved") stays. */
const MESSAGE_MS = 3000;
/** Events from Lede's editor that the page has no business hearing (what the reader types). */
const PRIVATE_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'paste', 'copy', 'cut', 'compositionstart', 'compositionupdate', 'compositionend'];

type Passage = { start: number; end: number; quote: string };

export class NotesInPage {
  private readonly doc: Document;
  private readonly highlights: HighlightSet | null;
  private container: HTMLDivElement | null = null;
  private anchors: Record<string, { start: number; end: number } | null> = {};
  private text: NotesText | null = null;
  /** The reader turned the notes group off (they are drawn by default). */
  private notesOff = false;
  private selectionRect: Rect | null = null;
  private editor: { passage: Passage | null; anchor: Rect | null } | null = null;
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
    const env = highlightEnvOf(win);
    this.highlights = env ? new HighlightSet(env) : null;
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
    this.highlights?.clear();
    this.unmount();
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
    this.openEditor({ start: claim.start, end: claim.end, quote: text.text.slice(claim.start, claim.end) }, range ? rectOf(range) : null);
  }

  readonly handle: HandlerTable<'lede:reveal' | 'lede:analyse-anyway' | 'lede:notes:page' | 'lede:notes:refresh' | 'lede:notes:compose'> = {
    'lede:reveal': (request) => ({ ok: this.reveal(request.start, request.end) }),
    'lede:analyse-anyway': () => {
      this.session.analyseAnyway();
      return { ok: true };
    },
    'lede:notes:page': () => this.pageAnswer(),
    'lede:notes:refresh': () => this.refresh().then(() => ({ ok: true })),
    'lede:notes:compose': () => this.composeFromSelection(),
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
    if (!this.highlights) return;
    const text = this.currentText();
    if (!this.visible() || !text) {
      this.highlights.remove(NOTES_HIGHLIGHT);
      if (this.session.highlightGroups.size === 0) this.takeAway();
      return;
    }
    const ranges: Range[] = [];
    for (const hit of Object.values(this.anchors)) {
      const range = hit && text.rangeFor(hit.start, hit.end);
      if (range && !range.collapsed) ranges.push(range);
    }
    if (ranges.length) this.session.uiRoot(); // the ::highlight() style lives in Lede's <style>
    this.highlights.drawOne(NOTES_HIGHLIGHT, ranges);
  }

  /** Everything off: no highlight, no UI of ours left (the session removes the host and style). */
  private takeAway(): void {
    this.highlights?.clear();
    this.selectionRect = null;
    this.editor = null;
    this.unmount();
  }

  private reveal(start: number, end: number): boolean {
    const text = this.currentText();
    const range = text && end > start ? text.rangeFor(start, end) : null;
    if (!range) return false;
    const node = range.startContainer;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    if (this.highlights) {
      this.session.uiRoot();
      this.highlights.drawOne(FLASH_HIGHLIGHT, [range]);
      this.later(() => this.highlights?.remove(FLASH_HIGHLIGHT), FLASH_MS);
    }
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
    this.openEditor(found.passage, found.rect);
    return { ok: true };
  }

  private openEditor(passage: Passage | null, anchorRect: Rect | null): void {
    this.editor = { passage, anchor: anchorRect };
    this.selectionRect = null;
    this.render();
  }

  private async save(body: string, tags: string[]): Promise<void> {
    const page = this.pageRef();
    const editor = this.editor;
    const text = this.currentText();
    if (!page || !editor) return;
    const passage = editor.passage && text ? describe(text.text, editor.passage.start, editor.passage.end) : undefined;
    let answer: unknown;
    try {
      answer = await browser.runtime.sendMessage({ type: 'lede:notes:create', page, title: this.pageAnswer().title, body, tags, passage });
    } catch {
      answer = null;
    }
    if (isOkAnswer(answer)) {
      this.editor = null;
      this.say('Note saved');
      await this.refresh();
      return;
    }
    this.say(failureMessage(answer) ?? 'The note could not be saved.');
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
    if (!this.selectionRect && !this.editor && !this.message) {
      if (this.container) render(null, this.container);
      return;
    }
    const container = this.ensureContainer();
    render(
      <InPageNotes
        selection={this.selectionRect}
        editor={this.editor ? { quote: this.editor.passage?.quote ?? null, anchor: this.editor.anchor } : null}
        message={this.message}
        onAdd={() => {
          const found = this.selectedPassage();
          if (found) this.openEditor(found.passage, found.rect);
        }}
        onSave={(body, tags) => void this.save(body, tags)}
        onCancel={() => {
          this.editor = null;
          this.render();
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
    for (const type of PRIVATE_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
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
