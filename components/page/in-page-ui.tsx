// Lede's in-page interface: cards on pointer and keyboard, the overview ruler, sponsored badges.
// Rendered with Preact into the closed shadow root; listens only to trusted events.
import { render } from 'preact';
import type { Claim } from '@/lib/analysis';
import type { HighlightGroup } from '@/lib/messages';
import { CURRENT_HIGHLIGHT, KIND_GROUP, KIND_MARK, highlightName } from '@/lib/highlight/names';
import type { ArticleContext } from '@/lib/highlight/card-facts';
import { mentionChain } from '@/lib/highlight/card-facts';
import type { ClaimBar } from '@/components/ClaimBars';
import { separateBars } from '@/lib/highlight/bars';
import { KIND_LABELS } from '@/lib/highlight/describe';
import { stepIndex } from '@/lib/highlight/hit-test';
import type { ClaimTarget } from '@/lib/highlight/plan';
import type { HighlightSet } from '@/lib/highlight/registry';
import type { PageTrace } from '@/lib/highlight/trace';
import { LedeUi, type CardModel } from '@/components/LedeUi';
import { rulerMarks, type RulerMark } from '@/lib/highlight/ruler';
import { runSliced } from '@/lib/pipeline/slices';
import { BADGE_PADDING_PX, badgeTextMeasure, type SponsoredBadgeProps } from '@/components/SponsoredBadge';
import { fitLabel } from '@/lib/sponsored/label-fit';
import { claimAtPointer } from './pointer';
import { isEditableTarget, isScopeKey, navigationKey } from './keys';

export interface SponsoredTarget {
  id: string;
  el: Element;
  reasons: string[];
  /** What the block is, in a reader's words (the Analysis' `label`). */
  label?: string;
}

export interface UiModel {
  targets: ClaimTarget[];
  sponsored: SponsoredTarget[];
  themeLabels: ReadonlyMap<string, string>;
  context: ArticleContext;
  /** The live range of any claim of the Analysis, drawn or not (a figure's other mentions). */
  rangeOf(claimId: string): Range | null;
}

const EMPTY_CONTEXT: ArticleContext = { text: '', within: () => [], byId: () => undefined, topicsAt: () => [] };

/** Height of a sponsored badge (one 16 px line plus padding; see shadow-styles), and its narrowest (a marker). */
const BADGE_HEIGHT_PX = 18;
const BADGE_MIN_WIDTH_PX = 12;
/** Pointer hit-tests at most this often. */
const POINTER_THROTTLE_MS = 60;
/** A pointer-opened card stays this long after the pointer leaves the claim (time to reach the card). */
const CARD_LINGER_MS = 400;
/** A strategic claim's bar sits this far left of its paragraph's edge. */
const BAR_OFFSET_PX = 10;
/** Elements whose left edge is the margin a bar goes beside. */
const BAR_BLOCKS = 'p,li,blockquote,dd,dt,td,th,h1,h2,h3,h4,h5,h6,figcaption,pre,div,section,article,main,body';

export class InPageUi {
  private model: UiModel = { targets: [], sponsored: [], themeLabels: new Map(), context: EMPTY_CONTEXT, rangeOf: () => null };
  private card: (CardModel & { via: 'pointer' | 'keyboard' }) | null = null;
  private current: number | null = null;
  private announcement = '';
  private listeners: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private frame: number | null = null;
  /** The frame after a draw, in which the ruler is measured. */
  private paintFrame: number | null = null;
  private pointerTimer: number | null = null;
  private lingerTimer: number | null = null;
  private lastPointer: { x: number; y: number; overUi: boolean } | null = null;
  private marks: RulerMark[] = [];
  private bars: ClaimBar[] = [];
  private badges: SponsoredBadgeProps[] = [];
  /** The barred claim underlined now (its card is open), as drawn: redrawn only when it changes. */
  private focused: string | null = null;

  constructor(
    private readonly win: Window,
    private readonly trace: PageTrace,
    private readonly highlights: HighlightSet,
    private readonly onAddNote: (claim: Claim) => void,
    /** Alt+Shift+A: all claims, or back to the key ones. */
    private readonly onToggleScope: () => void = () => undefined,
  ) {}

  /** Shows the model (call after every draw). */
  show(model: UiModel): void {
    this.model = model;
    // The draw replaced every highlight: the open card's underline is drawn again.
    this.focused = null;
    if (this.card && !model.targets.some((t) => t.claim.id === this.card!.claim.id)) this.card = null;
    if (this.current !== null && this.current >= model.targets.length) this.setCurrent(null);
    this.listen();
    this.layoutInNextFrame();
  }

  /**
   * Measures in the next frame's animation callback. The frame lays the page out then anyway, so the
   * measuring forces no layout of its own (measuring right away could, inside Lede's task), and the
   * ruler goes into the same frame as the highlights just drawn: on a 15 MB article every frame that
   * changes what Lede shows costs the browser ~35 ms, so one frame, not two.
   */
  private layoutInNextFrame(): void {
    if (this.paintFrame !== null) return;
    this.paintFrame = this.win.requestAnimationFrame(() => {
      this.paintFrame = null;
      if (this.listeners) this.layout();
    });
  }

  /** Takes the UI away (the host itself is removed by the trace). */
  hide(): void {
    this.layoutRun++;
    this.listeners?.abort();
    this.listeners = null;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    for (const t of [this.pointerTimer, this.lingerTimer]) if (t !== null) this.win.clearTimeout(t);
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    if (this.paintFrame !== null) this.win.cancelAnimationFrame(this.paintFrame);
    this.paintFrame = null;
    this.pointerTimer = this.lingerTimer = this.frame = null;
    this.pendingLayout = null;
    this.card = null;
    this.current = null;
    this.focused = null;
    this.bars = [];
    this.highlights.remove(CURRENT_HIGHLIGHT);
    const shadow = this.trace.shadowRoot;
    if (shadow) render(null, shadow);
  }

  get openCardClaimId(): string | null {
    return this.card?.claim.id ?? null;
  }

  /** Moves to the next (1) or previous (-1) claim: scrolls it into view, marks it, opens its card. */
  step(direction: 1 | -1): void {
    const index = stepIndex(this.model.targets.length, this.current, direction);
    if (index !== null) this.goTo(index);
  }

  private goTo(index: number): void {
    const target = this.model.targets[index];
    if (!target) return;
    this.setCurrent(index);
    scrollRangeIntoView(target.range);
    const count = this.model.targets.length;
    this.card = { claim: target.claim, ...anchorOf(target.range), mention: 0, position: { index, count }, via: 'keyboard' };
    this.announcement = `Claim ${index + 1} of ${count}: ${KIND_LABELS[target.claim.kind]}, ${target.claim.text}`;
    this.render();
  }

  closeCard(): void {
    if (!this.card) return;
    this.card = null;
    this.setCurrent(null);
    this.render();
  }

  private setCurrent(index: number | null): void {
    this.current = index;
    const target = index === null ? null : this.model.targets[index];
    this.highlights.drawOne(CURRENT_HIGHLIGHT, target ? [target.range] : []);
  }

  private listen(): void {
    if (this.listeners) return;
    this.listeners = new AbortController();
    const opts = { signal: this.listeners.signal, capture: true, passive: true };
    const doc = this.win.document;
    doc.addEventListener('pointermove', (e) => this.onPointer(e), opts);
    this.win.addEventListener('keydown', (e) => this.onKey(e), { signal: this.listeners.signal, capture: true });
    // Marks and badges are in document coordinates: scrolling only moves the open card.
    this.win.addEventListener('scroll', () => this.schedule('card'), opts);
    this.win.addEventListener('resize', () => this.schedule(), opts);
    if (typeof ResizeObserver === 'function' && doc.body) {
      // Lazy images and paragraphs move everything: keep ruler marks and badges in place. Its first
      // report, the size as observing starts, comes in the frame whose layout show() asked for: no
      // change to follow (and on a very heavy page, each frame Lede changes costs the browser ~30 ms).
      let first = true;
      this.resizeObserver = new ResizeObserver(() => {
        if (!first) this.schedule();
        first = false;
      });
      this.resizeObserver.observe(doc.body);
    }
  }

  private onPointer(e: PointerEvent): void {
    if (!e.isTrusted) return;
    const overUi = e.target === this.trace.hostElement;
    this.lastPointer = { x: e.clientX, y: e.clientY, overUi };
    if (this.pointerTimer !== null) return;
    this.pointerTimer = this.win.setTimeout(() => {
      this.pointerTimer = null;
      this.hitTest();
    }, POINTER_THROTTLE_MS);
  }

  private hitTest(): void {
    const p = this.lastPointer;
    if (!p) return;
    if (p.overUi) return this.cancelLinger();
    const hit = claimAtPointer(this.win.document, this.model.targets, p.x, p.y);
    if (hit) {
      this.cancelLinger();
      if (this.card?.claim.id === hit.claim.id) return;
      this.card = { claim: hit.claim, ...anchorOf(hit.range), mention: 0, via: 'pointer' };
      this.render();
    } else if (this.card?.via === 'pointer' && this.lingerTimer === null) {
      this.lingerTimer = this.win.setTimeout(() => {
        this.lingerTimer = null;
        if (this.card?.via === 'pointer') this.closeCard();
      }, CARD_LINGER_MS);
    }
  }

  private cancelLinger(): void {
    if (this.lingerTimer !== null) this.win.clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      if (this.card) this.closeCard();
      return;
    }
    if (isScopeKey(e) && !isEditableTarget(e)) {
      e.preventDefault();
      e.stopPropagation();
      this.onToggleScope();
      return;
    }
    const direction = navigationKey(e);
    if (!direction || isEditableTarget(e)) return;
    e.preventDefault();
    e.stopPropagation();
    this.step(direction);
  }

  private pendingLayout: 'card' | 'all' | null = null;

  /** Re-measures on the next frame: just the open card (scroll), or everything (resize, page layout changes). */
  private schedule(what: 'card' | 'all' = 'all'): void {
    if (this.pendingLayout !== 'all') this.pendingLayout = what;
    if (this.frame !== null) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = null;
      const due = this.pendingLayout;
      this.pendingLayout = null;
      if (due === 'all') this.layout();
      else if (this.card) this.placeCard();
    });
  }

  /** Keeps the open card beside its claim. */
  private placeCard(): void {
    this.updateCardAnchor();
    this.render();
  }

  private updateCardAnchor(): void {
    if (!this.card) return;
    const range = this.cardRange(this.card);
    this.card = range ? { ...this.card, ...anchorOf(range) } : null;
  }

  /** The text the open card points at: its claim, or the mention of it the reader stepped to. */
  private cardRange(card: { claim: Claim; mention: number }): Range | null {
    if (card.mention === 0) return this.model.targets.find((t) => t.claim.id === card.claim.id)?.range ?? null;
    const mention = mentionChain(card.claim, this.model.context)[card.mention];
    return mention ? this.model.rangeOf(mention.id) : null;
  }

  /** Points the open card at another mention of its figure, and brings that mention into view. */
  private showMention(index: number): void {
    if (!this.card) return;
    const chain = mentionChain(this.card.claim, this.model.context);
    const mention = chain[index];
    const range = mention ? this.cardRange({ claim: this.card.claim, mention: index }) : null;
    if (!range) return;
    scrollRangeIntoView(range);
    this.highlights.drawOne(CURRENT_HIGHLIGHT, [range]);
    this.card = { ...this.card, ...anchorOf(range), mention: index };
    this.announcement = `Mention ${index + 1} of ${chain.length}: ${mention.text}`;
    this.render();
  }

  /** A bar was pointed at or clicked: its claim's card opens as if the sentence had been. */
  private openBar(id: string): void {
    const target = this.model.targets.find((t) => t.claim.id === id);
    if (!target || this.card?.claim.id === id) return this.cancelLinger();
    this.cancelLinger();
    this.card = { claim: target.claim, ...anchorOf(target.range), mention: 0, via: 'pointer' };
    this.render();
  }

  /** Underlines the open card's claim when its kind is otherwise only barred. */
  private drawFocus(): void {
    const card = this.card;
    const id = card && KIND_MARK[card.claim.kind] === 'bar' ? card.claim.id : null;
    if (id === this.focused) return;
    if (this.focused) {
      const was = this.model.targets.find((t) => t.claim.id === this.focused);
      if (was) this.highlights.remove(highlightName(was.claim.kind));
    }
    this.focused = id;
    const range = card && id ? this.cardRange({ claim: card.claim, mention: 0 }) : null;
    if (card && range) this.highlights.drawOne(highlightName(card.claim.kind), [range]);
  }

  /** Bumped by every layout: a newer one (or hiding the UI) stops an older one between slices. */
  private layoutRun = 0;

  private layout(): void {
    const run = ++this.layoutRun;
    // One page height for every mark of this layout, claims and sponsored blocks alike.
    const scrollHeight = Math.max(this.win.document.documentElement.scrollHeight, 1);
    // Measuring a claim is a layout query; thousands of them (a very long article) are spread over slices.
    void runSliced(this.measureClaims(scrollHeight), { cancelled: () => run !== this.layoutRun || !this.listeners }).then((measured) => {
      if (measured.done) this.finishLayout(measured.value.marks, measured.value.bars, scrollHeight);
    });
  }

  /** Each visible claim's ruler mark, and the bars beside barred claims, one claim per step. */
  private *measureClaims(scrollHeight: number): Generator<void, { marks: RulerMark[]; bars: ClaimBar[] }> {
    const win = this.win;
    const marks: RulerMark[] = [];
    const bars: ClaimBar[] = [];
    for (const { claim, range } of this.model.targets) {
      const r = range.getBoundingClientRect();
      // A zero-size rect is text that is not rendered (hidden): no mark.
      if (r.width || r.height) {
        const label = `${KIND_LABELS[claim.kind]}: ${claim.text}`;
        marks.push(mark(claim.id, KIND_GROUP[claim.kind], r.top + win.scrollY, scrollHeight, label));
        if (KIND_MARK[claim.kind] === 'bar') bars.push(barBeside(claim.id, range, r, win, label));
      }
      yield;
    }
    return { marks, bars };
  }

  private finishLayout(marks: RulerMark[], bars: ClaimBar[], scrollHeight: number): void {
    const win = this.win;
    const badges: SponsoredBadgeProps[] = [];
    let measureText: ((text: string) => number) | null = null;
    for (const s of this.model.sponsored) {
      const r = s.el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      const label = s.label ?? 'Sponsored';
      marks.push(mark(s.id, 'sponsored', r.top + win.scrollY, scrollHeight, label));
      // The badge sits inside the block's top-right corner, shortened to the block's width; on a
      // block too small for even a marker it is left out (the outline and the ruler mark remain).
      if (r.height < BADGE_HEIGHT_PX || r.width < BADGE_MIN_WIDTH_PX) continue;
      measureText ??= badgeTextMeasure(win.document);
      const shown = fitLabel(label, r.width - BADGE_PADDING_PX, measureText) ?? '';
      badges.push({ id: s.id, label, shown, reasons: s.reasons, top: r.top + win.scrollY, right: r.right + win.scrollX, width: r.width });
    }
    this.marks = rulerMarks(marks);
    this.bars = separateBars(bars);
    this.badges = badges;
    this.updateCardAnchor();
    this.render();
  }

  private selectMark(id: string): void {
    const index = this.model.targets.findIndex((t) => t.claim.id === id);
    if (index >= 0) return this.goTo(index);
    const block = this.model.sponsored.find((s) => s.id === id);
    block?.el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  private render(): void {
    const shadow = this.trace.ensureShadow();
    this.drawFocus();
    render(
      <LedeUi
        card={this.card}
        marks={this.marks}
        bars={this.bars}
        badges={this.badges}
        themeLabels={this.model.themeLabels}
        context={this.model.context}
        viewport={{ width: this.win.innerWidth, height: this.win.innerHeight }}
        announcement={this.announcement}
        onCloseCard={() => this.closeCard()}
        onAddNote={(claim) => this.onAddNote(claim)}
        onSelectMark={(id) => this.selectMark(id)}
        onOpenBar={(id) => this.openBar(id)}
        onMention={(index) => this.showMention(index)}
      />,
      shadow,
    );
  }
}

function mark(id: string, group: HighlightGroup, docTop: number, scrollHeight: number, label: string): RulerMark {
  const topPct = Math.min(100, Math.max(0, (docTop / scrollHeight) * 100));
  return { id, group, topPct: Math.round(topPct * 100) / 100, label };
}

/** The card's anchor: the range's box and the height of its last line, in viewport coordinates. */
function anchorOf(range: Range): { anchor: { top: number; left: number; bottom: number; right: number }; lineHeight: number } {
  const r = range.getBoundingClientRect();
  const lines = range.getClientRects();
  const last = lines.length ? lines[lines.length - 1] : r;
  return { anchor: { top: r.top, left: r.left, bottom: r.bottom, right: r.right }, lineHeight: last.height || r.height };
}

/** A bar beside the sentence's lines, left of the paragraph it sits in (document coordinates). */
function barBeside(id: string, range: Range, box: DOMRect, win: Window, label: string): ClaimBar {
  const node = range.commonAncestorContainer;
  const block = (node.nodeType === 1 ? (node as Element) : node.parentElement)?.closest(BAR_BLOCKS);
  const edge = block ? block.getBoundingClientRect().left : box.left;
  return {
    id,
    top: box.top + win.scrollY,
    height: box.height,
    left: Math.max(2, edge - BAR_OFFSET_PX) + win.scrollX,
    label,
  };
}

function scrollRangeIntoView(range: Range): void {
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
}
