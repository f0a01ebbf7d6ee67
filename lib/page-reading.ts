// The page half read from a copy of the page. The content script hands the background the page's HTML
// (one native call: no walk of the page in script), the background parses it where its code is warm,
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
import { buildArticleTextSteps, NEVER_TEXT } from './text/article-text';

/** An element as the index of each element child taken from <html> down, and its tag to check it by. */
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

/** The page as HTML that parses back to the same tree: its doctype decides quirks parsing. */
export function serializePage(doc: Document): string {
  const doctype = doc.compatMode === 'BackCompat' ? '' : '<!DOCTYPE html>';
  return doctype + doc.documentElement.outerHTML;
}

export function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let cur = el; cur.parentElement; cur = cur.parentElement) {
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
      if (NEVER_TEXT.has(el.tagName.toUpperCase())) continue;
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

/** Resolves paths in document order cheaply: each starts from where it parts from the previous one. */
class PathResolver {
  private prev: number[] = [];
  private chain: Element[];
  constructor(doc: Document) {
    this.chain = [doc.documentElement];
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
 * or another text).
 */
export function* readingFromPathsSteps(doc: Document, r: ReadingOnPaths, extractMs: number): Steps<ArticleReading | null> {
  const resolver = new PathResolver(doc);
  const blocks: Element[] = [];
  for (const path of r.blocks) {
    const el = resolver.at(path);
    if (!el) return null;
    if (blocks.push(el) % PATHS_PER_STEP === 0) yield;
  }
  const skipped = new Set<Element>();
  for (const path of r.skipped) {
    const el = new PathResolver(doc).at(path);
    if (!el) return null;
    skipped.add(el);
  }
  const root = resolveRef(new PathResolver(doc), r.root);
  if (!root) return null;
  const sponsored: SponsoredBlock[] = [];
  for (const s of r.sponsored) {
    const el = resolveRef(new PathResolver(doc), s.at);
    if (!el) return null;
    sponsored.push({ el, reasons: s.reasons });
  }
  const extraction: Extraction = { root, blocks, skip: (el) => skipped.has(el), title: r.title, meta: r.meta };
  const textMap = yield* buildArticleTextSteps(extraction);
  if (textMap.text !== r.input.text || textMap.blockStarts.some((b, i) => b !== r.input.blockStarts[i])) return null;
  return { extraction, textMap, sponsored, input: r.input, extractMs };
}
