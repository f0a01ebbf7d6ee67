// Gathers every piece of evidence on the page and attaches each to the element it speaks for:
// an ad container to itself, a label to the small box around it, a paid link to its block or box.
import { attributeEvidence, isSponsoredLink } from './attributes';
import { labelReason, readLabel, type Label } from './labels';
import type { TextCandidate } from './survey';
import {
  HEADING_SELECTOR,
  HEADING_TAGS,
  LIMITS,
  PAGE_EDGE_SELECTOR,
  SECTION_PARTS_SELECTOR,
  SLOT_TAGS,
} from './rules';
import type { UnitSizer } from './units';
import { fromPageLabel, type ReaderLabel } from './reader-label';

/**
 * Strong kinds flag a unit by themselves; `promo` and a single `link` only together;
 * `prose-link` (a paid link inside running text) only rides along with other evidence.
 */
export type EvidenceKind = 'label' | 'ad' | 'sponsored' | 'widget' | 'promo' | 'link' | 'prose-link';

export interface Evidence {
  kind: EvidenceKind;
  reason: string;
  /** What this evidence says the block is, in a reader's words (labels and most attributes). */
  says?: ReaderLabel;
}

export const STRONG_KINDS: ReadonlySet<EvidenceKind> = new Set(['label', 'ad', 'sponsored', 'widget']);

/** Element → the evidence attached to it. */
export type EvidenceMap = Map<Element, Evidence[]>;

const REASON_ARTICLE_LABEL = 'label heads the article: the whole article is disclosed as sponsored';
const REASON_LINK = 'rel=sponsored link';
const REASON_PROSE_LINK = 'rel=sponsored link in running text';
/** How many ancestors up a label may find the article's h1 and count as heading the article. */
const ARTICLE_LABEL_LEVELS = 3;

export function collectEvidence(candidates: Element[], shortTexts: TextCandidate[], sizer: UnitSizer): EvidenceMap {
  const found: EvidenceMap = new Map();
  const add = (el: Element, ev: Evidence): void => {
    const list = found.get(el);
    if (list) list.push(ev);
    else found.set(el, [ev]);
  };

  // Attributes and paid links, on the candidates the measuring walk picked.
  const containers = new Set<Element>();
  const links: Element[] = [];
  for (const el of candidates) {
    if (isSponsoredLink(el)) links.push(el);
    // A telling class on a block of running text is a layout hook ("ad-injection-zone") or an
    // article root styled as sponsored: neither is reported as a unit.
    if (!sizer.canBeUnit(el) || sizer.size(el)!.prose >= LIMITS.containerMaxProse) continue;
    for (const ev of attributeEvidence(el)) {
      add(el, ev);
      if (ev.kind !== 'promo') containers.add(el);
    }
  }

  for (const { el, label } of readLabels(shortTexts)) attachLabel(el, label, containers, sizer, add);
  for (const a of links) attachLink(a, sizer, add);
  return found;
}

/** Labels among the short texts; a label inside a longer label ("Sponsored" in "Sponsored by X") gives way. */
function readLabels(shortTexts: TextCandidate[]): { el: Element; label: Label }[] {
  const labels: { el: Element; label: Label }[] = [];
  for (const { el, text } of shortTexts) {
    const label = readLabel(text);
    if (!label) continue;
    // Short texts arrive children first, so a contained label is at the end of the list.
    while (labels.length > 0 && el.contains(labels[labels.length - 1].el)) labels.pop();
    labels.push({ el, label });
  }
  return labels;
}

function attachLabel(
  el: Element,
  label: Label,
  containers: Set<Element>,
  sizer: UnitSizer,
  add: (el: Element, ev: Evidence) => void,
): void {
  if (!sizer.canBeUnit(el)) return;
  const cur = sizer.wrapperTop(el);
  const ev: Evidence = { kind: 'label', reason: labelReason(label), says: fromPageLabel(label) };
  if (label.kind === 'powered') {
    const widget = creditedWidget(cur, sizer);
    if (widget) add(widget, ev);
    return;
  }
  // The label fills an ad container of its own (an empty slot with its label): that is the unit.
  for (let w = el.parentElement; w && w !== cur.parentElement; w = w.parentElement) {
    if (containers.has(w)) {
      add(cur, ev);
      return;
    }
  }
  // "Advertisement" just above an ad slot inside a bigger column: the label belongs to the slot,
  // or stands for it while the slot is still empty.
  const slot = adjacentSlot(cur, containers);
  if (slot) {
    const box = sizer.enclosingBox(cur);
    add(box && sizer.composedOf(box, [cur, slot]) ? box : sizer.isEmpty(slot) ? cur : slot, ev);
    return;
  }
  // Otherwise the label decides the block: the container it heads, else the small box around it,
  // unless it is a heading among headings like it in the middle of that box ("Advertising" over an
  // advertise-with-us list in a footer column): then it titles a section of the box, not a paid unit.
  const headed = sizer.headedContainer(cur, 'first');
  const around = headed ? null : sizer.enclosingBox(cur);
  if (around && isPeerHeading(around, cur)) return;
  const box = headed ?? around;
  if (box) {
    add(box, ev);
    return;
  }
  add(cur, ev);
  if (label.kind === 'disclosure' && headsArticle(cur, sizer)) add(cur, { kind: 'label', reason: REASON_ARTICLE_LABEL, says: ev.says });
}

/**
 * The widget a credit line ("Powered by Acme Quotes") heads or closes: one small box, not a column of
 * sections or a list of site links, and nowhere near the page's header, footer or navigation.
 */
function creditedWidget(cur: Element, sizer: UnitSizer): Element | null {
  if (cur.closest(PAGE_EDGE_SELECTOR)) return null;
  const widget = sizer.headedContainer(cur, 'first-or-last');
  if (!widget || widget.querySelector(PAGE_EDGE_SELECTOR) || isColumn(widget, cur) || isLinkList(widget)) return null;
  return widget;
}

/** A column of sections, not one unit: two or more headings or sections besides the label's own. */
function isColumn(box: Element, label: Element): boolean {
  let parts = 0;
  for (const part of box.querySelectorAll(SECTION_PARTS_SELECTOR)) if (!label.contains(part) && !part.contains(label) && ++parts >= 2) return true;
  return false;
}

/** Whether the label is (or wraps) a heading and `box` holds another heading of the same level. */
function isPeerHeading(box: Element, label: Element): boolean {
  const heading = HEADING_TAGS.has(label.tagName) ? label : label.querySelector(HEADING_SELECTOR);
  if (!heading) return false;
  for (const other of box.getElementsByTagName(heading.tagName)) if (!label.contains(other)) return true;
  return false;
}

/** A list of links with a credit line (a site's footer links): most of its text is link text. */
function isLinkList(box: Element): boolean {
  const all = box.textContent?.replace(/\s+/g, '').length ?? 0;
  let inLinks = 0;
  for (const a of box.querySelectorAll('a[href]')) inLinks += a.textContent?.replace(/\s+/g, '').length ?? 0;
  return all > 0 && inLinks >= LIMITS.linkListShare * all;
}

function adjacentSlot(el: Element, containers: Set<Element>): Element | null {
  for (const s of [el.nextElementSibling, el.previousElementSibling]) {
    if (s && (containers.has(s) || SLOT_TAGS.has(s.tagName))) return s;
  }
  return null;
}

/** A disclosure that could not take a box because its surroundings hold the page's title. */
function headsArticle(el: Element, sizer: UnitSizer): boolean {
  let p = el.parentElement;
  for (let i = 0; p && i < ARTICLE_LABEL_LEVELS; i++, p = p.parentElement) {
    if ((sizer.size(p)?.h1 ?? 0) > 0) return true;
  }
  return false;
}

/**
 * A paid link that is (most of) its block counts for the block, or the small box around it;
 * a paid link inside running text counts only for its paragraph, and only as a rider.
 */
function attachLink(a: Element, sizer: UnitSizer, add: (el: Element, ev: Evidence) => void): void {
  const cur = sizer.wrapperTop(a);
  const parent = cur.parentElement;
  if (cur === a && parent && sizer.canBeUnit(parent)) {
    const link = sizer.size(a)!;
    // An image link is a creative, never running text.
    if (link.media === 0 && link.chars < LIMITS.linkDominance * sizer.size(parent)!.chars) {
      add(parent, { kind: 'prose-link', reason: REASON_PROSE_LINK });
      return;
    }
    // The link's block already holds more than the link (a label, a title): it is the box.
    add(parent, { kind: 'link', reason: REASON_LINK });
    return;
  }
  if (!sizer.canBeUnit(cur)) return;
  add(sizer.enclosingBox(cur) ?? cur, { kind: 'link', reason: REASON_LINK });
}
