// The elements whose own text a range covers: the parent of each text node it touches. These are the
// elements Lede marks so that its ::highlight() rules reach the range's text (styles.ts).
const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

export function textParentsOf(range: AbstractRange): Element[] {
  const { startContainer: start, endContainer: end } = range;
  // Most claims lie in one text node.
  if (start === end && start.nodeType === TEXT_NODE) return start.parentElement ? [start.parentElement] : [];
  const doc = start.ownerDocument;
  if (!doc) return [];
  const live = liveRange(range, doc);
  if (!live) return [];
  const parents = new Set<Element>();
  const walker = doc.createTreeWalker(live.commonAncestorContainer, SHOW_TEXT);
  walker.currentNode = start;
  // From the start onwards (not from the top of the common ancestor: on a long article that can be the
  // whole text), until the first text node that begins after the range's end.
  for (let node: Node | null = start.nodeType === TEXT_NODE ? start : walker.nextNode(); node; node = walker.nextNode()) {
    if (live.comparePoint(node, 0) > 0) break;
    if (live.intersectsNode(node) && node.parentElement) parents.add(node.parentElement);
  }
  return [...parents];
}

/** The range itself when it is a live Range; a StaticRange (drawn ranges may be either) made live. */
function liveRange(range: AbstractRange, doc: Document): Range | null {
  if ('comparePoint' in range) return range as Range;
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null; // a static range whose nodes have since moved out of bounds
  }
}
