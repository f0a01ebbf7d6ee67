/** Highlight groups a reader can turn on and off. `notes` is drawn once notes land in the page. */
export const HIGHLIGHT_GROUPS = ['numeric', 'strategic', 'sponsored', 'notes'] as const;
export type HighlightGroup = (typeof HIGHLIGHT_GROUPS)[number];
