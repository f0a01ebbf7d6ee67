// The page half read from a copy of the page. The content script hands the background the page's HTML
// (native serialisations: no walk of the page in script), the background parses it where its code is warm,
// finds the article and the sponsored blocks there, and sends them back as paths of element indices. The
// content script resolves the paths in the live page and builds the article text from the live nodes;
// the text must come out as the copy's did, or the reading is not used (the page half then runs in the
// page, as before). Pure DOM code, for both sides.
import type { ArticleMeta } from './analysis';
import type { ArticleInput } from './analyse-text';
import type { Extraction } from './extract/types';
import type { Steps } from './extract/steps';
import type { ArticleReading } from './read-article';
import type { SponsoredBlock } from './sponsored';
import { buildArticleTextSteps } from './text/article-text';
import { NEVER_ARTICLE_TEXT_TAGS } from './text/dom-tags';

/** An element as the index of each element child taken from <body> down, and its tag to check it by. */
export interface ElementRef {
  path: number[];
  tag: string;
}

/** An ArticleReading with elements as paths: what travels between the two sides. */
export interface ReadingOnPaths {
  root: ElementRef;
  blocks: number[][];
  /** The outermost elements inside blocks whose text is not article text (the extraction's `skip`). */
  skipped: number[][];
  sponsored: { at: ElementRef; reasons: string[] }[];
  title: string;
  meta: ArticleMeta;
  input: ArticleInput;
}

/**
 * The page as HTML, head and body apart. Parsed as one document, what scripts put in the head (an
 * iframe, a noscript with an image) would spill into the copy's body and shift every path; apart, the
 * body parses back to the live body's tree.
 */
export interface PageCopy {
  head: string;
  body: string;
  /** The <html> element's lang attribute (the declared language). */
  lang: string | null;
  /** Quirks mode parses some markup differently (a table does not end a paragraph). */
  quirks: boolean;
  /** The page's address, and the base its relative links resolve against (a <base> may change it). */
  url: string;
  baseUrl: string;
}

/** Null without a body (a frameset). Two native serialisations: no walk of the page in script. */
export function copyOfPage(doc: Document): PageCopy | null {
  if (!doc.body) return null;
  return {
    head: doc.head?.innerHTML ?? '',
    body: doc.body.outerHTML,
    lang: doc.documentElement.getAttribute('lang'),
    quirks: doc.compatMode === 'BackCompat',
    url: doc.URL,
    baseUrl: doc.baseURI,
  };
}

/** The copy as a Document, with `parse` (DOMParser): the body parsed alone, the head's nodes moved in. */
export function parseCopy(copy: PageCopy, parse: (html: string) => Document): Document {
  const doctype = copy.quirks ? '' : '<!DOCTYPE html>';
  const doc = parse(`${doctype}<html><head></head>${copy.body}</html>`);
  const head = parse(`${doctype}<html><head>${copy.head}</head></html>`);
  // Whatever the head's markup spilled into its own body is head content all the same (metadata).
  for (const from of [head.head, head.body]) {
    if (!from) continue;
    for (const node of Array.from(from.childNodes)) doc.head.append(doc.adoptNode(node));
  }
  if (copy.lang !== null) doc.documentElement.setAttribute('lang', copy.lang);
  // Relative links (a canonical URL) resolve as in the page: the first <base> wins, so this one goes first.
  const base = doc.createElement('base');
  base.setAttribute('href', copy.baseUrl);
  doc.head.prepend(base);
  return doc;
}

/** The element's path from the body; throws for an element outside the body. */
export function pathOf(el: Element): number[] {
  const body = el.ownerDocument.body;
  const path: number[] = [];
  let cur = el;
  for (; cur !== body; cur = cur.parentElement!) {
    if (!cur.parentElement) throw new Error(`<${el.tagName.toLowerCase()}> is outside the body`);
    let i = 0;
    for (let s = cur.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
  }
  return path.reverse();
}

const refOf = (el: Element): ElementRef => ({ path: pathOf(el), tag: el.tagName });

/** The reading, its elements as paths (the background's side). */
export function readingToPaths(reading: ArticleReading): ReadingOnPaths {
  const { extraction, sponsored, input } = reading;
  const skipped: number[][] = [];
  // The same descent as the article text's walk: into everything it would read, stopping at what it skips.
  for (const block of extraction.blocks) {
    const stack: Element[] = Array.from(block.children);
    while (stack.length) {
      const el = stack.pop()!;
      if (NEVER_ARTICLE_TEXT_TAGS.has(el.tagName.toUpperCase())) continue;
      if (extraction.skip(el)) skipped.push(pathOf(el));
      else for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
  }
  return {
    root: refOf(extraction.root),
    blocks: extraction.blocks.map(pathOf),
    skipped,
    sponsored: sponsored.map((s) => ({ at: refOf(s.el), reasons: s.reasons })),
    title: extraction.title,
    meta: extraction.meta,
    input,
  };
}

/** Block paths resolved between two yields (a very long article has thousands). */
const PATHS_PER_STEP = 500;

/** Resolves paths cheaply when they come in document order: each starts where it parts from the previous one. */
class PathResolver {
  private prev: number[] = [];
  private chain: Element[];
  constructor(doc: Document) {
    this.chain = [doc.body];
  }

  at(path: number[]): Element | null {
    let shared = 0;
    while (shared < path.length && shared < this.prev.length && path[shared] === this.prev[shared] && this.chain[shared + 1]) shared++;
    this.chain.length = shared + 1;
    let el: Element | undefined = this.chain[shared];
    for (let i = shared; i < path.length && el; i++) {
      el = el.children[path[i]];
      if (el) this.chain.push(el);
    }
    this.prev = path;
    return el ?? null;
  }
}

function resolveRef(resolver: PathResolver, ref: ElementRef): Element | null {
  const el = resolver.at(ref.path);
  return el && el.tagName === ref.tag ? el : null;
}

/**
 * The reading in the live page (the content script's side), with the article text built from the live
 * nodes; null when the live page is not the page that was read (an element missing or of another kind,
 * or another text). Its `extractMs` is 0: the caller times its own work around it.
 */
export function* readingFromPathsSteps(doc: Document, r: ReadingOnPaths): Steps<ArticleReading | null> {
  const resolver = new PathResolver(doc);
  const blocks: Element[] = [];
  for (const path of r.blocks) {
    const el = resolver.at(path);
    if (!el) return null;
    if (blocks.push(el) % PATHS_PER_STEP === 0) yield;
  }
  const skipped = new Set<Element>();
  for (const path of r.skipped) {
    const el = resolver.at(path);
    if (!el) return null;
    skipped.add(el);
  }
  const root = resolveRef(resolver, r.root);
  if (!root) return null;
  const sponsored: SponsoredBlock[] = [];
  for (const s of r.sponsored) {
    const el = resolveRef(resolver, s.at);
    if (!el) return null;
    sponsored.push({ el, reasons: s.reasons });
  }
  const extraction: Extraction = { root, blocks, skip: (el) => skipped.has(el), title: r.title, meta: r.meta };
  const textMap = yield* buildArticleTextSteps(extraction);
  if (textMap.text !== r.input.text || textMap.blockStarts.some((b, i) => b !== r.input.blockStarts[i])) return null;
  return { extraction, textMap, sponsored, input: r.input, extractMs: 0 };
}
