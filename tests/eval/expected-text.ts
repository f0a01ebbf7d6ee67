// Ground truth text of a Readability test page: the text of expected.html with a line break between
// block elements and at <br>.
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'MARK', 'Q', 'S', 'SAMP',
  'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'INS', 'DEL', 'BIG', 'TT', 'STRIKE', 'ACRONYM',
]);

export function textWithBreaks(root: Element): string {
  let out = '';
  const stack: (Node | 'close')[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'close') {
      out += '\n';
      continue;
    }
    if (item.nodeType === 3) {
      out += (item as Text).data;
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    const block = !INLINE.has(tag);
    if (block) {
      out += '\n';
      stack.push('close');
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.replace(/[ \t\r\f]+/g, ' ').replace(/ *\n[\n ]*/g, '\n').trim();
}
