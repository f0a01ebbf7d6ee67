// Turning detector matches into Analysis claims: ids, themes of figures, order. Shared by the page
// pipeline (lib/analyze.ts) and the text-only entry (`claimsForText`, used by `lede claims`).
import type { Claim, Span } from '../analysis';
import { IdMaker } from '../text/ids';
import { splitSentences } from '../text/sentences';
import { matchThemes, type ThemeHit } from '../themes/match';
import type { ThemeDefinition } from '../themes/taxonomy';
import { DEFAULT_THEMES } from '../themes/taxonomy';
import { findNumericClaims } from './numeric';
import { rankClaims } from '../rank/rank';
import { attributeSources } from './source';
import { argumentStrength, classifyStrategic, keepStrongest } from './strategic';
import type { NumericMatch } from './types';

/** A claim before lib/rank has ranked it (rank 0 fails the schema, so none can leave unranked). */
const UNRANKED = { rank: 0, key: false } as const;

export function numericClaim(m: NumericMatch, offset: number, text: string, ids: IdMaker): Claim {
  const start = offset + m.start;
  const end = offset + m.end;
  const claimText = text.slice(start, end);
  return { ...m, start, end, text: claimText, id: ids.make(m.kind, claimText), themes: [], ...UNRANKED };
}

export function strategicClaim(s: Span, themes: ThemeDefinition[], ids: IdMaker, themeHits?: ThemeHit[]): Claim | null {
  const verdict = classifyStrategic(s.text, themes, themeHits);
  return verdict
    ? { id: ids.make('strategic', s.text), kind: 'strategic', text: s.text, start: s.start, end: s.end, ...verdict, ...UNRANKED }
    : null;
}

/** A figure speaks to the themes of the strategic sentence it stands in. Both lists in text order. */
export function tieFiguresToThemes(numeric: Claim[], strategic: Claim[]): void {
  let j = 0;
  for (const n of numeric) {
    while (j < strategic.length && strategic[j].end <= n.start) j++;
    const s = strategic[j];
    if (s && s.start <= n.start && n.end <= s.end) n.themes = [...s.themes];
  }
}

export const byPosition = (a: Claim, b: Claim) => a.start - b.start || b.end - a.end;

export interface TextClaimOptions {
  lang?: string;
  themes?: ThemeDefinition[];
}

/** Numeric and (for English) strategic claims of a plain text, offsets into it. */
export function claimsForText(text: string, options: TextClaimOptions = {}): Claim[] {
  const lang = (options.lang ?? 'en').split('-')[0].toLowerCase();
  const ids = new IdMaker();
  const numeric = findNumericClaims(text, { lang }).map((m) => numericClaim(m, 0, text, ids));
  let strategic: Claim[] = [];
  const sentences = splitSentences(text);
  if (lang === 'en') {
    const themes = options.themes ?? DEFAULT_THEMES;
    const strength = new Map<Claim, number>();
    for (const s of sentences) {
      const hits = matchThemes(s.text, themes);
      const c = strategicClaim(s, themes, ids, hits);
      if (c) {
        strategic.push(c);
        strength.set(c, argumentStrength(c.text, hits, themes));
      }
    }
    strategic = keepStrongest(strategic, sentences.length, (c) => strength.get(c) ?? 0, themes);
    attributeSources(strategic, sentences, () => 0);
  }
  tieFiguresToThemes(numeric, strategic);
  const claims = [...numeric, ...strategic].sort(byPosition);
  return rankClaims(claims, { text, blockStarts: [0], sentences, title: '', thesis: [] });
}
