// Turns evidence attached to (possibly nested) elements into reported units: one per nest of
// evidence, the outermost element whose own evidence suffices, narrowed to the innermost block
// holding the same content; reasons pooled from everything inside. Iterative throughout.
import { type Evidence, type EvidenceMap, STRONG_KINDS } from './evidence';
import { LIMITS } from './rules';
import type { UnitSizer } from './units';
import { pickReaderLabel, readerWords, type ReaderLabel } from './reader-label';

export interface ResolvedBlock {
  el: Element;
  reasons: string[];
  /** What the block is, in a reader's words. */
  label: string;
}

interface Node {
  el: Element;
  order: number;
  end: number;
  own: Evidence[];
  children: Node[];
  /** Aggregates over the node and everything below it. */
  strong: boolean;
  weakKinds: Set<'promo' | 'link'>;
  links: number;
  /** Whether some node below qualifies on its own evidence. */
  belowQualifies: boolean;
}

function countLinks(evidence: Evidence[]): number {
  return evidence.filter((e) => e.kind === 'link').length;
}

function qualifiesAlone(own: Evidence[]): boolean {
  if (own.some((e) => STRONG_KINDS.has(e.kind))) return true;
  if (countLinks(own) >= LIMITS.linkCluster) return true;
  return new Set(own.filter((e) => e.kind === 'promo' || e.kind === 'link').map((e) => e.kind)).size >= 2;
}

function qualifiesPooled(n: Node): boolean {
  return n.strong || n.links >= LIMITS.linkCluster || n.weakKinds.size >= 2;
}

/** Nest the evidence-bearing elements into a forest by document-order intervals. */
function buildForest(found: EvidenceMap, sizer: UnitSizer): Node[] {
  const nodes: Node[] = [];
  for (const [el, own] of found) {
    const s = sizer.size(el);
    if (!s) continue;
    nodes.push({ el, order: s.order, end: s.end, own, children: [], strong: false, weakKinds: new Set(), links: 0, belowQualifies: false });
  }
  nodes.sort((a, b) => a.order - b.order);
  const roots: Node[] = [];
  const open: Node[] = [];
  for (const n of nodes) {
    while (open.length > 0 && open[open.length - 1].end < n.order) open.pop();
    const parent = open[open.length - 1];
    (parent ? parent.children : roots).push(n);
    open.push(n);
  }
  // Aggregate bottom-up: in reverse document order every child comes before its parent.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    n.strong = n.own.some((e) => STRONG_KINDS.has(e.kind));
    n.links = countLinks(n.own);
    for (const e of n.own) if (e.kind === 'promo' || e.kind === 'link') n.weakKinds.add(e.kind);
    for (const c of n.children) {
      n.strong ||= c.strong;
      n.links += c.links;
      for (const k of c.weakKinds) n.weakKinds.add(k);
      n.belowQualifies ||= c.belowQualifies || qualifiesAlone(c.own);
    }
  }
  return roots;
}

/**
 * A layout region named for its ads (`<aside class="rail-ads">`): no label of its own, two or
 * more units inside, and plenty of other content around them. Its units are reported instead.
 */
function isAdColumn(n: Node, sizer: UnitSizer): boolean {
  if (n.own.some((e) => e.kind === 'label')) return false;
  const units = n.children.filter((c) => qualifiesAlone(c.own) || c.belowQualifies);
  if (units.length < 2) return false;
  const unitChars = units.reduce((sum, c) => sum + (sizer.size(c.el)?.chars ?? 0), 0);
  return (sizer.size(n.el)?.chars ?? 0) - unitChars > LIMITS.layoutChars;
}

/**
 * Every reason in a subtree: labels, then attribute evidence (the reported element's own first,
 * then one per kind from around or inside it, so BEM children like `box__title` add no noise),
 * then paid links; and the reader's label picked from the same evidence, in the same order.
 */
function describeUnit(top: Node, reported: Element): { reasons: string[]; label: string } {
  const labels: string[] = [];
  const ownAttrs: Evidence[] = [];
  const kinds = new Set<Evidence['kind']>();
  const otherAttrs: Evidence[] = [];
  const labelsSay: ReaderLabel[] = [];
  let links = 0;
  let proseLinks = 0;
  const stack = [top];
  while (stack.length > 0) {
    const n = stack.pop()!;
    for (const e of n.own) {
      if (e.kind === 'link') links++;
      else if (e.kind === 'prose-link') proseLinks++;
      else if (e.kind === 'label') {
        labels.push(e.reason);
        if (e.says) labelsSay.push(e.says);
      } else if (n.el === reported) {
        ownAttrs.push(e);
        kinds.add(e.kind);
      }
      else otherAttrs.push(e);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  const attrs = [...ownAttrs];
  for (const e of otherAttrs) {
    if (kinds.has(e.kind)) continue;
    kinds.add(e.kind);
    attrs.push(e);
  }
  const reasons = [...labels, ...attrs.map((e) => e.reason)];
  if (links === 1) reasons.push('rel=sponsored link');
  if (links > 1) reasons.push(`rel=sponsored links (${links})`);
  if (proseLinks > 0) reasons.push(proseLinks === 1 ? 'rel=sponsored link in running text' : `rel=sponsored links in running text (${proseLinks})`);
  const attrsSay = [...ownAttrs, ...otherAttrs].flatMap((e) => (e.says ? [e.says] : []));
  const paidLinks = links + proseLinks;
  return { reasons: [...new Set(reasons)], label: readerWords(pickReaderLabel(labelsSay, attrsSay, paidLinks), paidLinks) };
}

export function resolveUnits(found: EvidenceMap, sizer: UnitSizer): ResolvedBlock[] {
  const blocks: ResolvedBlock[] = [];
  const reported = new Set<Element>();
  const queue = buildForest(found, sizer);
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    const flag = qualifiesAlone(n.own) || (n.own.length > 0 && qualifiesPooled(n) && !n.belowQualifies);
    if (!flag || isAdColumn(n, sizer)) {
      queue.push(...n.children);
      continue;
    }
    const el = sizer.innermost(n.el);
    // An empty slot (no text, no creative yet) shows the reader nothing: nothing to report.
    if (reported.has(el) || sizer.isEmpty(el)) continue;
    reported.add(el);
    blocks.push({ el, ...describeUnit(n, el) });
  }
  const order = (el: Element) => sizer.size(el)?.order ?? 0;
  blocks.sort((a, b) => order(a.el) - order(b.el));
  takeCaptions(blocks, sizer);
  return blocks;
}

/**
 * A unit whose parent adds only a short caption or heading ("Our picks", "Advertisement" set
 * apart) is reported as that parent, unless the parent also holds another reported unit.
 */
function takeCaptions(blocks: ResolvedBlock[], sizer: UnitSizer): void {
  blocks.forEach((b, i) => {
    const parent = b.el.parentElement;
    if (!parent || !sizer.canBeUnit(parent) || !sizer.addsOnlyCaption(parent, b.el)) return;
    const p = sizer.size(parent)!;
    // Blocks never nest, so another block inside the parent would be a neighbour in document order.
    for (const other of [blocks[i - 1], blocks[i + 1]]) {
      const o = other && sizer.size(other.el);
      if (o && o.order >= p.order && o.order <= p.end) return;
    }
    b.el = parent;
  });
}
