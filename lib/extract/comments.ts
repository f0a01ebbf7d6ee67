// Comment threads, found once per page before scoring: they are never the article, however long. A thread
// is named by its markup (class/id words of any CMS or comment service, schema.org Comment/UserComments),
// opened by a heading ("12 Comments", "Leave a Reply"), or made of items that each carry a "Reply" link.
// Nothing that holds the page's own post (its headline, its articleBody) is ever taken for a thread.
import { COMMENT_THREAD, NEVER_TEXT_TAGS } from './rules';
import { hintString, shortText, tagOf } from './dom';
import { ELEMENTS_PER_STEP, runSteps, type Steps } from '../pipeline/steps';

/** What one walk of the page gathers for finding its post and its threads. */
export interface PageScan {
  /** Elements whose class/id/microdata may name a thread (the token test in isNamedThread decides). */
  named: Element[];
  headings: Element[];
  h1s: Element[];
  /** Links and buttons: each may be a "Reply" marker. */
  replies: Element[];
  articleBody: Element | null;
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** One walk over the body (no selector engine: attribute selectors cost a page-walk each in some DOMs). */
export function scanPage(body: Element): PageScan {
  return runSteps(scanPageSteps(body));
}

/** `scanPage` as steps (see steps.ts), yielding every ELEMENTS_PER_STEP elements. */
export function* scanPageSteps(body: Element): Steps<PageScan> {
  const scan: PageScan = { named: [], headings: [], h1s: [], replies: [], articleBody: null };
  const stack: Element[] = [body];
  let budget = ELEMENTS_PER_STEP;
  while (stack.length) {
    if (--budget === 0) {
      budget = ELEMENTS_PER_STEP;
      yield;
    }
    const el = stack.pop()!;
    const tag = tagOf(el);
    if (HEADING_TAGS.has(tag)) {
      scan.headings.push(el);
      if (tag === 'H1') scan.h1s.push(el);
    } else if (tag === 'A' || tag === 'BUTTON') {
      scan.replies.push(el);
    }
    if (el !== body && el.hasAttributes()) {
      const itemprop = el.getAttribute('itemprop');
      if (itemprop && !scan.articleBody && /(^|\s)articleBody(\s|$)/.test(itemprop)) scan.articleBody = el;
      const attrs = `${el.getAttribute('class')} ${el.getAttribute('id')} ${itemprop} ${el.getAttribute('itemtype')}`;
      if (COMMENT_THREAD.attributeWords.test(attrs)) scan.named.push(el);
    }
    // Code is never a thread: a syntax highlighter's "comment" tokens are part of it.
    if (tag === 'PRE' || tag === 'CODE') continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) if (!NEVER_TEXT_TAGS.has(tagOf(c))) stack.push(c);
  }
  return scan;
}

/** The outermost comment threads (or comments) of the page, none holding any of `post`. */
export function findCommentThreads(body: Element, post: readonly Element[], scan: PageScan): Set<Element> {
  const found: Element[] = [];
  const holdsPost = (el: Element) => el === body || post.some((p) => el.contains(p));
  const add = (el: Element) => {
    if (!holdsPost(el)) found.push(el);
  };

  for (const el of scan.named) if (isNamedThread(el)) add(el);
  for (const heading of scan.headings) {
    if (opensThread(heading)) for (const el of threadAfterHeading(heading, holdsPost)) add(el);
  }
  for (const el of threadOfReplies(body, holdsPost, scan.replies)) add(el);
  return outermost(found);
}

/** Class/id words or microdata that name a comment, a thread or a comment service. */
export function isNamedThread(el: Element): boolean {
  const itemtype = el.getAttribute('itemtype');
  if (itemtype && itemtype.split(/\s+/).some((t) => COMMENT_THREAD.schemaTypes.test(t))) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /(^|\s)comments?(\s|$)/.test(itemprop)) return true;
  for (const token of hintString(el).split(/\s+/)) {
    if (!token) continue;
    const parts = token.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().split(/[-_]+/);
    if (parts.some((p) => COMMENT_THREAD.hintWords.has(p)) && !parts.some((p) => COMMENT_THREAD.flagWords.has(p))) return true;
  }
  return false;
}

function opensThread(heading: Element): boolean {
  const text = shortText(heading);
  return text.length > 0 && text.length < COMMENT_THREAD.headingMaxChars && COMMENT_THREAD.headings.some((re) => re.test(text));
}

/** The heading's section when it opens one apart from the post; else the heading and what follows it. */
function threadAfterHeading(heading: Element, holdsPost: (el: Element) => boolean): Element[] {
  const parent = heading.parentElement;
  if (!parent) return [];
  if (!holdsPost(parent) && heading === firstElementWithText(parent)) return [parent];
  const out: Element[] = [];
  for (let el: Element | null = heading; el; el = el.nextElementSibling) {
    if (holdsPost(el)) return []; // a heading above the post does not open a thread
    out.push(el);
  }
  return out;
}

function firstElementWithText(el: Element): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if ((c.textContent ?? '').trim()) return c;
  return null;
}

/**
 * Items that each hold a "Reply" link or button: the list holding them all when it holds nothing else of
 * length, else the items themselves (comments laid out beside the post in one container).
 */
function threadOfReplies(body: Element, holdsPost: (el: Element) => boolean, candidates: Element[]): Element[] {
  const markers: Element[] = [];
  for (const el of candidates) {
    if (el.childElementCount > 2) continue;
    const text = el.textContent ?? '';
    if (text.length < 40 && COMMENT_THREAD.replyMarkers.test(text.trim())) markers.push(el);
  }
  if (markers.length < 2) return [];
  const list = commonAncestor(markers);
  if (!list || list === body) return [];
  // Each marker's item: the child of the list that holds it.
  const items = new Set<Element>();
  for (const m of markers) {
    let item: Element = m;
    while (item.parentElement && item.parentElement !== list) item = item.parentElement;
    items.add(item);
  }
  if (items.size < 2) return [];
  let otherText = false;
  for (let c = list.firstElementChild; c && !otherText; c = c.nextElementSibling) {
    if (!items.has(c) && tagOf(c) !== 'SCRIPT' && (c.textContent ?? '').trim().length > 100) otherText = true;
  }
  return !otherText && !holdsPost(list) ? [list] : [...items];
}

function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0].parentElement;
  for (const el of els.slice(1)) while (common && !common.contains(el)) common = common.parentElement;
  return common;
}

function outermost(els: Element[]): Set<Element> {
  const all = new Set(els);
  const out = new Set<Element>();
  for (const el of all) {
    let inside = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (all.has(p)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.add(el);
  }
  return out;
}
