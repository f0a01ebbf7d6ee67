// The article-extraction-benchmark metric: word tokens (runs of Unicode letters, digits, underscore),
// 4-token shingles, per-page multiset precision and recall; corpus F1 = harmonic mean of the mean
// precision (pages with output) and the mean recall (all pages).
const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  if (!tokens.length) return counts;
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  /** null when the output is empty (the page counts for recall only). */
  precision: number | null;
  recall: number;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pred = shingles(predicted);
  const gold = shingles(truth);
  let predTotal = 0, goldTotal = 0, common = 0;
  for (const v of pred.values()) predTotal += v;
  for (const [k, v] of gold) {
    goldTotal += v;
    const p = pred.get(k);
    if (p) common += Math.min(p, v);
  }
  return {
    precision: predTotal ? common / predTotal : null,
    recall: goldTotal ? common / goldTotal : predTotal ? 0 : 1,
  };
}

export function pageF1(s: PageScore): number {
  const p = s.precision ?? 0;
  return p + s.recall ? (2 * p * s.recall) / (p + s.recall) : 0;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

export function corpusScore(scores: PageScore[]): CorpusScore {
  const ps = scores.map((s) => s.precision).filter((p): p is number => p !== null);
  const precision = ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
  const recall = scores.length ? scores.reduce((a, s) => a + s.recall, 0) / scores.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: scores.length };
}
