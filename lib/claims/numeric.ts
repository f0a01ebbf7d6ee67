import type { NumericMatch } from './types';

export interface NumericOptions {
  /** BCP 47 language of the text; decides decimal and thousands separators. Default English. */
  lang?: string;
}

/** Every numeric claim in `text`, in order, non-overlapping. (Stub: filled by the numeric detector.) */
export function findNumericClaims(_text: string, _options: NumericOptions = {}): NumericMatch[] {
  return [];
}
