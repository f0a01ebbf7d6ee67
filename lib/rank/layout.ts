// Where things stand in the article, for the ranking: its blocks (headings, captions, running text),
// its sentences, the opening sentences of running text, and which figures the headline names.
import type { Span } from '../analysis';
import { CAPTION_BLOCK, HEADING_MAX_WORDS, LEDE_MIN_SENTENCES, LEDE_WORDS } from './weights';

export interface Block {
  start: number;
  end: number;
  text: string;
  /** Short and unpunctuated: a headline or a subheading. */
  heading: boolean;
  /** A caption or a credit line. */
  caption: boolean;
}

export interface Layout {
  text: string;
  blocks: Block[];
  sentences: Span[];
  /** Sentences of running text (not in headings or captions), in order. */
  running: Span[];
  /** The opening sentences of running text. */
  lede: Span[];
  words: number;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isHeading(text: string): boolean {
  return wordCount(text) <= HEADING_MAX_WORDS && !/[.!?…:;]["'”’)\]]*$/.test(text.trim());
}

export function readLayout(text: string, blockStarts: number[], sentences: Span[]): Layout {
  const starts = blockStarts.length ? blockStarts : [0];
  const blocks: Block[] = starts.map((start, b) => {
    const end = b + 1 < starts.length ? Math.max(start, starts[b + 1] - 2) : text.length;
    const body = text.slice(start, end);
    return { start, end, text: body, heading: isHeading(body), caption: CAPTION_BLOCK.test(body) };
  });
  const running = sentences.filter((s) => {
    const block = blockAt(blocks, s.start);
    return !block || (!block.heading && !block.caption);
  });
  const lede: Span[] = [];
  let read = 0;
  for (const s of running) {
    if (read >= LEDE_WORDS && lede.length >= LEDE_MIN_SENTENCES) break;
    lede.push(s);
    read += wordCount(s.text);
  }
  return { text, blocks, sentences, running, lede, words: wordCount(text) };
}

/** The item of a list sorted by start, not overlapping, that holds `pos`. */
export function itemAt<T extends { start: number; end: number }>(items: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].end <= pos) lo = mid + 1;
    else if (items[mid].start > pos) hi = mid - 1;
    else return items[mid];
  }
  return undefined;
}

export const blockAt = (blocks: readonly Block[], pos: number) => itemAt(blocks, pos);

export function within(inner: { start: number; end: number }, spans: readonly Span[]): boolean {
  const s = itemAt(spans, inner.start);
  return !!s && inner.end <= s.end;
}
