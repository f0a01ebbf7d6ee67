// Every claim kind once, with all that is said about it: the Analysis schema's `kind` enum, highlight
// names, groups, underline styles and reader-facing labels are built from this table, so a new kind is
// added here and nowhere else. No zod here: the content script bundles this file.
import type { HighlightGroup } from './highlight/groups';

export interface ClaimKindRecord {
  /** Reader-facing name (cards, the ruler, announcements). */
  label: string;
  /** The highlight group that turns it on and off. */
  group: HighlightGroup;
  /** How it is underlined: styles tell kinds apart without relying on colour alone. */
  style: { line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy'; color: string };
  /**
   * How it is marked in the page: `underline` always, or `bar` — a thin bar in the margin beside the
   * sentence, underlined only while its card is open (a sentence-long underline drowns the figures).
   */
  mark: 'underline' | 'bar';
}

/**
 * In drawing order (later kinds paint over earlier ones). Money and percent, the most read figures,
 * get the boldest lines.
 */
export const CLAIM_KIND_RECORDS = {
  money: { label: 'Money', group: 'numeric', style: { line: 'double', color: '#1a7f37' }, mark: 'underline' },
  quantity: { label: 'Quantity', group: 'numeric', style: { line: 'dashed', color: '#8250df' }, mark: 'underline' },
  count: { label: 'Count', group: 'numeric', style: { line: 'dotted', color: '#8250df' }, mark: 'underline' },
  percent: { label: 'Percentage', group: 'numeric', style: { line: 'solid', color: '#0969da' }, mark: 'underline' },
  date: { label: 'Date', group: 'numeric', style: { line: 'dotted', color: '#9a6700' }, mark: 'underline' },
  number: { label: 'Number', group: 'numeric', style: { line: 'dotted', color: '#57606a' }, mark: 'underline' },
  strategic: { label: 'Strategic claim', group: 'strategic', style: { line: 'wavy', color: '#bc4c00' }, mark: 'bar' },
} as const satisfies Record<string, ClaimKindRecord>;

type Records = typeof CLAIM_KIND_RECORDS;
export type ClaimKind = keyof Records;
/** The kinds of figures: every kind in the `numeric` group. */
export type NumericKind = { [K in ClaimKind]: Records[K]['group'] extends 'numeric' ? K : never }[ClaimKind];

export const CLAIM_KINDS = Object.keys(CLAIM_KIND_RECORDS) as readonly ClaimKind[];
/** Whether claims of this kind are figures (the `numeric` group). */
export const isNumericKind = (kind: ClaimKind): kind is NumericKind => CLAIM_KIND_RECORDS[kind].group === 'numeric';
export const NUMERIC_KINDS = CLAIM_KINDS.filter(isNumericKind);

/** One field of every record, by kind (`byKind((r) => r.label)`). */
export function byKind<T>(pick: (record: ClaimKindRecord) => T): Record<ClaimKind, T> {
  return Object.fromEntries(CLAIM_KINDS.map((k) => [k, pick(CLAIM_KIND_RECORDS[k])])) as Record<ClaimKind, T>;
}

/** Strategic claim types, each with the plain word a card uses for it ("A hedged warning"). */
export const CLAIM_TYPE_WORDS = {
  assertion: 'claim',
  prediction: 'prediction',
  risk: 'warning',
  question: 'question',
} as const;
export type ClaimType = keyof typeof CLAIM_TYPE_WORDS;
export const CLAIM_TYPES = Object.keys(CLAIM_TYPE_WORDS) as readonly ClaimType[];
