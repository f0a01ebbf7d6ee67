// The page's own post: the element that holds its articleBody microdata, or the <article> (or h-entry) that
// holds its headline. Comment threads are never looked for inside what holds it (comments.ts), the
// extractor prefers a reading inside it (index.ts), and a short one with a headline and a date tells the
// cheap article test that the page is a story (probe.ts).
import { isNamedThread, type PageScan } from './comments';
import { hintString, tagOf } from './dom';
import { OWN_POST } from './rules';

export interface OwnPost {
  /** The headline: the first <h1> that is not inside a comment. */
  headline: Element | null;
  /** The element holding the post, when the page marks one. */
  post: Element | null;
  /** Elements no comment thread may hold: the headline, the post, articleBody microdata. */
  anchors: Element[];
}

/** The post, from a scan of the page when there is one (else from the headline and microdata looked up). */
export function findOwnPost(body: Element, scan?: Pick<PageScan, 'h1s' | 'articleBody'>): OwnPost {
  let headline: Element | null = null;
  for (const h1 of scan ? scan.h1s : Array.from(body.getElementsByTagName('h1'))) {
    if (!insideNamedThread(h1, body)) {
      headline = h1;
      break;
    }
  }
  const articleBody = scan ? scan.articleBody : body.querySelector('[itemprop~="articleBody"]');
  let post: Element | null = articleBody;
  if (!post && headline) {
    for (let p = headline.parentElement; p && p !== body; p = p.parentElement) {
      if (marksPost(p)) {
        post = p;
        break;
      }
    }
  }
  const anchors = [headline, articleBody, post].filter((el): el is Element => !!el);
  return { headline, post, anchors };
}

/** A post element holding the headline and a date, with no other headed <article> inside (not a listing). */
export function isDatedStory(own: OwnPost): boolean {
  const { post, headline } = own;
  if (!post || !headline || !post.contains(headline) || !post.querySelector(OWN_POST.date)) return false;
  for (const inner of Array.from(post.getElementsByTagName('article'))) {
    if (inner.querySelector('h1, h2, h3') && !isNamedThread(inner)) return false;
  }
  return true;
}

function marksPost(el: Element): boolean {
  if (tagOf(el) === 'ARTICLE' && !isNamedThread(el)) return true;
  const itemtype = el.getAttribute('itemtype');
  if (itemtype && itemtype.split(/\s+/).some((t) => OWN_POST.itemtypes.test(t))) return true;
  return el.hasAttribute('class') && OWN_POST.classes.test(hintString(el));
}

function insideNamedThread(el: Element, body: Element): boolean {
  for (let p = el.parentElement; p && p !== body; p = p.parentElement) if (p.hasAttributes() && isNamedThread(p)) return true;
  return false;
}
