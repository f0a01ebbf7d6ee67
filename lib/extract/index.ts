// Article extraction on the live DOM. Nothing in the document is changed or cloned: every decision is a
// set or a map over its elements (see measure.ts), and the article is handed back as its root and blocks.
//
// Steps: read title and metadata (metadata.ts) → first pass: drop furniture, find paragraphs (prepare.ts)
// → score containers and pick the article with its related siblings (candidates.ts) → second pass: clean
// the chosen content (clean.ts) → lay it out as blocks (blocks.ts). When the result is too short, retry
// with fewer rules (no furniture stripping, then no class hints, then no conditional cleaning) and keep
// the longest.
import type { Extraction } from './types';
import { readPageInfo, type PageInfo } from './metadata';
import { prepareSteps, type Flags, type Prepared } from './prepare';
import { selectContentSteps, type Selection } from './candidates';
import { cleanContentSteps, type Cleaned } from './clean';
import { runSteps, type Steps } from '../pipeline/steps';
import { layoutBlocksSteps } from './blocks';
import { LIMITS, NEVER_TEXT_TAGS } from './rules';
import { tagOf } from './dom';
import { findOwnPost } from './post';
import { findCommentThreads, scanPageSteps } from './comments';

export type { Extraction } from './types';

export interface ExtractOptions {
  /** Elements (with their subtrees) that are never article text, e.g. flagged sponsored blocks. */
  exclude?: ReadonlySet<Element>;
}

export { isProbablyArticle } from './probe';

const ATTEMPTS: Flags[] = [
  { stripFurniture: true, weighClasses: true, cleanConditionally: true },
  { stripFurniture: false, weighClasses: true, cleanConditionally: true },
  { stripFurniture: false, weighClasses: false, cleanConditionally: true },
  { stripFurniture: false, weighClasses: false, cleanConditionally: false },
];

interface Attempt {
  prep: Prepared;
  selection: Selection;
  cleaned: Cleaned;
  /** The reading lies in the page's own post. */
  onPost: boolean;
}

/** The article in a live document, or null when there is none. Never mutates the document. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction | null {
  return runSteps(extractArticleSteps(doc, options));
}

/** `extractArticle` as steps (see steps.ts), for callers that spread the work over several tasks. */
export function* extractArticleSteps(doc: Document, options: ExtractOptions = {}): Steps<Extraction | null> {
  const body = doc.body;
  if (!body || tagOf(body) !== 'BODY') return null; // no body, or a frameset
  const info = safePageInfo(doc);
  yield;
  // Comment threads are left out of every attempt: a short post is the article, not the long thread below it.
  const scan = yield* scanPageSteps(body);
  const own = findOwnPost(body, scan);
  const threads = findCommentThreads(body, own.anchors, scan);
  const exclude = threads.size ? new Set([...(options.exclude ?? []), ...threads]) : options.exclude ?? new Set<Element>();
  yield;

  let best: Attempt | null = null;
  for (const flags of ATTEMPTS) {
    const prep = yield* prepareSteps(body, { flags, exclude, title: info.title });
    const selection = yield* selectContentSteps(body, prep, flags);
    yield;
    const cleaned = yield* cleanContentSteps(selection.parts, prep, flags);
    const attempt = { prep, selection, cleaned, onPost: !!own.post && liesInPost(own.post, selection, prep) };
    if (!best || better(attempt, best)) best = attempt;
    if (cleaned.chars >= LIMITS.minArticleChars) break;
  }
  if (!best || best.cleaned.chars === 0) return null;

  const { prep, selection, cleaned } = best;
  const isGone = (el: Element) => prep.gone.has(el) || cleaned.gone.has(el);
  yield;
  const layout = yield* layoutBlocksSteps(selection.parts, isGone, cleaned.stats);
  if (!layout.blocks.length) return null;

  const root = rootOf(selection, layout.blocks);
  const meta = { ...info.meta };
  if (!meta.author && prep.byline) meta.author = prep.byline.replace(/^by\s+/i, '');
  return {
    root,
    blocks: layout.blocks,
    skip: (el: Element) => isGone(el) || layout.unchosen.has(el) || NEVER_TEXT_TAGS.has(tagOf(el)),
    title: info.title,
    meta,
  };
}

/** A reading in the page's own post beats a longer one elsewhere (a sidebar, what is left of a thread). */
function better(a: Attempt, b: Attempt): boolean {
  if (a.onPost !== b.onPost) return a.onPost;
  return a.cleaned.chars > b.cleaned.chars;
}

/** The chosen container is inside the post, or holds it and little else. */
function liesInPost(post: Element, selection: Selection, prep: Prepared): boolean {
  const top = selection.top;
  if (post.contains(top)) return true;
  if (!top.contains(post)) return false;
  const postChars = prep.stats.get(post)?.chars ?? 0;
  const topChars = prep.stats.get(top)?.chars ?? 0;
  return postChars > 0 && postChars * 2 >= topChars;
}

/** Metadata is a nicety: a DOM that fails on it (e.g. a recursive getElementsByTagName on a very deep tree) costs only the metadata. */
function safePageInfo(doc: Document): PageInfo {
  try {
    return readPageInfo(doc);
  } catch {
    return { title: '', meta: {}, declaresArticle: false };
  }
}

/** The narrowest element holding every block. */
function rootOf(selection: Selection, blocks: Element[]): Element {
  const parts = selection.parts;
  if (parts.length === 1 && parts[0].el) return parts[0].el.contains(blocks[0]) ? parts[0].el : blocks[0];
  if (blocks.length === 1) return blocks[0];
  return selection.parent ?? selection.top;
}
