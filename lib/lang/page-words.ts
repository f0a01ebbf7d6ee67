// The words pages show around ads and paid content, every language's (see PageWords in types.ts).
// The sponsored detector and the extractor read labels in any language, whatever the page declares.
import { dePageWords } from './de';
import { enPageWords } from './en';
import { esPageWords } from './es';
import { frPageWords } from './fr';
import { itPageWords } from './it';
import { nlPageWords } from './nl';
import { OTHER_PAGE_WORDS } from './others';
import type { PageWords } from './types';

const PAGE_WORDS: readonly PageWords[] = [
  enPageWords, dePageWords, frPageWords, esPageWords, itPageWords, nlPageWords, ...Object.values(OTHER_PAGE_WORDS),
];

/**
 * Every language's words of one kind as one regex alternation: `wordsSource((w) => w.adWords)`.
 * (Callers mark the call `@__PURE__` so that bundles drop the patterns they do not use.)
 */
export function wordsSource(pick: (words: PageWords) => readonly string[] | undefined): string {
  return [...new Set(PAGE_WORDS.flatMap((w) => pick(w) ?? []))].join('|');
}
