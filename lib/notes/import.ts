/**
 * Import of exported notes: parse, validate every field, refuse the whole file on the first kind of
 * trouble (with the path of each bad field), and plan what a merge would do. Text is text: markup in
 * a note is kept verbatim and never interpreted (the UI renders it as text).
 *
 * Accepted shapes: an AnnotationCollection (items in `first.items`), an AnnotationPage (`items`),
 * a bare array of Annotations, or a single Annotation (see export.ts for the mapping).
 */
import * as z from 'zod';
import { URN_UUID_PREFIX } from './export';
import { LIMITS } from './limits';
import {
  HttpUrlSchema,
  IsoDateSchema,
  NoteSchema,
  TextPositionSelectorSchema,
  describeIssues,
  formatPath,
  type Note,
} from './schema';
import { ImportError } from './errors';
import { noteKey } from './url-key';

/** Stop collecting problems after this many: the first few say what is wrong. */
const MAX_REPORTED_ISSUES = 20;

const ShortString = z.string().max(LIMITS.shortString);

const ImportedBodySchema = z.object({
  type: z.literal('TextualBody'),
  value: z.string().max(LIMITS.bodyLength),
  purpose: z.enum(['commenting', 'tagging', 'describing', 'replying']).optional(),
  format: ShortString.optional(),
  language: ShortString.optional(),
});

/** Other tools may omit prefix/suffix. */
const ImportedQuoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'Quote is empty').max(LIMITS.quoteLength),
  prefix: z.string().max(LIMITS.contextLength).optional(),
  suffix: z.string().max(LIMITS.contextLength).optional(),
});

/** W3C allows one value or an array in several places; read both as an array (errors then name the item). */
const asArray = (value: unknown) => (value === undefined || Array.isArray(value) ? value : [value]);

/** A target may be just the page URL. */
const ImportedTargetSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { source: value } : value),
  z.object({
    source: HttpUrlSchema,
    selector: z.preprocess(asArray, z.array(z.object({ type: ShortString }).loose()).max(LIMITS.selectorsPerTarget).optional()),
  }),
);

const AnnotationSchema = z.object({
  '@context': z.union([ShortString, z.array(z.unknown()).max(10), z.record(z.string(), z.unknown())]).optional(),
  type: z.literal('Annotation'),
  id: z.string().min(1).max(LIMITS.importedIdLength),
  created: IsoDateSchema,
  modified: z.optional(IsoDateSchema),
  body: z.preprocess(asArray, z.array(ImportedBodySchema).max(LIMITS.bodiesPerAnnotation).optional()),
  target: ImportedTargetSchema,
  lede: z
    .object({
      key: z.optional(HttpUrlSchema),
      title: z.string().max(LIMITS.titleLength).optional(),
      revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    })
    .optional(),
});

type Issue = { path: string; message: string };

/** Find the list of annotations in whichever accepted shape the file has. */
function itemsOf(data: unknown): { items: unknown[]; path: string } | Issue {
  if (Array.isArray(data)) return { items: data, path: '' };
  if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    if (obj.type === 'Annotation') return { items: [obj], path: '' };
    if (obj.type === 'AnnotationPage' && Array.isArray(obj.items)) return { items: obj.items, path: 'items' };
    if (obj.type === 'AnnotationCollection') {
      const first = obj.first as Record<string, unknown> | undefined;
      if (first === undefined && obj.total === 0) return { items: [], path: 'first.items' };
      if (first && typeof first === 'object' && Array.isArray(first.items)) return { items: first.items, path: 'first.items' };
      return { path: 'first.items', message: 'An AnnotationCollection must hold its annotations in first.items' };
    }
  }
  return { path: '(root)', message: 'Expected an AnnotationCollection, an AnnotationPage, an array of Annotations or one Annotation' };
}

/**
 * The key an imported note is filed under: the file's lede.key only when it is one the page at
 * target.source could have been given (its own address, or a canonical it may claim: see
 * url-key.ts), so that a file cannot put a note for one site among another site's notes.
 * Null when the file's key fails that test.
 */
function importedKey(source: string, fileKey: string | undefined): string | null {
  const key = noteKey(source, { canonical: fileKey });
  return fileKey === undefined || key === noteKey(fileKey) ? key : null;
}

/** Convert one validated annotation to a Note candidate, adding issues for what does not fit. */
function toNote(annotation: z.infer<typeof AnnotationSchema>, at: string, issues: Issue[]): Note | null {
  const bodies = annotation.body ?? [];
  const comments = bodies.filter((b) => b.purpose !== 'tagging').map((b) => b.value);
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  const target = annotation.target;
  const selectors = target.selector ?? [];

  let quote: z.infer<typeof ImportedQuoteSchema> | undefined;
  let position: z.infer<typeof TextPositionSelectorSchema> | undefined;
  selectors.forEach((selector, i) => {
    const path = [at, 'target', 'selector', i];
    if (selector.type === 'TextQuoteSelector') {
      const parsed = ImportedQuoteSchema.safeParse(selector);
      if (parsed.success) quote = parsed.data;
      else issues.push(...describeIssues(parsed.error, path));
    } else if (selector.type === 'TextPositionSelector') {
      const parsed = TextPositionSelectorSchema.safeParse(selector);
      if (parsed.success) position = parsed.data;
      else issues.push(...describeIssues(parsed.error, path));
    } // other selector types (CSS, XPath...) do not apply to article text: ignored
  });
  if (selectors.length && !quote && !issues.length) {
    issues.push({ path: formatPath([at, 'target', 'selector']), message: 'A TextQuoteSelector is required to locate the passage' });
  }

  const id = annotation.id.startsWith(URN_UUID_PREFIX) ? annotation.id.slice(URN_UUID_PREFIX.length) : annotation.id;
  const key = importedKey(target.source, annotation.lede?.key);
  if (!key) {
    issues.push({ path: `${formatPath([at])}.lede.key`, message: 'The key is neither target.source nor its canonical address on the same site: a note cannot be filed under another site’s article' });
    return null;
  }
  const candidate = {
    id: id.toLowerCase(),
    key,
    url: target.source,
    title: annotation.lede?.title ?? '',
    created: annotation.created,
    updated: annotation.modified ?? annotation.created,
    revision: annotation.lede?.revision ?? 1,
    body: comments.join('\n\n'),
    tags,
    target: quote
      ? { kind: 'passage' as const, quote: { type: 'TextQuoteSelector' as const, exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, ...(position ? { position } : {}) }
      : { kind: 'page' as const },
  };
  const checked = NoteSchema.safeParse(candidate);
  if (!checked.success) {
    // Name the field as it is in the file.
    const FIELD_IN_FILE: Record<string, string> = { id: 'id', body: 'body', tags: 'body (tagging)', target: 'target.selector', updated: 'modified' };
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? '');
      const where = FIELD_IN_FILE[field] ?? `lede.${field}`;
      const message = field === 'id' ? 'Expected a UUID (optionally as urn:uuid:...)' : issue.message;
      issues.push({ path: `${formatPath([at])}.${where}${issue.path.length > 1 ? formatPath(issue.path.slice(1)).replace(/^(?!\[)/, '.') : ''}`, message });
    }
    return null;
  }
  return checked.data;
}

/** The file's annotations (before validation), or ImportError for a file that is not one. */
function itemsOfFile(fileText: unknown): { items: unknown[]; path: string } {
  if (typeof fileText !== 'string') throw new ImportError([{ path: '(file)', message: 'Expected the text of a JSON file' }]);
  if (fileText.length > LIMITS.importChars) {
    throw new ImportError([{ path: '(file)', message: `File too large: ${fileText.length} characters, the limit is ${LIMITS.importChars}` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch (error) {
    throw new ImportError([{ path: '(file)', message: `Not valid JSON: ${(error as Error).message}` }]);
  }
  const found = itemsOf(data);
  if (!('items' in found)) throw new ImportError([found]);
  if (found.items.length > LIMITS.importItems) {
    throw new ImportError([{ path: found.path || '(root)', message: `Too many annotations: ${found.items.length}, the limit is ${LIMITS.importItems}` }]);
  }
  return found;
}

/** Validation of a file's items, a few at a time: issues and notes collect here. */
class ItemChecker {
  readonly issues: Issue[] = [];
  readonly notes: Note[] = [];
  private readonly firstIndexOfId = new Map<string, number>();
  constructor(private readonly path: string) {}

  get full(): boolean {
    return this.issues.length >= MAX_REPORTED_ISSUES;
  }

  check(item: unknown, i: number): void {
    const { path } = this;
    const at = path ? `${path}[${i}]` : `[${i}]`;
    const parsed = AnnotationSchema.safeParse(item);
    if (!parsed.success) {
      this.issues.push(...describeIssues(parsed.error).map((issue) => ({ path: issue.path === '(root)' ? at : `${at}${issue.path.startsWith('[') ? '' : '.'}${issue.path}`, message: issue.message })));
      return;
    }
    const note = toNote(parsed.data, at, this.issues);
    if (!note) return;
    const earlier = this.firstIndexOfId.get(note.id);
    if (earlier !== undefined) {
      this.issues.push({ path: `${at}.id`, message: `Duplicate id: the same annotation id as ${path ? `${path}[${earlier}]` : `[${earlier}]`}` });
      return;
    }
    this.firstIndexOfId.set(note.id, i);
    this.notes.push(note);
  }

  result(): Note[] {
    if (this.issues.length) throw new ImportError(this.issues.slice(0, MAX_REPORTED_ISSUES));
    return this.notes;
  }
}

/** Parse and validate a whole import file. Throws ImportError listing what is wrong. */
export function parseImport(fileText: unknown): Note[] {
  const { items, path } = itemsOfFile(fileText);
  const checker = new ItemChecker(path);
  for (let i = 0; i < items.length && !checker.full; i++) checker.check(items[i], i);
  return checker.result();
}

/** Items validated between two pauses of `parseImportInSlices`. */
export const VALIDATE_SLICE = 1_000;

/**
 * parseImport, pausing (`pause`, a macrotask by default) after every `slice` items, so that the
 * background answers other messages while a big file is checked. Same result, same errors.
 */
export async function parseImportInSlices(fileText: unknown, { slice = VALIDATE_SLICE, pause = nextTask }: { slice?: number; pause?: () => Promise<void> } = {}): Promise<Note[]> {
  const { items, path } = itemsOfFile(fileText);
  const checker = new ItemChecker(path);
  for (let i = 0; i < items.length && !checker.full; i++) {
    if (i > 0 && i % slice === 0) await pause();
    checker.check(items[i], i);
  }
  return checker.result();
}

/** Let queued events (other messages, their transactions) run before going on. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface ImportPlan {
  /** New notes. */
  added: Note[];
  /** Notes that exist here and are newer in the file (revision continues from the local one). */
  updated: { before: Note; after: Note }[];
  /** Already here: same content, or the local copy is as new or newer. */
  skipped: { note: Note; reason: 'duplicate' | 'local copy is newer' }[];
}

function sameTarget(a: Note, b: Note): boolean {
  if (a.target.kind !== b.target.kind) return false;
  if (a.target.kind === 'page' || b.target.kind === 'page') return true;
  return a.target.quote.exact === b.target.quote.exact;
}

/** Same words on the same article and passage (ids and times aside). */
function sameContent(a: Note, b: Note): boolean {
  return a.key === b.key && a.body === b.body && sameTarget(a, b) && a.tags.join('\u0000') === b.tags.join('\u0000') && a.title === b.title;
}

/**
 * What merging `incoming` into the store would do, given the stored notes with the same ids
 * (`byId`) and on the same articles (`byKey`).
 */
export function planImport(incoming: readonly Note[], byId: ReadonlyMap<string, Note>, byKey: ReadonlyMap<string, readonly Note[]>): ImportPlan {
  const plan: ImportPlan = { added: [], updated: [], skipped: [] };
  const addedByKey = new Map<string, Note[]>();
  for (const note of incoming) {
    const existing = byId.get(note.id);
    if (existing) {
      if (sameContent(existing, note)) plan.skipped.push({ note, reason: 'duplicate' });
      else if (note.updated > existing.updated) {
        plan.updated.push({ before: existing, after: { ...note, revision: existing.revision + 1 } });
      } else plan.skipped.push({ note, reason: 'local copy is newer' });
      continue;
    }
    const sameArticle = [...(byKey.get(note.key) ?? []), ...(addedByKey.get(note.key) ?? [])];
    if (sameArticle.some((other) => other.body === note.body && sameTarget(other, note))) {
      plan.skipped.push({ note, reason: 'duplicate' });
      continue;
    }
    plan.added.push(note);
    addedByKey.set(note.key, [...(addedByKey.get(note.key) ?? []), note]);
  }
  return plan;
}
