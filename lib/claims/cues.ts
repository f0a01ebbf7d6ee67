// Strategic claims' cues and limits. The cue words are language data (lib/lang/en-text.ts, by language
// in lib/lang/text-words.ts); the limits below are the classifier's own. Edit the words there.
import type { StrategicCues } from '../lang/en-text';
import { TEXT_WORDS } from '../lang/text-words';

/** The cues strategic claims are read with: English's (the only language with strategic claims so far). */
export const CUES: StrategicCues = TEXT_WORDS.en.cues!;


/** A sentence shorter than this (in words) is a heading, a caption or a fragment, never a claim. */
export const MIN_CLAIM_WORDS = 5;
/** Unpunctuated lines up to this many words are taken for headings. */
export const MAX_HEADING_WORDS = 12;

/** At most this share of an article's sentences are strategic claims (the strongest; see keepStrongest). */
export const MAX_STRATEGIC_SHARE = 0.35;
/** A short text keeps up to this many whatever its length (a single sentence can argue). */
export const MIN_STRATEGIC_LIMIT = 3;
/** How much each cue adds to a sentence's argument strength, and each theme term hit (up to maxHits). */
export const ARGUMENT_STRENGTH = {
  question: 2,
  risk: 2,
  prediction: 1,
  assessment: 1.5,
  intensifier: 0.5,
  attribution: -0.5,
  perHit: 0.5,
  maxHits: 4,
} as const;
