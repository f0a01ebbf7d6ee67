import type { ClaimType, NumericKind } from '../analysis';

/** A numeric claim found in a text: offsets are into that text. */
export interface NumericMatch {
  kind: NumericKind;
  start: number;
  end: number;
  text: string;
  value?: number;
  unit?: string;
  iso?: string;
  /** A range's ends, or the one bound a qualifier sets (`at least 40` → low 40). */
  low?: number;
  high?: number;
  /** What the figure measures, in the text's words (subject.ts). */
  subject?: string;
}

/** What makes a sentence a strategic claim. */
export interface StrategicVerdict {
  type: ClaimType;
  hedged: boolean;
  themes: string[];
}
