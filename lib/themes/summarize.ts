// The extractive argument summary: which themes the article argues (ranked, each with its most
// load-bearing sentences) and a thesis of 1–3 sentences. Nothing is written, only chosen: every span
// is a sentence of the article text, so `text.slice(start, end) === span.text` holds by construction.
import type { Claim, Span, Theme, Topic } from '../analysis';
import {
  CARRIES_POINTS,
  frameHits,
  MAX_SENTENCE_POINTS,
  MIN_ARGUING_WORDS,
  OPENING_SENTENCES,
  positionWeight,
  themePoints,
  wordCount,
} from './lens';
import { matchThemes, type ThemeHit } from './match';
import { mostNamedParty, objectsOf } from './party';
import { leadingDatelineLength, mayStateThesis } from './thesis-guard';
import { findTopics, type TopicSentence } from './topics';
import type { ThemeDefinition } from './taxonomy';

export interface SummaryInput {
  text: string;
  title: string;
  sentences: Span[];
  /** Every claim of the article, numeric and strategic, with ids. */
  claims: Claim[];
  themes: ThemeDefinition[];
  /** `matchThemes` of each sentence, parallel to `sentences`, when the caller has them already. */
  sentenceHits?: ThemeHit[][];
}

/** Score of a title that carries the theme (the headline states what the article is about). */
export const TITLE_WEIGHT = 3;
/** Score of a sentence that only names the theme in passing. */
export const MENTION_WEIGHT = 0.25;
/** A theme is reported only when the article argues it: this many sentences carry it ... */
export const MIN_THEME_SENTENCES = 2;
/** ... and, in a long article, this share of its sentences (how much of the article speaks to it) ... */
export const MIN_THEME_SHARE = 0.04;
/** ... and its score reaches this (two carrying sentences in the body, each with one frame, score 4). */
export const MIN_THEME_SCORE = 4;
export const MAX_THEMES = 8;
export const MAX_THEME_SENTENCES = 3;
export const MAX_THESIS = 2;
/** The thesis is sought in the opening: this share of the sentences, and at least THESIS_MIN_SENTENCES. */
export const THESIS_WINDOW = 0.4;
export const THESIS_MIN_SENTENCES = 8;
/** A second thesis sentence must score at least this share of the best one. */
export const THESIS_RELATIVE = 0.8;

interface SentenceInfo {
  span: Span;
  index: number;
  /** Theme id -> points (lens.ts): terms, frames, and a strategic claim on it. */
  points: Map<string, number>;
  /** Theme id -> frame matches: the sentence states the theme rather than naming it. */
  frames: Map<string, number>;
  /** Where the sentence sits (lens.ts `positionWeight`). */
  weight: number;
  /** Long enough to argue (not a heading, caption or fragment). */
  arguing: boolean;
  strategic?: Claim;
  claimIds: string[];
  numericCount: number;
}

interface ThemeTally {
  def: ThemeDefinition;
  score: number;
  /** Sentences that carry the theme, in article order. */
  carriers: SentenceInfo[];
  titleCarries: boolean;
}

function inside(c: { start: number; end: number }, s: Span): boolean {
  return c.start >= s.start && c.end <= s.end;
}

/** Index of the first claim (sorted by start) that starts at or after `pos`. */
function firstFrom(claims: Claim[], pos: number): number {
  let lo = 0;
  let hi = claims.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (claims[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A theme's points per id in one stretch of text (a sentence, the title). */
/** The claims (sorted by start) that lie inside a sentence. */
function claimsInside(claims: Claim[], span: Span): Claim[] {
  const own: Claim[] = [];
  for (let k = firstFrom(claims, span.start); k < claims.length && claims[k].start < span.end; k++) {
    if (inside(claims[k], span)) own.push(claims[k]);
  }
  return own;
}

function pointsOf(text: string, themes: ThemeDefinition[], termHits: ThemeHit[], strategic?: Claim) {
  const frames = frameHits(text, themes);
  const points = new Map<string, number>();
  for (const def of themes) {
    const terms = termHits.find((h) => h.id === def.id)?.hits ?? 0;
    const p = themePoints(terms, frames.get(def.id) ?? 0, strategic?.themes.includes(def.id) ?? false);
    if (p > 0) points.set(def.id, p);
  }
  return { points, frames };
}

function describeSentences(input: SummaryInput): SentenceInfo[] {
  const claims = [...input.claims].sort((a, b) => a.start - b.start);
  const count = input.sentences.length;
  return input.sentences.map((span, index) => {
    const own = claimsInside(claims, span);
    const strategic = own.find((c) => c.kind === 'strategic');
    const hits = input.sentenceHits?.[index] ?? matchThemes(span.text, input.themes);
    const { points, frames } = pointsOf(span.text, input.themes, hits, strategic);
    return {
      span,
      index,
      points,
      frames,
      weight: positionWeight(index, count),
      arguing: wordCount(span.text) >= MIN_ARGUING_WORDS,
      strategic,
      claimIds: own.map((c) => c.id),
      numericCount: own.filter((c) => c.kind !== 'strategic').length,
    };
  });
}

function tallyThemes(input: SummaryInput, infos: SentenceInfo[]): ThemeTally[] {
  const title = pointsOf(input.title, input.themes, matchThemes(input.title, input.themes)).points;
  return input.themes.map((def) => {
    const titleCarries = (title.get(def.id) ?? 0) >= CARRIES_POINTS;
    const tally: ThemeTally = { def, score: titleCarries ? TITLE_WEIGHT : 0, carriers: [], titleCarries };
    for (const info of infos) {
      const points = info.points.get(def.id);
      if (!points) continue;
      if (info.arguing && points >= CARRIES_POINTS) {
        tally.carriers.push(info);
        tally.score += info.weight * points;
      } else {
        tally.score += MENTION_WEIGHT;
      }
    }
    return tally;
  });
}

/**
 * Argued: enough sentences carry it and it scores enough. A theme the headline or the opening states
 * needs only MIN_THEME_SENTENCES; otherwise a long article must come back to it (MIN_THEME_SHARE).
 */
function isArgued(tally: ThemeTally, sentenceCount: number): boolean {
  const upFront = tally.titleCarries || tally.carriers.some((c) => c.index < OPENING_SENTENCES);
  const needed = upFront ? MIN_THEME_SENTENCES : Math.max(MIN_THEME_SENTENCES, Math.ceil(sentenceCount * MIN_THEME_SHARE));
  return tally.carriers.length >= needed && tally.score >= MIN_THEME_SCORE;
}

/** How much a sentence carries a theme: its points where it sits, the theme first in its claim, figures. */
function loadBearing(info: SentenceInfo, themeId: string): number {
  const claim = info.strategic;
  let score = info.weight * (info.points.get(themeId) ?? 0);
  if (claim?.themes[0] === themeId) score += 1;
  if (info.numericCount > 0) score += 1; // a figure is something the argument rests on
  if (claim && !claim.hedged) score += 0.5;
  return score;
}

/** Where a theme ranks, and the score it reports: what the article argues, times the theme's weight. */
const ranking = (tally: ThemeTally) => tally.score * (tally.def.weight ?? 1);

function themeLabel(def: ThemeDefinition, cited: SentenceInfo[]): string {
  if (!def.party) return def.label;
  const texts = cited.map((i) => i.span.text);
  // Named only where a sentence says who is depended on ("reliant on X"), not from any name nearby.
  if (!texts.some((t) => objectsOf(t, def.party!.cues).length > 0)) return def.label;
  const party = mostNamedParty(texts, def.party.cues);
  return party ? def.party.label.replace('{party}', party) : def.label;
}

/**
 * Which reported themes may cite a sentence: the one(s) it argues most. A sentence argues two themes
 * only when it gives both the same, full weight (MAX_SENTENCE_POINTS - 1 or more); otherwise a tie goes
 * to the theme it states in a frame, then to a specific theme over a broad one, then to the higher-ranked.
 */
function citingThemes(info: SentenceInfo, ranked: ThemeTally[]): Set<string> {
  const own = ranked.filter((t) => t.carriers.includes(info));
  const best = Math.max(0, ...own.map((t) => info.points.get(t.def.id) ?? 0));
  const top = own.filter((t) => (info.points.get(t.def.id) ?? 0) === best);
  if (top.length <= 1 || best >= MAX_SENTENCE_POINTS - 1) return new Set(top.map((t) => t.def.id));
  // Stated in a frame first, then the specific theme before a broad one, then the higher-ranked.
  const order = (t: ThemeTally) => (info.frames.has(t.def.id) ? 2 : 0) + (t.def.weight ?? 1);
  const chosen = top.reduce((a, b) => (order(b) > order(a) ? b : a));
  return new Set([chosen.def.id]);
}

function toThemes(ranked: ThemeTally[]): Theme[] {
  const cites = new Map<SentenceInfo, Set<string>>();
  for (const t of ranked) for (const info of t.carriers) if (!cites.has(info)) cites.set(info, citingThemes(info, ranked));
  const out: Theme[] = [];
  for (const tally of ranked) {
    const own = tally.carriers.filter((i) => cites.get(i)?.has(tally.def.id));
    if (own.length === 0) continue; // every sentence argues another theme more: this one is not argued
    const cited = [...own]
      .sort((a, b) => loadBearing(b, tally.def.id) - loadBearing(a, tally.def.id) || a.index - b.index)
      .slice(0, MAX_THEME_SENTENCES);
    out.push({
      id: tally.def.id,
      label: themeLabel(tally.def, own),
      score: Math.round(ranking(tally) * 100) / 100,
      sentences: cited.map((i) => ({ ...i.span, claimIds: i.claimIds })),
    });
  }
  return out;
}

/** Content words of the title, cut to a short stem so "strategy" meets "strategic". */
function titleStems(title: string): Set<string> {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  return new Set(words.map((w) => w.slice(0, 5)));
}

function titleOverlap(stems: Set<string>, text: string): number {
  const words = new Set((text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
  let n = 0;
  for (const w of words) if (stems.has(w)) n++;
  return stems.size ? n / stems.size : 0;
}

const isFullSentence = (i: SentenceInfo) => /[.!?…]["'”’)\]]*$/.test(i.span.text);

/**
 * The thesis: the sentences of the opening that best state the article's point, in article order. Every
 * full sentence of the opening competes (never a caption, credit, byline, dateline or pull quote: see
 * thesis-guard.ts) on the themes the article argues that it carries, the words of the title it shares,
 * earliness and whether it argues (a strategic claim); the lede (the first full sentence) has a head start, as news puts the point first.
 */
function chooseThesis(input: SummaryInput, infos: SentenceInfo[], reported: { id: string; score: number }[]): Span[] {
  const window = Math.max(THESIS_MIN_SENTENCES, Math.ceil(infos.length * THESIS_WINDOW));
  const topScore = Math.max(1, ...reported.map((t) => t.score));
  const themeWeight = new Map(reported.map((t) => [t.id, t.score / topScore]));
  const stems = titleStems(input.title);
  const candidates = infos.filter((i) => i.index < window && isFullSentence(i) && mayStateThesis(i.span.text));
  const lede = candidates[0];
  const scored = candidates.map((i) => {
    let themes = 0;
    for (const [id, points] of i.points) if (points >= CARRIES_POINTS) themes += themeWeight.get(id) ?? 0;
    const argues = i.strategic ? (i.strategic.hedged ? 0.25 : 0.5) : 0;
    const score =
      Math.min(themes, 1.5) + 2 * titleOverlap(stems, i.span.text) + (1 - i.index / window) + (i === lede ? LEDE_BONUS : 0) + argues;
    return { i, score };
  });
  if (scored.length === 0) {
    const fallback = infos.find((i) => isFullSentence(i) && mayStateThesis(i.span.text)) ?? infos.find(isFullSentence);
    return fallback ? [fallback.span] : [];
  }
  scored.sort((a, b) => b.score - a.score || a.i.index - b.i.index);
  const best = scored[0].score;
  return scored
    .filter((s) => s.score >= best * THESIS_RELATIVE)
    .slice(0, MAX_THESIS)
    .sort((a, b) => a.i.index - b.i.index)
    .map((s) => withoutDateline(s.i.span));
}

/** The thesis sentence without the dateline that opens it ("Dekalb, Ill. — Mike Glass threw …" → "Mike Glass threw …"). */
function withoutDateline(span: Span): Span {
  const cut = leadingDatelineLength(span.text);
  return { text: span.text.slice(cut), start: span.start + cut, end: span.end };
}

/** The lede's head start in the thesis: news states its point first. */
export const LEDE_BONUS = 0.75;

/** Each sentence with the ids of the claims inside it (for topics, where no theme is matched). */
export function sentencesWithClaims(sentences: Span[], claims: Claim[]): TopicSentence[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  return sentences.map((span) => ({ span, claimIds: claimsInside(sorted, span).map((c) => c.id) }));
}

/** The argument theme by theme, the thesis, and the article's own subjects (topics.ts). */
export function summarizeArgument(input: SummaryInput): { themes: Theme[]; thesis: Span[]; topics: Topic[] } {
  const infos = describeSentences(input);
  const argued = tallyThemes(input, infos)
    .filter((t) => isArgued(t, infos.length))
    .sort((a, b) => ranking(b) - ranking(a) || a.carriers[0].index - b.carriers[0].index)
    .slice(0, MAX_THEMES);
  const themes = toThemes(argued);
  // The thesis weighs themes by how much the article argues them, broad or not.
  const reported = argued.filter((t) => themes.some((x) => x.id === t.def.id));
  const thesis = chooseThesis(input, infos, reported.map((t) => ({ id: t.def.id, score: t.score })));
  const topics = findTopics(input.title, infos.map((i) => ({ span: i.span, claimIds: i.claimIds })));
  return { themes, thesis, topics };
}
