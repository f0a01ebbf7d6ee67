// @vitest-environment jsdom
// The engine's shortcuts for speed must not change what it finds: the step-wise passes give what the
// one-go functions give and really pause, themes matched over the whole text are each sentence's own, and
// the numeric regexes compiled without the u flag fall back to the full ones where the look-arounds
// decide. Texts and pages here are written for these tests (a ferry operator, a bakery chain).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analysisSteps } from '@/lib/pipeline/analyze';
import { extractArticle, extractArticleSteps } from '../../lib/extract';
import { runSteps } from '@/lib/pipeline/steps';
import { findSponsored, findSponsoredSteps } from '../../lib/sponsored';
import { buildArticleText, buildArticleTextSteps } from '../../lib/text/article-text';
import { EndingAtAfter, endingAt, matchEndingAt, WordsAt } from '../../lib/claims/regex-util';
import { findNumericClaims } from '../../lib/claims/numeric';
import { compiledRules, matchThemes, matchThemesInSentencesSteps } from '../../lib/themes/match';
import { splitSentences } from '../../lib/text/sentences';
import type { Span } from '../../lib/analysis';
import { DEFAULT_THEMES, type ThemeDefinition } from '../../lib/themes/taxonomy';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/extract', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** A long page: many paragraphs and list items, so that the walks pause several times. */
function longPage(): Document {
  const paragraphs = Array.from(
    { length: 300 },
    (_, i) =>
      `<p>Ferry crossing ${i + 1} left the harbour at dawn, carrying ${i + 20} passengers, two trucks and a van, while the crew checked the ramps.</p>`,
  ).join('\n');
  const menu = Array.from({ length: 200 }, (_, i) => `<li><a href="/route/${i}">Route ${i}</a></li>`).join('');
  return parse(`<html><head><title>Ferry log</title></head><body><nav><ul>${menu}</ul></nav><article>${paragraphs}</article></body></html>`);
}

function countSteps<T>(steps: Generator<void, T, void>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

describe('step-wise passes', () => {
  it('extract in several steps what the one-go extraction finds', () => {
    const doc = longPage();
    const { value, pauses } = countSteps(extractArticleSteps(doc));
    const once = extractArticle(doc);
    expect(pauses).toBeGreaterThan(2);
    expect(value?.blocks).toEqual(once?.blocks);
    expect(buildArticleText(value!).text).toBe(buildArticleText(once!).text);
  });

  it('scan for sponsored blocks in steps, with the same result', () => {
    const doc = longPage();
    const ad = doc.createElement('div');
    ad.className = 'sponsored-content';
    ad.textContent = 'Sponsored: the harbour café serves breakfast all day.';
    doc.querySelector('article')!.append(ad);
    const { value, pauses } = countSteps(findSponsoredSteps(doc));
    expect(pauses).toBeGreaterThan(1);
    expect(value.map((b) => b.el)).toEqual(findSponsored(doc).map((b) => b.el));
    expect(value.map((b) => b.el)).toContain(ad);
  });

  it('build the article text in steps, with the same text', () => {
    const extraction = extractArticle(longPage())!;
    const { value, pauses } = countSteps(buildArticleTextSteps(extraction));
    expect(pauses).toBeGreaterThan(1);
    expect(value.text).toBe(buildArticleText(extraction).text);
  });

  it('pause inside one long block too', () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `Line ${i + 1} of the timetable lists the ${i % 24}:00 sailing.`).join('<br>');
    const doc = parse(`<html><body><div>${lines}</div></body></html>`);
    const block = doc.querySelector('div')!;
    const extraction = { root: doc.body, blocks: [block], skip: () => false, title: '', meta: {} };
    const { value, pauses } = countSteps(buildArticleTextSteps(extraction));
    expect(pauses).toBeGreaterThan(1);
    expect(value.text).toBe(buildArticleText(extraction).text);
    expect(value.text.split('\n')).toHaveLength(1500);
  });

  it('analyze a page in steps as in one go', () => {
    const doc = parse(fixture('news-article.html'));
    const stepped = runSteps(analysisSteps(doc, { now: () => 0 }));
    expect(stepped).toEqual(analyze(doc, { now: () => 0 }));
  });
});

describe('themes matched over the whole text', () => {
  const bySentence = (text: string, sentences: Span[], themes: ThemeDefinition[]) =>
    sentences.map((s) => matchThemes(text.slice(s.start, s.end), themes));
  const together = (text: string, sentences: Span[], themes: ThemeDefinition[]) =>
    runSteps(matchThemesInSentencesSteps(text, sentences, themes));

  it('gives every sentence of the fixture articles the themes it has alone', () => {
    let sentencesSeen = 0;
    let withThemes = 0;
    for (const name of readdirSync(resolve(__dirname, '../fixtures/pages')).filter((f) => f.endsWith('.html'))) {
      const doc = parse(readFileSync(resolve(__dirname, '../fixtures/pages', name), 'utf8'));
      const extraction = extractArticle(doc);
      if (!extraction) continue;
      const { text } = buildArticleText(extraction);
      const sentences = splitSentences(text);
      const expected = bySentence(text, sentences, DEFAULT_THEMES);
      expect(together(text, sentences, DEFAULT_THEMES), name).toEqual(expected);
      sentencesSeen += sentences.length;
      withThemes += expected.filter((h) => h.length > 0).length;
    }
    expect(sentencesSeen).toBeGreaterThan(100);
    expect(withThemes).toBeGreaterThan(30);
  });

  // Rules that see past their match, matches across sentence ends, sentences glued to a word, matches of
  // nothing, and a text that lower-cases to another length: each must still give the sentence-alone answer.
  const rules = [
    '^the \\w+', 'risk\\.?$', '(?<=cut )costs?', 'costs?(?! rose)', '(?<!\\S)cap\\w*', 'rose[^a-z]+\\w+', 'rose\\W+\\w+', 'ex\\w*\\s+\\w+', '\\$\\d+',
    'x*', '\\b', '\\bsail\\w*', '\\bferr(?:y|ies)\\b',
  ];
  // One rule per theme, so that no other rule's match at the same place can hide a wrong answer.
  const tricky: ThemeDefinition[] = [
    ...rules.map((p, i) => ({ id: `p${i}`, label: p, terms: [], patterns: [p] })),
    { id: 't1', label: 'T1', terms: ['rose sharply'] },
    { id: 't2', label: 'T2', terms: ['price tag', 'ṡuppliers'] },
    { id: 't3', label: 'T3', terms: ['cost'] },
  ];
  const texts = [
    'The ferry costs rose. Costs rose sharply\nin spring; the price\ntag grew. Cut costs, they said. The risk.',
    'Ferries sail at dawn.Sailors cost more.The capital cost of a ferry is a risk',
    'The cost is İstanbul-based. Σ COSTS ROSE. The ferry sails.',
    'Rose\n\nExpensive ferries. Ex ferry costs rose – prices rose; the ferry rose—sharply.',
    'Costs rose. Rose sharply, unsailed ferries cost more.',
    'It cost $5. $6 next year, then $7.',
  ];
  const splits = (text: string): Span[][] => {
    const span = (start: number, end: number): Span => ({ text: text.slice(start, end), start, end });
    const out: Span[][] = [splitSentences(text)];
    // Every place to cut the text in two, with and without a character left between the halves: cuts
    // inside words give sentences glued to a word character, cuts inside matches give crossing matches.
    for (let c = 1; c < text.length; c++) {
      out.push([span(0, c), span(c, text.length)]);
      if (c + 1 < text.length) out.push([span(0, c), span(c + 1, text.length)]);
    }
    return out;
  };

  it('gives the sentence-alone answer for rules and texts that could tell the difference', () => {
    for (const text of texts) {
      for (const sentences of splits(text)) {
        for (const themes of [tricky, DEFAULT_THEMES, [...tricky, ...DEFAULT_THEMES]]) {
          expect(together(text, sentences, themes), `${JSON.stringify(text)} / ${sentences.length}`).toEqual(bySentence(text, sentences, themes));
        }
      }
    }
  });

  it('runs a plain rule once over the text, not once per sentence', () => {
    const theme: ThemeDefinition = { id: 'ferry', label: 'Ferry', terms: [], patterns: ['\\bferr(?:y|ies)\\b'] };
    const text = Array.from({ length: 50 }, (_, i) => `Ferry ${i} left the harbour.`).join(' ');
    const sentences = splitSentences(text);
    runSteps(matchThemesInSentencesSteps(text, sentences, [theme])); // compiles the rule
    const re = (compiledRules(theme)[0] as { re: RegExp }).re;
    let runs = 0;
    const exec = re.exec;
    re.exec = function (this: RegExp, s: string) {
      runs++;
      return exec.call(this, s);
    };
    try {
      const hits = runSteps(matchThemesInSentencesSteps(text, sentences, [theme]));
      expect(hits.every((h) => h.length === 1 && h[0].hits === 1)).toBe(true);
    } finally {
      re.exec = exec;
    }
    expect(runs).toBe(51); // 50 matches and the run that finds no more
  });
});

describe('regexes compiled without the u flag', () => {
  it('WordsAt finds what the full look-ahead regex finds, falling back where it must', () => {
    const words = 'barrels of oil|barrels|tonnes';
    const full = new RegExp(`(?: |-)(${words})(?![\\p{L}])`, 'iuy');
    const fast = new WordsAt('(?: |-)', words);
    for (const text of ['5 barrels of oil a day', '5 barrels of oilseed', '5 Tonnes.', '5 tonnesx', '5 barrelsé']) {
      full.lastIndex = 1;
      expect(fast.exec(text, 1)?.[0] ?? null).toBe(full.exec(text)?.[0] ?? null);
    }
  });

  it('EndingAtAfter matches what the full look-behind regex matches', () => {
    const pattern = '(?:(?<prep>by|in) )?(?:(?<part>end of|mid) )?';
    const full = endingAt(`(?<![\\p{L}\\p{N}'’])${pattern}`, 'u');
    const fast = new EndingAtAfter(`[\\p{L}\\p{N}'’]`, pattern);
    for (const text of ['done by end of 2026', 'done by mid 2026', 'standby end of 2026', 'within 2026', 'thin 2026', 'éin 2026']) {
      const at = text.indexOf('2026');
      expect(fast.match(text, at)?.hit ?? null).toBe(matchEndingAt(full, text, at)?.hit ?? null);
    }
  });

  it('still reads units, dates and their context', () => {
    const found = findNumericClaims('By end of 2026 the line will carry 40 tonnes of freight a day, up from 12 tonnes in March 2025.');
    expect(found.map((c) => [c.kind, c.text])).toEqual([
      ['date', 'By end of 2026'],
      ['quantity', '40 tonnes'],
      ['quantity', '12 tonnes'],
      ['date', 'March 2025'],
    ]);
  });
});
