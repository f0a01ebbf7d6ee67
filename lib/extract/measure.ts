// One bottom-up pass over a subtree: for every element, the figures the extractor decides with (text
// length, commas, link text, paragraphs, images...) counted over what is left once dropped subtrees are
// taken out. The walk is iterative (pages nest thousands deep) and touches each node once; nothing in
// the document is changed — "dropping" only puts an element in the `gone` set.
import { BLOCK_TAGS, COMMAS, PHRASING_TAGS, TEXTISH_TAGS, TRANSPARENT_TAGS, VIDEO_HOSTS } from './rules';
import { ELEMENTS_PER_STEP, runSteps, type Steps } from '../pipeline/steps';
import { EMPTY_RUN, ELEMENT_NODE, TEXT_NODE, isWhitespaceText, joinRuns, runOfText, tagOf, trimmedLength, type TextRun } from './dom';

/** Consecutive phrasing children of an element (text, inline tags): one paragraph's worth when wrapped. */
export interface Run {
  first: ChildNode;
  last: ChildNode;
  text: TextRun;
  chars: number;
  commas: number;
  linkLen: number;
  /** Starts right after a chain of two or more <br>: the page uses <br><br> as a paragraph break. */
  afterBreaks: boolean;
}

export interface Stats {
  text: TextRun;
  /** Trimmed length of the collapsed text. */
  chars: number;
  commas: number;
  /** Link text length (in-page #links count 0.3). */
  linkLen: number;
  headingLen: number;
  listLen: number;
  /** Some text sits inside a text-ish descendant (span, li, td, p, div...). */
  textish: boolean;
  /** Paragraph-like descendants (P, DIVs read as P, wrapped runs). */
  paras: number;
  /** How many paragraphs this element itself counts as for its ancestors. */
  paraSelf: number;
  imgs: number;
  lis: number;
  inputs: number;
  embeds: number;
  video: boolean;
  /** Holds a data table (or is one). */
  dataTable: boolean;
  /** Some descendant is a BLOCK_TAGS element. */
  blockDesc: boolean;
  /** The element is phrasing content. */
  phrasing: boolean;
  kids: number;
  brHrKids: number;
  nonPhrasingKids: number;
  runs: Run[];
  /** A <br><br> chain sits among the children. */
  brChain: boolean;
  /** The element's upper-case tag name (read once: each read is a call into the DOM). */
  tag: string;
}

export interface MeasureHooks {
  /** Before descending: true drops the subtree unseen. */
  dropBefore(el: Element): boolean;
  /** Called for elements that are walked, in document order, before their children. */
  enter?(el: Element): void;
  /** After the subtree is measured: true drops it (not counted in its parent). Always called once per entered element. */
  dropAfter(el: Element, stats: Stats): boolean;
  /** Whether a TABLE is a data table (kept whole by cleaning). */
  isDataTable?(table: Element): boolean;
}

const EMBED_TAGS = new Set(['OBJECT', 'EMBED', 'IFRAME']);
const HASH_LINK = /^#.+/;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function countCommas(data: string): number {
  COMMAS.lastIndex = 0;
  let n = 0;
  while (COMMAS.exec(data)) n++;
  return n;
}

/** Measures `root`'s subtree into `stats`; dropped elements go to `gone`. */
export function measure(root: Element, hooks: MeasureHooks, gone: Set<Element>, stats: Map<Element, Stats>): void {
  runSteps(measureSteps(root, hooks, gone, stats));
}

/**
 * `measure` as steps, yielding every ELEMENTS_PER_STEP nodes: elements as they are entered, and the
 * children each one is summed over (one element may hold tens of thousands of paragraphs).
 */
export function* measureSteps(root: Element, hooks: MeasureHooks, gone: Set<Element>, stats: Map<Element, Stats>): Steps<void> {
  const stack: Element[] = [root];
  const exiting: boolean[] = [false];
  let budget = ELEMENTS_PER_STEP;
  while (stack.length) {
    if (--budget === 0) {
      budget = ELEMENTS_PER_STEP;
      yield;
    }
    const el = stack.pop()!;
    const exit = exiting.pop()!;
    if (!exit) {
      if (gone.has(el) || hooks.dropBefore(el)) {
        gone.add(el);
        continue;
      }
      hooks.enter?.(el);
      stack.push(el);
      exiting.push(true);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
        stack.push(c);
        exiting.push(false);
      }
      continue;
    }
    const summary = new Summary(gone, stats);
    for (let child = el.firstChild; child; child = child.nextSibling) {
      summary.add(child);
      if (--budget === 0) {
        budget = ELEMENTS_PER_STEP;
        yield;
      }
    }
    const s = summary.finish(el, hooks);
    if (hooks.dropAfter(el, s)) gone.add(el);
    else stats.set(el, s);
  }
}

function isVideoEmbed(el: Element): boolean {
  for (const attr of Array.from(el.attributes)) if (VIDEO_HOSTS.test(attr.value)) return true;
  return false;
}

/** One element's figures, summed over its children one at a time (so the sum can pause between them). */
class Summary {
  private text = EMPTY_RUN;
  private commas = 0;
  private linkLen = 0;
  private headingLen = 0;
  private listLen = 0;
  private paras = 0;
  private imgs = 0;
  private lis = 0;
  private inputs = 0;
  private embeds = 0;
  private textish = false;
  private video = false;
  private dataTable = false;
  private blockDesc = false;
  private allPhrasing = true;
  private kids = 0;
  private brHrKids = 0;
  private nonPhrasingKids = 0;
  private brChain = false;
  private readonly runs: Run[] = [];
  /** The phrasing run being built, and whether the last non-blank child was a <br>. */
  private run: Run | null = null;
  private lastWasBr = false;
  private inChain = false;
  private nextAfterBreaks = false;

  constructor(
    private readonly gone: Set<Element>,
    private readonly stats: Map<Element, Stats>,
  ) {}

  add(child: ChildNode): void {
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      const t = runOfText(data);
      const c = countCommas(data);
      this.text = joinRuns(this.text, t);
      this.commas += c;
      const blank = isWhitespaceText(data);
      if (!blank) {
        this.lastWasBr = false;
        this.inChain = false;
      }
      this.addToRun(child, t, c, 0, !blank);
      return;
    }
    if (child.nodeType !== ELEMENT_NODE) return;
    const ce = child as Element;
    if (this.gone.has(ce)) {
      const tag = tagOf(ce);
      if (EMBED_TAGS.has(tag)) {
        if (isVideoEmbed(ce)) this.video = true;
        else this.embeds++;
      }
      if (tag === 'INPUT') this.inputs++;
      return;
    }
    const cs = this.stats.get(ce);
    if (!cs) return;
    const tag = cs.tag;
    this.kids++;
    if (tag === 'BR' || tag === 'HR') this.brHrKids++;
    this.text = joinRuns(this.text, cs.text);
    this.commas += cs.commas;
    this.linkLen += cs.linkLen;
    this.headingLen += cs.headingLen;
    this.listLen += cs.listLen;
    this.textish ||= cs.textish;
    this.paras += cs.paras + cs.paraSelf;
    this.imgs += cs.imgs;
    this.lis += cs.lis;
    this.inputs += cs.inputs;
    this.embeds += cs.embeds;
    this.video ||= cs.video;
    this.dataTable ||= cs.dataTable;
    this.blockDesc ||= cs.blockDesc || BLOCK_TAGS.has(tag);

    if (!cs.phrasing) {
      this.allPhrasing = false;
      this.nonPhrasingKids++;
      this.closeRun();
      this.lastWasBr = false;
      this.inChain = false;
      this.nextAfterBreaks = false;
      return;
    }
    if (tag === 'BR') {
      if (this.lastWasBr) {
        // <br><br>: what follows is a new paragraph.
        if (!this.inChain) this.closeRun();
        this.inChain = true;
        this.brChain = true;
        this.nextAfterBreaks = true;
        return;
      }
      this.lastWasBr = true;
      this.addToRun(ce, cs.text, 0, 0, false);
      return;
    }
    this.lastWasBr = false;
    this.inChain = false;
    this.addToRun(ce, cs.text, cs.commas, cs.linkLen, true);
  }

  /** The figures of `el`, once every child has been added. */
  finish(el: Element, hooks: MeasureHooks): Stats {
    this.closeRun();
    let { linkLen, headingLen, listLen, textish, imgs, lis, inputs, dataTable } = this;
    const tag = tagOf(el);
    const chars = trimmedLength(this.text);
    if (tag === 'A') {
      const href = el.getAttribute('href');
      linkLen = chars * (href && HASH_LINK.test(href) ? 0.3 : 1);
    }
    if (HEADINGS.has(tag)) headingLen = chars;
    if (tag === 'UL' || tag === 'OL') listLen = chars;
    if (TEXTISH_TAGS.has(tag) && chars > 0) textish = true;
    if (tag === 'IMG') imgs++;
    if (tag === 'LI') lis++;
    if (tag === 'INPUT') inputs++;
    if (tag === 'TABLE' && hooks.isDataTable?.(el)) dataTable = true;
    const phrasing = PHRASING_TAGS.has(tag) || (TRANSPARENT_TAGS.has(tag) && this.allPhrasing);
    const { text, commas, paras, embeds, video, blockDesc, kids, brHrKids, nonPhrasingKids, runs, brChain } = this;
    return {
      text, chars, commas, linkLen, headingLen, listLen, textish, paras, paraSelf: tag === 'P' ? 1 : 0, imgs, lis,
      inputs, embeds, video, dataTable, blockDesc, phrasing, kids, brHrKids, nonPhrasingKids, runs, brChain, tag,
    };
  }

  private closeRun(): void {
    const run = this.run;
    if (run) {
      run.chars = trimmedLength(run.text);
      this.runs.push(run);
    }
    this.run = null;
  }

  private addToRun(node: ChildNode, t: TextRun, c: number, l: number, significant: boolean): void {
    if (!this.run) {
      if (!significant) return;
      this.run = { first: node, last: node, text: EMPTY_RUN, chars: 0, commas: 0, linkLen: 0, afterBreaks: this.nextAfterBreaks };
      this.nextAfterBreaks = false;
    }
    const run = this.run;
    run.last = node;
    run.text = joinRuns(run.text, t);
    run.commas += c;
    run.linkLen += l;
  }
}

export function linkDensity(s: Stats): number {
  return s.chars ? s.linkLen / s.chars : 0;
}
