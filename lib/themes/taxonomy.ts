/** A theme of the argument: data, not code, so that users can add their own. */
export interface ThemeDefinition {
  id: string;
  label: string;
  /** Words and phrases (lower case) that speak to the theme. */
  terms: string[];
  /** Regular-expression sources (case-insensitive) for what terms cannot say. */
  patterns?: string[];
}

export const DEFAULT_THEMES: ThemeDefinition[] = [];
