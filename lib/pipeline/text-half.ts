// The text half of the pipeline: plain data in, plain data out, no DOM. From the article text (and
// where its blocks start): language, sentences, numeric claims, strategic claims, themes, topics and thesis.
// Runs in the extension's background for the content script (it needs no page, and stays warm there
// from page to page), and in one go after page-half.ts in the CLI (analyze.ts).
import type { Analysis, Claim } from '../analysis';
import { findNumericClaims } from '../claims/numeric';
import { byPosition, numericClaim, strategicClaim, tieFiguresToThemes } from '../claims/assemble';
import { IdMaker } from '../text/ids';
import { defaultNow, runSteps } from './steps';
import { sentencesWithClaims, summarizeArgument } from '../themes/summarize';
import { findTopics } from '../themes/topics';
import { matchThemesInSentencesSteps } from '../themes/match';
import { DEFAULT_THEMES, type ThemeDefinition } from '../themes/taxonomy';
import { splitSentences } from '../text/sentences';
import { guessLanguage, primaryLanguage } from '../text/language';
import { attributeSources } from '../claims/source';
import { argumentStrength, keepStrongest } from '../claims/strategic';
import { rankClaims } from '../rank/rank';

/** What the text half needs from the page. `blockStarts`: offset in `text` where each block begins. */
export interface ArticleInput {
  text: string;
  blockStarts: number[];
  title: string;
  /** The language the page declares (article or document), if any; the text's own wins. */
  langHint: string | null;
}

export interface TextAnalysis {
  lang: string;
  claims: Claim[];
  thesis: Analysis['thesis'];
  themes: Analysis['themes'];
  topics: Analysis['topics'];
  analyzeMs: number;
}

export interface TextOptions {
  /** The theme table to use; the default taxonomy when absent. */
  themes?: ThemeDefinition[];
  now?: () => number;
}

/** How many sentences are classified between two yields (the first ones compile the cue and theme tables). */
const SENTENCES_PER_SLICE = 10;

export function analyzeText(input: ArticleInput, options: TextOptions = {}): TextAnalysis {
  return runSteps(analyzeTextSteps(input, options));
}

export function* analyzeTextSteps(input: ArticleInput, options: TextOptions = {}): Generator<void, TextAnalysis> {
  const now = options.now ?? defaultNow;
  const t1 = now();
  const { text, blockStarts, title } = input;
  const lang = primaryLanguage(guessLanguage(text) ?? input.langHint ?? undefined);
  const sentences = splitSentences(text);
  const ids = new IdMaker();

  const numeric: Claim[] = [];
  for (let b = 0; b < blockStarts.length; b++) {
    const from = blockStarts[b];
    const to = b + 1 < blockStarts.length ? blockStarts[b + 1] - 2 : text.length;
    for (const m of findNumericClaims(text.slice(from, to), { lang })) numeric.push(numericClaim(m, from, text, ids));
    yield; // one block per step: a block can be long, and the first one compiles the numeric tables
  }
  yield;

  let strategic: Claim[] = [];
  const themes = options.themes ?? DEFAULT_THEMES;
  // Each sentence's themes, matched once: the claims and the summary both read them.
  const sentenceHits = lang === 'en' ? yield* matchThemesInSentencesSteps(text, sentences, themes) : [];
  if (lang === 'en') {
    const strength = new Map<Claim, number>();
    for (let i = 0; i < sentences.length; i++) {
      const claim = strategicClaim(sentences[i], themes, ids, sentenceHits[i]);
      if (claim) {
        strategic.push(claim);
        strength.set(claim, argumentStrength(claim.text, sentenceHits[i], themes));
      }
      if (i % SENTENCES_PER_SLICE === SENTENCES_PER_SLICE - 1) yield;
    }
    strategic = keepStrongest(strategic, sentences.length, (c) => strength.get(c) ?? 0, themes);
  }
  tieFiguresToThemes(numeric, strategic);
  attributeSources(strategic, sentences, (pos) => blockIndexAt(blockStarts, pos));
  const found = [...numeric, ...strategic].sort(byPosition);
  yield;

  const summary = lang === 'en' ? summarizeArgument({ text, title, sentences, claims: found, themes, sentenceHits }) : null;
  // Topics are phrases of the article's own words: every language gets them.
  const topics = summary?.topics ?? findTopics(title, sentencesWithClaims(sentences, found));
  yield;
  const titleFigures = findNumericClaims(title, { lang });
  const thesis = summary?.thesis ?? [];
  const claims = rankClaims(found, { text, blockStarts, sentences, title, thesis, titleFigures });
  return { lang, claims, thesis, themes: summary?.themes ?? [], topics, analyzeMs: now() - t1 };
}

/** Which block holds `pos` (blockStarts ascending). */
function blockIndexAt(blockStarts: number[], pos: number): number {
  let b = 0;
  while (b + 1 < blockStarts.length && blockStarts[b + 1] <= pos) b++;
  return b;
}
