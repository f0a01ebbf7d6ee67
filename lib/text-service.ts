// The background's side of `lede:analyse-text`: validates the request, runs the text half of the
// pipeline with the reader's theme table, and answers. Pure (no browser.*): background.ts wires it.
import { analyseText } from './analyse-text';
import { AnalyseTextRequestSchema, type AnalyseTextResponse } from './messages';
import type { ThemeDefinition } from './themes/taxonomy';

export function isAnalyseTextMessage(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'lede:analyse-text';
}

export function answerAnalyseText(message: unknown, themes?: ThemeDefinition[]): AnalyseTextResponse {
  const parsed = AnalyseTextRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'lede:analyse-text: malformed request' };
  const { text, blockStarts } = parsed.data.input;
  // Block starts index the text in order: anything else would slice the text wrongly.
  for (let i = 0; i < blockStarts.length; i++) {
    if (blockStarts[i] > text.length || (i > 0 && blockStarts[i] < blockStarts[i - 1])) {
      return { ok: false, error: 'lede:analyse-text: block starts out of order or past the text' };
    }
  }
  try {
    return { ok: true, result: analyseText(parsed.data.input, { themes }) };
  } catch (error) {
    return { ok: false, error: `lede:analyse-text: ${error instanceof Error ? error.message : String(error)}` };
  }
}
