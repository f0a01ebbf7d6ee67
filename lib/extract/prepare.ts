// First pass over the body: leave out what can never be article text (hidden, scripts, page furniture
// named by class/id or role, bylines, the title heading, empty shells), and find the paragraphs to score.
// DIVs are read the way authors use them: a DIV of phrasing content is a paragraph, a DIV holding just one
// <p> stands for that <p>, and runs of inline text inside a mixed DIV (or after <br><br>) are paragraphs.
import { FURNITURE_ROLES, HINTS, LIMITS, NEVER_TEXT_TAGS, SCORED_TAGS } from './rules';
import { hasNearAncestor, hintString, isHidden, shortText, tagOf } from './dom';
import { linkDensity, measureSteps, type Run, type Stats } from './measure';
import { runSteps, type Steps } from '../pipeline/steps';

export interface Flags {
  /** Drop page furniture named by class/id/role before scoring. */
  stripFurniture: boolean;
  /** Let class/id hints weigh on scores and cleaning. */
  weighClasses: boolean;
  /** Clean the chosen content conditionally (link lists, forms, image galleries...). */
  cleanConditionally: boolean;
}

/** Something that reads as a paragraph: an element, or a run of inline content inside `container`. */
export interface Paragraph {
  el: Element | null;
  run: Run | null;
  container: Element;
  chars: number;
  commas: number;
}

export interface Prepared {
  stats: Map<Element, Stats>;
  gone: Set<Element>;
  paragraphs: Paragraph[];
  /** Elements that read as a <p>: real ones and DIVs of phrasing content. */
  paraLike: Set<Element>;
  /** DIVs that only wrap one <p>: the <p> stands in their place. */
  passThrough: Set<Element>;
  /** Containers whose inline runs read as paragraphs; `all` when every run is one (DIVs), else only those after <br><br>. */
  wrapped: Map<Element, { runs: Run[]; all: boolean }>;
  /** Text of the first byline found, if any. */
  byline: string | null;
}

export interface PrepareOptions {
  flags: Flags;
  exclude: ReadonlySet<Element>;
  title: string;
}

const EMPTY_SHELLS = new Set(['DIV', 'SECTION', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const TOKEN_SPLIT = /[^\p{L}\p{N}_]+/u;

/** 0..1: how much of `heading`'s wording is also in `title`. */
export function titleSimilarity(title: string, heading: string): number {
  const a = title.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
  const b = heading.toLowerCase().split(TOKEN_SPLIT).filter(Boolean);
  if (!a.length || !b.length) return 0;
  const inTitle = new Set(a);
  const unique = b.filter((t) => !inTitle.has(t));
  return 1 - unique.join(' ').length / b.join(' ').length;
}

function isByline(el: Element, s: Stats): boolean {
  if (s.chars === 0 || s.chars >= LIMITS.bylineMaxChars || !el.hasAttributes()) return false;
  const itemprop = el.getAttribute('itemprop');
  return el.getAttribute('rel') === 'author' || (!!itemprop && itemprop.includes('author')) || HINTS.byline.test(hintString(el));
}

export function prepare(body: Element, options: PrepareOptions): Prepared {
  return runSteps(prepareSteps(body, options));
}

/** `prepare` as steps (see steps.ts). */
export function* prepareSteps(body: Element, options: PrepareOptions): Steps<Prepared> {
  const { flags, exclude, title } = options;
  const stats = new Map<Element, Stats>();
  const gone = new Set<Element>();
  const paragraphs: Paragraph[] = [];
  const paraLike = new Set<Element>();
  const passThrough = new Set<Element>();
  const wrapped = new Map<Element, { runs: Run[]; all: boolean }>();
  // Paragraphs found inside an element are forgotten when the element is dropped after its walk.
  const marks: number[] = [];
  let byline: string | null = null;
  let titleHeadingSeen = false;

  const addRuns = (container: Element, runs: Run[], all: boolean) => {
    if (!runs.length) return;
    wrapped.set(container, { runs, all });
    for (const run of runs) paragraphs.push({ el: null, run, container, chars: run.chars, commas: run.commas });
  };

  yield* measureSteps(
    body,
    {
      dropBefore(el) {
        if (el === body) return false;
        if (exclude.has(el)) return true;
        const tag = tagOf(el);
        if (NEVER_TEXT_TAGS.has(tag)) return true;
        // Most elements carry no attribute at all: nothing below can drop them then (no hints, role, style).
        if (!el.hasAttributes()) return false;
        if (isHidden(el)) return true;
        if (el.getAttribute('aria-modal') === 'true' && el.getAttribute('role') === 'dialog') return true;
        if (flags.stripFurniture) {
          const hints = hintString(el);
          if (
            HINTS.furniture.test(hints) &&
            !HINTS.rescue.test(hints) &&
            tag !== 'A' &&
            !hasNearAncestor(el, 'TABLE', 4) &&
            !hasNearAncestor(el, 'CODE', 4)
          ) {
            return true;
          }
          const role = el.getAttribute('role');
          if (role && FURNITURE_ROLES.has(role)) return true;
        }
        return false;
      },
      enter() {
        marks.push(paragraphs.length);
      },
      dropAfter(el, s) {
        const mark = marks.pop()!;
        const tag = s.tag;
        let drop = false;
        if (el !== body) {
          if (isByline(el, s)) {
            byline ??= shortText(el);
            drop = true;
          } else if (!titleHeadingSeen && title && (tag === 'H1' || tag === 'H2') && titleSimilarity(title, shortText(el)) > 0.75) {
            titleHeadingSeen = true;
            drop = true;
          } else if (EMPTY_SHELLS.has(tag) && s.chars === 0 && s.kids === s.brHrKids) {
            drop = true;
          }
        }
        if (drop) {
          paragraphs.length = mark;
          return true;
        }
        classify(el, tag, s);
        return false;
      },
    },
    gone,
    stats,
  );

  function classify(el: Element, tag: string, s: Stats): void {
    if (tag === 'DIV') {
      if (s.runs.length) {
        const single = s.runs.length === 1 && s.nonPhrasingKids === 0 && !s.brChain;
        if (single && linkDensity(s) < 0.25) {
          markParagraph(el, s);
        } else {
          addRuns(el, s.runs, true);
          s.paras += s.runs.length;
        }
      } else if (s.kids === 1 && onlyChildIsParagraph(el) && linkDensity(s) < 0.25) {
        passThrough.add(el);
      } else if (!s.blockDesc) {
        markParagraph(el, s);
      }
      return;
    }
    if (tag === 'P' && s.brChain) {
      // A <p> broken by <br><br> is several paragraphs.
      addRuns(el, s.runs, true);
      s.paras += s.runs.length;
      s.paraSelf = 0;
      return;
    }
    if (tag === 'P') {
      markParagraph(el, s);
      return;
    }
    if (SCORED_TAGS.has(tag)) paragraphs.push({ el, run: null, container: el, chars: s.chars, commas: s.commas });
    if (s.brChain) {
      const after = s.runs.filter((r) => r.afterBreaks);
      addRuns(el, after, false);
      s.paras += after.length;
    }
  }

  function markParagraph(el: Element, s: Stats): void {
    paraLike.add(el);
    s.paraSelf = 1;
    paragraphs.push({ el, run: null, container: el, chars: s.chars, commas: s.commas });
  }

  function onlyChildIsParagraph(el: Element): boolean {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (gone.has(c)) continue;
      return tagOf(c) === 'P' && paraLike.has(c);
    }
    return false;
  }

  return { stats, gone, paragraphs, paraLike, passThrough, wrapped, byline };
}
