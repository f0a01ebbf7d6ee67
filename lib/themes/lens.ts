// Themes as lenses: how strongly a sentence argues each theme, and where it sits. A theme's terms are a
// mention (one point each); its frames, run on the sentence's lemmas (who does what to whom), are the
// argument itself (two points each). The summary (summarize.ts) reports a theme only when several
// sentences carry it, weighing the headline and the opening more than the rest.
import { lemmaText } from './lemma';
import { GuardedRegExp } from './literal-guard';
import type { ThemeDefinition } from './taxonomy';

/** Points of one frame match: a frame states the theme, a term only names it. */
export const FRAME_POINTS = 2;
/** Points counted per sentence and theme, so one stuffed sentence cannot carry a theme alone. */
export const MAX_SENTENCE_POINTS = 4;
/** A sentence carries a theme from this many points: one frame, two terms, or a term in a strategic claim. */
export const CARRIES_POINTS = 2;
/** The opening: the first sentences (a standfirst, the lede) weigh this much more than the body. */
export const OPENING_SENTENCES = 3;
export const OPENING_WEIGHT = 1.5;
/** The first share of the article (after the opening) weighs a little more too. */
export const EARLY_SHARE = 0.25;
export const EARLY_WEIGHT = 1.2;
/** Sentences shorter than this are headings, captions or fragments: they name, they do not argue. */
export const MIN_ARGUING_WORDS = 6;

const compiledFrames = new WeakMap<ThemeDefinition, GuardedRegExp[]>();

function framesOf(theme: ThemeDefinition): GuardedRegExp[] {
  let res = compiledFrames.get(theme);
  if (res) return res;
  res = [];
  for (const source of theme.frames ?? []) {
    try {
      const rule = new GuardedRegExp(source, 'g');
      void rule.re; // compile now, so that a broken frame is dropped here
      res.push(rule);
    } catch {
      // A user's broken frame must not break the analysis.
    }
  }
  compiledFrames.set(theme, res);
  return res;
}

/** Frame matches per theme in one sentence (theme id -> count), run on its lemmas. */
export function frameHits(sentence: string, themes: ThemeDefinition[]): Map<string, number> {
  const lemmas = lemmaText(sentence);
  const out = new Map<string, number>();
  for (const theme of themes) {
    const starts = new Set<number>();
    for (const rule of framesOf(theme)) {
      if (!rule.mayMatch(lemmas)) continue;
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(lemmas); m; m = re.exec(lemmas)) {
        if (m[0] === '') re.lastIndex++;
        else starts.add(m.index);
      }
    }
    if (starts.size) out.set(theme.id, starts.size);
  }
  return out;
}

/** How much where a sentence sits counts: the opening, then the first quarter, then the rest. */
export function positionWeight(index: number, count: number): number {
  if (index < OPENING_SENTENCES) return OPENING_WEIGHT;
  if (index < Math.max(OPENING_SENTENCES, count * EARLY_SHARE)) return EARLY_WEIGHT;
  return 1;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** A theme's points in a sentence: its term hits, its frames doubled, one more if a strategic claim argues it. */
export function themePoints(termHits: number, frames: number, inStrategicClaim: boolean): number {
  return Math.min(MAX_SENTENCE_POINTS, termHits + FRAME_POINTS * frames + (inStrategicClaim ? 1 : 0));
}
