// The cheap test run before any extraction: does the page hold a few long, visible paragraphs of prose?
// One querySelectorAll and one textContent per candidate paragraph; no scoring, no walk of the page.
import { HINTS, LIMITS } from './rules';
import { hintString, isHidden } from './dom';

/** Elements that hold prose, and DIVs that hold <br>-separated text. */
const PROSE_SELECTOR = 'p, pre, article';

export function looksLikeArticle(doc: Document): boolean {
  if (!doc.body) return false;
  const nodes = new Set<Element>(Array.from(doc.body.querySelectorAll(PROSE_SELECTOR)));
  for (const br of Array.from(doc.body.querySelectorAll('div > br'))) if (br.parentElement) nodes.add(br.parentElement);

  let score = 0;
  for (const node of nodes) {
    if (isHidden(node)) continue;
    const hints = hintString(node);
    if (HINTS.furniture.test(hints) && !HINTS.rescue.test(hints)) continue;
    // Teasers in lists (search results, link lists) are not an article's paragraphs.
    if (node.closest('li') && node.tagName.toUpperCase() === 'P') continue;
    const length = (node.textContent ?? '').trim().length;
    if (length < LIMITS.probeMinParagraph) continue;
    score += Math.sqrt(length - LIMITS.probeMinParagraph);
    if (score > LIMITS.probeMinScore) return true;
  }
  return false;
}
