import 'fake-indexeddb/auto'; // idb checks values against the global IDB classes
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MERGE_SEPARATOR,
  keepBoth,
  NoteConflictError,
  NoteValidationError,
  NotesStoreBlockedError,
  NotesStoreClosedError,
  newNote,
  openNotesStore,
  type Note,
  type NoteInput,
  type NotesStore,
} from '../../lib/notes';
import { DB_NAME } from '../../lib/notes/db';

let factory: IDBFactory;
let clock: number;
const now = () => new Date((clock += 1000));

beforeEach(() => {
  factory = new IDBFactory();
  clock = Date.parse('2026-03-02T09:00:00.000Z');
});

const open = (extra: Parameters<typeof openNotesStore>[1] = {}) => openNotesStore(factory, { now, ...extra });

const ARTICLE_TEXT =
  'The parish council approved a new footbridge over the mill stream. Construction starts in April and should take eleven weeks, the clerk said.';

function passageNote(over: Partial<NoteInput> = {}): NoteInput {
  const start = ARTICLE_TEXT.indexOf('a new footbridge');
  return {
    ...newNote({
      url: 'https://valleypost.example/local/footbridge-approved?utm_source=rss',
      title: 'Council approves footbridge',
      body: 'Check the cost estimate against last year.',
      tags: ['budget', 'infrastructure'],
      passage: { text: ARTICLE_TEXT, start, end: start + 'a new footbridge over the mill stream'.length },
    }),
    ...over,
  };
}

describe('put / get / listByKey', () => {
  it('creates a note at revision 1 under the article key', async () => {
    const store = await open();
    const saved = await store.put(passageNote(), { expectedRevision: 0 });
    expect(saved.revision).toBe(1);
    expect(saved.key).toBe('https://valleypost.example/local/footbridge-approved');
    expect(saved.created).toBe(saved.updated);
    expect(saved.target).toMatchObject({ kind: 'passage', quote: { exact: 'a new footbridge over the mill stream' } });
    expect(await store.get(saved.id)).toEqual(saved);
    expect(await store.listByKey(saved.key)).toEqual([saved]);
    expect(await store.listByKey('https://valleypost.example/other')).toEqual([]);
  });

  it('rejects an invalid note with the path of the bad field and writes nothing', async () => {
    const store = await open();
    const tooLong = passageNote({ body: 'x'.repeat(20_001) });
    await expect(store.put(tooLong, { expectedRevision: 0 })).rejects.toThrow(NoteValidationError);
    await expect(store.put(tooLong, { expectedRevision: 0 })).rejects.toThrow(/body: Too big/);
    await expect(store.put({ ...passageNote(), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, { expectedRevision: 0 })).rejects.toThrow(/tags/);
    await expect(store.put({ ...passageNote(), id: 'not-a-uuid' }, { expectedRevision: 0 })).rejects.toThrow(/id/);
    await expect(store.put({ ...passageNote(), url: 'javascript:alert(1)' }, { expectedRevision: 0 })).rejects.toThrow(/url: Expected an http\(s\) URL/);
    expect(await store.count()).toBe(0);
  });
});

describe('concurrent edits', () => {
  it('refuses a save based on a stale revision, keeping both edits', async () => {
    const store = await open();
    const base = await store.put(passageNote(), { expectedRevision: 0 });
    // Two editors (popup and options page) start from revision 1.
    const fromPopup = { ...base, body: 'Popup edit: the cost doubled.' };
    const fromOptions = { ...base, body: 'Options edit: ask the clerk.' };
    const first = await store.put(fromPopup, { expectedRevision: base.revision });
    expect(first.revision).toBe(2);

    const conflict = await store.put(fromOptions, { expectedRevision: base.revision }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(NoteConflictError);
    const { mine, theirs } = conflict as NoteConflictError;
    expect((mine as Note).body).toBe('Options edit: ask the clerk.');
    expect(theirs?.body).toBe('Popup edit: the cost doubled.');
    expect(theirs?.revision).toBe(2);
    expect((conflict as Error).message).toMatch(/changed elsewhere/);
    expect((await store.get(base.id))?.body).toBe('Popup edit: the cost doubled.');

    // The losing editor merges and saves on top of the current revision.
    const merged = await store.put({ ...fromOptions, body: `${theirs!.body}\n${fromOptions.body}` }, { expectedRevision: theirs!.revision });
    expect(merged.revision).toBe(3);
    expect(merged.body).toContain('Popup edit');
    expect(merged.body).toContain('Options edit');
  });

  it('can keep both edits in one note (keepBoth), saved on the current revision', async () => {
    const store = await open();
    const base = await store.put(passageNote({ tags: ['a'] }), { expectedRevision: 0 });
    await store.put({ ...base, body: 'Text from the popup.' }, { expectedRevision: 1 });
    const conflict = (await store.put({ ...base, body: 'Text from the options page.', tags: ['a', 'b'] }, { expectedRevision: 1 }).catch((e: unknown) => e)) as NoteConflictError;
    const { note, expectedRevision } = keepBoth(conflict);
    const merged = await store.put(note, { expectedRevision });
    expect(merged.revision).toBe(3);
    expect(merged.body).toBe(`Text from the popup.${MERGE_SEPARATOR}Text from the options page.`);
    expect(merged.tags).toEqual(['a', 'b']);
    // Deleted meanwhile: the refused edit comes back as a new note.
    await store.delete(base.id);
    const gone = (await store.put({ ...merged, body: 'late' }, { expectedRevision: 3 }).catch((e: unknown) => e)) as NoteConflictError;
    const revived = keepBoth(gone);
    expect(revived.expectedRevision).toBe(0);
    expect((await store.put(revived.note, { expectedRevision: revived.expectedRevision })).body).toBe('late');
  });

  it('lets exactly one of two simultaneous saves win', async () => {
    const store = await open();
    const base = await store.put(passageNote(), { expectedRevision: 0 });
    const results = await Promise.allSettled([
      store.put({ ...base, body: 'edit A' }, { expectedRevision: 1 }),
      store.put({ ...base, body: 'edit B' }, { expectedRevision: 1 }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(NoteConflictError);
    const stored = await store.get(base.id);
    expect(stored?.revision).toBe(2);
    expect([stored?.body, ((lost[0].reason as NoteConflictError).mine as Note).body].sort()).toEqual(['edit A', 'edit B']);
  });

  it('reports an edit of a note deleted elsewhere, and a second create with the same id', async () => {
    const store = await open();
    const base = await store.put(passageNote(), { expectedRevision: 0 });
    await expect(store.put(base, { expectedRevision: 0 })).rejects.toThrow(/already exists/);
    await store.delete(base.id);
    const error = (await store.put({ ...base, body: 'late edit' }, { expectedRevision: 1 }).catch((e: unknown) => e)) as NoteConflictError;
    expect(error).toBeInstanceOf(NoteConflictError);
    expect(error.theirs).toBeNull();
    expect((error.mine as Note).body).toBe('late edit');
  });
});

describe('delete and restore (undo)', () => {
  it('returns the deleted note and puts it back unchanged', async () => {
    const store = await open();
    const saved = await store.put(passageNote(), { expectedRevision: 0 });
    const deleted = await store.delete(saved.id);
    expect(deleted).toEqual(saved);
    expect(await store.get(saved.id)).toBeNull();
    expect(await store.listByKey(saved.key)).toEqual([]);
    expect(await store.delete(saved.id)).toBeNull();
    expect(await store.restore(deleted!)).toEqual(saved);
    expect(await store.get(saved.id)).toEqual(saved);
    await expect(store.restore(deleted!)).rejects.toBeInstanceOf(NoteConflictError);
  });
});

describe('search', () => {
  let store: NotesStore;
  beforeEach(async () => {
    store = await open();
    const notes: NoteInput[] = [
      newNote({ url: 'https://valleypost.example/a', title: 'Footbridge approved', body: 'Cost looks LOW for eleven weeks', tags: ['Budget'] }),
      newNote({ url: 'https://news.valleypost.example/b', title: 'School meals', body: 'Compare with the county figures', tags: ['education'] }),
      newNote({
        url: 'https://harbourtimes.co.uk/c',
        title: 'Ferry timetable',
        body: 'Who decided this?',
        tags: ['transport', 'budget'],
        passage: { text: 'The late boat will stop on weekdays.', start: 4, end: 18 },
      }),
      newNote({ url: 'https://other.co.uk/d', title: 'Weather', body: '<script>alert(1)</script> just text', tags: [] }),
    ];
    for (const note of notes) await store.put(note, { expectedRevision: 0 });
  });

  const titles = (notes: Note[]) => notes.map((n) => n.title);

  it('finds words in body, title, quote and tags, case-insensitively, newest first', async () => {
    expect(titles(await store.search({ text: 'cost low' }))).toEqual(['Footbridge approved']);
    expect(titles(await store.search({ text: 'FERRY' }))).toEqual(['Ferry timetable']);
    expect(titles(await store.search({ text: 'late boat' }))).toEqual(['Ferry timetable']); // in the quote
    expect(titles(await store.search({ text: 'education' }))).toEqual(['School meals']); // a tag
    expect(titles(await store.search({ text: '<script>' }))).toEqual(['Weather']);
    expect(titles(await store.search({}))).toEqual(['Weather', 'Ferry timetable', 'School meals', 'Footbridge approved']);
    expect(titles(await store.search({ limit: 2 }))).toEqual(['Weather', 'Ferry timetable']);
    expect(await store.search({ text: 'nothing matches this' })).toEqual([]);
  });

  it('filters by tag and by site, and combines filters', async () => {
    expect(titles(await store.search({ tag: 'budget' }))).toEqual(['Ferry timetable', 'Footbridge approved']);
    expect(titles(await store.search({ site: 'valleypost.example' }))).toEqual(['School meals', 'Footbridge approved']);
    expect(titles(await store.search({ site: 'news.valleypost.example' }))).toEqual(['School meals']);
    expect(titles(await store.search({ site: 'https://www.harbourtimes.co.uk/x' }))).toEqual(['Ferry timetable']);
    expect(titles(await store.search({ site: 'co.uk' }))).toHaveLength(2);
    expect(titles(await store.search({ site: 'valleypost.example', tag: 'BUDGET', text: 'weeks' }))).toEqual(['Footbridge approved']);
    expect(await store.search({ site: 'valleypost.example', tag: 'transport' })).toEqual([]);
  });
});

describe('drafts and settings', () => {
  it('keeps a draft per note and per page until cleared', async () => {
    const store = await open();
    const key = 'https://valleypost.example/a';
    const noteId = crypto.randomUUID();
    await store.saveDraft({ key, body: 'new note on the page', tags: [' budget ', 'Budget', 'roads'] });
    await store.saveDraft({ key, noteId, body: 'half-written edit' });
    expect(await store.getDraft({ key })).toMatchObject({ id: `page:${key}`, body: 'new note on the page', tags: ['budget', 'roads'] });
    expect(await store.getDraft({ noteId })).toMatchObject({ noteId, body: 'half-written edit' });
    await store.saveDraft({ key, body: 'second version' });
    expect((await store.getDraft({ key }))?.body).toBe('second version');
    await store.clearDraft({ key });
    expect(await store.getDraft({ key })).toBeNull();
    expect(await store.getDraft({ noteId })).not.toBeNull();
    await expect(store.saveDraft({ key: 'ftp://x', body: '' })).rejects.toThrow(/key/);
  });

  it('stores settings with a private-window default of off', async () => {
    const store = await open();
    expect(await store.getSettings()).toEqual({ id: 'settings', allowPrivate: false });
    await store.saveSettings({ allowPrivate: true });
    expect((await store.getSettings()).allowPrivate).toBe(true);
  });
});

/** Create the version-1 database by hand, as the first release of Lede did. */
function createV1Database(records: object[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const notes = request.result.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('url', 'url');
      for (const record of records) notes.add(record);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

const V1_RECORDS = [
  {
    id: '0b6f7c1e-5d2a-4c8e-9f1a-2b3c4d5e6f70',
    url: 'https://valleypost.example/local/footbridge?utm_source=newsletter#top',
    title: 'Council approves footbridge',
    quote: 'a new footbridge over the mill stream',
    text: 'Ask about the cost.',
    createdAt: Date.parse('2025-11-03T08:00:00Z'),
    updatedAt: Date.parse('2025-11-04T08:00:00Z'),
  },
  { id: '1c7a8d2f-6e3b-4d9f-8a2b-3c4d5e6f7081', url: 'https://valleypost.example/local/footbridge', quote: '', text: 'Whole-page note', createdAt: Date.parse('2025-11-05T08:00:00Z') },
  { id: 'legacy-17', url: 'https://harbourtimes.co.uk/ferry', title: 'Ferry', text: 'Old id format', createdAt: Date.parse('2025-10-01T00:00:00Z'), updatedAt: Date.parse('2025-10-01T00:00:00Z') },
  { id: 'broken-1', url: 'ftp://files.example/x', text: 'not a web page', createdAt: 0 },
  { id: 'broken-2', url: 'https://valleypost.example/y', createdAt: 'yesterday' },
];

describe('migration from version 1', () => {
  it('upgrades real v1 records to the current schema and quarantines what cannot be upgraded', async () => {
    (await createV1Database(V1_RECORDS)).close();
    const store = await open();
    const all = await store.exportAll();
    expect(all).toHaveLength(3);

    const passage = await store.get('0b6f7c1e-5d2a-4c8e-9f1a-2b3c4d5e6f70');
    expect(passage).toEqual({
      id: '0b6f7c1e-5d2a-4c8e-9f1a-2b3c4d5e6f70',
      key: 'https://valleypost.example/local/footbridge',
      url: 'https://valleypost.example/local/footbridge?utm_source=newsletter#top',
      title: 'Council approves footbridge',
      created: '2025-11-03T08:00:00.000Z',
      updated: '2025-11-04T08:00:00.000Z',
      revision: 1,
      body: 'Ask about the cost.',
      tags: [],
      target: { kind: 'passage', quote: { type: 'TextQuoteSelector', exact: 'a new footbridge over the mill stream', prefix: '', suffix: '' } },
    });
    const page = await store.get('1c7a8d2f-6e3b-4d9f-8a2b-3c4d5e6f7081');
    expect(page).toMatchObject({ target: { kind: 'page' }, title: '', updated: '2025-11-05T08:00:00.000Z', revision: 1 });
    // Both notes of the article share its key after the upgrade.
    expect((await store.listByKey('https://valleypost.example/local/footbridge')).map((n) => n.body)).toEqual(['Ask about the cost.', 'Whole-page note']);
    // A non-UUID id gets a fresh UUID; the note itself is kept.
    const renamed = all.find((n) => n.body === 'Old id format');
    expect(renamed?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(renamed?.key).toBe('https://harbourtimes.co.uk/ferry');
    // Migrated notes take part in optimistic concurrency like new ones.
    await expect(store.put({ ...passage!, body: 'edited' }, { expectedRevision: 1 })).resolves.toMatchObject({ revision: 2 });
    store.close();

    // The layout is v2: new indexes, old one gone, unreadable records kept aside with the reason.
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open(DB_NAME);
      r.onsuccess = () => resolve(r.result);
    });
    expect(raw.version).toBe(2);
    const tx = raw.transaction(['notes', 'quarantine'], 'readonly');
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['key', 'updated']);
    const quarantined = await new Promise<{ record: { id: string }; reason: string }[]>((resolve) => {
      const r = tx.objectStore('quarantine').getAll();
      r.onsuccess = () => resolve(r.result);
    });
    expect(quarantined.map((q) => q.record.id).sort()).toEqual(['broken-1', 'broken-2']);
    expect(quarantined.find((q) => q.record.id === 'broken-1')?.reason).toMatch(/url/);
    expect(quarantined.find((q) => q.record.id === 'broken-2')?.reason).toMatch(/text|createdAt/);
    raw.close();
  });

  it('creates an empty current database from nothing', async () => {
    const store = await open();
    expect(await store.count()).toBe(0);
    expect(await store.search({})).toEqual([]);
  });
});

describe('blocked and blocking connections', () => {
  it('surfaces "blocked by another open Lede page" while an old connection holds on, then opens', async () => {
    const old = await createV1Database([V1_RECORDS[0]]); // stays open, ignores versionchange
    const blocked: NotesStoreBlockedError[] = [];
    const opening = open({ onBlocked: (e) => blocked.push(e) });
    await vi.waitFor(() => expect(blocked).toHaveLength(1));
    expect(blocked[0]).toBeInstanceOf(NotesStoreBlockedError);
    expect(blocked[0].message).toMatch(/blocked by another open Lede page/);
    old.close();
    const store = await opening;
    expect(await store.count()).toBe(1);
  });

  it('can reject at once instead of waiting', async () => {
    const old = await createV1Database([]);
    await expect(open({ rejectWhenBlocked: true })).rejects.toThrow(/blocked by another open Lede page/);
    old.close();
    // The late-opening connection is closed again once it opens, so a fresh open soon goes through.
    const store = await vi.waitFor(() => open({ rejectWhenBlocked: true }));
    expect(await store.count()).toBe(0);
  });

  it('closes itself when a newer version needs the database, and says so', async () => {
    const closed: NotesStoreClosedError[] = [];
    const store = await open({ onClose: (e) => closed.push(e) });
    await store.put(passageNote(), { expectedRevision: 0 });
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = factory.open(DB_NAME, 3);
      r.onblocked = () => reject(new Error('the old connection did not let go'));
      r.onsuccess = () => resolve(r.result);
    });
    expect(newer.version).toBe(3);
    newer.close();
    expect(closed).toHaveLength(1);
    expect(store.closed).toBe(true);
    await expect(store.search({})).rejects.toBeInstanceOf(NotesStoreClosedError);
    await expect(store.get('x')).rejects.toThrow(/newer version of Lede/);
  });
});
