// @vitest-environment jsdom
// The engine's shortcuts for speed must not change what it finds: the step-wise passes give what the
// one-go functions give and really pause, the theme pre-filter only skips themes that cannot match, and
// the numeric regexes compiled without the u flag fall back to the full ones where the look-arounds
// decide. Texts and pages here are written for these tests (a ferry operator, a bakery chain).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analysisSteps } from '../../lib/analyze';
import { extractArticle, extractArticleSteps } from '../../lib/extract';
import { runSteps } from '../../lib/extract/steps';
import { findSponsored, findSponsoredSteps } from '../../lib/sponsored';
import { buildArticleText, buildArticleTextSteps } from '../../lib/text/article-text';
import { EndingAtAfter, endingAt, matchEndingAt, WordsAt } from '../../lib/claims/regex-util';
import { findNumericClaims } from '../../lib/claims/numeric';
import { matchThemes, themesWithTermsIn } from '../../lib/themes/match';
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

  it('analyse a page in steps as in one go', () => {
    const doc = parse(fixture('news-article.html'));
    const stepped = runSteps(analysisSteps(doc, { now: () => 0 }));
    expect(stepped).toEqual(analyze(doc, { now: () => 0 }));
  });
});

describe('theme term pre-filter', () => {
  const themes: ThemeDefinition[] = [
    { id: 'clouds', label: 'Clouds', terms: ['multi-cloud', 'cloud bill'] },
    { id: 'bread', label: 'Bread', terms: ['sourdough', 'bakery'] },
    { id: 'odd', label: 'Odd', terms: ['#hashtag'] },
  ];

  it('keeps the themes whose terms may occur, in any spelling the terms allow', () => {
    const text = 'The bakery went multicloud last year.';
    const found = themesWithTermsIn(text, themes);
    expect(found.has(themes[0])).toBe(true); // "multicloud" starts with "multi", as "multi-cloud" may be written
    expect(found.has(themes[1])).toBe(true);
    expect(matchThemes(text, themes, found).map((h) => h.id)).toEqual(['clouds', 'bread']);
  });

  it('drops a theme none of whose terms can start a word of the text', () => {
    const found = themesWithTermsIn('The ferry sailed at dawn.', themes);
    expect(found.has(themes[1])).toBe(false);
    expect(found.has(themes[0])).toBe(false);
    // A term starting with a non-word character cannot be looked for cheaply: its theme is always kept.
    expect(found.has(themes[2])).toBe(true);
  });

  it('changes no sentence’s themes over the default table', () => {
    const text =
      'The bakery chain depends on a single supplier of flour, which could raise costs. ' +
      'Analysts expect margins to shrink as rivals cut prices. ' +
      'It plans to diversify into frozen dough and spread production across three sites.';
    const termsIn = themesWithTermsIn(text, DEFAULT_THEMES);
    expect(termsIn.size).toBeLessThan(DEFAULT_THEMES.length);
    for (const sentence of text.split(/(?<=\.) /)) {
      expect(matchThemes(sentence, DEFAULT_THEMES, termsIn)).toEqual(matchThemes(sentence, DEFAULT_THEMES));
    }
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
