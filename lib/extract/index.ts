import type { Extraction } from './types';
export type { Extraction } from './types';

export interface ExtractOptions {
  /** Elements (with their subtrees) that are never article text, e.g. flagged sponsored blocks. */
  exclude?: ReadonlySet<Element>;
}

/** A cheap look at the page: could it be an article at all? (Stub.) */
export function isProbablyArticle(_doc: Document): boolean {
  return true;
}

/** The article in a live document, or null when there is none. Never mutates the document. (Stub.) */
export function extractArticle(doc: Document, _options: ExtractOptions = {}): Extraction | null {
  const root = doc.querySelector('article') ?? doc.body;
  if (!root) return null;
  const blocks = Array.from(root.querySelectorAll('p, h1, h2, h3, h4, li'));
  return { root, blocks, skip: () => false, title: doc.title, meta: {} };
}
