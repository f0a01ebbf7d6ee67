// The ways numerals are written, shared by the language tables.
// English `1,234.5`; German, Spanish, Italian, Dutch, Portuguese `1.234,5`; French `1 234,5`; Swiss `1'234.5`.
import type { NumberFormat } from './types';

export const COMMA_GROUPS: NumberFormat = { group: [','], decimal: '.' };
export const DOT_GROUPS: NumberFormat = { group: ['.'], decimal: ',' };
export const SPACE_GROUPS: NumberFormat = { group: [' ', '\u00a0', '\u202f'], decimal: ',' };
export const SWISS: NumberFormat = { group: ["'", '’'], decimal: '.' };
