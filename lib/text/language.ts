// The page's language: what the page declares, else a guess from the commonest short words of the text.
// Only the primary subtag matters to the engine (`en` gets strategic claims and themes; others numbers only).

import { byLanguage } from '../lang';

/** A dozen very common words per language (lib/lang/*.ts); enough to tell them apart on a paragraph or two. */
export const STOPWORDS: Record<string, string[]> = byLanguage((t) => t.stopwords);

const SAMPLE_CHARS = 4000;

export function declaredLanguage(doc: Document): string | undefined {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const c of candidates) {
    const tag = c?.trim().replace('_', '-');
    if (tag && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/i.test(tag)) return tag;
  }
  return undefined;
}

const LANGS = Object.keys(STOPWORDS);
/** Stopword → the indexes in LANGS of the languages listing it: one look-up per word of the sample. */
let stopwordLangs: Map<string, number[]> | null = null;

function stopwordIndex(): Map<string, number[]> {
  if (stopwordLangs) return stopwordLangs;
  stopwordLangs = new Map();
  LANGS.forEach((lang, i) => {
    for (const w of new Set(STOPWORDS[lang])) {
      const langs = stopwordLangs!.get(w);
      if (langs) langs.push(i);
      else stopwordLangs!.set(w, [i]);
    }
  });
  return stopwordLangs;
}

export function guessLanguage(text: string): string | undefined {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < 20) return undefined;
  const index = stopwordIndex();
  const scores = LANGS.map(() => 0);
  for (const w of words) for (const i of index.get(w) ?? []) scores[i]++;
  // The first language (table order) with the highest score wins ties.
  let best: string | undefined;
  let bestScore = 0;
  scores.forEach((score, i) => {
    if (score > bestScore) [best, bestScore] = [LANGS[i], score];
  });
  return bestScore / words.length >= 0.05 ? best : undefined;
}

/** Primary subtag, lower case: "en-US" → "en". */
export function primaryLanguage(tag: string | undefined): string {
  return (tag ?? 'en').split('-')[0].toLowerCase();
}
