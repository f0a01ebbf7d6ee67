// Second pass, over the chosen content only: leave out what sits inside the article but is not prose —
// footers, asides, form controls, share bars, headings styled as furniture, and (conditionally) lists,
// tables, forms and DIVs that look like link lists, galleries, embeds or empty shells. Decided bottom-up,
// so an outer element is judged on what is left of it once its inner junk is gone.
import { ALWAYS_CLEANED_TAGS, CAPTIONS, CONDITIONALLY_CLEANED_TAGS, HINTS, LIMITS, PLACEHOLDER_TEXT } from './rules';
import { classWeight, hasNearAncestor, hintString, shortText, tagOf } from './dom';
import { linkDensity, measureSteps, type Stats } from './measure';
import { runSteps, type Steps } from '../pipeline/steps';
import type { Flags, Prepared } from './prepare';
import type { Part } from './candidates';

export interface Cleaned {
  stats: Map<Element, Stats>;
  gone: Set<Element>;
  /** Text length left in the content. */
  chars: number;
}

export function cleanContent(parts: Part[], prep: Prepared, flags: Flags): Cleaned {
  return runSteps(cleanContentSteps(parts, prep, flags));
}

/** `cleanContent` as steps (see steps.ts). */
export function* cleanContentSteps(parts: Part[], prep: Prepared, flags: Flags): Steps<Cleaned> {
  const stats = new Map<Element, Stats>();
  const gone = new Set<Element>();
  const dataTables = new Set<Element>();
  const captions: Element[] = [];
  let insideDataTable = 0;

  const hooks = (partRoot: Element) => ({
    dropBefore(el: Element): boolean {
      return prep.gone.has(el);
    },
    enter(el: Element) {
      if (tagOf(el) === 'TABLE' && isDataTable(el)) {
        dataTables.add(el);
        insideDataTable++;
      }
    },
    isDataTable: (el: Element) => dataTables.has(el),
    dropAfter(el: Element, s: Stats): boolean {
      const tag = s.tag;
      if (dataTables.has(el)) insideDataTable--;
      // Counts as the first pass read it: DIVs of phrasing are paragraphs, wrapped runs too.
      s.paraSelf = prep.paraLike.has(el) ? 1 : 0;
      const wrapped = prep.wrapped.get(el);
      if (wrapped) s.paras += wrapped.runs.length;

      if (ALWAYS_CLEANED_TAGS.has(tag)) return true;
      if (el !== partRoot && isCaption(el, tag, s)) captions.push(el);
      if (el !== partRoot && el.hasAttributes() && HINTS.inContent.test(hintString(el)) && s.text.len < LIMITS.inContentMaxChars) return true;
      if ((tag === 'H1' || tag === 'H2') && flags.weighClasses && classWeight(el) < 0) return true;
      // A short paragraph that is all link is a teaser ("Read more: ..."), not prose.
      if (prep.paraLike.has(el) && s.chars < LIMITS.teaserMaxChars && linkDensity(s) > LIMITS.teaserLinkDensity) return true;
      if (isTeaserList(tag, s)) return true;
      if (isPlaceholder(el, s)) return true;
      if (!flags.cleanConditionally || !CONDITIONALLY_CLEANED_TAGS.has(tag)) return false;
      if (tag === 'DIV' && (prep.paraLike.has(el) || prep.passThrough.has(el))) return false;
      return looksLikeJunk(el, tag, s, insideDataTable > 0);
    },
  });

  /**
   * A list of linked headlines inside the article ("More: <h4><a>headline</a></h4>"): other stories.
   * A list of plain links ("See also", a link blog's sources) is kept.
   */
  function isTeaserList(tag: string, s: Stats): boolean {
    if ((tag !== 'UL' && tag !== 'OL') || s.lis === 0 || s.chars === 0) return false;
    return s.chars / s.lis < LIMITS.teaserMaxChars && linkDensity(s) > LIMITS.teaserLinkDensity && s.headingLen / s.chars > LIMITS.teaserHeadingShare;
  }

  function looksLikeJunk(el: Element, tag: string, s: Stats, inDataTable: boolean): boolean {
    if (tag === 'TABLE' && dataTables.has(el)) return false;
    if (inDataTable || s.dataTable) return false;
    if (hasNearAncestor(el, 'CODE', 4)) return false;
    const weight = flags.weighClasses ? classWeight(el) : 0;
    if (weight < 0) return true;
    if (s.commas >= LIMITS.proseCommas) return false;
    if (s.video) return false;

    const isList = tag === 'UL' || tag === 'OL' || (s.chars > 0 && s.listLen / s.chars > 0.9);
    const p = s.paras;
    const img = s.imgs;
    const li = s.lis - 100;
    // Form controls are dropped before lists, tables and DIVs are judged: only forms count them.
    const inputs = tag === 'FORM' || tag === 'FIELDSET' ? s.inputs : 0;
    const chars = s.chars;
    const density = linkDensity(s);
    const headingDensity = chars ? s.headingLen / chars : 0;
    const inFigure = hasNearAncestor(el, 'FIGURE', 4);

    const junk =
      (!inFigure && img > 1 && p / img < 0.5) ||
      (!isList && li > p) ||
      inputs > Math.floor(p / 3) ||
      (!isList && !inFigure && headingDensity < 0.9 && chars < 25 && (img === 0 || img > 2) && density > 0) ||
      (!isList && weight < LIMITS.hintWeight && density > LIMITS.linkDensityMax) ||
      (weight >= LIMITS.hintWeight && density > 0.5) ||
      (s.embeds === 1 && chars < 75) ||
      s.embeds > 1 ||
      (img === 0 && !s.textish);
    if (!junk) return false;

    // A list of images (one per item) is a gallery the article shows.
    if (isList) {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.childElementCount > 1) return true;
      if (img === s.lis) return false;
    }
    return true;
  }

  let chars = 0;
  for (const part of parts) {
    if (part.el) {
      yield* measureSteps(part.el, hooks(part.el), gone, stats);
      const s = stats.get(part.el);
      if (s && !gone.has(part.el)) chars += s.chars;
      continue;
    }
    chars += part.run.chars;
    for (let n: ChildNode | null = part.run.first; n; n = n.nextSibling) {
      if (n.nodeType === 1) yield* measureSteps(n as Element, hooks(n as Element), gone, stats);
      if (n === part.run.last) break;
    }
  }
  // A short story told around photos: its captions are not part of it. (A long article keeps them.)
  const captionChars = outerCaptions(captions, gone).reduce((sum, el) => sum + (stats.get(el)?.chars ?? 0), 0);
  if (captionChars > 0 && chars - captionChars < LIMITS.minArticleChars) {
    for (const el of captions) gone.add(el);
    chars -= captionChars;
  }
  return { stats, gone, chars };
}

/** The captions still in the content, none inside another (a credit line inside a caption). */
function outerCaptions(captions: Element[], gone: Set<Element>): Element[] {
  const kept = captions.filter((el) => !gone.has(el));
  const set = new Set(kept);
  return kept.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p) || gone.has(p)) return false;
    return true;
  });
}

/** A photo's caption or credit line. */
function isCaption(el: Element, tag: string, s: Stats): boolean {
  if (CAPTIONS.tags.has(tag)) return true;
  return el.hasAttributes() && s.text.len < LIMITS.inContentMaxChars && CAPTIONS.hints.test(hintString(el));
}

/** An element whose whole text is an ad label or a loading message. */
function isPlaceholder(el: Element, s: Stats): boolean {
  if (s.chars === 0 || s.chars > 40) return false;
  const text = shortText(el);
  return PLACEHOLDER_TEXT.some((re) => re.test(text));
}

/** A table of data (kept whole), as opposed to one used for layout. */
export function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary')) return true;
  const caption = table.getElementsByTagName('caption')[0];
  if (caption && caption.childNodes.length) return true;
  for (const tag of ['col', 'colgroup', 'tfoot', 'thead', 'th']) if (table.getElementsByTagName(tag)[0]) return true;
  if (table.getElementsByTagName('table')[0]) return false;
  let rows = 0;
  let columns = 0;
  for (const tr of Array.from(table.getElementsByTagName('tr'))) {
    rows += parseInt(tr.getAttribute('rowspan') ?? '', 10) || 1;
    let cols = 0;
    for (const td of Array.from(tr.getElementsByTagName('td'))) cols += parseInt(td.getAttribute('colspan') ?? '', 10) || 1;
    columns = Math.max(columns, cols);
  }
  if (rows === 1 || columns === 1) return false;
  if (rows >= 10 || columns > 4) return true;
  return rows * columns > 10;
}
