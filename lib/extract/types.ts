import type { ArticleMeta } from '../analysis';

/** What `extractArticle` finds in a live Document. Nothing in the document is changed to find it. */
export interface Extraction {
  /** The element that holds the article body. Never `body` when a narrower element holds it. */
  root: Element;
  /**
   * The article's blocks (paragraphs, headings, list items, quotes, preformatted text...), in document
   * order, none inside another. Their text, minus `skip`ped subtrees, is the article text.
   */
  blocks: Element[];
  /** True for elements inside blocks whose text is not article text (ads, scripts, hidden, share bars). */
  skip: (el: Element) => boolean;
  title: string;
  meta: ArticleMeta;
}
