// The extractive argument summary: which themes the article argues (ranked, each with its most
// load-bearing sentences) and a thesis of 1–3 sentences. Nothing is written, only chosen: every span
// is a sentence of the article text, so `text.slice(start, end) === span.text` holds by construction.
import type { Claim, Span, Theme } from '../analysis';
import { matchThemes, type ThemeHit } from './match';
import { mostNamedParty } from './party';
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

/** Score of a strategic claim on a theme, before its match strength is added. */
export const CLAIM_WEIGHT = 2;
/** Score of any other sentence that mentions the theme: a passing mention counts little. */
export const MENTION_WEIGHT = 1;
/** Score of a title that mentions the theme. */
export const TITLE_WEIGHT = 1;
/** Term hits counted per sentence, so one sentence stuffed with terms cannot carry a theme alone. */
export const MAX_HITS_PER_SENTENCE = 3;
/** A theme is reported only when the article argues it: this many strategic claims on it ... */
export const MIN_THEME_CLAIMS = 1;
/** ... and at least this score (one claim with a single term and nothing else scores 3). */
export const MIN_THEME_SCORE = 4;
export const MAX_THEMES = 8;
export const MAX_THEME_SENTENCES = 3;
export const MAX_THESIS = 3;
/** The thesis is sought in the opening: this share of the sentences, and at least THESIS_MIN_SENTENCES. */
export const THESIS_WINDOW = 0.4;
export const THESIS_MIN_SENTENCES = 8;
/** A lede that is not itself a strategic claim joins the thesis only if it shares this share of the title's words. */
export const LEDE_MIN_TITLE_OVERLAP = 0.5;
/** Further thesis sentences must score at least this share of the best one. */
export const THESIS_RELATIVE = 0.6;

interface SentenceInfo {
  span: Span;
  index: number;
  /** Theme id -> term hits (capped). */
  hits: Map<string, number>;
  strategic?: Claim;
  claimIds: string[];
  numericCount: number;
}

interface ThemeTally {
  def: ThemeDefinition;
  score: number;
  claims: SentenceInfo[];
  mentions: SentenceInfo[];
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

function describeSentences(input: SummaryInput): SentenceInfo[] {
  const claims = [...input.claims].sort((a, b) => a.start - b.start);
  return input.sentences.map((span, index) => {
    const own: Claim[] = [];
    for (let k = firstFrom(claims, span.start); k < claims.length && claims[k].start < span.end; k++) {
      if (inside(claims[k], span)) own.push(claims[k]);
    }
    const hits = new Map<string, number>();
    for (const h of input.sentenceHits?.[index] ?? matchThemes(span.text, input.themes)) hits.set(h.id, Math.min(h.hits, MAX_HITS_PER_SENTENCE));
    const strategic = own.find((c) => c.kind === 'strategic');
    // A claim's own themes count even where this theme table would not have found them.
    for (const id of strategic?.themes ?? []) if (!hits.has(id)) hits.set(id, 1);
    return {
      span,
      index,
      hits,
      strategic,
      claimIds: own.map((c) => c.id),
      numericCount: own.filter((c) => c.kind !== 'strategic').length,
    };
  });
}

function tallyThemes(input: SummaryInput, infos: SentenceInfo[]): ThemeTally[] {
  const titleHits = new Set(matchThemes(input.title, input.themes).map((h) => h.id));
  return input.themes.map((def) => {
    const tally: ThemeTally = { def, score: titleHits.has(def.id) ? TITLE_WEIGHT : 0, claims: [], mentions: [] };
    for (const info of infos) {
      const hits = info.hits.get(def.id);
      if (!hits) continue;
      if (info.strategic?.themes.includes(def.id)) {
        tally.claims.push(info);
        tally.score += CLAIM_WEIGHT + hits;
      } else {
        tally.mentions.push(info);
        tally.score += MENTION_WEIGHT;
      }
    }
    return tally;
  });
}

/** How much a sentence carries a theme: on-topic terms, the theme first among its themes, figures, commitment. */
function loadBearing(info: SentenceInfo, themeId: string): number {
  const claim = info.strategic;
  let score = 2 * (info.hits.get(themeId) ?? 0);
  if (claim?.themes[0] === themeId) score += 1;
  if (info.numericCount > 0) score += 1; // a figure is something the argument rests on
  if (claim && !claim.hedged) score += 0.5;
  return score;
}

/** Where a theme ranks, and the score it reports: what the article argues, times the theme's weight. */
const ranking = (tally: ThemeTally) => tally.score * (tally.def.weight ?? 1);

function themeLabel(tally: ThemeTally): string {
  const { def } = tally;
  if (!def.party) return def.label;
  const from = tally.claims.length ? tally.claims : tally.mentions;
  const party = mostNamedParty(from.map((i) => i.span.text), def.party.cues);
  return party ? def.party.label.replace('{party}', party) : def.label;
}

function toTheme(tally: ThemeTally): Theme {
  const ranked = [...tally.claims].sort(
    (a, b) => loadBearing(b, tally.def.id) - loadBearing(a, tally.def.id) || a.index - b.index,
  );
  return {
    id: tally.def.id,
    label: themeLabel(tally),
    score: Math.round(ranking(tally) * 100) / 100,
    sentences: ranked.slice(0, MAX_THEME_SENTENCES).map((i) => ({ ...i.span, claimIds: i.claimIds })),
  };
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
 * The thesis: the strongest sentences of the opening, in article order. Strategic sentences score by the
 * themes the article argues, the words of the title they share, earliness and commitment; the lede (the
 * first full sentence) competes on the title words it shares, so a lede that restates the headline
 * leads the thesis. Without any strategic sentence, the thesis is the lede.
 */
function chooseThesis(input: SummaryInput, infos: SentenceInfo[], reported: { id: string; score: number }[]): Span[] {
  const window = Math.max(THESIS_MIN_SENTENCES, Math.ceil(infos.length * THESIS_WINDOW));
  const topScore = Math.max(1, ...reported.map((t) => t.score));
  const themeWeight = new Map(reported.map((t) => [t.id, t.score / topScore]));
  const stems = titleStems(input.title);
  const lede = infos.find(isFullSentence) ?? infos[0];
  const early = (i: SentenceInfo) => 1 - i.index / window;
  const scored = infos
    .filter((i) => i.strategic && i.index < window)
    .map((i) => {
      const themes = i.strategic!.themes.reduce((sum, id) => sum + (themeWeight.get(id) ?? 0), 0);
      const score = themes + 2 * titleOverlap(stems, i.span.text) + early(i) + (i.strategic!.hedged ? 0 : 0.5);
      return { i, score };
    });
  if (scored.length === 0) return lede ? [lede.span] : [];
  const ledeOverlap = lede ? titleOverlap(stems, lede.span.text) : 0;
  if (lede && !lede.strategic && ledeOverlap >= LEDE_MIN_TITLE_OVERLAP) {
    scored.push({ i: lede, score: 2 * ledeOverlap + early(lede) });
  }
  scored.sort((a, b) => b.score - a.score || a.i.index - b.i.index);
  const best = scored[0].score;
  return scored
    .filter((s) => s.score >= best * THESIS_RELATIVE)
    .slice(0, MAX_THESIS)
    .sort((a, b) => a.i.index - b.i.index)
    .map((s) => ({ text: s.i.span.text, start: s.i.span.start, end: s.i.span.end }));
}

/** The argument theme by theme, and the thesis. */
export function summariseArgument(input: SummaryInput): { themes: Theme[]; thesis: Span[] } {
  const infos = describeSentences(input);
  const argued = tallyThemes(input, infos)
    .filter((t) => t.claims.length >= MIN_THEME_CLAIMS && t.score >= MIN_THEME_SCORE)
    .sort((a, b) => b.score - a.score || a.claims[0].index - b.claims[0].index)
    .slice(0, MAX_THEMES);
  // The thesis weighs themes by how much the article argues them, broad or not; the list of themes
  // ranks and reports them by their weighted score.
  const thesis = chooseThesis(input, infos, argued.map((t) => ({ id: t.def.id, score: t.score })));
  const reported = argued
    .filter((t) => ranking(t) >= MIN_THEME_SCORE)
    .sort((a, b) => ranking(b) - ranking(a) || a.claims[0].index - b.claims[0].index)
    .slice(0, MAX_THEMES);
  return { themes: reported.map(toTheme), thesis };
}
