/** Highlight groups a reader can turn on and off. `notes` is drawn once notes land in the page. */
export const HIGHLIGHT_GROUPS = ['numeric', 'strategic', 'sponsored', 'notes'] as const;
export type HighlightGroup = (typeof HIGHLIGHT_GROUPS)[number];

/** Which claims are drawn: the few `key` ones (the default) or all of them. */
export const HIGHLIGHT_SCOPES = ['key', 'all'] as const;
export type HighlightScope = (typeof HIGHLIGHT_SCOPES)[number];
