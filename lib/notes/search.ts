/** Note search: every word of `text` in body, quote, title or tags; an exact tag; a site. Case-insensitive. */
import type { Note } from './schema';
import { bareHost } from './url-key';

export interface NoteQuery {
  /** Words that must all appear (in body, quote, title or tags). */
  text?: string;
  /** A tag the note must carry (case-insensitive). */
  tag?: string;
  /** A site: a domain (`example.co.uk`, `news.example.com`) or a URL on it. */
  site?: string;
  /** Most recent first; at most this many results. */
  limit?: number;
}

function hostOf(url: string): string {
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** `Example.com`, `www.example.com/path` or `https://example.com/x` → `example.com`. */
function normalizeSite(site: string): string {
  const trimmed = site.trim().toLowerCase();
  return hostOf(trimmed.includes('://') ? trimmed : `https://${trimmed}`) || trimmed;
}

/** Build a predicate for a query (done once per search, applied to every note). */
export function compileQuery(query: NoteQuery): (note: Note) => boolean {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const tag = query.tag?.trim().toLowerCase();
  const site = query.site ? normalizeSite(query.site) : '';
  return (note) => {
    if (tag && !note.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (site) {
      const host = hostOf(note.key);
      // A domain matches itself and every host below it (example.com matches news.example.com).
      if (!(host === site || host.endsWith(`.${site}`))) return false;
    }
    if (words.length) {
      const haystack = [note.body, note.title, note.target.kind === 'passage' ? note.target.quote.exact : '', ...note.tags].join('\n').toLowerCase();
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  };
}
