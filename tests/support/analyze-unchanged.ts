// Shared by the robustness tests (tests/unit) and their large-input half (tests/scale): a page parsed as
// the CLI parses it, analyzed, and held to the engine's promises whatever the input.
import { expect } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '../../lib/pipeline/analyze';
import { AnalysisSchema } from '../../lib/analysis';

export const parsePage = (html: string) => new JSDOM(html, { url: 'https://example.test/story', virtualConsole: new VirtualConsole() }).window.document;

/** Analyses `doc` and checks that the page is untouched, the Analysis valid and every claim's span exact. */
export function analyzeUnchanged(doc: Document) {
  const before = doc.documentElement?.outerHTML;
  const result = analyze(doc, { url: 'https://example.test/story' });
  expect(doc.documentElement?.outerHTML).toBe(before);
  if (!('status' in result)) {
    AnalysisSchema.parse(result);
    for (const c of result.claims) expect(result.article.text.slice(c.start, c.end)).toBe(c.text);
  }
  return result;
}

export const harbourParagraph = (i: number) =>
  `<p>Paragraph ${i} of the harbour report: the port authority said cargo volumes, which had risen for three straight years, were now expected to flatten as two shipping lines moved routes elsewhere.</p>`;
