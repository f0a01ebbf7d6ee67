// Strategic claims: sentences that argue — judge, forecast, warn, question — about one of the themes.
// A sentence qualifies when it speaks to at least one theme and carries a cue of stance (cues.ts);
// plain reports (announcements, schedules, attributions, market moves) need a stronger cue to count.
import { GuardedRegExp } from '../themes/literal-guard';
import { matchThemes, normalizeQuotes, type ThemeHit } from '../themes/match';
import type { ThemeDefinition } from '../themes/taxonomy';
import { ARGUMENT_STRENGTH, CUES, MAX_HEADING_WORDS, MAX_STRATEGIC_SHARE, MIN_CLAIM_WORDS, MIN_STRATEGIC_LIMIT } from './cues';
import type { StrategicVerdict } from './types';

type CueName = keyof typeof CUES;

/**
 * A cue list as separate regexes: one big alternation is many times slower to compile and to run.
 * Lists are lower case and run on the lower-cased sentence without the i flag, which compiles faster;
 * only the case-sensitive lists see the sentence as written.
 */
function compile(sources: readonly string[]): GuardedRegExp[] {
  return sources.map((s) => new GuardedRegExp(s, ''));
}

const RE = {
  hedge: compile(CUES.hedge),
  hedgeCaseSensitive: compile(CUES.hedgeCaseSensitive),
  question: compile(CUES.question),
  risk: compile(CUES.risk),
  prediction: compile(CUES.prediction),
  predictionCaseSensitive: compile(CUES.predictionCaseSensitive),
  assessment: compile(CUES.assessment),
  intensifier: compile(CUES.intensifier),
  attribution: compile(CUES.attribution),
  announcement: compile(CUES.announcement),
  schedule: compile(CUES.schedule),
  routineFact: compile(CUES.routineFact),
} satisfies Partial<Record<CueName, GuardedRegExp[]>>;

const has = (res: GuardedRegExp[], text: string) => res.some((re) => re.test(text));

/** "will" + the words after it; the word before tells the noun ("political will") from the verb. */
const WILL = /(\b[\w']+\s+)?\b(?:will|'ll)((?:\s+[a-z]+){1,3})/g;
const WILL_AS_NOUN = /^(?:political|free|good|ill|the|their|its|his|her|own|strong)\s+$/;
const PLAN = new RegExp(`^(?:${CUES.planVerbs.join('|')})\\b`);

/** A "will" that forecasts rather than states a plan ("will open in May", "will partly run" are plans). */
function forecastsWithWill(text: string): boolean {
  WILL.lastIndex = 0;
  for (let m = WILL.exec(text); m; m = WILL.exec(text)) {
    if (m[1] && WILL_AS_NOUN.test(m[1])) continue;
    const words = m[2].trim().split(/\s+/);
    if (words[0] === 'not') words.shift();
    const plan = (i: number) => PLAN.test(words.slice(i).join(' '));
    // An adverb may sit between "will" and its verb ("will partly run"); "supply" is no adverb.
    if (plan(0) || (/ly$/.test(words[0] ?? '') && plan(1))) continue;
    return true;
  }
  return false;
}

export interface Cues {
  hedge: boolean;
  question: boolean;
  risk: boolean;
  prediction: boolean;
  assessment: boolean;
  /** Intensifiers only colour a sentence: they count towards its strength, never make a claim alone. */
  intensifier: boolean;
  attribution: boolean;
  /** Announcement, schedule or routine fact: the shape of a plain report. */
  report: boolean;
}

/** The cues of stance and of reporting in a sentence (straight quotes expected). */
export function readCues(text: string): Cues {
  const lower = text.toLowerCase();
  return {
    hedge: has(RE.hedge, lower) || has(RE.hedgeCaseSensitive, text),
    question: has(RE.question, lower),
    risk: has(RE.risk, lower),
    prediction: has(RE.prediction, lower) || has(RE.predictionCaseSensitive, text) || forecastsWithWill(lower),
    assessment: has(RE.assessment, lower),
    intensifier: has(RE.intensifier, lower),
    attribution: has(RE.attribution, lower),
    report: has(RE.announcement, lower) || has(RE.schedule, lower) || has(RE.routineFact, lower),
  };
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Headings, captions and fragments: too short, or short and without closing punctuation. */
function isFragment(text: string): boolean {
  const words = wordCount(text);
  if (words < MIN_CLAIM_WORDS) return true;
  return words <= MAX_HEADING_WORDS && !/[.!?…]["')\]]*$/.test(text);
}

/**
 * Whether a sentence that has the shape of a report still argues. Attributed sentences need a hedge, a
 * question, or a warning about the future; announcements and schedules need any stance but a plan's "will".
 */
function stillArgues(c: Cues): boolean {
  if (c.attribution) return c.question || c.hedge || (c.risk && c.prediction);
  if (c.report) return c.question || c.risk || c.hedge || c.assessment;
  return true;
}

function claimType(c: Cues): StrategicVerdict['type'] | null {
  if (c.question) return 'question';
  if (c.risk) return 'risk';
  if (c.prediction) return 'prediction';
  if (c.assessment || c.hedge) return 'assertion';
  return null;
}

/**
 * Whether a sentence is a strategic claim, and of which type and themes (most-matched theme first).
 * `themeHits`, when the caller has them, are `matchThemes(sentence, themes)` (the pipeline needs them for
 * every sentence anyway, and matching is the costly part).
 */
export function classifyStrategic(sentence: string, themes: ThemeDefinition[], themeHits?: ThemeHit[]): StrategicVerdict | null {
  const text = normalizeQuotes(sentence).trim();
  if (isFragment(text)) return null;
  const hits = themeHits ?? matchThemes(text, themes);
  if (hits.length === 0) return null;
  const cues = readCues(text);
  const type = claimType(cues);
  if (!type || !stillArgues(cues)) return null;
  return { type, hedged: cues.hedge, themes: hits.map((h) => h.id) };
}

/** How strongly a sentence argues: the kinds of stance it takes and how much it speaks to its themes. */
export function argumentStrength(sentence: string, themeHits: ThemeHit[], themes: ThemeDefinition[]): number {
  const c = readCues(normalizeQuotes(sentence));
  const w = ARGUMENT_STRENGTH;
  const weight = (id: string) => themes.find((t) => t.id === id)?.weight ?? 1;
  const hits = themeHits.reduce((n, h) => n + Math.min(w.maxHits, h.hits) * weight(h.id), 0);
  return (
    (c.question ? w.question : 0) +
    (c.risk ? w.risk : 0) +
    (c.prediction ? w.prediction : 0) +
    (c.assessment ? w.assessment : 0) +
    (c.intensifier ? w.intensifier : 0) +
    (c.attribution ? w.attribution : 0) +
    w.perHit * Math.min(w.maxHits, hits)
  );
}

/**
 * Where nearly every sentence argues, underlining them all tells the reader nothing: at most
 * MAX_STRATEGIC_SHARE of the sentences stay claims. The themes take turns, the most argued first (their
 * claims' strength, times the theme's weight), each giving its strongest claim not yet kept, so that every
 * line of the argument keeps its best sentences. Claims come back in their order.
 */
export function keepStrongest<T extends { themes: string[] }>(
  claims: T[],
  sentenceCount: number,
  strength: (c: T) => number,
  themes: ThemeDefinition[],
): T[] {
  const limit = Math.max(MIN_STRATEGIC_LIMIT, Math.floor(sentenceCount * MAX_STRATEGIC_SHARE));
  if (claims.length <= limit) return claims;
  const weight = (id: string) => themes.find((t) => t.id === id)?.weight ?? 1;
  const byTheme = new Map<string, { i: number; s: number }[]>();
  claims.forEach((c, i) => {
    const theme = c.themes[0] ?? '';
    const list = byTheme.get(theme) ?? [];
    list.push({ i, s: strength(c) });
    byTheme.set(theme, list);
  });
  const queues = [...byTheme.entries()]
    .map(([id, list]) => ({ total: list.reduce((n, x) => n + x.s, 0) * weight(id), list: list.sort((a, b) => b.s - a.s || a.i - b.i) }))
    .sort((a, b) => b.total - a.total);
  const kept = new Set<number>();
  for (let round = 0; kept.size < limit; round++) {
    let added = false;
    for (const q of queues) {
      if (kept.size >= limit) break;
      const next = q.list[round];
      if (next) {
        kept.add(next.i);
        added = true;
      }
    }
    if (!added) break;
  }
  return claims.filter((_, i) => kept.has(i));
}
