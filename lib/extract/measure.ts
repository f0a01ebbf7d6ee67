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

/** `measure` as steps, yielding every ELEMENTS_PER_STEP elements. */
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
    const s = summarize(el, gone, stats, hooks);
    if (hooks.dropAfter(el, s)) gone.add(el);
    else stats.set(el, s);
  }
}

function isVideoEmbed(el: Element): boolean {
  for (const attr of Array.from(el.attributes)) if (VIDEO_HOSTS.test(attr.value)) return true;
  return false;
}

function summarize(el: Element, gone: Set<Element>, stats: Map<Element, Stats>, hooks: MeasureHooks): Stats {
  let text = EMPTY_RUN;
  let commas = 0, linkLen = 0, headingLen = 0, listLen = 0, paras = 0, imgs = 0, lis = 0, inputs = 0, embeds = 0;
  let textish = false, video = false, dataTable = false, blockDesc = false, allPhrasing = true;
  let kids = 0, brHrKids = 0, nonPhrasingKids = 0, brChain = false;
  const runs: Run[] = [];

  // The phrasing run being built, and whether the last non-blank child was a <br>.
  let run: Run | null = null;
  let lastWasBr = false;
  let inChain = false;
  let nextAfterBreaks = false;
  const closeRun = () => {
    if (run) {
      run.chars = trimmedLength(run.text);
      runs.push(run);
    }
    run = null;
  };
  const addToRun = (node: ChildNode, t: TextRun, c: number, l: number, significant: boolean) => {
    if (!run) {
      if (!significant) return;
      run = { first: node, last: node, text: EMPTY_RUN, chars: 0, commas: 0, linkLen: 0, afterBreaks: nextAfterBreaks };
      nextAfterBreaks = false;
    }
    run.last = node;
    run.text = joinRuns(run.text, t);
    run.commas += c;
    run.linkLen += l;
  };

  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      const data = (child as Text).data;
      const t = runOfText(data);
      const c = countCommas(data);
      text = joinRuns(text, t);
      commas += c;
      const blank = isWhitespaceText(data);
      if (!blank) {
        lastWasBr = false;
        inChain = false;
      }
      addToRun(child, t, c, 0, !blank);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const ce = child as Element;
    if (gone.has(ce)) {
      const tag = tagOf(ce);
      if (EMBED_TAGS.has(tag)) {
        if (isVideoEmbed(ce)) video = true;
        else embeds++;
      }
      if (tag === 'INPUT') inputs++;
      continue;
    }
    const cs = stats.get(ce);
    if (!cs) continue;
    const tag = cs.tag;
    kids++;
    if (tag === 'BR' || tag === 'HR') brHrKids++;
    text = joinRuns(text, cs.text);
    commas += cs.commas;
    linkLen += cs.linkLen;
    headingLen += cs.headingLen;
    listLen += cs.listLen;
    textish ||= cs.textish;
    paras += cs.paras + cs.paraSelf;
    imgs += cs.imgs;
    lis += cs.lis;
    inputs += cs.inputs;
    embeds += cs.embeds;
    video ||= cs.video;
    dataTable ||= cs.dataTable;
    blockDesc ||= cs.blockDesc || BLOCK_TAGS.has(tag);

    if (!cs.phrasing) {
      allPhrasing = false;
      nonPhrasingKids++;
      closeRun();
      lastWasBr = false;
      inChain = false;
      nextAfterBreaks = false;
      continue;
    }
    if (tag === 'BR') {
      if (lastWasBr) {
        // <br><br>: what follows is a new paragraph.
        if (!inChain) closeRun();
        inChain = true;
        brChain = true;
        nextAfterBreaks = true;
        continue;
      }
      lastWasBr = true;
      addToRun(ce, cs.text, 0, 0, false);
      continue;
    }
    lastWasBr = false;
    inChain = false;
    addToRun(ce, cs.text, cs.commas, cs.linkLen, true);
  }
  closeRun();

  const tag = tagOf(el);
  const chars = trimmedLength(text);
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
  const phrasing = PHRASING_TAGS.has(tag) || (TRANSPARENT_TAGS.has(tag) && allPhrasing);

  return {
    text, chars, commas, linkLen, headingLen, listLen, textish, paras, paraSelf: tag === 'P' ? 1 : 0, imgs, lis,
    inputs, embeds, video, dataTable, blockDesc, phrasing, kids, brHrKids, nonPhrasingKids, runs, brChain, tag,
  };
}

export function linkDensity(s: Stats): number {
  return s.chars ? s.linkLen / s.chars : 0;
}
