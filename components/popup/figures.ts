// What the popup shows of an Analysis: themes ranked, each sentence with the figures inside it.
import type { Analysis, Claim, Span } from '@/lib/analysis';
import { NUMERIC_KINDS } from '@/lib/analysis';
import { normalizedValue } from '@/lib/highlight/describe';

export interface Figure {
  id: string;
  text: string;
  /** "$4.2 billion = 4,200,000,000 USD", or the text when the engine gave no value. */
  value: string;
  start: number;
  end: number;
}

export interface ThemeView {
  id: string;
  label: string;
  score: number;
  sentences: (Span & { figures: Figure[] })[];
}

const NUMERIC = new Set<string>(NUMERIC_KINDS);

export function figureOf(claim: Claim): Figure {
  return { id: claim.id, text: claim.text, value: normalizedValue(claim) ?? claim.text, start: claim.start, end: claim.end };
}

/** Numeric claims inside [start, end): by the sentence's claim ids, else by position. */
function figuresIn(analysis: Analysis, byId: Map<string, Claim>, span: Span & { claimIds?: string[] }): Figure[] {
  const listed = (span.claimIds ?? []).map((id) => byId.get(id)).filter((c): c is Claim => Boolean(c && NUMERIC.has(c.kind)));
  const inside = listed.length ? listed : analysis.claims.filter((c) => NUMERIC.has(c.kind) && c.start >= span.start && c.end <= span.end);
  return inside.sort((a, b) => a.start - b.start).map(figureOf);
}

export function rankedThemes(analysis: Analysis): ThemeView[] {
  const byId = new Map(analysis.claims.map((c) => [c.id, c]));
  return [...analysis.themes]
    .sort((a, b) => b.score - a.score)
    .map((t) => ({ id: t.id, label: t.label, score: t.score, sentences: t.sentences.map((s) => ({ ...s, figures: figuresIn(analysis, byId, s) })) }));
}

export function counts(analysis: Analysis) {
  const numeric = analysis.claims.filter((c) => NUMERIC.has(c.kind)).length;
  return {
    numeric,
    strategic: analysis.claims.length - numeric,
    sponsoredIn: analysis.sponsored.filter((s) => s.inArticle).length,
    sponsoredBeside: analysis.sponsored.filter((s) => !s.inArticle).length,
  };
}

/** The site to show: the page's own name when it gives one, else its host. */
export function siteLabel(analysis: Analysis): string {
  if (analysis.meta.site) return analysis.meta.site;
  try {
    return analysis.url ? new URL(analysis.url).hostname : '';
  } catch {
    return '';
  }
}
