// The cheap test run before any extraction: does the page hold a few long, visible paragraphs of prose?
// One querySelectorAll and one look at the text of each candidate paragraph; no scoring, no walk of the page.
// A page that declares itself an article (og:type, JSON-LD) passes with a lower bar, looked at only
// when the first count falls short; such a page may also count prose written as bare text in a block, or
// be a short story: a few short paragraphs between photos (captions not counted). An <article> holding
// the headline and a date declares the page a story too.
import { ARTICLE_TYPES, CAPTIONS, HINTS, LIMITS, OWN_POST } from './rules';
import { hintString, isHidden } from './dom';
import { findOwnPost, isDatedStory } from './post';

/** Elements that hold prose; DIVs holding <br>-separated text are added. */
const PROSE_TAGS = ['article', 'p', 'pre'];
/** A schema.org article type named in a JSON-LD script, found without parsing it. */
const JSON_LD_ARTICLE = new RegExp(`"@type"\\s*:\\s*(\\[[^\\]]*)?"(?:${ARTICLE_TYPES.join('|')})"`);

export function looksLikeArticle(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  let score = 0;
  let lowBarScore = 0;
  for (const node of proseElements(body)) {
    if (isHidden(node)) continue;
    const hints = hintString(node);
    if (HINTS.furniture.test(hints) && !HINTS.rescue.test(hints)) continue;
    // Teasers in lists (search results, link lists) are not an article's paragraphs.
    if (node.tagName.toUpperCase() === 'P' && node.closest('li')) continue;
    const length = trimmedTextLength(node, ENOUGH_CHARS);
    if (length >= LIMITS.probeDeclaredMinParagraph) lowBarScore += Math.sqrt(length - LIMITS.probeDeclaredMinParagraph);
    if (length < LIMITS.probeMinParagraph) continue;
    score += Math.sqrt(length - LIMITS.probeMinParagraph);
    if (score > LIMITS.probeMinScore) return true;
  }
  const own = findOwnPost(body);
  if (!declaresArticle(doc) && !isDatedStory(own)) return false;
  if (lowBarScore > LIMITS.probeDeclaredMinScore) return true;
  if (isShortStory(own.post ?? body)) return true;
  // Some templates put the story's text straight into a <section> or <div>, with no <p> at all.
  return lowBarScore + looseProseScore(body) > LIMITS.probeDeclaredMinScore;
}

/**
 * The elements that may hold prose, then the DIVs holding <br>s, found as they are asked for (a page
 * decided in its first paragraphs is not listed whole). Any order gives the same verdict, only sooner
 * or later: <article> first, which often decides at once.
 */
function* proseElements(body: Element): Generator<Element> {
  for (const tag of PROSE_TAGS) {
    const found = body.getElementsByTagName(tag);
    for (let i = 0, el = found[0]; el; el = found[++i]) yield el;
  }
  const seen = new Set<Element>();
  for (const br of Array.from(body.querySelectorAll('div > br'))) {
    const parent = br.parentElement;
    if (parent && !seen.has(parent)) {
      seen.add(parent);
      yield parent;
    }
  }
}

/** One element with this much text makes the page an article by itself: no need to count further. */
const ENOUGH_CHARS = LIMITS.probeMinParagraph + LIMITS.probeMinScore ** 2 + 1;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT

/**
 * The length of an element's text once trimmed (as `textContent.trim()` gives it), or `cap` when it is
 * longer: an <article> holding a whole 15 MB report is not made into one string to learn it is long.
 */
function trimmedTextLength(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  let seen = 0;
  /** Where the text's first and last non-space characters are, counted in characters from its start. */
  let first = -1;
  let end = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    const lead = data.length - data.trimStart().length;
    if (lead < data.length) {
      if (first < 0) first = seen + lead;
      end = seen + data.trimEnd().length;
      if (end - first >= cap) return cap;
    }
    seen += data.length;
  }
  return first < 0 ? 0 : end - first;
}

/** Block containers whose own text nodes may be an article's paragraphs. */
const LOOSE_TEXT_PARENTS = new Set(['DIV', 'SECTION', 'MAIN', 'TD', 'BLOCKQUOTE']);

/** Long text nodes sitting directly in block containers (not in <p>), scored like paragraphs. */
function looseProseScore(body: HTMLElement): number {
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  let score = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !LOOSE_TEXT_PARENTS.has(parent.tagName.toUpperCase()) || isHidden(parent)) continue;
    const hints = hintString(parent);
    if (HINTS.furniture.test(hints) && !HINTS.rescue.test(hints)) continue;
    const length = (node as Text).data.trim().length;
    if (length >= LIMITS.probeDeclaredMinParagraph) score += Math.sqrt(length - LIMITS.probeDeclaredMinParagraph);
    if (score > LIMITS.probeDeclaredMinScore) break;
  }
  return score;
}

/** A few short paragraphs of prose (not captions, not list teasers): a story told around its photos. */
function isShortStory(scope: Element): boolean {
  let count = 0;
  let chars = 0;
  for (const p of Array.from(scope.getElementsByTagName('p'))) {
    if (isHidden(p) || p.closest('li, figure')) continue;
    const hints = hintString(p) + ' ' + (p.parentElement ? hintString(p.parentElement) : '');
    if ((HINTS.furniture.test(hints) && !HINTS.rescue.test(hints)) || CAPTIONS.hints.test(hints)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < LIMITS.storyMinParagraphChars) continue;
    count++;
    chars += length;
    if (count >= LIMITS.storyMinParagraphs && chars >= LIMITS.storyMinChars) return true;
  }
  return false;
}

function declaresArticle(doc: Document): boolean {
  for (const meta of Array.from(doc.querySelectorAll('meta[property="og:type"], meta[name="og:type"]'))) {
    if (meta.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  }
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    if ((el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => OWN_POST.itemtypes.test(t))) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (JSON_LD_ARTICLE.test(script.textContent ?? '')) return true;
  }
  return false;
}

/** A cheap look at the page: could it be an article at all? (A DOM that fails on it: no.) */
export function isProbablyArticle(doc: Document): boolean {
  try {
    return looksLikeArticle(doc);
  } catch {
    return false;
  }
}

/** The first step of reading a page, wherever it runs: a body, and an article unless `force` says read anyway. */
export function worthReading(doc: Document, force = false): boolean {
  return Boolean(doc.body) && (force || isProbablyArticle(doc));
}
