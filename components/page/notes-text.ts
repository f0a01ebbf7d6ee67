// The text notes are anchored against: the Analysis article text when the page is an article, else
// the page's body text (same mapping, whole page). And the way back: a DOM selection → offsets.
import { buildArticleText, type ArticleText } from '@/lib/text/article-text';
import { wholePageExtraction } from '@/lib/extract/whole-page';
import { LIMITS } from '@/lib/notes/limits';

export type NotesText = Pick<ArticleText, 'text' | 'rangeFor'>;

export function bodyText(doc: Document): NotesText | null {
  const extraction = wholePageExtraction(doc, new Set());
  return extraction ? buildArticleText(extraction) : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Candidate occurrences tried before giving up on matching the selection's position. */
const MAX_CANDIDATES = 200;

/**
 * Offsets in `source.text` of the passage the reader selected. The selection's text is looked up
 * with whitespace relaxed (blocks are joined by blank lines in the text); among several occurrences,
 * the one whose Range overlaps the selection wins.
 */
export function offsetsOfSelection(source: NotesText, selection: Range): { start: number; end: number } | null {
  const wanted = selection.toString().replace(/\s+/g, ' ').trim();
  if (!wanted || wanted.length > LIMITS.quoteLength) return null;
  const pattern = new RegExp(wanted.split(' ').map(escapeRegExp).join('\\s+'), 'g');
  let first: { start: number; end: number } | null = null;
  let tries = 0;
  for (let m = pattern.exec(source.text); m && tries < MAX_CANDIDATES; m = pattern.exec(source.text), tries++) {
    const hit = { start: m.index, end: m.index + m[0].length };
    first ??= hit;
    const range = source.rangeFor(hit.start, hit.end);
    if (range && overlaps(range, selection)) return hit;
  }
  return first;
}

function overlaps(a: Range, b: Range): boolean {
  try {
    return a.isPointInRange(b.startContainer, b.startOffset) || b.isPointInRange(a.startContainer, a.startOffset);
  } catch {
    return false; // different documents
  }
}
