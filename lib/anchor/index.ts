/** Public API of the anchoring engine: describe a passage, find it again. */
export { anchor, type AnchorOptions, type AnchorResult } from './anchor';
export { describe, CONTEXT_LENGTH, type PassageSelectors, type TextPositionSelector, type TextQuoteSelector, type TextSelector } from './selectors';
export { DEFAULT_TIME_BUDGET_MS, WORK_UNITS_PER_MS } from './budget';
