import type { ArticleMeta } from '../analysis';

/** What `extractArticle` finds in a live Document. Nothing in the document is changed to find it. */
export interface Extraction {
  /**
   * The element that holds the article body: the narrowest element holding every block. Never `body` when a
   * narrower element holds it. When the article is a container plus related siblings (a lead image, a
   * preamble), it is their common parent, which may also hold non-article siblings (a widget after the
   * story): an element is in the article when it lies between the first and the last block in document
   * order, not merely when `root.contains` it.
   */
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
