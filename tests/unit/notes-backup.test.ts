// Backups of stores bigger than one runtime message: the export comes in pieces that join to the
// one-string file, an import file goes in parts and is merged in slices (same result as in one go),
// the reader's notes survive an import cut short, and a page's request is answered between slices.
import 'fake-indexeddb/auto'; // idb checks values against the global IDB classes
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportError, LIMITS, openNotesStore, toAnnotationCollection, toMarkdown, type Note, type NotesStore } from '../../lib/notes';
import { handleNotesMessage, type NotesSender } from '../../lib/notes/router';
import type { ExportCursor, ExportFormat } from '../../lib/notes/export-pieces';
import { exportPieces, partsOf, sendImport, type Ask } from '../../components/options/notes-transfer';
import { ImportUploads } from '../../lib/notes/uploads';

let clock: number;
const now = () => new Date((clock += 1000));
beforeEach(() => {
  clock = Date.parse('2026-04-01T09:00:00.000Z');
});

const EXT: NotesSender = { kind: 'extension' };
const open = (factory = new IDBFactory()) => openNotesStore(factory, { now });
const askOf = (store: NotesStore, uploads = new ImportUploads()): Ask => (message) => handleNotesMessage(store, message, EXT, uploads);

/** `count` notes over `articles` articles; bodies of `bodyChars` characters (with a non-BMP character in each). */
function makeNotes(count: number, articles: number, bodyChars: number, label = 'Note'): Note[] {
  return Array.from({ length: count }, (_, i) => {
    const a = i % articles;
    const created = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    const url = `https://paper${a % 3}.example/story/${a}`;
    const body = `${label} ${i} 🦉 on story ${a}. `.padEnd(bodyChars, 'lorem ipsum ');
    return {
      id: crypto.randomUUID(),
      key: url,
      url,
      title: `Story ${a}`,
      created,
      updated: created,
      revision: 1,
      body,
      tags: i % 2 ? ['odd'] : ['even'],
      target: i % 3 ? { kind: 'passage', quote: { type: 'TextQuoteSelector', exact: `Passage ${i} 🦉`, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: i, end: i + 9 } } : { kind: 'page' },
    } as Note;
  });
}

const fileOf = (notes: Note[]) => JSON.stringify(toAnnotationCollection(notes), null, 2);

async function allPieces(store: NotesStore, format: ExportFormat, maxChars: number): Promise<string[]> {
  const pieces: string[] = [];
  let cursor: ExportCursor | undefined;
  do {
    const piece = await store.exportPiece(format, cursor, maxChars);
    pieces.push(piece.text);
    cursor = piece.next;
  } while (cursor);
  return pieces;
}

describe('export in pieces', () => {
  it('joins to the same JSON file as the one-string export, each piece under the bound', async () => {
    const store = await open();
    await store.importFile(fileOf(makeNotes(120, 7, 700)));
    const pieces = await allPieces(store, 'json', 12_000);
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(12_000);
    const joined = pieces.join('');
    const generated = new Date(JSON.parse(joined).generated);
    expect(joined).toBe(JSON.stringify(toAnnotationCollection(await store.exportAll(), generated), null, 2));
  });

  it('an empty store and a one-note store give the same file as in one piece', async () => {
    const store = await open();
    const empty = (await allPieces(store, 'json', 1_000)).join('');
    expect(empty).toBe(JSON.stringify(toAnnotationCollection([], new Date(JSON.parse(empty).generated)), null, 2));
    expect((await allPieces(store, 'markdown', 1_000)).join('')).toBe(toMarkdown([]));
    await store.importFile(fileOf(makeNotes(1, 1, 50)));
    const one = (await allPieces(store, 'json', 1_000)).join('');
    expect(one).toBe(JSON.stringify(toAnnotationCollection(await store.exportAll(), new Date(JSON.parse(one).generated)), null, 2));
  });

  it('Markdown: joins to the same digest, an article longer than a piece is cut, never inside a surrogate pair', async () => {
    const store = await open();
    await store.importFile(fileOf(makeNotes(90, 4, 400)));
    const pieces = await allPieces(store, 'markdown', 3_001);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(3_001);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(piece).not.toMatch(/^[\uDC00-\uDFFF]/);
    }
    expect(pieces.join('')).toBe(toMarkdown(await store.exportAll()));
  });

  it('a note added or deleted between pieces neither shifts nor repeats the others', async () => {
    const store = await open();
    const notes = makeNotes(60, 3, 300);
    await store.importFile(fileOf(notes));
    const first = await store.exportPiece('json', undefined, 8_000);
    expect(first.next).toBeDefined();
    const gone = (await store.exportAll()).at(-1)!; // not exported yet: last in export order
    await store.delete(gone.id);
    const rest: string[] = [];
    for (let cursor = first.next; cursor; ) {
      const piece = await store.exportPiece('json', cursor, 8_000);
      rest.push(piece.text);
      cursor = piece.next;
    }
    const items = JSON.parse(first.text + rest.join('')).first.items as { id: string }[];
    const ids = items.map((item) => item.id.replace('urn:uuid:', ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(notes.map((n) => n.id).filter((id) => id !== gone.id).sort());
  });
});

describe('through the messages, past the real message bound', () => {
  it('a store bigger than one message exports in several pieces and imports in parts, the same as in one go', async () => {
    const notes = makeNotes(460, 40, LIMITS.bodyLength - 100);
    const source = await open();
    await source.importFile(fileOf(notes));
    const exported = await exportPieces(askOf(source), 'json');
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.pieces.length).toBeGreaterThan(1);
    for (const piece of exported.pieces) expect(piece.length).toBeLessThanOrEqual(LIMITS.messageChars);
    const file = exported.pieces.join('');
    expect(file.length).toBeGreaterThan(LIMITS.messageChars);
    expect(JSON.parse(file).first.items).toHaveLength(460);

    // In parts, through lede:notes:upload: a preview, then the import.
    const chunked = await open();
    const sent: string[] = [];
    const ask = askOf(chunked);
    const counting: Ask = (message) => (sent.push((message as { type: string }).type), ask(message));
    const preview = await sendImport(counting, file, true);
    expect(preview.answer).toMatchObject({ ok: true, applied: false, summary: { added: 460, updated: 0, skipped: 0 } });
    expect(await chunked.count()).toBe(0);
    // The import itself takes the preview's upload: the file is not sent twice.
    expect((await sendImport(counting, file, false, preview.upload)).answer).toMatchObject({ ok: true, applied: true, summary: { added: 460 } });
    expect(partsOf(file).length).toBeGreaterThan(1);
    expect(sent.filter((t) => t === 'lede:notes:upload').length).toBe(partsOf(file).length);
    // Once imported, the upload is gone: the same id sends the file again.
    const again = await sendImport(counting, file, true, preview.upload);
    expect(again.answer).toMatchObject({ ok: true, summary: { added: 0, skipped: 460 } });
    expect(again.upload).not.toBe(preview.upload);

    const inOneGo = await open();
    await inOneGo.importFile(file, { slice: 100_000 });
    expect(await chunked.exportAll()).toEqual(await inOneGo.exportAll());
    expect(await chunked.exportAll()).toEqual(await source.exportAll());
  }, 60_000);

  it('refuses parts out of order, and an import of an upload that is gone', async () => {
    const store = await open();
    const ask = askOf(store);
    const upload = crypto.randomUUID();
    expect(await ask({ type: 'lede:notes:upload', upload, index: 0, text: '[' })).toEqual({ ok: true, received: 1 });
    expect(await ask({ type: 'lede:notes:upload', upload, index: 2, text: ']' })).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/out of order/) });
    expect(await ask({ type: 'lede:notes:import', upload, dryRun: false })).toMatchObject({ ok: false, code: 'invalid', error: expect.stringMatching(/upload is gone/) });
    expect(await ask({ type: 'lede:notes:import', dryRun: false })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('cuts text into parts that join back, keeping surrogate pairs whole', () => {
    const text = 'ab🦉cd🦉🦉e'.repeat(7);
    for (const size of [2, 3, 5, 8]) {
      const parts = partsOf(text, size);
      expect(parts.join('')).toBe(text);
      for (const part of parts) {
        expect(part.length).toBeLessThanOrEqual(size);
        expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
      }
    }
  });
});

describe('import in slices', () => {
  it('merges in slices exactly as in one transaction', async () => {
    const stored = makeNotes(30, 5, 80);
    // The file updates one stored note, repeats another under a new id, and holds a copy of its own note 2 in another slice.
    const incoming = makeNotes(40, 6, 90, 'Imported');
    incoming.push({ ...stored[3], body: 'edited elsewhere', updated: '2027-01-01T00:00:00.000Z' });
    incoming.push({ ...stored[4], id: crypto.randomUUID() });
    incoming.push({ ...incoming[2], id: crypto.randomUUID() });
    const [sliced, whole] = await Promise.all([open(), open()]);
    for (const store of [sliced, whole]) await store.importFile(fileOf(stored));
    const slices: number[] = [];
    const planSliced = await sliced.importFile(fileOf(incoming), { slice: 7, onSlice: (done) => slices.push(done) });
    const planWhole = await whole.importFile(fileOf(incoming), { slice: 100_000 });
    expect(slices).toEqual([7, 14, 21, 28, 35, 42, 43]);
    expect(planSliced).toEqual(planWhole);
    expect([planSliced.added.length, planSliced.updated.length]).toEqual([40, 1]);
    expect(planSliced.skipped.map((s) => s.reason)).toEqual(['duplicate', 'duplicate']);
    expect(await sliced.exportAll()).toEqual(await whole.exportAll());
  });

  it('a bad item at the end of a big file is refused with its path before any slice is written', async () => {
    const store = await open();
    await store.importFile(fileOf(makeNotes(5, 2, 50)));
    const before = await store.exportAll();
    const collection = toAnnotationCollection(makeNotes(300, 10, 50));
    (collection.first.items[299].body[0] as { value: unknown }).value = 42;
    const error = await store.importFile(JSON.stringify(collection), { slice: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/nothing was changed.*first\.items\[299\]\.body\[0\]\.value/);
    expect(await store.exportAll()).toEqual(before);
  });

  it('an import cut short (the database closed midway) keeps every note; importing again finishes it', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const mine = makeNotes(12, 3, 60);
    await store.importFile(fileOf(mine));
    const file = fileOf(makeNotes(100, 8, 60, 'Imported'));
    const cut = await store.importFile(file, { slice: 20, onSlice: (done) => done === 40 && store.close() }).catch((e: unknown) => e);
    expect((cut as Error).message).toMatch(/Import stopped after 40 of 100 notes.*Your notes are kept; import the file again/);

    const reopened = await open(factory);
    const kept = new Map((await reopened.exportAll()).map((n) => [n.id, n]));
    expect(kept.size).toBe(12 + 40);
    for (const note of mine) expect(kept.get(note.id)).toEqual(note);
    const again = await reopened.importFile(file);
    expect([again.added.length, again.skipped.length]).toEqual([60, 40]);
    expect(await reopened.count()).toBe(112);
  });

  it('a page’s lede:notes:list is answered between two slices of an import', async () => {
    const store = await open();
    const page = 'https://paper0.example/story/0';
    await store.importFile(fileOf(makeNotes(3, 1, 40)));
    const events: string[] = [];
    let firstSlice!: () => void;
    const sliceDone = new Promise<void>((resolve) => (firstSlice = resolve));
    const importing = store.importFile(fileOf(makeNotes(400, 20, 200)), {
      slice: 40,
      onSlice: (done) => {
        events.push(`slice ${done}`);
        firstSlice();
      },
    });
    importing.then(() => events.push('import done'));
    await sliceDone;
    const list = (await handleNotesMessage(store, { type: 'lede:notes:list', page: { url: page } }, { kind: 'page', url: page, incognito: false })) as { ok: boolean; notes: Note[] };
    events.push('list answered');
    await importing;
    expect(list.ok).toBe(true);
    expect(list.notes.length).toBeGreaterThanOrEqual(3);
    const answered = events.indexOf('list answered');
    // Answered after the first slice and before the last one: not held until the import ended.
    expect(answered).toBeGreaterThan(0);
    expect(events.slice(answered + 1).filter((e) => e.startsWith('slice')).length).toBeGreaterThan(0);
    expect(events.at(-1)).toBe('import done');
  });
});

describe('search over many notes', () => {
  it('answers the newest matches and how many match in all, across read batches', async () => {
    const store = await open();
    const notes = makeNotes(2_500, 50, 60);
    notes.forEach((n, i) => (n.updated = new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 2_500) * 1000).toISOString()));
    await store.importFile(fileOf(notes));
    const newest = [...notes].sort((a, b) => b.updated.localeCompare(a.updated));
    const odd = newest.filter((n) => n.tags.includes('odd'));
    expect(await store.searchCounted({ tag: 'odd', limit: 30 })).toEqual({ notes: odd.slice(0, 30), total: odd.length });
    expect(await store.searchCounted({ limit: 200 })).toEqual({ notes: newest.slice(0, 200), total: 2_500 });
    expect((await store.search({ text: 'PASSAGE' })).map((n) => n.id)).toEqual(newest.filter((n) => n.target.kind === 'passage').map((n) => n.id));
    const answer = (await handleNotesMessage(store, { type: 'lede:notes:search', text: 'lorem', limit: 10 }, EXT)) as { notes: Note[]; total: number };
    expect(answer.total).toBe(2_500);
    expect(answer.notes.map((n) => n.id)).toEqual(newest.slice(0, 10).map((n) => n.id));
  });
});
