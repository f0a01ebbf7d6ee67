/**
 * An export written a piece at a time, so that a store of any size leaves the background in runtime
 * messages (Chrome carries at most 64 MiB each). The pieces joined are exactly the one-string export
 * (export.ts). Articles are read in key order, a batch at a time; a piece ends between two notes
 * (JSON) or anywhere in an article's text (Markdown, never inside a surrogate pair), and its cursor
 * says where the next one starts: keyset positions, so notes added or removed meanwhile do not shift it.
 */
import { jsonHead, jsonItem, jsonTail, MARKDOWN_HEAD, markdownArticle } from './export';
import type { Note } from './schema';

export type ExportFormat = 'json' | 'markdown';

/**
 * Where the next piece starts: at article `article`, after its note `after` ([created, id], JSON:
 * notes of an article go oldest first) or after `offset` characters of its Markdown section.
 */
export interface ExportCursor {
  article: string;
  after?: [string, string];
  offset?: number;
}

export interface ExportPiece {
  text: string;
  /** Absent on the last piece. */
  next?: ExportCursor;
}

export interface ArticleReader {
  count(): Promise<number>;
  now(): Date;
  /** Whole articles in key order from `from` (see NotesStore.readArticles). */
  readArticles(from: { key: string; inclusive: boolean } | null): Promise<{ articles: Note[][]; more: boolean }>;
}

/** Room kept for the JSON tail, so that a last piece stays within the bound too. */
const TAIL_ROOM = 16;

const byCreatedThenId = (a: Note, b: Note) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const isAfter = (note: Note, [created, id]: [string, string]) => note.created > created || (note.created === created && note.id > id);

/** Every article from the cursor's on, batch by batch, until the visitor returns false. */
async function eachArticle(reader: ArticleReader, cursor: ExportCursor | undefined, visit: (notes: Note[]) => boolean): Promise<void> {
  let from = cursor ? { key: cursor.article, inclusive: true } : null;
  for (;;) {
    const { articles, more } = await reader.readArticles(from);
    for (const notes of articles) if (!visit(notes)) return;
    if (!more || !articles.length) return;
    from = { key: articles[articles.length - 1][0].key, inclusive: false };
  }
}

async function jsonPiece(reader: ArticleReader, cursor: ExportCursor | undefined, maxChars: number): Promise<ExportPiece> {
  let text = cursor ? '' : jsonHead(await reader.count(), reader.now());
  let written = 0;
  let next: ExportCursor | undefined;
  await eachArticle(reader, cursor, (notes) => {
    const key = notes[0].key;
    let last = cursor && key === cursor.article ? cursor.after : undefined;
    for (const note of notes.sort(byCreatedThenId)) {
      if (last && !isAfter(note, last)) continue;
      const item = jsonItem(note, !cursor && written === 0);
      // Every piece holds at least one note, so an export always moves on.
      if (written > 0 && text.length + item.length + TAIL_ROOM > maxChars) {
        next = { article: key, ...(last ? { after: last } : {}) };
        return false;
      }
      text += item;
      written++;
      last = [note.created, note.id];
    }
    return true;
  });
  if (next) return { text, next };
  // A cursor means an earlier piece held a note: the array is not empty.
  return { text: text + jsonTail(!cursor && written === 0) };
}

async function markdownPiece(reader: ArticleReader, cursor: ExportCursor | undefined, maxChars: number): Promise<ExportPiece> {
  let text = cursor ? '' : MARKDOWN_HEAD;
  let next: ExportCursor | undefined;
  await eachArticle(reader, cursor, (notes) => {
    const key = notes[0].key;
    const skipped = cursor && key === cursor.article ? (cursor.offset ?? 0) : 0;
    const section = markdownArticle(notes).slice(skipped);
    if (text.length + section.length <= maxChars) {
      text += section;
      return true;
    }
    // Too long for what is left: start the article in the next piece, or cut it if it is longer than a piece.
    let take = text && section.length <= maxChars ? 0 : Math.max(0, maxChars - text.length);
    if (take > 0 && /[\uD800-\uDBFF]/.test(section.charAt(take - 1))) take--;
    text += section.slice(0, take);
    next = { article: key, offset: skipped + take };
    return false;
  });
  return next ? { text, next } : { text };
}

export function exportPiece({ format, cursor, maxChars }: { format: ExportFormat; cursor?: ExportCursor; maxChars: number }, reader: ArticleReader): Promise<ExportPiece> {
  return format === 'json' ? jsonPiece(reader, cursor, maxChars) : markdownPiece(reader, cursor, maxChars);
}
