import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/text/sentences';

const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('splits on terminal marks followed by a capital, digit or quote', () => {
    expect(texts('The mill closed. Workers left! Was it planned? “Nobody knows,” he said. 2025 was worse.')).toEqual([
      'The mill closed.',
      'Workers left!',
      'Was it planned?',
      '“Nobody knows,” he said.',
      '2025 was worse.',
    ]);
  });

  it('keeps decimals, abbreviations and initials inside the sentence', () => {
    expect(texts('Revenue hit $4.2 billion in the U.S. Market last year. Dr. Alvarez and J. Okafor of Ferrow Inc. disagreed.')).toEqual([
      'Revenue hit $4.2 billion in the U.S. Market last year.',
      'Dr. Alvarez and J. Okafor of Ferrow Inc. disagreed.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(texts('Prices rose approx. three times vs. last year.')).toHaveLength(1);
  });

  it('always splits at line and paragraph breaks, with exact offsets', () => {
    const text = 'Heading without stop\n\nFirst para. Second sentence\nafter a break.';
    const spans = splitSentences(text);
    expect(spans.map((s) => s.text)).toEqual(['Heading without stop', 'First para.', 'Second sentence', 'after a break.']);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
