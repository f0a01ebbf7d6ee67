// The article text and its map back to the live DOM.
//
// The text is what a reader sees of the article blocks, without layout: each block's text nodes in order
// (minus skipped subtrees), runs of ASCII whitespace collapsed to one space as HTML renders them, <br> as
// "\n", blocks joined by "\n\n". Every character of it that came from a text node remembers where it came
// from, so any [start, end) of the text becomes a DOM Range without touching the page.
import type { Extraction } from '../extract/types';
import { runSteps, type Steps } from '../pipeline/steps';
import { NEVER_ARTICLE_TEXT_TAGS } from './dom-tags';
import { furnitureBlocksSteps } from './furniture-lines';

/** A run of text characters that map one-to-one onto consecutive characters of one Text node. */
interface Segment {
  textStart: number;
  textEnd: number;
  node: Text;
  nodeStart: number;
}

export interface ArticleText {
  text: string;
  /**
   * The same text in consecutive pieces (`pieces.join('') === text`), each made in one step: a very long
   * text can be sent on piece by piece without ever being copied whole in one task (`text` is built
   * from them as a rope that JavaScript engines copy flat only when its characters are read).
   */
  pieces: string[];
  /** Start offset of each block in `text`, parallel to the extraction's blocks. */
  blockStarts: number[];
  /** A live Range over text[start, end), or null when the offsets do not fall on page text. */
  rangeFor(start: number, end: number): Range | null;
}

/** ASCII whitespace as HTML collapses it: space, tab, line feed, form feed, carriage return. */
/** Runs of non-space characters joined by single spaces; the spaces are HTML's (tab, LF, FF, CR, space). */
const PHRASES = /[^\t\n\f\r ]+(?: [^\t\n\f\r ]+)*/g;

export function buildArticleText(extraction: Extraction): ArticleText {
  return runSteps(buildArticleTextSteps(extraction));
}

/** Blocks laid out between two yields of `buildArticleTextSteps`... */
const BLOCKS_PER_STEP = 20;
/**
 * ... and the characters of blocks' text joined into one piece, at a step's end, once they reach it.
 * A string this long is allocated apart from V8's young heap, whose scavenges copy every young string
 * that survives: the pieces of a 15 MB article, made a step's worth at a time, were copied so in pauses
 * of 40-80 ms. Joining 256 K characters takes well under a millisecond.
 */
export const PIECE_MIN_CHARS = 1 << 18;
/** ... and nodes walked inside one block. */
const NODES_PER_STEP = 1000;

/** `buildArticleText` as steps (see lib/pipeline/steps.ts). */
export function* buildArticleTextSteps(extraction: Extraction): Steps<ArticleText> {
  const segments: Segment[] = [];
  const blockStarts: number[] = [];
  const pieces: string[] = [];
  /** The blocks of the current step (and the joins between them), made one piece at the step's end. */
  let parts: string[] = [];
  let partsChars = 0;
  let length = 0;
  const doc = extraction.root.ownerDocument;

  // Caption, credit, copyright and dateline lines stay out (furniture-lines.ts): judged on short blocks only.
  const blocks = extraction.blocks;
  const furniture = yield* furnitureBlocksSteps(
    blocks.length,
    (i) => shortText(blocks[i]),
    (i, j) => blocks[i].parentElement !== null && blocks[i].parentElement === blocks[j].parentElement && blocks[i].parentElement!.children.length <= 3,
  );
  let done = 0;
  for (const [index, block] of blocks.entries()) {
    if (++done % BLOCKS_PER_STEP === 0) {
      if (partsChars >= PIECE_MIN_CHARS) {
        pieces.push(parts.join(''));
        parts = [];
        partsChars = 0;
      }
      yield;
    }
    if (furniture.has(index)) continue;
    // Build the block's text first so leading/trailing space can be trimmed before it is placed.
    const local: { text: string; node: Text | null; nodeStart: number }[] = [];
    let pendingSpace = false;
    let blockText = '';
    // The last character placed, kept apart: asking a growing string for its end is slow on long blocks.
    let last = '';
    const push = (s: string, node: Text | null, nodeStart: number) => {
      local.push({ text: s, node, nodeStart });
      blockText += s;
      last = s[s.length - 1];
    };
    yield* walkBlockSteps(block, extraction.skip, (node) => {
      if (node === 'br' || node === 'edge') {
        // A line break at <br>; at a block edge, a separation only when text came before it.
        if (node === 'edge' && (last === '' || last === '\n')) return;
        pendingSpace = false;
        push('\n', null, 0);
        return;
      }
      const data = node.data;
      // Phrases: words joined by single spaces, which the text keeps as they are. Whitespace between
      // phrases collapses to one space (or none at a block's start). The regex engine does the scanning.
      PHRASES.lastIndex = 0;
      let gapStart = 0;
      for (let m = PHRASES.exec(data); ; m = PHRASES.exec(data)) {
        const phraseStart = m ? m.index : data.length;
        if (phraseStart > gapStart && last !== '' && last !== '\n') {
          pendingSpace = true;
          // Remember where the space came from, so a range may start or end on it.
          local.push({ text: '', node, nodeStart: gapStart });
        }
        if (!m) break;
        gapStart = phraseStart + m[0].length;
        if (pendingSpace) {
          const ws = local[local.length - 1];
          if (ws && ws.text === '' && ws.node) {
            ws.text = ' ';
            blockText += ' ';
          } else {
            push(' ', null, 0);
          }
          pendingSpace = false;
        }
        push(m[0], node, phraseStart);
      }
    });
    const trimmed = blockText.replace(/\s+$/, '');
    if (!trimmed) continue;
    if (length > 0) {
      parts.push('\n\n');
      partsChars += 2;
      length += 2;
    }
    blockStarts.push(length);
    let offset = length;
    let remaining = trimmed.length;
    for (const piece of local) {
      if (!piece.text || remaining <= 0) continue;
      const take = Math.min(piece.text.length, remaining);
      if (piece.node) segments.push({ textStart: offset, textEnd: offset + take, node: piece.node, nodeStart: piece.nodeStart });
      offset += take;
      remaining -= take;
    }
    parts.push(trimmed);
    partsChars += trimmed.length;
    length += trimmed.length;
  }

  if (parts.length) pieces.push(parts.join(''));
  let text = '';
  for (const piece of pieces) text += piece;
  return {
    text,
    pieces,
    blockStarts,
    rangeFor(start, end) {
      if (!(start >= 0 && end > start && end <= text.length)) return null;
      const from = locate(segments, start, 'start');
      const to = locate(segments, end, 'end');
      if (!from || !to) return null;
      const range = doc.createRange();
      try {
        range.setStart(from.node, from.offset);
        range.setEnd(to.node, to.offset);
      } catch {
        return null; // the page changed under us: the caller re-analyses
      }
      return range;
    },
  };
}

/** A block's text when short enough to be a caption or credit line, else '' (never furniture). */
function shortText(block: Element): string {
  const text = block.textContent ?? '';
  return text.length <= SHORT_BLOCK_CHARS ? text : '';
}
const SHORT_BLOCK_CHARS = 600;

/** Block-level elements: their edges separate text even when the markup has no space there. */
const BLOCK_LEVEL = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR',
]);

type Visit = Text | 'br' | 'edge';
/** Marks the end of a block-level element on the walk's stack. */
const EDGE = { edge: true } as const;

/**
 * Calls `visit` with each text node of the block in order, 'br' for line breaks and 'edge' at the
 * edges of block-level elements inside it. Iterative: pages nest deep. Pauses every NODES_PER_STEP nodes.
 */
function* walkBlockSteps(block: Element, skip: (el: Element) => boolean, visit: (node: Visit) => void): Steps<void> {
  const stack: (Node | typeof EDGE)[] = [block];
  let budget = NODES_PER_STEP;
  while (stack.length) {
    // A single block can be a whole long article (a page of bare text and <br>s).
    if (--budget === 0) {
      budget = NODES_PER_STEP;
      yield;
    }
    const item = stack.pop()!;
    if (item === EDGE) {
      visit('edge');
      continue;
    }
    const node = item as Node;
    if (node.nodeType === 3) {
      visit(node as Text);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== block) {
      const tag = el.tagName.toUpperCase();
      if (NEVER_ARTICLE_TEXT_TAGS.has(tag) || skip(el)) continue;
      if (tag === 'BR') {
        visit('br');
        continue;
      }
      if (BLOCK_LEVEL.has(tag)) {
        visit('edge');
        stack.push(EDGE);
      }
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** The DOM position of a text offset: a boundary at the start of a segment, or inside/at the end of one. */
function locate(segments: Segment[], offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (offset < seg.textStart) hi = mid - 1;
    else if (offset > seg.textEnd) lo = mid + 1;
    else if (side === 'start' && offset === seg.textEnd && mid + 1 < segments.length && segments[mid + 1].textStart === offset) lo = mid + 1;
    else if (side === 'end' && offset === seg.textStart && mid > 0 && segments[mid - 1].textEnd === offset) hi = mid - 1;
    else return { node: seg.node, offset: seg.nodeStart + (offset - seg.textStart) };
  }
  // Offsets on synthetic characters (block joins, <br>) snap to the nearest real position.
  const seg = side === 'start' ? segments[lo] : segments[hi];
  if (!seg) return null;
  return side === 'start' ? { node: seg.node, offset: seg.nodeStart } : { node: seg.node, offset: seg.nodeStart + (seg.textEnd - seg.textStart) };
}
