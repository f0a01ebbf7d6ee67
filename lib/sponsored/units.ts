// From a piece of evidence (a label, an ad container, a paid link) to the element that holds the
// whole sponsored unit, using only the sizes measured in one walk (no layout, no recursion).
import type { ElementSize } from './survey';
import { INLINE_TAGS, LIMITS, MEDIA_TAGS, NEVER_UNIT_TAGS } from './rules';

export class UnitSizer {
  constructor(
    private readonly sizes: Map<Element, ElementSize>,
    private readonly pageChars: number,
  ) {}

  size(el: Element): ElementSize | undefined {
    return this.sizes.get(el);
  }

  /** Whether `outer` holds exactly the content of `inner` (same text, media and links). */
  sameContent(outer: Element, inner: Element): boolean {
    const a = this.sizes.get(outer);
    const b = this.sizes.get(inner);
    return !!a && !!b && a.chars === b.chars && a.media === b.media && a.links === b.links;
  }

  /** Whether `el` holds neither text nor media. */
  isEmpty(el: Element): boolean {
    const s = this.sizes.get(el);
    return !s || (s.chars === 0 && s.media === 0);
  }

  /** Whether `el` may be reported at all: not the page frame, not the article or layout. */
  canBeUnit(el: Element): boolean {
    const s = this.sizes.get(el);
    if (!s || NEVER_UNIT_TAGS.has(el.tagName) || el.getAttribute('role') === 'main') return false;
    if (s.chars > LIMITS.unitChars) return false;
    // Holding the page's h1 and a body of text: that is the article (or its column), not a unit.
    if (s.h1 > 0 && s.chars >= LIMITS.minRootChars) return false;
    return !(s.chars > LIMITS.pageShare * this.pageChars && s.chars >= LIMITS.minRootChars);
  }

  /** Climb from `el` through wrappers that add nothing to it (`<p><em>Sponsored</em></p>` → p). */
  wrapperTop(el: Element): Element {
    let cur = el;
    for (let p = cur.parentElement; p && this.canBeUnit(p) && this.sameContent(p, cur); p = p.parentElement) cur = p;
    return cur;
  }

  /**
   * The parent a label or paid link belongs to, when it is a small box around it: one step up
   * from the wrapper, within reach, never taking the page's h1 title or an article body along.
   * Null otherwise.
   */
  enclosingBox(cur: Element): Element | null {
    const p = cur.parentElement;
    if (!p || !this.canBeUnit(p)) return null;
    const ps = this.sizes.get(p)!;
    const cs = this.sizes.get(cur)!;
    if (ps.chars > cs.chars + LIMITS.labelReach || ps.h1 > cs.h1) return null;
    // Paragraphs of running text around the label: that is an article body, not a promo box.
    if (ps.prose >= LIMITS.containerMaxProse) return null;
    return p;
  }

  /**
   * The container a label heads: climbing from the label through rows that add next to nothing (an
   * info icon, a "Learn more" link, a vendor's logo), the first parent that holds more than the row
   * and has the row as its first piece of content (or its last, for a credit line such as "Powered
   * by"). Null when that parent could not be a box for the label (see `enclosingBox`).
   */
  headedContainer(label: Element, edges: 'first' | 'first-or-last'): Element | null {
    let row = label;
    for (let p = row.parentElement; p && this.canBeUnit(p); p = p.parentElement) {
      if (this.addsLittle(p, row)) {
        row = p;
        continue;
      }
      const edge = contentEdge(p, row, this.sizes);
      const heads = edge === 'first' || (edges === 'first-or-last' && edge === 'last');
      return heads && this.enclosingBox(row) === p ? p : null;
    }
    return null;
  }

  /** Whether `outer` adds to `inner` next to nothing: a few characters, at most one link and one image. */
  private addsLittle(outer: Element, inner: Element): boolean {
    const o = this.sizes.get(outer);
    const i = this.sizes.get(inner);
    if (!o || !i) return false;
    return o.chars - i.chars <= LIMITS.rowExtraChars && o.links - i.links <= 1 && o.media - i.media <= 1 && o.h1 === i.h1;
  }

  /** Whether `outer` adds to `inner` only a little plain text: no links, media or title. */
  addsOnlyCaption(outer: Element, inner: Element): boolean {
    const o = this.sizes.get(outer);
    const i = this.sizes.get(inner);
    if (!o || !i) return false;
    const extra = o.chars - i.chars;
    return extra > 0 && extra <= LIMITS.captionChars && o.links === i.links && o.media === i.media && o.h1 === i.h1;
  }

  /** Whether `whole` is made of exactly `parts` (nothing else with text, media or links). */
  composedOf(whole: Element, parts: Element[]): boolean {
    const w = this.sizes.get(whole);
    if (!w) return false;
    let chars = 0;
    let media = 0;
    let links = 0;
    for (const part of parts) {
      const s = this.sizes.get(part);
      if (!s) return false;
      chars += s.chars;
      media += s.media;
      links += s.links;
    }
    return w.chars === chars && w.media === media && w.links === links;
  }

  /**
   * The innermost block holding all of `el`'s content: descend while it has a single element
   * child (empty ad slots count as children) with the same content, stopping at inline and media
   * elements (a unit is a block, not its link or image).
   */
  innermost(el: Element): Element {
    let cur = el;
    for (;;) {
      let kid: Element | null = null;
      let count = 0;
      for (let c = cur.firstElementChild; c && count < 2; c = c.nextElementSibling) {
        if (!this.sizes.has(c)) continue; // skipped: script, style...
        kid = c;
        count++;
      }
      if (count !== 1 || !kid) return cur;
      if (INLINE_TAGS.has(kid.tagName) || MEDIA_TAGS.has(kid.tagName) || !this.sameContent(cur, kid)) return cur;
      cur = kid;
    }
  }
}

/** Where `child` sits among the pieces of content (text or media) directly inside `parent`. */
function contentEdge(parent: Element, child: Element, sizes: Map<Element, ElementSize>): 'first' | 'last' | 'middle' {
  let before = false;
  let after = false;
  let seen = false;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n === child) {
      seen = true;
      continue;
    }
    const s = n.nodeType === 1 ? sizes.get(n as Element) : undefined;
    const content = s ? s.chars > 0 || s.media > 0 : n.nodeType === 3 && /\S/.test((n as Text).data);
    if (!content) continue;
    if (seen) after = true;
    else before = true;
  }
  return !before ? 'first' : !after ? 'last' : 'middle';
}
