// Small read-only DOM helpers that work the same in browsers, jsdom and happy-dom (no layout).
import { HINTS, LIMITS } from './rules';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Upper-case tag name (XHTML and SVG documents may give lower case). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Attributes besides class and id that name what a component is (common on sites with generated class names). */
const NAMING_ATTRIBUTES = ['data-component', 'data-module', 'data-testid'];

/** `class`, `id` and component-naming attributes as one string, for the HINTS regexps (SVG elements have no string className). */
export function hintString(el: Element): string {
  let hints = (el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? '');
  for (const name of NAMING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value) hints += ' ' + value;
  }
  return hints;
}

/** -25..+50: what the class and id say about an element being content. */
export function classWeight(el: Element): number {
  let weight = 0;
  for (const value of [el.getAttribute('class'), el.getAttribute('id')]) {
    if (!value) continue;
    if (HINTS.negative.test(value)) weight -= LIMITS.hintWeight;
    if (HINTS.positive.test(value)) weight += LIMITS.hintWeight;
  }
  return weight;
}

const HIDING_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(!important\s*)?(;|$)/i;

/** Hidden by markup alone: the `hidden` attribute, aria-hidden, or an inline display:none / visibility:hidden. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  return !!style && HIDING_STYLE.test(style);
}

/** Whether an ancestor within `maxUp` levels has the tag. */
export function hasNearAncestor(el: Element, tag: string, maxUp: number): boolean {
  let node = el.parentElement;
  for (let i = 0; node && i < maxUp; i++, node = node.parentElement) {
    if (tagOf(node) === tag) return true;
  }
  return false;
}

/** Collapsed text of a node: what its characters count after whitespace runs become one space. */
export interface TextRun {
  /** Length after collapsing, before trimming. */
  len: number;
  lead: boolean;
  trail: boolean;
}

export const EMPTY_RUN: TextRun = { len: 0, lead: false, trail: false };

const SPACE_RUNS = /\s+/g;

/**
 * Whether a UTF-16 code is whitespace as the regex class \s sees it (tab to carriage return, space,
 * no-break spaces, the Unicode space separators, line and paragraph separators, BOM). Counting with
 * codes instead of regexes keeps the per-text-node work of the walks free of allocations.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const BLANK_RUN: TextRun = { len: 1, lead: true, trail: true };
const ONLY_SPACE = /^\s*$/;

export function runOfText(data: string): TextRun {
  if (!data) return EMPTY_RUN;
  // Most text nodes between elements are only whitespace: one space once collapsed.
  if (ONLY_SPACE.test(data)) return BLANK_RUN;
  // The length once every whitespace run is one space. The regex engine collapses faster than a
  // loop over characters in JavaScript that has not been optimised yet (a page is read once, cold).
  SPACE_RUNS.lastIndex = 0;
  const len = data.replace(SPACE_RUNS, ' ').length;
  return { len, lead: isSpaceCode(data.charCodeAt(0)), trail: isSpaceCode(data.charCodeAt(data.length - 1)) };
}

/** Two collapsed runs side by side: a space at the seam counts once. */
export function joinRuns(a: TextRun, b: TextRun): TextRun {
  if (a.len === 0) return b;
  if (b.len === 0) return a;
  const seam = a.trail && b.lead ? 1 : 0;
  return { len: a.len + b.len - seam, lead: a.lead, trail: b.trail };
}

/** Length once trimmed. */
export function trimmedLength(run: TextRun): number {
  if (run.len === 0) return 0;
  return Math.max(0, run.len - (run.lead ? 1 : 0) - (run.trail ? 1 : 0));
}

export function isWhitespaceText(data: string): boolean {
  return ONLY_SPACE.test(data);
}

/** Collapsed, trimmed text of a small element (headings, bylines): not for large subtrees. */
export function shortText(el: Element): string {
  return (el.textContent ?? '').replace(SPACE_RUNS, ' ').trim();
}
