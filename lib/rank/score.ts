// How much one claim matters, read from its kind and its surroundings (weights.ts): a figure by what the
// argument rests on (deal sizes, growth and decline, people affected, deadlines) and where it stands
// (headline, opening, thesis, strategic claims), trivia held down; a strategic claim by its type, its
// themes and whether it carries the thesis.
import type { Claim, Span } from '../analysis';
import { blockAt, itemAt, within, type Layout } from './layout';
import type { RankReason } from './reasons';
import * as W from './weights';

export interface ScoreContext {
  layout: Layout;
  /** Sentences of the thesis. */
  thesis: Span[];
  /** Strategic claims, in text order. */
  strategic: Claim[];
  /** kind|value|unit keys of the figures the headline (the page title) names. */
  headlineFigures: Set<string>;
  /** isTrivia's answers, per claim. */
  trivia: Map<Claim, boolean>;
}

const wordsRe = (words: readonly string[]) => new RegExp(`(?<![\\w'])(?:${words.join('|')})(?![\\w'])`, 'i');
const STAKES = wordsRe(W.WORDS.stakes);
const CHANGE = wordsRe(W.WORDS.change);
const PEOPLE = wordsRe(W.WORDS.people);
const FUTURE = wordsRe(W.WORDS.future);
const CHANGE_JUST_BEFORE = new RegExp(`(?:^|\\W)(?:${W.WORDS.changeJustBefore.join('|')})\\s+(?:about|around|roughly|nearly|almost|some|over|under|more than|less than|as much as|up to)?\\s*$`, 'i');
const TREND_START = new RegExp(`(?:^|\\W)(?:${W.WORDS.trendStart.join('|')})\\s+(?:\\w+\\s+)?$`, 'i');
/** A cue word, then at most an article and one word (a month: "on Dec. "), then the date's own letters ("FY"). */
const cueThenDate = (words: readonly string[]) =>
  new RegExp(`(?:^|\\W)(?:${words.join('|')})\\s+(?:the\\s+)?(?:[\\w.]+\\s+)?[\\p{L}.]*$`, 'iu');
const DEADLINE_JUST_BEFORE = cueThenDate(W.WORDS.deadlineJustBefore);
const DEADLINE_BEFORE = cueThenDate(W.WORDS.deadlineBefore);
const PAST_AFTER = new RegExp(`^(?:${W.WORDS.pastAfter.join('|')})$`, 'i');
const REPORTING = new RegExp(`^(?:${W.WORDS.reporting.join('|')})$`, 'i');
const RESULTS = wordsRe(W.WORDS.results);
const STREAK = wordsRe(W.WORDS.streak);
const STAKES_OF_BEFORE = new RegExp(`(?:^|\\W)(?:${W.WORDS.stakes.join('|')})\\s+(?:of|at|worth)\\s+(?:(?:about|around|roughly|nearly|some|more than|as much as|up to|an?|the)\\s+)?$`, 'i');
const CAPACITY_BEFORE = new RegExp(`(?:^|\\W)(?:${W.WORDS.capacityBefore.join('|')})\\s+$`, 'i');
const AGE_BEFORE = new RegExp(`(?:^|\\W)(?:${W.WORDS.ageBefore.join('|')})\\s*$`, 'i');
const ANECDOTE_AGE = /\p{Lu}\p{Ll}+,\s\d{1,3},\s|\b\d{1,3}[\s-]years?[\s-]old\b|\baged\s\d{1,3}\b/u;
const sentenceOf = (c: Claim, ctx: ScoreContext) => itemAt(ctx.layout.sentences, c.start)?.text ?? c.text;
const BARE_YEAR = /^(?:[a-z]+\s+)?\d{4}$/i;

/** The identity of a figure for repeats and for the headline: same kind, value and unit. */
export function figureKey(c: Pick<Claim, 'kind' | 'value' | 'unit' | 'iso' | 'text'>): string {
  if (c.kind === 'date' && c.iso) return `date|${c.iso}`;
  if (c.value !== undefined) return `${c.kind}|${c.value}|${c.unit ?? ''}`;
  return `${c.kind}|text|${c.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** The last `n` words of a string, and the first `n`. */
const lastWords = (s: string, n: number) => s.split(/\s+/).slice(-n - 1).join(' ');
const firstWords = (s: string, n: number) => s.trim().split(/\s+/).slice(0, n).join(' ');

/** Trivia: ages, captions, table cells, scores, figures that only name something. */
export function isTrivia(c: Claim, ctx: ScoreContext): boolean {
  let known = ctx.trivia.get(c);
  if (known === undefined) ctx.trivia.set(c, (known = readTrivia(c, ctx)));
  return known;
}

function readTrivia(c: Claim, ctx: ScoreContext): boolean {
  const { text } = ctx.layout;
  const block = blockAt(ctx.layout.blocks, c.start);
  if (block?.caption) return true;
  // A figure that is the whole block (a table cell, a ticker): nothing around it says what it measures.
  if (block && block.text.length <= c.text.length + W.CELL_SLACK && block.text.replace(c.text, '').replace(/[^\p{L}]/gu, '').length < 3) return true;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const after = text.slice(c.end, c.end + 16);
  // An age, however the figure was cut: "aged 43", "43 years old", "43-year-old" (the figure may stop at "43-year").
  if (AGE_BEFORE.test(before) || W.AGE_AFTER.test(after) || /year[\s-]old/i.test(c.text)) return true;
  if (/\b(?:years?|yrs?)[\s-]*$/i.test(c.text) && /^[\s-]*old\b/i.test(after)) return true;
  if (W.MODEL_NUMBER.test(c.text) || W.NUMBER_BEFORE.test(before)) return true;
  if (c.kind === 'quantity' && c.unit === 'x' && (c.value ?? 0) >= W.MODEL_MULTIPLIER) return true;
  if (c.kind === 'count' && (c.value ?? 0) <= W.REFERRING_MAX && W.REFERRING_BEFORE.test(before)) return true;
  // A date in an anecdote: the sentence gives someone's age ("Maria Lopez, 67, has lived there since 1979").
  if (c.kind === 'date' && ANECDOTE_AGE.test(sentenceOf(c, ctx))) return true;
  if (c.kind !== 'date' && !block?.heading && isStatLine(sentenceOf(c, ctx))) return true;
  if (c.kind !== 'number') return false;
  if (W.SCORE_TEXT.test(c.text.trim()) || W.IDENTIFIER_BEFORE.test(before)) return true;
  // "Nikkei 225", "737 Max": a bare number glued to a name (not at a sentence's start).
  if (/\p{Lu}[\p{L}-]*\s$/u.test(before) && !/[.!?]\s+\p{Lu}[\p{L}-]*\s$/u.test(before) && before.trim().split(/\s+/).length > 1) return true;
  if (/^\s\p{Lu}\p{Ll}/u.test(after)) return true;
  // "Smith, 45, said": an age after a name.
  return /\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^\s*,/.test(after) && (c.value ?? 0) > 0 && (c.value ?? 0) < 120;
}

/** Small words a line of statistics may hold besides names and figures ("19 points and 3 steals"). */
const STAT_LINE_WORDS = new Set(['and', 'of', 'with', 'in', 'for', 'total', 'the', 'a', 'vs', 'v']);

/**
 * A line of statistics, not a sentence: "Armani Sheffield 19 points and 3 steals.", "K. Hupfer 1 goal."
 * Names and figures with their nouns, no verb, and a name right before a figure and its lower-case
 * noun (a headline's "Tesla Cuts 14,000 Jobs" or "Unemployment 4.2% in May" is none).
 */
function isStatLine(sentence: string): boolean {
  if (!/\p{Lu}[\p{L}.'’-]*\s+\d[\d.,]*\s+\p{Ll}/u.test(sentence)) return false;
  const words = sentence.replace(/\d[\d.,:-]*(?:[\s-]+\p{Ll}+)?/gu, ' ').match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return words.every((w) => STAT_LINE_WORDS.has(w));
}

/** The figure is what a stakes noun measures: "a $9 billion order", "a 25.2% stake", "an order of 30 jets", "valued at $8.8 billion". */
function measuresStakes(before: string, after: string): boolean {
  return STAKES.test(firstWords(after, 1)) || STAKES_OF_BEFORE.test(before);
}

function positionBonus(c: Claim, ctx: ScoreContext): number {
  const length = ctx.layout.text.length || 1;
  return W.POSITION_WEIGHT * (1 - c.start / length);
}

/**
 * A date followed, across a comma, by a clause told in the past: a subject of one or two words, then a
 * past verb that is not one of reporting ("By December, the crews walked out"), and no future word in
 * the clause ("By March, the operator said it would repay" is a deadline).
 */
function toldInPast(after: string): boolean {
  const clause = /^\s*,\s*([^,.;:!?]+)/u.exec(after)?.[1];
  if (!clause || FUTURE.test(clause)) return false;
  const words = clause.trim().split(/\s+/);
  return words.slice(1, 3).some((w) => PAST_AFTER.test(w) && !REPORTING.test(w));
}

/** `why`, when given, collects the reasons weight was added for (reasons.ts). */
export function scoreFigure(c: Claim, ctx: ScoreContext, why: RankReason[] = []): number {
  if (isTrivia(c, ctx)) return W.TRIVIA_SCORE;
  const { layout } = ctx;
  const sentence = itemAt(layout.sentences, c.start) ?? { start: c.start, end: c.end, text: c.text };
  const before = layout.text.slice(sentence.start, c.start);
  const after = layout.text.slice(c.end, sentence.end);
  const near = `${lastWords(before, W.NEAR_BEFORE)} ${firstWords(after, W.NEAR_AFTER)}`;
  const whole = `${before} ${after}`;
  const duration = c.kind === 'quantity' && W.DURATION_UNITS.test(c.unit ?? '');
  let score = duration ? W.DURATION_WEIGHT : (W.KIND_WEIGHT[c.kind as keyof typeof W.KIND_WEIGHT] ?? 0);

  if (c.kind === 'date') {
    // What leads up to the date's digits (or its month's name), the claim's own words included ("by end of
    // 2026", "Since 2008", "since early August").
    const lead = before + (/\d/.test(c.text) ? c.text.replace(/\d[\s\S]*$/, '') : c.text.replace(/\S+$/, ''));
    // "Clark in October revealed plans ...": the date is when something was done, whatever the plans.
    const done = PAST_AFTER.test(firstWords(after, 1).replace(/[^\w]+$/, ''));
    // "By December, they worsened": a story's time, told in the past, bounds nothing to come.
    const told = toldInPast(after);
    const deadline =
      !told && (DEADLINE_JUST_BEFORE.test(lead) || (!done && ((DEADLINE_BEFORE.test(lead) && FUTURE.test(whole)) || FUTURE.test(firstWords(after, 2)))));
    // "since 2008" starts a trend only in a sentence about stakes or change ("lived there since 1979" does not).
    const trend = TREND_START.test(lead) && (STAKES.test(whole) || CHANGE.test(whole));
    if (deadline || trend) {
      score += W.DEADLINE_WEIGHT;
      why.push(deadline ? 'deadline' : 'trend');
    }
    else {
      if (BARE_YEAR.test(c.text.trim())) score -= W.BARE_YEAR_PENALTY;
      if (!within(c, layout.lede)) score -= W.PAST_DATE_PENALTY;
    }
    if (W.PERIOD_PATTERN.test(c.text) && RESULTS.test(firstWords(after, 2))) {
      score += W.STAKES_WEIGHT;
      why.push('results');
    }
  } else {
    if (!duration && STAKES.test(near)) {
      score += W.STAKES_WEIGHT + (measuresStakes(before, after) ? W.STAKES_NOUN_WEIGHT : 0);
      why.push('stakes');
    }
    if (CHANGE.test(near) || CHANGE_JUST_BEFORE.test(before)) {
      score += W.CHANGE_WEIGHT;
      why.push('change');
    }
    const affected = PEOPLE.test(c.text) || PEOPLE.test(firstWords(after, 2));
    if (c.kind === 'count' && affected && !CAPACITY_BEFORE.test(before)) {
      score += W.PEOPLE_WEIGHT;
      why.push('people');
    }
    if (duration && (STREAK.test(c.text) || STREAK.test(firstWords(after, 3)))) {
      score += W.STREAK_WEIGHT;
      why.push('streak');
    }
  }
  const block = blockAt(layout.blocks, c.start);
  const inHeadline = block === layout.blocks[0] && block.heading;
  if (inHeadline || ctx.headlineFigures.has(figureKey(c))) {
    score += W.HEADLINE_WEIGHT;
    why.push('headline');
  }
  if (within(c, layout.lede)) {
    score += W.LEDE_WEIGHT;
    why.push('opening');
  }
  if (within(c, ctx.thesis)) {
    score += W.THESIS_WEIGHT;
    why.push('thesis');
  } else if (within(c, ctx.strategic)) {
    score += W.STRATEGIC_SENTENCE_WEIGHT;
    why.push('argument');
  }
  return score + positionBonus(c, ctx);
}

export function scoreStrategic(c: Claim, ctx: ScoreContext, why: RankReason[] = []): number {
  let score = W.STRATEGIC_TYPE_WEIGHT[c.type ?? 'assertion'];
  if (c.hedged) score -= W.HEDGE_PENALTY;
  if (c.source) score -= W.SOURCED_PENALTY;
  score += W.EXTRA_THEME_WEIGHT * Math.max(0, c.themes.length - 1);
  if (ctx.thesis.some((t) => t.start <= c.start && c.end <= t.end)) {
    score += W.THESIS_CLAIM_WEIGHT;
    why.push('thesis');
  }
  if (within(c, ctx.layout.lede)) {
    score += W.LEDE_WEIGHT;
    why.push('opening');
  }
  return score + positionBonus(c, ctx);
}

export function scoreClaim(c: Claim, ctx: ScoreContext, why: RankReason[] = []): number {
  return c.kind === 'strategic' ? scoreStrategic(c, ctx, why) : scoreFigure(c, ctx, why);
}
