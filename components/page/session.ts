// One page's Lede: read the article (lib/pipeline/reader.ts), draw it for the groups the reader has on, keep it
// current as the page changes, answer lede:* messages, and take everything away when asked or when
// the extension goes away.
import type { Claim } from '@/lib/analysis';
import { fullAnalysis, type PageAnalysis } from '@/lib/pipeline/claim-book';
import { summaryOf } from '@/lib/summary';
import type { DetailedAnalysis } from '@/lib/pipeline/complete';
import type { Reader } from '@/lib/pipeline/reader';
import { HIGHLIGHT_GROUPS } from '@/lib/highlight/groups';
import {
  type HighlightGroup,
  type HighlightScope,
  type HighlightsResponse,
  type SiteSettings,
  type StateResponse,
} from '@/lib/messages';
import type { HandlerTable } from '@/lib/handlers';
import { DEFAULT_GROUPS } from '@/lib/highlight/names';
import { claimRange, rangesByName, shownTargetSteps, type ClaimTarget } from '@/lib/highlight/plan';
import type { ArticleContext } from '@/lib/highlight/card-facts';
import { HighlightSet, highlightEnvOf } from '@/lib/highlight/registry';
import { PageTrace } from '@/lib/highlight/trace';
import { InPageUi, type SponsoredTarget, type UiModel } from './in-page-ui';
import { PageWatch, pageUrl, type ChangeReason } from '@/lib/pipeline/page-watch';
import { afterNextFrame, BusyClock, defaultYield, runSliced } from '@/lib/pipeline/slices';
import { sensitiveSite } from '@/lib/settings/sensitive-sites';

type Status = StateResponse['status'];

/** After giving up on an unreachable background: the popup's asking starts another try, this often at most. */
const ASK_RETRY_MS = 5_000;

export interface SessionDeps {
  win: Window;
  /** False once the extension is reloaded or removed. */
  isInvalid(): boolean;
  loadSettings(host: string): Promise<SiteSettings>;
  saveSettings(host: string, change: SiteSettings): Promise<void>;
  /** Reads the page: the Analysis, ready to draw (lib/pipeline/reader.ts). */
  reader: Reader;
  /** After every analysis settles (article or not): the notes module re-anchors and redraws. */
  onSettled?(): void;
  /** "Add a note" on a claim's card. */
  onAddNote?(claim: Claim): void;
}

export class LedeSession {
  private readonly doc: Document;
  private readonly trace: PageTrace;
  private readonly highlights: HighlightSet | null;
  private readonly ui: InPageUi | null;
  private readonly watch: PageWatch;
  private status: Status = 'pending';
  private siteEnabled = true;
  private groups = new Set<HighlightGroup>(DEFAULT_GROUPS);
  /** Only key claims (the default), or all of them ("All claims"). */
  private scope: HighlightScope = 'key';
  private detailed: DetailedAnalysis | null = null;
  private analysis: PageAnalysis | null = null;
  /** The drawn claims with their live ranges (other claims get none: see lib/highlight/plan.ts). */
  private targets: ClaimTarget[] = [];
  /** The groups and scope `targets` were made for. */
  private targetsFor = '';
  /** `targets`' ranges by claim id. */
  private drawnRanges = new Map<string, Range>();
  /** Counts draws: a draw that must first make ranges gives way to a later one. */
  private drawRun = 0;
  /** What cards read of the analysis (theme labels, text and claims, any claim's range): made once per analysis, not per draw. */
  private cardInputs: Pick<UiModel, 'themeLabels' | 'context' | 'rangeOf'> | null = null;
  private run = 0;
  /** An analysis is under way (the latest run has not finished or been given up). */
  private running = false;
  /** The site's settings are read: until then nothing may start an analysis. */
  private ready = false;
  /** The last run gave up because the background could not be reached (not because it refused). */
  private unreachable = false;
  private lastAskRetry = 0;
  private stopped = false;
  /** "Analyze anyway": run the engine even where the page does not look like an article. */
  private force = false;

  constructor(private readonly deps: SessionDeps) {
    this.doc = deps.win.document;
    this.trace = new PageTrace(this.doc);
    const env = highlightEnvOf(deps.win);
    this.highlights = env ? new HighlightSet(env, this.trace) : null;
    this.ui = this.highlights
      ? new InPageUi(deps.win, this.trace, this.highlights, (claim) => this.deps.onAddNote?.(claim), () => this.toggleScope())
      : null;
    this.watch = new PageWatch({
      doc: this.doc,
      onChange: (reason) => this.onPageChange(reason),
      setTimeout: (fn, ms) => deps.win.setTimeout(fn, ms),
      clearTimeout: (id) => deps.win.clearTimeout(id),
    });
  }

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  async start(): Promise<void> {
    const settings = await this.deps.loadSettings(this.host);
    if (this.stopped || this.deps.isInvalid()) return;
    this.siteEnabled = settings.enabled ?? sensitiveSite(this.host) === null;
    if (settings.groups) this.groups = new Set(settings.groups);
    if (settings.scope) this.scope = settings.scope;
    this.ready = true;
    if (!this.siteEnabled) {
      this.status = 'disabled';
      return;
    }
    await this.analyze();
  }

  /** Stops everything and removes every trace (extension context invalidated). */
  destroy(): void {
    this.stopped = true;
    this.run++;
    this.watch.stop();
    this.clearDrawing();
  }

  /** A URL change the content script heard about (pushState, popstate). */
  locationMayHaveChanged(): void {
    if (!this.stopped && this.siteEnabled) this.watch.checkLocation();
  }

  /** Answers to the messages about the analysis and the highlights (the content script dispatches them). */
  readonly handle: HandlerTable<'lede:analysis' | 'lede:summary' | 'lede:highlights' | 'lede:state' | 'lede:site'> = {
    'lede:analysis': () => this.analysisAnswer(fullAnalysis),
    'lede:summary': () => this.analysisAnswer(summaryOf),
    'lede:highlights': (message) => {
      this.retryIfUnreachable();
      return this.setHighlights(message.on, message.groups, message.scope);
    },
    'lede:state': () => {
      this.retryIfUnreachable();
      return this.state();
    },
    'lede:site': (message) => {
      this.setSiteEnabled(message.enabled);
      return this.state();
    },
  };

  /** `make` of the analysis once there is one; else where Lede stands (reading, not an article, off). */
  private analysisAnswer<T>(make: (analysis: PageAnalysis) => T): T | { status: 'pending' | 'not-article' | 'disabled' } {
    this.retryIfUnreachable();
    if (this.status === 'article' && this.analysis) return make(this.analysis);
    return { status: this.status === 'article' ? 'pending' : this.status };
  }

  private state(): StateResponse {
    return {
      status: this.status,
      on: this.groups.size > 0,
      groups: this.groupList(),
      scope: this.scope,
      siteEnabled: this.siteEnabled,
      site: this.host,
      claims: this.analysis?.claims.total ?? 0,
      sponsored: this.analysis?.sponsored.length ?? 0,
    };
  }

  private groupList(): HighlightGroup[] {
    return HIGHLIGHT_GROUPS.filter((g) => this.groups.has(g));
  }

  private setHighlights(on: boolean, groups?: HighlightGroup[], scope?: HighlightScope): HighlightsResponse {
    const affected = groups ?? HIGHLIGHT_GROUPS;
    for (const g of affected) {
      if (on) this.groups.add(g);
      else this.groups.delete(g);
    }
    if (scope) this.scope = scope;
    void this.deps.saveSettings(this.host, { groups: this.groupList(), scope: this.scope });
    if (this.status === 'article') this.draw();
    return { on: this.groups.size > 0, groups: this.groupList(), scope: this.scope };
  }

  /** "All claims" on or off (the in-page shortcut); the groups stay as they are. */
  toggleScope(): void {
    if (this.stopped || !this.siteEnabled) return;
    this.setHighlights(true, [], this.scope === 'key' ? 'all' : 'key');
  }

  private setSiteEnabled(enabled: boolean): void {
    this.siteEnabled = enabled;
    void this.deps.saveSettings(this.host, { enabled });
    if (enabled) {
      if (this.status === 'disabled') {
        this.status = 'pending';
        void this.analyze();
      }
      return;
    }
    this.run++;
    this.watch.stop();
    this.clearDrawing();
    this.detailed = null;
    this.analysis = null;
    this.setTargets([], '');
    this.cardInputs = null;
    this.status = 'disabled';
  }

  private onPageChange(reason: ChangeReason): void {
    if (this.stopped || this.deps.isInvalid() || !this.siteEnabled) return;
    // A new page in place: what is drawn belongs to the old one.
    if (reason === 'navigation') this.forget();
    void this.analyze();
  }

  private forget(): void {
    this.clearDrawing();
    this.detailed = null;
    this.analysis = null;
    this.setTargets([], '');
    this.cardInputs = null;
    this.status = 'pending';
  }

  /** A run that gave up on an unreachable background is tried again when someone asks (the popup). */
  private retryIfUnreachable(): void {
    if (!this.unreachable || this.running || !this.ready || this.stopped || !this.siteEnabled) return;
    const now = Date.now();
    if (now - this.lastAskRetry < ASK_RETRY_MS) return;
    this.lastAskRetry = now;
    // After answering: the message is answered from what is there now.
    this.deps.win.setTimeout(() => {
      if (this.unreachable && !this.running && !this.stopped) void this.analyze();
    }, 0);
  }

  private async analyze(): Promise<void> {
    const run = ++this.run;
    this.unreachable = false;
    this.running = true;
    try {
      await this.analyzeRun(run);
    } finally {
      if (run === this.run) this.running = false;
    }
  }

  private async analyzeRun(run: number): Promise<void> {
    const cancelled = () => this.stopped || run !== this.run || this.deps.isInvalid();
    if (!this.analysis) this.status = 'pending';
    const page = pageUrl(this.doc);
    const outcome = await this.deps.reader.read(this.doc, {
      force: this.force,
      cancelled,
      url: this.doc.location?.href ?? null,
      // Changes to the article during the round trip to the background start a new run (which cancels this one).
      onArticle: (reading) => this.watch.watch(reading.extraction.root),
    });
    if (cancelled() || outcome.status === 'cancelled') return;
    if (outcome.status === 'not-article') return this.settle(run, null);
    if (outcome.status === 'failed') {
      this.unreachable = outcome.unreachable;
      console.warn('Lede: the article could not be read;', outcome.error);
      return;
    }
    // Moved to another page meanwhile (pushState): the navigation's own run will draw that one.
    if (pageUrl(this.doc) !== page) return this.watch.checkLocation();
    const { detailed } = outcome;
    // The drawn claims' live ranges, in slices too ("All claims" on a very long article draws tens of
    // thousands). They start in a task of their own: reading a long answer off the message is work enough for one.
    await defaultYield();
    if (cancelled()) return;
    // Lede's <style> and its UI's host go in ahead of the drawing, each in a frame of its own. The style's
    // rules match no element until some are marked (lib/highlight/styles.ts), and the host is an empty
    // box, but on a 15 MB article the browser spends ~9 ms on the one and ~20-40 ms on the other: work the
    // frame that draws (and the other) need not carry as well.
    if (this.groups.size > 0 && this.highlights) {
      for (const add of [() => this.trace.ensureStyle(), () => this.addHost()]) {
        if (!add()) continue;
        await afterNextFrame(this.deps.win);
        if (cancelled()) return;
      }
    }
    const targetsFor = this.shownKey();
    const made = await this.makeTargets(detailed, null, cancelled);
    if (!made || cancelled()) return;
    this.settle(run, detailed, made, targetsFor);
  }

  /** Adds Lede's (empty) UI host if it is not in the page; true when it went in now. */
  private addHost(): boolean {
    if (this.trace.shadowRoot) return false;
    this.trace.ensureShadow();
    return true;
  }

  /** Which claims are drawn: the groups that are on and the scope. */
  private shownKey(): string {
    return `${this.groupList().join()}|${this.scope}`;
  }

  /**
   * Live ranges for the claims drawn now, in slices, using again those already made; `ms` is the
   * time spent making them (it counts as drawing). Undefined when cancelled.
   */
  private async makeTargets(
    detailed: DetailedAnalysis,
    made: ReadonlyMap<string, Range> | null,
    cancelled: () => boolean,
  ): Promise<{ targets: ClaimTarget[]; ms: number } | undefined> {
    const clock = new BusyClock();
    const from = clock.now();
    const steps = shownTargetSteps(detailed.analysis.claims, this.groups, this.scope, (s, e) => detailed.textMap.rangeFor(s, e), made ?? undefined);
    const result = await runSliced(steps, { cancelled, clock });
    return result.done ? { targets: result.value, ms: clock.now() - from } : undefined;
  }

  private settle(run: number, detailed: DetailedAnalysis | null, made?: { targets: ClaimTarget[]; ms: number }, targetsFor = ''): void {
    if (run !== this.run || this.stopped) return;
    if (!detailed) {
      this.forget();
      this.status = 'not-article';
      this.watch.watch(null);
      this.deps.onSettled?.();
      return;
    }
    this.detailed = detailed;
    this.analysis = detailed.analysis;
    this.setTargets(made?.targets ?? [], targetsFor);
    this.cardInputs = cardInputsOf(detailed, (id) => this.drawnRanges.get(id));
    this.status = 'article';
    this.draw(performance.now() - (made?.ms ?? 0));
    this.watch.watch(detailed.extraction.root);
    this.deps.onSettled?.();
  }

  /**
   * Draws the current analysis for the groups that are on; with none on, removes every trace. When
   * other claims are drawn than before (a group turned on, "All claims"), their ranges are made
   * first, in slices, and the ranges of claims no longer drawn are let go.
   */
  private draw(t0 = performance.now()): void {
    const drawRun = ++this.drawRun;
    const detailed = this.detailed;
    if (!detailed || !this.highlights || !this.ui) return;
    if (this.groups.size === 0) {
      this.setTargets([], ''); // nothing drawn: no live ranges kept either
      return this.clearDrawing();
    }
    const key = this.shownKey();
    if (key === this.targetsFor) return this.paint(t0);
    const made = this.drawnRanges;
    const cancelled = () => this.stopped || this.deps.isInvalid() || drawRun !== this.drawRun || this.detailed !== detailed;
    void this.makeTargets(detailed, made, cancelled).then((result) => {
      if (!result || cancelled()) return;
      this.setTargets(result.targets, key);
      this.paint(performance.now() - result.ms);
    });
  }

  private setTargets(targets: ClaimTarget[], shownKey: string): void {
    this.targets = targets;
    this.targetsFor = shownKey;
    this.drawnRanges = new Map(targets.map((t) => [t.claim.id, t.range]));
  }

  private paint(t0: number): void {
    if (!this.detailed || !this.analysis || !this.cardInputs || !this.highlights || !this.ui) return;
    const targets = this.targets;
    this.trace.ensureStyle();
    this.highlights.draw(rangesByName(targets));
    const sponsored: SponsoredTarget[] = [];
    this.trace.unmarkSponsored();
    if (this.groups.has('sponsored')) {
      for (const s of this.analysis.sponsored) {
        const el = this.detailed.sponsoredElements.get(s.id);
        if (el?.isConnected && this.trace.markSponsored(el, s.id)) sponsored.push({ id: s.id, el, reasons: s.reasons, label: s.label });
      }
    }
    this.ui.show({ targets, sponsored, ...this.cardInputs });
    const highlightMs = Math.round((performance.now() - t0) * 100) / 100;
    this.analysis = { ...this.analysis, timings: { ...this.analysis.timings, highlightMs } };
  }

  private clearDrawing(): void {
    this.ui?.hide();
    this.highlights?.clear();
    this.trace.removeAll();
  }

  // ---- Hooks for the notes module (notes-in-page.tsx) ----

  get detailedAnalysis(): DetailedAnalysis | null {
    return this.status === 'article' ? this.detailed : null;
  }

  get pageStatus(): Status {
    return this.status;
  }

  get highlightGroups(): ReadonlySet<HighlightGroup> {
    return this.groups;
  }

  /** Lede's closed shadow root (and its <style>), created if needed. */
  uiRoot(): ShadowRoot {
    this.trace.ensureStyle();
    return this.trace.ensureShadow();
  }

  /** Runs the engine with `force: true` on a page that does not look like an article. */
  analyzeAnyway(): void {
    if (this.stopped || !this.siteEnabled) return;
    this.force = true;
    if (this.status !== 'article') void this.analyze();
  }
}

/**
 * What cards read of the analysis. `drawnRange`: a drawn claim's live range; any other claim's range
 * (a mention the reader steps to) is made when asked for, not kept.
 */
function cardInputsOf(detailed: DetailedAnalysis, drawnRange: (id: string) => Range | undefined): Pick<UiModel, 'themeLabels' | 'context' | 'rangeOf'> {
  const { analysis, textMap } = detailed;
  const { claims } = analysis;
  const context: ArticleContext = {
    text: analysis.article.text,
    within: (start, end) => claims.within(start, end),
    byId: (id) => claims.byId(id),
    topicsAt: (start, end) => analysis.topics.filter((t) => t.sentences.some((s) => s.start < end && start < s.end)).map((t) => t.label),
  };
  const rangeOf = (id: string) => {
    const claim = context.byId(id);
    return claim ? (drawnRange(id) ?? claimRange(claim, (s, e) => textMap.rangeFor(s, e))) : null;
  };
  return { themeLabels: new Map(analysis.themes.map((t) => [t.id, t.label])), context, rangeOf };
}
