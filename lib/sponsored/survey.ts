// One iterative walk over the page (no recursion, so 10,000-deep nesting is fine) that measures
// every element — how much text, media and links it holds, and where its subtree ends in document
// order — collects the short elements whose whole text might be a label, and picks the elements
// whose attributes deserve a closer look. (Picking them here rather than with querySelectorAll:
// a selector of dozens of [class*=…] alternatives took ~10 s on a 5 MB page under jsdom.)
import { ELEMENTS_PER_STEP, runSteps, type Steps } from '../pipeline/steps';
import { INLINE_TAGS, LIMITS, MEDIA_TAGS } from './rules';
import { UNMEASURED_TAGS } from '../text/dom-tags';

export interface ElementSize {
  /** Position in document order (pre-order) and the position of its last descendant. */
  order: number;
  end: number;
  /** Non-whitespace characters of text. */
  chars: number;
  /** Images, iframes, `ins` and other media below it (itself included). */
  media: number;
  /** Links with an href below it (itself included). */
  links: number;
  /** h1 headings below it (itself included): a unit never takes the page's title with it. */
  h1: number;
  /** Paragraphs of running text below it (itself included). */
  prose: number;
}

export interface TextCandidate {
  el: Element;
  /** Whitespace-collapsed whole text of the element. */
  text: string;
}

export interface WalkFilters {
  /** Elements to collect as attribute candidates (never inside navigation). */
  isCandidate(el: Element): boolean;
  /** Elements whose subtree is navigation or a control: texts inside are never labels. */
  textContext(el: Element, tag: string): 'navigation' | 'control' | null;
}

export interface Measurement {
  sizes: Map<Element, ElementSize>;
  /** Innermost elements holding a short text of their own, outside controls, in the order they close (children first). */
  shortTexts: TextCandidate[];
  /** Elements accepted by `isCandidate`, in document order. */
  candidates: Element[];
  /** Non-whitespace characters of text in the walked root. */
  pageChars: number;
}

interface Frame {
  el: Element;
  /** `el.tagName`, read once (each read is a call into the DOM). */
  tag: string;
  size: ElementSize;
  /** Gathered text while it stays short; null once it is too long to be a label. */
  text: string | null;
  /** Inside navigation; inside navigation, a link or another control. */
  inNavigation: boolean;
  inControl: boolean;
  /** Whether the element has text of its own, or text from more than one child. */
  ownsText: boolean;
  textChildren: number;
}

/** Space, tab, newline, vertical tab, form feed, carriage return, no-break space. */
const SPACES = /[\t-\r \u00a0]+/g;
const ONLY_SPACES = /^[\t-\r \u00a0]*$/;

function nonSpaceChars(s: string): number {
  // Regexes rather than a loop over characters: the walk runs once per page, before any JIT warm-up.
  if (ONLY_SPACES.test(s)) return 0;
  return s.replace(SPACES, '').length;
}

/**
 * Measures `root` and everything below it without recursion, as steps yielding every ELEMENTS_PER_STEP
 * elements (see lib/pipeline/steps.ts). Reads only; never mutates.
 */
export function* surveyPageSteps(root: Element, filters: WalkFilters): Steps<Measurement> {
  const sizes = new Map<Element, ElementSize>();
  const shortTexts: TextCandidate[] = [];
  const candidates: Element[] = [];
  const stack: Frame[] = [];
  let order = 0;

  const open = (el: Element, tag: string): Frame => {
    const size: ElementSize = { order: order++, end: 0, chars: 0, media: 0, links: 0, h1: 0, prose: 0 };
    if (MEDIA_TAGS.has(tag)) size.media = 1;
    if (tag === 'A' && el.hasAttribute('href')) size.links = 1;
    if (tag === 'H1') size.h1 = 1;
    sizes.set(el, size);
    const parent = stack[stack.length - 1];
    const context = filters.textContext(el, tag);
    const inNavigation = (parent?.inNavigation ?? false) || context === 'navigation';
    const inControl = (parent?.inControl ?? false) || context !== null;
    if (!inNavigation && filters.isCandidate(el)) candidates.push(el);
    const frame: Frame = { el, tag, size, text: '', inNavigation, inControl, ownsText: false, textChildren: 0 };
    stack.push(frame);
    return frame;
  };

  const close = (): void => {
    const frame = stack.pop()!;
    const { el, tag, size } = frame;
    size.end = order - 1;
    if (tag === 'P' && size.chars >= LIMITS.proseParagraphChars) size.prose++;
    if (size.chars > 0 && frame.text !== null && !frame.inControl && (frame.ownsText || frame.textChildren > 1)) {
      const text = frame.text.replace(/\s+/g, ' ').trim();
      if (text.length <= LIMITS.labelChars) shortTexts.push({ el, text });
    }
    const parent = stack[stack.length - 1];
    if (!parent) return;
    const p = parent.size;
    p.chars += size.chars;
    p.media += size.media;
    p.links += size.links;
    p.h1 += size.h1;
    p.prose += size.prose;
    if (size.chars > 0) parent.textChildren++;
    if (parent.text !== null) {
      if (frame.text === null) parent.text = null;
      else {
        const gap = INLINE_TAGS.has(tag) ? '' : ' ';
        const joined = parent.text + gap + frame.text + gap;
        parent.text = joined.length > LIMITS.scanChars ? null : joined;
      }
    }
  };

  const addText = (data: string): void => {
    const frame = stack[stack.length - 1];
    const n = nonSpaceChars(data);
    if (n === 0) {
      if (frame.text !== null) frame.text += ' ';
      return;
    }
    frame.size.chars += n;
    frame.ownsText = true;
    if (frame.text !== null) {
      const joined = frame.text + data;
      frame.text = joined.length > LIMITS.scanChars ? null : joined;
    }
  };

  // Pre-order walk by first-child / next-sibling pointers; closing frames on the way back up.
  open(root, root.tagName);
  let node: Node | null = root.firstChild;
  let budget = ELEMENTS_PER_STEP;
  while (stack.length > 0) {
    if (node) {
      const type = node.nodeType;
      const tag = type === 1 ? (node as Element).tagName : null;
      if (tag !== null && !UNMEASURED_TAGS.has(tag)) {
        if (--budget === 0) {
          budget = ELEMENTS_PER_STEP;
          yield;
        }
        open(node as Element, tag);
        node = node.firstChild;
        continue;
      }
      if (type === 3) addText((node as Text).data);
      node = node.nextSibling;
      continue;
    }
    // No more siblings: close the current element and continue after it.
    const done = stack[stack.length - 1].el;
    close();
    node = stack.length > 0 ? done.nextSibling : null;
  }
  return { sizes, shortTexts, candidates, pageChars: sizes.get(root)!.chars };
}
