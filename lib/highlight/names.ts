// Which highlight each claim kind is drawn in, and which reader-facing group it belongs to.
// One CSS.highlights entry per kind, all named `lede-*`, so the page's registry shows only our names.
import { byKind, CLAIM_KINDS, type ClaimKind } from '../claim-kinds';
import type { HighlightGroup } from './groups';

export const HIGHLIGHT_PREFIX = 'lede-';

/** Claim kind → the group that turns it on and off. */
export const KIND_GROUP = byKind((r) => r.group);

/** Claim kind → how it is marked: underlined, or a bar in the margin (underlined while its card is open). */
export const KIND_MARK = byKind((r) => r.mark);

/** The claim the reader moved to with the keyboard (or opened a card for). */
export const CURRENT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}current`;

export function highlightName(kind: ClaimKind): string {
  return HIGHLIGHT_PREFIX + kind;
}

/** Every highlight name Lede may register, in drawing order (later names paint over earlier ones). */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [
  ...CLAIM_KINDS.map(highlightName),
  CURRENT_HIGHLIGHT,
];

/** Groups drawn when the reader has chosen nothing yet. */
export const DEFAULT_GROUPS: readonly HighlightGroup[] = ['numeric', 'strategic', 'sponsored'];
