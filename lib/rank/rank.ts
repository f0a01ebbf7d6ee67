// Ranking: every claim gets `rank` (1 = most important over all claims) and `key` (drawn by default).
// Repeats of a figure are one claim for the reader: the first mention in running text gets `mentions`
// (the ids of the others), and only it can be key. Key claims are the best-scored ones within a density
// budget (weights.ts): about KEY_PER_100_WORDS, never more than MAX_KEY_PER_100_WORDS nor MAX_KEY. `why`
// lists what the score was raised for (reasons.ts), for the card to say.
import type { Claim, Span } from '../analysis';
import { readLayout, within, type Layout } from './layout';
import { orderedReasons, type RankReason } from './reasons';
import { figureKey, isTrivia, scoreClaim, type ScoreContext } from './score';
import * as W from './weights';

export interface RankInput {
  text: string;
  blockStarts: number[];
  sentences: Span[];
  /** The page title: figures it names weigh more. */
  title: string;
  thesis: Span[];
  /** The figures of the title (numeric claims found in it), when the caller has them. */
  titleFigures?: Pick<Claim, 'kind' | 'value' | 'unit' | 'iso' | 'text'>[];
}

/** Claims a reader sees once: each first mention with its repeats. */
function groupRepeats(claims: Claim[], ctx: ScoreContext): Map<Claim, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind === 'strategic') continue;
    const k = figureKey(c);
    const list = groups.get(k);
    if (list) list.push(c);
    else groups.set(k, [c]);
  }
  const out = new Map<Claim, Claim[]>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // Headings and captions announce a figure; the sentence that states it is where a reader sees what it measures.
    const anchor = list.find((c) => within(c, ctx.layout.running) && !isTrivia(c, ctx)) ?? list[0];
    out.set(anchor, list.filter((c) => c !== anchor));
  }
  return out;
}

/** How many key claims an article of this length gets: [about, at most]. */
export function keyBudget(words: number): { about: number; most: number } {
  const most = Math.max(1, Math.min(W.MAX_KEY, Math.floor((words * W.MAX_KEY_PER_100_WORDS) / 100)));
  const about = Math.min(most, Math.max(1, Math.round((words * W.KEY_PER_100_WORDS) / 100)));
  return { about, most };
}

/** Claims with `rank`, `key` and `mentions` set (new objects, same order). */
export function rankClaims(claims: Claim[], input: RankInput): Claim[] {
  if (claims.length === 0) return [];
  const layout: Layout = readLayout(input.text, input.blockStarts, input.sentences);
  const strategic = claims.filter((c) => c.kind === 'strategic');
  const ctx: ScoreContext = {
    layout,
    thesis: [...input.thesis].sort((a, b) => a.start - b.start),
    strategic,
    headlineFigures: new Set((input.titleFigures ?? []).map(figureKey)),
    trivia: new Map(),
  };
  const why = new Map<Claim, RankReason[]>(claims.map((c) => [c, []]));
  const scores = new Map<Claim, number>(claims.map((c) => [c, scoreClaim(c, ctx, why.get(c))]));
  const repeats = groupRepeats(claims, ctx);
  const isRepeat = new Set<Claim>([...repeats.values()].flat());
  for (const [anchor, others] of repeats) {
    // The figure's weight is its best mention's (the headline's, say), plus a little for being repeated.
    const counted = others.filter((o) => !isTrivia(o, ctx));
    const best = Math.max(scores.get(anchor)!, ...counted.map((o) => scores.get(o)!));
    scores.set(anchor, best + Math.min(W.MAX_REPEAT_BONUS, W.REPEAT_WEIGHT * others.length));
    why.get(anchor)!.push(...counted.flatMap((o) => why.get(o)!));
    for (const o of others) scores.set(o, Math.min(scores.get(o)!, W.TRIVIA_SCORE));
  }

  const order = [...claims].sort((a, b) => scores.get(b)! - scores.get(a)! || a.start - b.start);
  const { about, most } = keyBudget(layout.words);
  const mostStrategic = Math.max(1, Math.floor(most * W.MAX_STRATEGIC_KEY_SHARE));
  const key = new Set<Claim>();
  let strategicKeys = 0;
  for (const c of order) {
    if (key.size >= most) break;
    const score = scores.get(c)!;
    if (isRepeat.has(c) || score < W.MIN_KEY_SCORE) continue;
    if (score < W.KEY_SCORE && key.size >= about) continue;
    if (c.kind === 'strategic') {
      if (strategicKeys >= mostStrategic) continue;
      strategicKeys++;
    }
    key.add(c);
  }
  const rank = new Map(order.map((c, i) => [c, i + 1]));
  return claims.map((c) => {
    const out: Claim = { ...c, rank: rank.get(c)!, key: key.has(c) };
    const others = repeats.get(c);
    if (others?.length) out.mentions = others.map((o) => o.id);
    const reasons = isRepeat.has(c) || isTrivia(c, ctx) ? [] : orderedReasons(why.get(c)!);
    if (reasons.length) out.why = reasons;
    return out;
  });
}

