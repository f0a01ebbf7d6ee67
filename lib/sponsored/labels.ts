// Reads a short element text as a label: a disclosure ("Sponsored content"), an ad-slot label
// ("Advertisement", "Anzeige"), a recommendation-widget heading ("Promoted stories") or a widget's
// credit line ("Powered by Acme Quotes", which counts only on a widget it heads or closes: evidence.ts).
import {
  AD_LABEL,
  AD_LABEL_EXCLUDED,
  DISCLOSURE_LABEL,
  LABEL_DECORATION,
  LABEL_PREFILTER,
  LIMITS,
  POWERED_BY_LABEL,
  WIDGET_HEADING,
} from './rules';

export type LabelKind = 'disclosure' | 'ad' | 'widget' | 'powered';

export interface Label {
  kind: LabelKind;
  /** The label as shown (decoration trimmed, shortened for the reason text). */
  text: string;
}

const REASON_TEXT_MAX = 60;
/** A long disclosure is named by its head: "Sponsored content — provided for…" → "Sponsored content". */
const EXPLANATION_SEPARATOR = /\s+[—–|]\s+|:\s+|(?<=\w)\.\s+/;

function shorten(s: string): string {
  const head = s.length > REASON_TEXT_MAX / 2 ? s.split(EXPLANATION_SEPARATOR)[0] : s;
  return head.length > REASON_TEXT_MAX ? `${head.slice(0, REASON_TEXT_MAX - 1)}…` : head;
}

/** The label a whole element text is, or null. `text` is whitespace-collapsed. */
export function readLabel(text: string): Label | null {
  if (text.length === 0 || text.length > LIMITS.labelChars || !LABEL_PREFILTER.test(text)) return null;
  const bare = text.replace(LABEL_DECORATION, '');
  if (bare.length === 0) return null;
  if (WIDGET_HEADING.test(bare)) return { kind: 'widget', text: shorten(bare) };
  if (AD_LABEL.test(bare) && !AD_LABEL_EXCLUDED.test(bare)) return { kind: 'ad', text: shorten(bare) };
  if (DISCLOSURE_LABEL.test(bare)) return { kind: 'disclosure', text: shorten(bare) };
  if (POWERED_BY_LABEL.test(bare)) return { kind: 'powered', text: shorten(bare) };
  return null;
}

/** The human-readable reason for a label. */
export function labelReason(label: Label): string {
  switch (label.kind) {
    case 'ad':
      return `ad slot: labelled ${label.text}`;
    case 'widget':
      return `recommendation widget (heading: ${label.text})`;
    case 'powered':
      return `third-party widget (credit: ${label.text})`;
    default:
      return `disclosure label: ${label.text}`;
  }
}
