// The words only the text half reads, by language (see TextWords in types.ts): English so far.
import { enTextWords } from './en-text';
import type { TextWords } from './types';

export const TEXT_WORDS: Readonly<Record<string, TextWords>> = { en: enTextWords };
