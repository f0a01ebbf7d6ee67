/**
 * W3C Web Annotation selectors over a plain text (https://www.w3.org/TR/annotation-model/#selectors):
 * a TextQuoteSelector (the quoted passage with a little context each side) and a
 * TextPositionSelector (UTF-16 offsets). Both are kept: the position is fast and exact while the text
 * is unchanged; the quote survives edits around the passage.
 */

/** Characters of context kept each side of the quote. Enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** What `describe` returns, and one of the shapes `anchor` accepts. */
export interface PassageSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Clamp a number to an integer offset in [0, length]. */
function clampOffset(value: number, length: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(length, Math.max(0, Math.trunc(value)));
}

/**
 * Describe the passage text[start, end) by quote (with context) and position. Offsets are
 * clamped to the text and swapped if given in reverse order.
 */
export function describe(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  let from = clampOffset(start, text.length);
  let to = clampOffset(end, text.length);
  if (to < from) [from, to] = [to, from];
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/** Accept `{quote, position}` or a W3C `selector` array (any order, unknown selector types ignored). */
export function pickSelectors(selectors: PassageSelectors | readonly TextSelector[] | readonly unknown[]): {
  quote?: TextQuoteSelector;
  position?: TextPositionSelector;
} {
  if (!Array.isArray(selectors)) {
    const s = selectors as PassageSelectors;
    return { quote: s.quote, position: s.position };
  }
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const item of selectors as unknown[]) {
    if (!item || typeof item !== 'object') continue;
    const type = (item as { type?: unknown }).type;
    if (type === 'TextQuoteSelector' && !quote) quote = item as TextQuoteSelector;
    else if (type === 'TextPositionSelector' && !position) position = item as TextPositionSelector;
  }
  return { quote, position };
}
