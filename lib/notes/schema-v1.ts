/**
 * Version 1 of the notes database, the first released layout, kept so its data can be upgraded.
 *
 * v1: one object store `notes` (keyPath `id`, index `url`), records
 *   { id: string, url: string, title?: string, quote?: string, text: string, createdAt: number (ms), updatedAt: number (ms) }
 * A note on a passage had its selected text as a flat `quote` string; a page note had no quote (or '').
 */
import * as z from 'zod';
import { NoteSchema, describeIssues, type Note } from './schema';
import { noteKey } from './url-key';

export const V1 = {
  version: 1,
  notesStore: 'notes',
  urlIndex: 'url',
} as const;

/** Lenient on purpose: v1 data is upgraded whenever its meaning is clear. */
export const V1NoteSchema = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  title: z.string().optional(),
  quote: z.string().optional(),
  text: z.string(),
  createdAt: z.number().finite(),
  updatedAt: z.number().finite().optional(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isoFromMs(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Upgrade one raw v1 record to the current Note, or explain why it cannot be. */
export function upgradeV1Note(raw: unknown, newId: () => string): { note: Note } | { reason: string } {
  const parsed = V1NoteSchema.safeParse(raw);
  if (!parsed.success) return { reason: describeIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ') };
  const v1 = parsed.data;
  let key: string;
  try {
    key = noteKey(v1.url);
  } catch {
    return { reason: `url: not an http(s) URL` };
  }
  const created = isoFromMs(v1.createdAt);
  const updated = isoFromMs(v1.updatedAt ?? v1.createdAt) ?? created;
  if (!created || !updated) return { reason: 'createdAt: not a valid time' };
  const quote = v1.quote ?? '';
  const candidate = {
    id: UUID.test(v1.id) ? v1.id.toLowerCase() : newId(),
    key,
    url: v1.url,
    title: v1.title ?? '',
    created,
    updated,
    revision: 1,
    body: v1.text,
    tags: [],
    // v1 kept no context or offsets: the quote alone is enough to re-anchor (lib/anchor searches for it).
    target: quote ? { kind: 'passage' as const, quote: { type: 'TextQuoteSelector' as const, exact: quote, prefix: '', suffix: '' } } : { kind: 'page' as const },
  };
  const checked = NoteSchema.safeParse(candidate);
  if (!checked.success) return { reason: describeIssues(checked.error).map((i) => `${i.path}: ${i.message}`).join('; ') };
  return { note: checked.data };
}
