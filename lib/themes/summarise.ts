import type { Claim, Span, Theme } from '../analysis';
import type { ThemeDefinition } from './taxonomy';

export interface SummaryInput {
  text: string;
  title: string;
  sentences: Span[];
  /** Every claim of the article, numeric and strategic, with ids. */
  claims: Claim[];
  themes: ThemeDefinition[];
}

/** The argument theme by theme, and the thesis. (Stub.) */
export function summariseArgument(_input: SummaryInput): { themes: Theme[]; thesis: Span[] } {
  return { themes: [], thesis: [] };
}
