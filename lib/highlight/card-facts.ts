// What a claim's card tells the reader beyond the underlined words. For a figure: what it measures,
// its value in plain terms, the other places the article gives it, and the figure it is set against
// in the same sentence. For a strategic claim: what kind of claim it is, who makes it, and the themes
// it speaks to by their labels.
import type { Claim } from '../analysis';
import { CLAIM_TYPE_WORDS, isNumericKind } from '../claim-kinds';
import { PLACE_REASONS, REASON_WORDS } from '../rank/reasons';
import { splitSentences } from '../text/sentences';
import { readerValue } from './reader-value';

/** The article's text and claims: the card looks around its claim. */
export interface ArticleContext {
  text: string;
  /** The claims lying wholly within [start, end) of the text. */
  within(start: number, end: number): readonly Claim[];
  /** The claim of this id, if the article has it. */
  byId(id: string): Claim | undefined;
  /** The labels of the article's topics whose sentences take in [start, end). */
  topicsAt(start: number, end: number): readonly string[];
}

export interface FigureFacts {
  /** "$3.8 billion", "80%", "5,200 lb per second". */
  value: string;
  /** What it measures, in the article's words, when the engine found it. */
  subject?: string;
  /** Other figures of the same kind in the same sentence: what this one is compared with. */
  comparedWith: { claim: Claim; value: string }[];
}

export interface StrategicFacts {
  /** "A prediction", "A hedged warning". */
  what: string;
  /** "Analysts", "the company"; the author when the article gives no one. */
  who: string;
  themes: string[];
  /** The article's topics the claim is about ("rock salt", "winter"), when it speaks to no theme. */
  about: readonly string[];
}

/**
 * Why the claim is marked, in a reader's words: the first thing it is, then the first place it stands
 * ("What a deal or a result is worth, in the headline"); undefined when the ranking gave no reason.
 */
export function whyMarked(claim: Claim): string | undefined {
  const why = claim.why ?? [];
  const parts = [why.find((r) => !PLACE_REASONS.has(r)), why.find((r) => PLACE_REASONS.has(r))].filter((r) => r !== undefined);
  if (parts.length === 0) return undefined;
  const words = parts.map((r) => REASON_WORDS[r]).join(', ');
  return `${words[0].toUpperCase()}${words.slice(1)}`;
}

export function isFigure(claim: Claim): boolean {
  return isNumericKind(claim.kind);
}

export function figureFacts(claim: Claim, context: ArticleContext): FigureFacts {
  return {
    value: readerValue(claim),
    // "870 stores" needs no "stores" under it: the subject is shown when it adds something.
    ...(claim.subject && !claim.text.toLowerCase().includes(claim.subject.toLowerCase()) ? { subject: claim.subject } : {}),
    comparedWith: comparedFigures(claim, context).map((c) => ({ claim: c, value: readerValue(c) })),
  };
}

export function strategicFacts(claim: Claim, themeLabels: ReadonlyMap<string, string>, context: Pick<ArticleContext, 'topicsAt'>): StrategicFacts {
  const type = CLAIM_TYPE_WORDS[claim.type ?? 'assertion'];
  const words = claim.hedged ? `hedged ${type}` : type;
  // A theme the Analysis does not label is not shown: never a raw id.
  const themes = claim.themes.map((id) => themeLabels.get(id)).filter((label): label is string => Boolean(label));
  return {
    what: `${/^[aeiou]/.test(words) ? 'An' : 'A'} ${words}`,
    who: claim.source ?? 'The author',
    themes,
    // A claim on no theme (a news story often has none) is tied to what the article is about instead.
    about: themes.length ? [] : context.topicsAt(claim.start, claim.end),
  };
}

/**
 * Figures of the same kind and unit in the claim's sentence, other than its own repeats: a sentence
 * that gives two such figures sets them against each other ("up from $2.1 billion").
 */
export function comparedFigures(claim: Claim, context: ArticleContext): Claim[] {
  if (!isFigure(claim)) return [];
  const sentence = sentenceAround(context.text, claim.start, claim.end);
  const repeats = new Set([claim.id, ...(claim.mentions ?? [])]);
  return context.within(sentence.start, sentence.end).filter(
    (c) =>
      !repeats.has(c.id) &&
      c.kind === claim.kind &&
      (c.unit ?? '') === (claim.unit ?? '') &&
      !(c.start < claim.end && claim.start < c.end) &&
      c.value !== claim.value,
  );
}

/** The sentence holding [start, end), found within its own line (paragraph) of the article text. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  for (const s of splitSentences(text.slice(lineStart, lineEnd))) {
    if (lineStart + s.start <= start && end <= lineStart + s.end) return { start: lineStart + s.start, end: lineStart + s.end };
  }
  return { start: lineStart, end: lineEnd };
}

/** The claim's repeats that are still in the Analysis, in article order, the claim itself first. */
export function mentionChain(claim: Claim, context: ArticleContext): Claim[] {
  const repeats = (claim.mentions ?? []).map((id) => context.byId(id)).filter((c): c is Claim => Boolean(c));
  return [claim, ...repeats.sort((a, b) => a.start - b.start)];
}
