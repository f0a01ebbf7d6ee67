import type { ThemeDefinition } from '../themes/taxonomy';
import type { StrategicVerdict } from './types';

/** Whether a sentence is a strategic claim, and of which type and themes. (Stub.) */
export function classifyStrategic(_sentence: string, _themes: ThemeDefinition[]): StrategicVerdict | null {
  return null;
}
