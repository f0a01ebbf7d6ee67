// Why a claim ranks where it does, in a form the card can say to a reader ("a rise or a fall, in the
// headline") instead of repeating the underlined words. The ranking (score.ts) notes each reason it
// adds weight for; a claim's `why` lists them, what the figure is first, then where it stands.

export const RANK_REASONS = [
  'stakes',
  'change',
  'people',
  'deadline',
  'trend',
  'streak',
  'results',
  'thesis',
  'headline',
  'opening',
  'argument',
] as const;
export type RankReason = (typeof RANK_REASONS)[number];

/** Each reason in a reader's words. */
export const REASON_WORDS: Record<RankReason, string> = {
  stakes: 'what a deal or a result is worth',
  change: 'a rise or a fall',
  people: 'people affected',
  deadline: 'a deadline or a plan',
  trend: 'where a trend starts',
  streak: 'a streak',
  results: 'the period results are for',
  thesis: "in the article's main point",
  headline: 'in the headline',
  opening: 'in the opening',
  argument: 'in a sentence that argues',
};

/** The reasons noted, once each, in RANK_REASONS order. */
export function orderedReasons(noted: Iterable<RankReason>): RankReason[] {
  const set = new Set(noted);
  return RANK_REASONS.filter((r) => set.has(r));
}

/** Reasons that say where a claim stands, not what it is. */
export const PLACE_REASONS: ReadonlySet<RankReason> = new Set(['thesis', 'headline', 'opening', 'argument']);
