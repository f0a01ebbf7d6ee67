// The engine on the largest pages it must survive, parsed as the CLI parses them: megabytes of text and
// nesting deep enough that a recursive walk would overflow the stack. The page stays unchanged.
import { describe, expect, it } from 'vitest';
import { analyzeUnchanged, harbourParagraph as paragraph, parsePage as parse } from '../support/analyze-unchanged';

describe('analyze on very large input', () => {
  it('handles 5 MB of text', () => {
    const body = Array.from({ length: 25_000 }, (_, i) => paragraph(i)).join('\n');
    expect(body.length).toBeGreaterThan(5_000_000);
    const result = analyzeUnchanged(parse(`<html><body><article><h1>Port report</h1>${body}</article></body></html>`));
    expect('status' in result ? '' : result.article.text.length).toBeGreaterThan(4_000_000);
  });

  // 10,000 levels: a walk recursing over childNodes overflowed Node's default stack at 7,000 levels of a
  // jsdom tree (not at 5,000), and a leaner recursion survives even 10,000; a shallower page proves less.
  it('handles 10,000-deep nesting', () => {
    const deep = `${'<div>'.repeat(10_000)}${paragraph(1)}${paragraph(2)}${'</div>'.repeat(10_000)}`;
    const result = analyzeUnchanged(parse(`<html><body><article>${deep}${paragraph(3)}${paragraph(4)}</article></body></html>`));
    expect('status' in result ? '' : result.article.text).toContain('Paragraph 2 of the harbour report');
  });
});
