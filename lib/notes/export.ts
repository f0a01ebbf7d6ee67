/**
 * Export: the W3C Web Annotation data model (JSON-LD, https://www.w3.org/TR/annotation-model/) and
 * a Markdown digest (per article: title, URL (the key), each quote with its note).
 *
 * One Note ↔ one Annotation:
 *   id        urn:uuid:<id>            created / modified   created / updated
 *   body      [{TextualBody, purpose commenting, value: body}, {TextualBody, purpose tagging, value: tag}...]
 *   target    {source: page url, selector?: [TextQuoteSelector, TextPositionSelector?]} (no selector: the whole page)
 *   lede      {key, title, revision}   Lede's own fields, so a round trip loses nothing; other tools ignore them
 */
import type { Note } from './schema';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const URN_UUID_PREFIX = 'urn:uuid:';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'Annotation';
  id: string;
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector?: object[] };
  lede: { key: string; title: string; revision: number };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generated: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

export function toAnnotation(note: Note): WebAnnotation {
  const body: TextualBody[] = [
    { type: 'TextualBody', value: note.body, purpose: 'commenting', format: 'text/plain' },
    ...note.tags.map((tag): TextualBody => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
  const target: WebAnnotation['target'] = { source: note.url };
  if (note.target.kind === 'passage') {
    target.selector = note.target.position ? [{ ...note.target.quote }, { ...note.target.position }] : [{ ...note.target.quote }];
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'Annotation',
    id: URN_UUID_PREFIX + note.id,
    created: note.created,
    modified: note.updated,
    body,
    target,
    lede: { key: note.key, title: note.title, revision: note.revision },
  };
}

export function toAnnotationCollection(notes: readonly Note[], generated = new Date()): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Lede notes',
    total: notes.length,
    generated: generated.toISOString(),
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(toAnnotation) },
  };
}

/** One article's notes in reading order: page notes first, then passages in text order, then by creation. */
export function articleOrder(notes: Note[]): Note[] {
  const order = (n: Note) => (n.target.kind === 'page' ? -1 : (n.target.position?.start ?? Number.MAX_SAFE_INTEGER));
  return notes.sort((a, b) => order(a) - order(b) || a.created.localeCompare(b.created));
}

/**
 * Notes of one article together, articles in key order (the article's address, so an export can be
 * read from the store's `key` index a few articles at a time); in an article, see `articleOrder`.
 */
export function groupByArticle(notes: readonly Note[]): { key: string; title: string; url: string; notes: Note[] }[] {
  const groups = new Map<string, Note[]>();
  for (const note of notes) {
    const list = groups.get(note.key);
    if (list) list.push(note);
    else groups.set(note.key, [note]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => {
      articleOrder(list);
      const titled = list.find((n) => n.title) ?? list[0];
      return { key, title: titled.title, url: titled.url, notes: list };
    });
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** An http(s) address, bare or in angle brackets, at the start of a link destination. */
const HTTP_DESTINATION = /^\s*<?https?:\/\//i;

/**
 * Note or page text made inert for Markdown: a renderer shows it as written. Raw HTML is escaped
 * (`<` as `&lt;`, except around an http(s) autolink; `&` where it would start an entity), and only
 * http(s) links stay links: an inline link or image, or a reference definition, whose destination is
 * anything else (javascript:, data:, a relative path) loses its link syntax to a backslash.
 */
export function inertMarkdown(text: string): string {
  return text
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/<(?!https?:\/\/[^<>\s]*>)/gi, '&lt;')
    .replace(/\]\(/g, (match, at: number, all: string) => (HTTP_DESTINATION.test(all.slice(at + 2, at + 42)) ? match : ']\\('))
    .replace(/\[([^\]\n]*)\]:/g, (match, label: string, at: number, all: string) =>
      HTTP_DESTINATION.test(all.slice(at + match.length, at + match.length + 40)) ? match : `\\[${label}]:`,
    );
}

const blockquote = (s: string) =>
  s
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');

export const MARKDOWN_HEAD = '# Lede notes\n';

/**
 * One article's section of the Markdown digest (title, address, each quote with its note), starting
 * with the blank line that separates it from what comes before: the digest is MARKDOWN_HEAD followed
 * by the sections, so it can be written an article at a time. `notes` are the article's, in any order.
 */
export function markdownArticle(notes: Note[]): string {
  const [article] = groupByArticle(notes);
  if (!article) return '';
  // The key, not a page URL: the article's clean address without tracking parameters.
  const out: string[] = [`## ${inertMarkdown(oneLine(article.title)) || article.key}`, `<${new URL(article.key).href}>`];
  for (const note of article.notes) {
    out.push(note.target.kind === 'passage' ? blockquote(inertMarkdown(note.target.quote.exact)) : '*On the whole page:*');
    if (note.body.trim()) out.push(inertMarkdown(note.body.trim()));
    if (note.tags.length) out.push(`Tags: ${note.tags.map((tag) => inertMarkdown(oneLine(tag))).join(', ')}`);
  }
  return out.map((block) => `\n${block}\n`).join('');
}

/** Markdown digest, articles in key order. Text is written as text (made inert: see inertMarkdown); URLs go in angle brackets. */
export function toMarkdown(notes: readonly Note[]): string {
  return MARKDOWN_HEAD + groupByArticle(notes).map((article) => markdownArticle(article.notes)).join('');
}

// ---- The JSON export written a piece at a time: head, items, tail concatenate to toAnnotationCollection's JSON (2-space indent). ----

const ITEMS_PLACEHOLDER = '"items": []';

/** The collection's JSON up to and including the opening of `items` (`total` as counted when the export began). */
export function jsonHead(total: number, generated: Date): string {
  const whole = JSON.stringify(toAnnotationCollection([], generated), null, 2).replace('"total": 0', `"total": ${total}`);
  return whole.slice(0, whole.indexOf(ITEMS_PLACEHOLDER) + ITEMS_PLACEHOLDER.length - 1);
}

/** One note as an item of `items`: preceded by a comma unless it is the first, indented as JSON.stringify would. */
export function jsonItem(note: Note, first: boolean): string {
  return `${first ? '' : ','}\n      ${JSON.stringify(toAnnotation(note), null, 2).replace(/\n/g, '\n      ')}`;
}

/** Closes `items` and the collection; `empty`: no item was written. */
export function jsonTail(empty: boolean): string {
  return `${empty ? '' : '\n    '}]\n  }\n}`;
}
