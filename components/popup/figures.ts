// What the popup shows of an article's Summary (lib/analysis.ts), decided once so that no sentence appears twice: the first
// screen (site, title, one thesis sentence, the top themes or topics with one sentence each, the key
// figures) and, behind "More", every other theme and topic with the sentences not shown yet.
import type { Claim, Span, Summary } from '@/lib/analysis';
import { isNumericKind } from '@/lib/claim-kinds';
import { figureLine } from '@/lib/highlight/reader-value';

/** Key figures on the first screen. */
export const MAX_KEY_FIGURES = 5;
/** Themes or topics on the first screen, each with one sentence. */
export const MAX_GIST = 3;

export interface KeyFigure {
  id: string;
  /** "$3.8 billion — the cloud contract" */
  line: string;
  start: number;
  end: number;
}

export interface GistItem {
  /** A theme's id; absent for a topic. */
  themeId?: string;
  label: string;
  sentence: Span;
}

export interface Group {
  themeId?: string;
  label: string;
  sentences: Span[];
}

export interface Outline {
  site: string;
  thesis: Span | null;
  gist: GistItem[];
  figures: KeyFigure[];
  /** Behind "More": themes by rank, with the sentences not shown above (possibly none). */
  themes: Group[];
  /** Behind "More": topics that still have a sentence not shown above. */
  topics: Group[];
}

/** The site to show: the page's own name when it gives one, else its host without "www." — never a URL. */
export function siteLabel(analysis: Pick<Summary, 'meta' | 'url'>): string {
  const named = analysis.meta.site?.trim();
  if (named && !/^[a-z][a-z0-9+.-]*:\/\//i.test(named)) return named;
  try {
    return new URL(named || analysis.url || '').hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function counts(summary: Summary) {
  return {
    ...summary.counts,
    sponsoredIn: summary.sponsored.filter((s) => s.inArticle).length,
    sponsoredBeside: summary.sponsored.filter((s) => !s.inArticle).length,
  };
}

/** The key figures by rank, each said once ("£310 million" mentioned twice is one figure). */
export function keyFigures(analysis: Pick<Summary, 'claims'>, max = MAX_KEY_FIGURES): KeyFigure[] {
  const seen = new Set<string>();
  const out: KeyFigure[] = [];
  for (const c of [...analysis.claims].filter((c: Claim) => c.key && isNumericKind(c.kind)).sort((a, b) => a.rank - b.rank)) {
    const line = figureLine(c);
    if (seen.has(line.toLowerCase())) continue;
    seen.add(line.toLowerCase());
    out.push({ id: c.id, line, start: c.start, end: c.end });
    if (out.length === max) break;
  }
  return out;
}

/** Sentences already shown, by their place in the article (the same sentence may sit in several themes). */
class Shown {
  private readonly starts = new Set<number>();
  has(s: Span): boolean {
    return this.starts.has(s.start);
  }
  add(s: Span): Span {
    this.starts.add(s.start);
    return s;
  }
  /** The sentences not shown yet, now marked shown. */
  take(sentences: readonly Span[]): Span[] {
    return sentences.filter((s) => !this.has(s)).map((s) => this.add(s));
  }
}

export function outline(analysis: Summary): Outline {
  const shown = new Shown();
  const thesis = analysis.thesis[0] ? shown.add(analysis.thesis[0]) : null;
  const themes = [...analysis.themes].sort((a, b) => b.score - a.score);
  // Themes first (the lenses the article argues), then the article's own topics, each with its first
  // sentence not shown yet: the thesis sentence is not repeated under a theme.
  const candidates: { themeId?: string; label: string; sentences: Span[] }[] = [
    ...themes.map((t) => ({ themeId: t.id, label: t.label, sentences: t.sentences })),
    ...analysis.topics.map((t) => ({ label: t.label, sentences: t.sentences })),
  ];
  const gist: GistItem[] = [];
  for (const c of candidates) {
    if (gist.length === MAX_GIST) break;
    const sentence = c.sentences.find((s) => !shown.has(s));
    if (sentence) gist.push({ ...(c.themeId ? { themeId: c.themeId } : {}), label: c.label, sentence: shown.add(sentence) });
  }
  return {
    site: siteLabel(analysis),
    thesis,
    gist,
    figures: keyFigures(analysis),
    themes: themes.map((t) => ({ themeId: t.id, label: t.label, sentences: shown.take(t.sentences) })),
    topics: analysis.topics
      .map((t) => ({ label: t.label, sentences: shown.take(t.sentences) }))
      .filter((t) => t.sentences.length > 0),
  };
}
