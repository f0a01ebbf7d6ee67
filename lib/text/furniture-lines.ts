// Lines inside the article blocks that are not the story: "Media caption …" lines, copyright and
// picture-credit lines, a dateline standing alone, and the caption a credit line closes. Judged on a
// block's own text, after extraction, so they stay out of the article text whatever the markup. A
// sentence that names the source of the news ("Reuters reported …", "according to AFP") is a sentence,
// not a credit: it is long, has a verb, and ends like one.

import type { Steps } from '../pipeline/steps';

/** Longest block that may be a credit or copyright line; a caption closed by a credit may be longer. */
const MAX_CREDIT_CHARS = 120;
const MAX_CAPTION_CHARS = 400;

/** Captions named as such (broadcasters' players: "Media caption The minister said …"). */
const NAMED_CAPTION = /^(?:media|image|video|photo|picture) (?:caption|copyright|credit)\b/i;
/** Copyright lines. */
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*\d{4})/i;
/** Picture agencies and credit words, as they appear in credit lines. */
const AGENCY = /\b(?:getty(?: images)?|afp|reuters|associated press|ap photo|bloomberg|shutterstock|epa|alamy|pa(?: wire| media)?|xinhua|anadolu|nurphoto|sipa|imago)\b/i;
const CREDIT_WORD = /^(?:photo|photograph|image|picture|illustration|credit|source)s?\s*(?:by\b|:|\/)/i;
/** A dateline alone: capitalised place words, then a dash, colon or nothing ("WASHINGTON —", "PARIS:"). */
const BARE_DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]{1,40}\s*(?:[—–:-]|\(\p{L}+\))?$/u;

/** Whether one block's text is a credit line: short, no sentence ending, agency or credit word, separators. */
export function isCreditLine(text: string): boolean {
  if (text.length > MAX_CREDIT_CHARS || /[.!?]["'”’)]?$/.test(text)) return false;
  if (CREDIT_WORD.test(text)) return true;
  return AGENCY.test(text) && /[|/•·]|\bvia\b/.test(text);
}

/** Whether one block's whole text is page furniture rather than the story. */
export function isFurnitureLine(text: string): boolean {
  const t = text.trim();
  if (NAMED_CAPTION.test(t)) return true;
  if (t.length <= MAX_CREDIT_CHARS && COPYRIGHT.test(t)) return true;
  if (isCreditLine(t)) return true;
  return BARE_DATELINE.test(t) && t.split(/\s+/).length <= 5;
}

/**
 * The indices of furniture blocks among `count` blocks: furniture lines, and a short block right before
 * a picture credit in the same container (the caption the credit closes). `textOf(i)`: block i's text;
 * `together(i, j)`: whether blocks i and j sit in one container of their own, as a picture's caption
 * and credit do. In steps (see lib/pipeline/steps.ts): a long article has tens of thousands of blocks.
 */
export function* furnitureBlocksSteps(count: number, textOf: (i: number) => string, together: (i: number, j: number) => boolean): Steps<Set<number>> {
  const out = new Set<number>();
  let before = '';
  for (let i = 0; i < count; i++) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const t = textOf(i).replace(/\s+/g, ' ').trim();
    if (isFurnitureLine(t)) {
      out.add(i);
      if (i > 0 && AGENCY.test(t) && isCreditLine(t) && together(i - 1, i) && before.length <= MAX_CAPTION_CHARS) out.add(i - 1);
    }
    before = t;
  }
  return out;
}

/** Blocks judged between two yields. */
const BLOCKS_PER_STEP = 50;
