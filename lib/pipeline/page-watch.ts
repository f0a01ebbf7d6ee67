// Notices when the article changes under Lede: the page rewrites or extends it (lazy paragraphs, a
// framework re-render) or navigates in place (history.pushState, popstate). Lede's own changes are
// never seen: its <style> and host live outside <body>, and attributes are not observed, so drawing
// cannot trigger another analysis.

export type ChangeReason = 'article' | 'navigation';

export interface PageWatchOptions {
  doc: Document;
  onChange(reason: ChangeReason): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** The clock for settle times and back-off; Date.now by default. */
  now?(): number;
}

/** Quiet time after the last mutation before re-analyzing. */
export const SETTLE_MS = 300;
/** Restarts within RESTART_WINDOW_MS beyond which each wait doubles: a page that never stops changing. */
export const RESTARTS_BEFORE_BACKOFF = 4;
export const RESTART_WINDOW_MS = 10_000;
export const MAX_SETTLE_MS = 5_000;
/**
 * Longest a change waits for quiet: an article that never stops changing (a ticker rewriting it every
 * few milliseconds) is still read again this often, instead of never.
 */
export const MAX_PENDING_MS = 3_000;
/** Text a mutation must add, on a page with no article yet, to be worth another look. */
export const NEW_CONTENT_MIN_CHARS = 200;
/** How many times a page with no article is looked at again before Lede gives up on it. */
export const MAX_NOT_ARTICLE_RECHECKS = 5;

export class PageWatch {
  private observer: MutationObserver | null = null;
  private root: Element | null = null;
  private timer: number | null = null;
  private pendingReason: ChangeReason | null = null;
  /** When the change now waiting for quiet was first seen. */
  private pendingSince: number | null = null;
  private restarts: number[] = [];
  private recheckBudget = MAX_NOT_ARTICLE_RECHECKS;
  private lastUrl: string;

  constructor(private readonly options: PageWatchOptions) {
    this.lastUrl = pageUrl(options.doc);
  }

  /** Watches the page for changes to `root` (the article), or for an article appearing when null. */
  watch(root: Element | null): void {
    this.root = root;
    if (root) this.recheckBudget = MAX_NOT_ARTICLE_RECHECKS;
    if (this.observer) return;
    const body = this.options.doc.body;
    if (!body) return;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(body, { childList: true, subtree: true, characterData: true });
  }

  /** Called on any hint that the URL may have changed; compares it with the last one seen. */
  checkLocation(): void {
    const href = pageUrl(this.options.doc);
    if (href === this.lastUrl) return;
    this.lastUrl = href;
    this.recheckBudget = MAX_NOT_ARTICLE_RECHECKS;
    this.restarts = [];
    this.schedule('navigation');
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.timer !== null) this.options.clearTimeout(this.timer);
    this.timer = null;
    this.pendingReason = null;
    this.pendingSince = null;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.root) {
      if (records.some((r) => this.touchesArticle(r))) this.schedule('article');
    } else if (this.recheckBudget > 0 && records.some(addsContent)) {
      this.recheckBudget--;
      this.schedule('article');
    } else if (this.recheckBudget <= 0 && this.timer === null) {
      // Given up on this page: stop paying for its mutations (a navigation starts over).
      this.observer?.disconnect();
      this.observer = null;
    }
  }

  private touchesArticle(record: MutationRecord): boolean {
    const root = this.root!;
    if (!root.isConnected) return true;
    const target = record.target;
    return root.contains(target) || (record.type === 'childList' && target.contains(root));
  }

  private schedule(reason: ChangeReason): void {
    if (this.timer !== null) this.options.clearTimeout(this.timer);
    // Navigation wins over a plain article change: it also means "drop what is drawn now".
    if (this.pendingReason !== 'navigation') this.pendingReason = reason;
    const now = this.now();
    this.pendingSince ??= now;
    // Each change pushes the look back to the next quiet moment, but never past MAX_PENDING_MS.
    const wait = Math.max(0, Math.min(this.settleMs(), this.pendingSince + MAX_PENDING_MS - now));
    this.timer = this.options.setTimeout(() => {
      const due = this.pendingReason ?? reason;
      this.timer = null;
      this.pendingReason = null;
      this.pendingSince = null;
      this.noteRestart();
      this.options.onChange(due);
    }, wait);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private settleMs(): number {
    const now = this.now();
    this.restarts = this.restarts.filter((t) => now - t < RESTART_WINDOW_MS);
    const over = this.restarts.length - RESTARTS_BEFORE_BACKOFF;
    return over > 0 ? Math.min(MAX_SETTLE_MS, SETTLE_MS * 2 ** over) : SETTLE_MS;
  }

  private noteRestart(): void {
    this.restarts.push(this.now());
  }
}

/** The page's URL without its fragment: following an in-page anchor is not a new page. */
export function pageUrl(doc: Document): string {
  return (doc.location?.href ?? '').replace(/#.*$/, '');
}

function addsContent(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  let chars = 0;
  for (const node of record.addedNodes) {
    if (node.nodeType === 1 || node.nodeType === 3) chars += (node.textContent ?? '').length;
    if (chars >= NEW_CONTENT_MIN_CHARS) return true;
  }
  return false;
}
