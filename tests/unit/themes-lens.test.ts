// Themes as lenses and topics, over short articles written for these tests on other subjects than
// business deals (a city's water supply, a school district, a football club, a bakery chain): a theme is
// reported where the article argues it in any words, with the sentences that carry it, and never where
// it only brushes a cue word; topics are the article's own subjects.
import { describe, expect, it } from 'vitest';
import type { Span } from '../../lib/analysis';
import { patternProblem } from '../../lib/settings/theme-table';
import { lemma, lemmaText } from '../../lib/themes/lemma';
import { frameHits, positionWeight } from '../../lib/themes/lens';
import { summarizeArgument } from '../../lib/themes/summarize';
import { DEFAULT_THEMES } from '../../lib/themes/taxonomy';
import { leadingDatelineLength, mayStateThesis } from '../../lib/themes/thesis-guard';
import { findTopics } from '../../lib/themes/topics';
import { splitSentences } from '../../lib/text/sentences';

function summarize(title: string, paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  const sentences: Span[] = splitSentences(text);
  return { text, sentences, ...summarizeArgument({ text, title, sentences, claims: [], themes: DEFAULT_THEMES }) };
}

const ids = (r: { themes: { id: string }[] }) => r.themes.map((t) => t.id);

describe('lemmas', () => {
  it('brings inflections to one form, regular and irregular', () => {
    expect(['companies', 'bidding', 'vying', 'relies', 'slashed', 'raised', 'were', 'won', 'losses'].map(lemma)).toEqual([
      'company', 'bid', 'vie', 'rely', 'slash', 'raise', 'be', 'win', 'loss',
    ]);
    expect(lemmaText("The city's suppliers were cutting costs.")).toBe("the city 's supplier be cut cost .");
  });
});

describe('theme frames', () => {
  it('are patterns a stored theme table accepts (length, no nested repeats)', () => {
    for (const t of DEFAULT_THEMES) for (const f of t.frames ?? []) expect(patternProblem(f), f).toBeNull();
  });

  const hit = (s: string) => [...frameHits(s, DEFAULT_THEMES).keys()];
  it('read who does what to whom, whatever the inflection', () => {
    expect(hit('Three bakeries are vying for the contract to supply the city schools.')).toContain('competition');
    expect(hit('The chain will roll the format out to 50 markets by next year.')).toContain('scaling');
    expect(hit('The brewery relies on a single plant in the valley for all its bottling.')).toContain('dependency');
    expect(hit('New tariffs on imported flour squeezed the margins of every bakery in the region.')).toContain('cost-risk');
    expect(hit('The club added two new suppliers of kit after years with one.')).toContain('diversification');
  });

  it('do not read a condition as dependency', () => {
    expect(hit('Prices vary, depending on who you ask in the trade.')).not.toContain('dependency');
  });

  it('weigh the opening more than the body', () => {
    expect(positionWeight(0, 40)).toBeGreaterThan(positionWeight(8, 40));
    expect(positionWeight(8, 40)).toBeGreaterThan(positionWeight(30, 40));
  });
});

const WATER = {
  title: 'Riverton’s water hangs on one ageing reservoir',
  paragraphs: [
    'Riverton relies on a single reservoir for nearly all of its drinking water, and the city council was warned on Monday that the dam is reaching the end of its life.',
    'If the dam failed, the city would have no second source to turn to for months.',
    'Engineers said repairs would take at least four years.',
    'The council has asked two neighbouring towns whether it could draw on their supply in an emergency, but both depend on the same river.',
    'The mayor, who grew up by the reservoir, said she used to swim there as a child.',
    'A public meeting is scheduled for next Thursday at the town hall.',
  ],
};

const SCHOOLS = {
  title: 'School district hires 40 teachers for new term',
  paragraphs: [
    'The Eastvale school district has hired 40 teachers for the new term, the superintendent said on Friday.',
    'Most of the new staff will teach mathematics and science at the two high schools.',
    'The district spent the summer repainting classrooms and replacing the roof of the library.',
    'Classes begin on September 2, and parents can collect timetables at the front office.',
    'The superintendent thanked the parents who volunteered during the summer.',
  ],
};

describe('themes as lenses', () => {
  it('reports a theme the article argues in its own words, with the sentences that carry it', () => {
    const r = summarize(WATER.title, WATER.paragraphs);
    const dependency = r.themes.find((t) => t.id === 'dependency');
    expect(dependency).toBeDefined();
    expect(dependency!.sentences.map((s) => s.text)).toContain(r.sentences[0].text);
    for (const t of r.themes) for (const s of t.sentences) expect(r.text.slice(s.start, s.end)).toBe(s.text);
    // The anecdote and the schedule argue nothing.
    const cited = r.themes.flatMap((t) => t.sentences.map((s) => s.text));
    expect(cited.some((s) => /swim there|public meeting/.test(s))).toBe(false);
  });

  it('reports no contract theme on a plain report that only brushes cue words', () => {
    const r = summarize(SCHOOLS.title, SCHOOLS.paragraphs);
    for (const id of ['diversification', 'cost-risk', 'dependency', 'competition', 'scaling']) expect(ids(r)).not.toContain(id);
  });

  it('cites a sentence under one theme unless it argues both as strongly', () => {
    const r = summarize('Bakery chain faces rivals and rising costs', [
      'Crumb & Co, the bakery chain, faces fierce competition from supermarket bakeries that undercut its prices, analysts warned.',
      'Rising flour costs have already squeezed its margins, and a new tariff on imported wheat could deepen its losses.',
      'Rivals are vying for the same high-street sites, and two competitors opened stores beside its busiest shops this year.',
      'The chain also faces higher energy costs at its ovens, which could wipe out its profit.',
      'Its founder opened the first shop in 1987.',
    ]);
    expect(ids(r)).toEqual(expect.arrayContaining(['competition', 'cost-risk']));
    const seen = new Map<string, string[]>();
    for (const t of r.themes) for (const s of t.sentences) seen.set(s.text, [...(seen.get(s.text) ?? []), t.id]);
    const shared = [...seen.values()].filter((themes) => themes.length > 1);
    expect(shared.length).toBeLessThanOrEqual(1);
  });
});

describe('the thesis', () => {
  it('is never a caption, credit, byline, dateline or pull quote', () => {
    expect(mayStateThesis('Fans celebrate outside the stadium, left, after the final whistle on Saturday, May 4, 2024.')).toBe(false);
    expect(mayStateThesis('Photo: Ana Costa / Getty Images for the Northfield Rovers club')).toBe(false);
    expect(mayStateThesis('By Ana Costa')).toBe(false);
    expect(mayStateThesis('NORTHFIELD —')).toBe(false);
    expect(mayStateThesis('“We will be back, and we will be stronger than ever before,” the captain told fans.')).toBe(false);
    expect(mayStateThesis('Northfield Rovers were relegated on Saturday after losing their final match of the season.')).toBe(true);
  });

  it('leaves out the dateline that opens the lede, and keeps it whole in the article', () => {
    const r = summarize('Northfield Rovers relegated after final-day defeat', [
      'NORTHFIELD, Yorks. — Northfield Rovers were relegated on Saturday after a 2-0 defeat at home on the final day of the season.',
      'The club now faces a steep fall in television income, and the board warned that several players may have to be sold.',
    ]);
    expect(r.thesis[0].text).toMatch(/^Northfield Rovers were relegated/);
    expect(r.text.slice(r.thesis[0].start, r.thesis[0].end)).toBe(r.thesis[0].text);
    expect(leadingDatelineLength('WASHINGTON (Reuters) - The Federal Reserve held rates.')).toBe('WASHINGTON (Reuters) - '.length);
    expect(leadingDatelineLength('Dekalb, Ill. — Mike Glass threw for three touchdowns.')).toBe('Dekalb, Ill. — '.length);
    expect(leadingDatelineLength('Apple — the maker of the phone — said so.')).toBe(0);
    expect(leadingDatelineLength('NASA - the agency - said so.')).toBe(0);
  });

  it('states the point of the opening, not a caption set above it', () => {
    const r = summarize('Northfield Rovers relegated after final-day defeat', [
      'Supporters leave the ground, centre, after the final whistle on Saturday, May 4, 2024.',
      'Northfield Rovers were relegated on Saturday after a 2-0 defeat at home on the final day of the season.',
      'The club now faces a steep fall in television income, and the board warned that several players may have to be sold.',
    ]);
    expect(r.thesis.length).toBeGreaterThanOrEqual(1);
    expect(r.thesis.length).toBeLessThanOrEqual(2);
    expect(r.thesis[0].text).toBe(r.sentences[1].text);
  });
});

/** Topic input: each sentence as a span 100 characters after the one before, citing no claims. */
const sentenceAt = (text: string, i: number) => ({ span: { text, start: i * 100, end: i * 100 + text.length }, claimIds: [] });

describe('topics', () => {
  it('gives every article 2–5 subjects of its own, with their sentences', () => {
    for (const a of [WATER, SCHOOLS]) {
      const r = summarize(a.title, a.paragraphs);
      expect(r.topics.length).toBeGreaterThanOrEqual(2);
      expect(r.topics.length).toBeLessThanOrEqual(5);
      for (const t of r.topics) {
        expect(t.label.split(' ').length).toBeLessThanOrEqual(3);
        expect(r.text.toLowerCase()).toContain(t.label.toLowerCase().replace(/s$/, ''));
        expect(t.sentences.length).toBeGreaterThan(0);
        for (const s of t.sentences) expect(r.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('finds the subject the headline and the text share, and no two topics say the same', () => {
    const r = summarize(WATER.title, WATER.paragraphs);
    const labels = r.topics.map((t) => t.label.toLowerCase());
    expect(labels.some((l) => l.includes('reservoir'))).toBe(true);
    const words = labels.flatMap((l) => l.split(' '));
    expect(new Set(words).size).toBe(words.length);
  });

  it('prefers a name whole to a part of it, and never a stop word or a verb', () => {
    const sentences = [
      'Northfield Rovers lost again on Saturday.',
      'Northfield Rovers have now lost five games in a row.',
      'The coach said Rovers would fight on.',
      'Fans of Northfield Rovers protested outside the ground.',
    ].map(sentenceAt);
    const labels = findTopics('Northfield Rovers slump continues', sentences).map((t) => t.label);
    expect(labels[0]).toBe('Northfield Rovers');
    for (const l of labels) expect(l).not.toMatch(/^(?:the|said|lost|again)$/i);
  });

  it('takes no piece of longer names, no second form of a chosen word, and no name that only speaks', () => {
    const sentences = [
      'The Kestrel Dam on the Orran river will flood three valleys, Orrani officials said.',
      'The United Nations asked the United States to fund a study of the Kestrel Dam.',
      'Orrani farmers fear the reservoir will drown their fields, said Lena Hartz, an engineer.',
      'The reservoir would be the largest Orran has ever built, Hartz said.',
      'Hartz said the United Kingdom had refused to insure the Kestrel Dam.',
      'Hartz said the valleys hold the best farmland in the region.',
      'Orran plans to fill the reservoir by 2031, and farmers plan to sue.',
    ].map(sentenceAt);
    const labels = findTopics('Orran pushes on with the Kestrel Dam', sentences).map((t) => t.label);
    expect(labels).toContain('Kestrel Dam');
    expect(labels).toContain('Orran');
    expect(labels).not.toContain('United'); // only ever part of "United Nations", "United States", "United Kingdom"
    expect(labels).not.toContain('Orrani'); // the same subject as "Orran"
    expect(labels).not.toContain('Hartz'); // she speaks about the dam; the article is not about her
  });

  it('keeps "New" at the head of a name, and "new" is still no topic', () => {
    const sentences = [
      'Ferry crossings between New Zealand and Tasmania will double next spring.',
      'The new timetable adds a night sailing from New Zealand every Friday.',
      'Operators in New Zealand expect the new route to carry more freight than passengers.',
      'Tasmania has asked for a new terminal to handle the extra trucks.',
    ].map(sentenceAt);
    const labels = findTopics('New Zealand ferries to double crossings', sentences).map((t) => t.label);
    expect(labels).toContain('New Zealand');
    expect(labels).not.toContain('Zealand'); // only ever part of "New Zealand"
    for (const l of labels) expect(l).not.toMatch(/^new\b/); // "the new timetable": no name
  });

  it('keeps two names joined by "and", and names that only look alike', () => {
    const sentences = [
      'Talks between Iran and Iraq on the shared oil field resumed in Baghdad.',
      'Iran wants a larger share of the oil field, while Iraq wants joint drilling.',
      'Iraq said the oil field could be shared by the end of the year.',
      'Iran has not answered the offer.',
    ].map(sentenceAt);
    const labels = findTopics('Iran and Iraq resume oil field talks', sentences).map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining(['Iran', 'Iraq']));
  });
});
