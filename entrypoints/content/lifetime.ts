// How long Lede lives in a page, decided only by what a page cannot forge.
//
// WXT's ContentScriptContext also ends itself when a "content script started" event reaches the
// document: page script can dispatch that event (its name is posted to the window at start-up), and
// so switch Lede off on its page for good. Lede therefore keeps its own lifetime: it ends only when its
// extension context is really gone (the runtime's id disappears when Lede is reloaded or removed).
// One Lede per page and extension: a second start in the same world (a re-injection) steps aside for
// a live one and takes over from an orphaned one.

/** How often an orphaned content script looks whether its extension went away, and cleans up. */
const CHECK_MS = 2000;
/** Where the running instance leaves word of itself: the content script's own world, out of the page's reach. */
const RUNNING = Symbol.for('lede.content-script');

interface Running {
  alive(): boolean;
  end(): void;
}

export class Lifetime {
  private readonly controller = new AbortController();
  private readonly timer: number;

  /** A new lifetime, or null when a live Lede already runs in this world. */
  static begin(win: Window): Lifetime | null {
    const holder = globalThis as { [RUNNING]?: Running };
    const other = holder[RUNNING];
    if (other?.alive()) return null;
    other?.end();
    const life = new Lifetime(win);
    holder[RUNNING] = { alive: () => !life.isInvalid, end: () => life.end() };
    return life;
  }

  private constructor(private readonly win: Window) {
    this.timer = win.setInterval(() => void this.isInvalid, CHECK_MS);
  }

  /** True once the extension context is gone; the first caller to notice ends the lifetime. */
  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !runtimeAlive()) this.end();
    return this.controller.signal.aborted;
  }

  onEnd(cleanUp: () => void): void {
    this.controller.signal.addEventListener('abort', cleanUp, { once: true });
  }

  private end(): void {
    if (this.controller.signal.aborted) return;
    this.win.clearInterval(this.timer);
    this.controller.abort();
  }
}

function runtimeAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false; // reading the runtime throws once the extension is gone
  }
}
