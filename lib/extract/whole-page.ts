// "Analyze anyway": the whole page as one article, for pages the extractor does not take for one.
import { NEVER_ARTICLE_TEXT_TAGS } from '../text/dom-tags';
import type { Extraction } from './types';

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD']);
/** Never read: what is never article text, and navigation, footers and forms. */
const NEVER = new Set([...NEVER_ARTICLE_TEXT_TAGS, 'NAV', 'FOOTER', 'FORM']);

export function wholePageExtraction(doc: Document, exclude: ReadonlySet<Element>): Extraction | null {
  const body = doc.body;
  if (!body) return null;
  const blocks: Element[] = [];
  // Iterative walk: the outermost block element on each path is a block.
  const stack: Element[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    if (NEVER.has(el.tagName) || exclude.has(el)) continue;
    if (el !== body && BLOCK_TAGS.has(el.tagName)) {
      blocks.push(el);
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return {
    root: body,
    blocks,
    skip: (el) => NEVER.has(el.tagName) || exclude.has(el),
    title: doc.title.trim(),
    meta: {},
  };
}
