// Where a range's text is drawn, as boxes in document coordinates: one per line fragment of each text
// node in it (not the boxes of whole elements a range also reports), for marks Lede draws over a
// passage inside its own shadow root.
import type { Box } from '@/components/notes/InPageNotes';

export function textBoxes(range: Range, scrollX: number, scrollY: number): Box[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc || range.collapsed) return [];
  const boxes: Box[] = [];
  const add = (part: Range) => {
    for (const r of part.getClientRects()) {
      if (r.width > 0 && r.height > 0) boxes.push({ top: r.top + scrollY, left: r.left + scrollX, width: r.width, height: r.height });
    }
  };
  const root = range.commonAncestorContainer;
  if (root.nodeType === Node.TEXT_NODE) {
    add(range);
    return boxes;
  }
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const part = doc.createRange();
    part.selectNodeContents(node);
    if (node === range.startContainer) part.setStart(node, range.startOffset);
    if (node === range.endContainer) part.setEnd(node, range.endOffset);
    add(part);
  }
  return boxes;
}
