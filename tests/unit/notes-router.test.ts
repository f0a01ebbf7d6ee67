import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openNotesStore, type NotesStore } from '../../lib/notes';
import { handleNotesMessage, isNotesMessage, type NotesSender } from '../../lib/notes/router';
import { describe as describePassage } from '../../lib/anchor';

const EXT: NotesSender = { kind: 'extension' };
const ARTICLE = 'https://www.ferrynews.example/2026/05/night-crossings?utm_medium=social';
const TEXT = 'The operator will add two night crossings from June. Fares rise by 8% on the late boats. Crews remain short.';
const page = (url = ARTICLE, extra: object = {}) => ({ url, ...extra });
const pageSender = (url = ARTICLE, incognito = false): NotesSender => ({ kind: 'page', url, incognito });

let store: NotesStore;
let clock = Date.parse('2026-05-01T08:00:00Z');
beforeEach(async () => {
  store = await openNotesStore(new IDBFactory(), { now: () => new Date((clock += 1000)) });
});

const ask = (msg: unknown, sender: NotesSender = EXT) => handleNotesMessage(store, msg, sender) as Promise<Record<string, any>>;

async function create(body: string, sender: NotesSender = EXT, extra: object = {}) {
  const start = TEXT.indexOf('Fares rise');
  const passage = describePassage(TEXT, start, start + 'Fares rise by 8%'.length);
  return ask({ type: 'lede:notes:create', page: page(), title: 'Night crossings', body, tags: [' fares ', 'Fares', 'ferries'], passage, ...extra }, sender);
}

describe('handleNotesMessage', () => {
  it('answers a malformed message with an error naming the field, and nothing is stored', async () => {
    const answer = await ask({ type: 'lede:notes:create', page: page(), title: 7, body: 'x', tags: [] });
    expect(answer).toMatchObject({ ok: false, code: 'invalid' });
    expect(answer.issues[0].path).toBe('title');
    expect(await store.count()).toBe(0);
  });

  it('creates a passage note under the article key with normalized tags, and lists it', async () => {
    const created = await create('Is 8% on top of the spring rise?');
    expect(created.ok).toBe(true);
    expect(created.note.key).toBe('https://ferrynews.example/2026/05/night-crossings');
    expect(created.note.tags).toEqual(['fares', 'ferries']);
    expect(created.note.target.quote.exact).toBe('Fares rise by 8%');
    const list = await ask({ type: 'lede:notes:list', page: page('https://ferrynews.example/2026/05/night-crossings#top') });
    expect(list.notes.map((n: { id: string }) => n.id)).toEqual([created.note.id]);
  });

  it('anchors the page’s passage notes against the text a page sends: found, moved, or orphaned', async () => {
    const created = await create('Is 8% on top of the spring rise?');
    await ask({ type: 'lede:notes:create', page: page(), title: 'Night crossings', body: 'on the page', tags: [] });
    const anchors = (text: string, sender: NotesSender = pageSender()) => ask({ type: 'lede:notes:anchors', page: page(), text }, sender);
    const same = await anchors(TEXT);
    expect(same).toEqual({ ok: true, anchors: { [created.note.id]: { start: TEXT.indexOf('Fares rise'), end: TEXT.indexOf('Fares rise') + 16 } } });
    const edited = 'Breaking: ' + TEXT.replace('two night', 'three night');
    const moved = (await anchors(edited)).anchors[created.note.id];
    expect(edited.slice(moved.start, moved.end)).toBe('Fares rise by 8%');
    expect((await anchors('A different story altogether, about trains.')).anchors[created.note.id]).toBeNull();
    // Another page cannot ask for these notes' places.
    expect(await anchors(TEXT, pageSender('https://elsewhere.example/story'))).toMatchObject({ ok: false });
  });

  it('ignores a canonical link to another site: the copy does not see the original’s notes', async () => {
    await create('original');
    const copy = 'https://mirror-site.example/copied';
    const list = await ask({ type: 'lede:notes:list', page: page(copy, { canonical: 'https://ferrynews.example/2026/05/night-crossings' }) }, pageSender(copy));
    expect(list.ok).toBe(true);
    expect(list.notes).toEqual([]);
  });

  it('keys a blog on a shared host apart from its neighbours, whatever canonical it claims', async () => {
    const victimUrl = 'https://victim.substack.com/p/story';
    const mine = await ask({ type: 'lede:notes:create', page: page(victimUrl), title: 'Story', body: 'private thought', tags: [] }, pageSender(victimUrl));
    await ask({ type: 'lede:notes:draft', page: page(victimUrl), body: 'victim draft' }, pageSender(victimUrl));
    const attackerUrl = 'https://attacker.substack.com/p/story';
    const claim = page(attackerUrl, { canonical: victimUrl, ogUrl: victimUrl });
    const attacker = pageSender(attackerUrl);
    const list = await ask({ type: 'lede:notes:list', page: claim }, attacker);
    expect(list).toMatchObject({ ok: true, key: attackerUrl, notes: [], draft: null });
    expect(await ask({ type: 'lede:notes:draft', page: claim }, attacker)).toEqual({ ok: true, draft: null });
    await ask({ type: 'lede:notes:draft', page: claim, body: 'overwrite?' }, attacker);
    const created = await ask({ type: 'lede:notes:create', page: claim, title: 'Copy', body: 'planted', tags: [] }, attacker);
    expect(created.note.key).toBe(attackerUrl);
    const victim = await ask({ type: 'lede:notes:list', page: page(victimUrl) }, pageSender(victimUrl));
    expect(victim.notes.map((n: { id: string; body: string }) => [n.id, n.body])).toEqual([[mine.note.id, 'private thought']]);
    expect(victim.draft.body).toBe('victim draft');
  });

  it('lets a page only touch its own notes, and never export, search or import', async () => {
    const created = await create('mine');
    const other = pageSender('https://elsewhere.example/story');
    expect(await ask({ type: 'lede:notes:list', page: page() }, other)).toMatchObject({ ok: false });
    expect(await ask({ type: 'lede:notes:delete', id: created.note.id }, other)).toMatchObject({ ok: false });
    for (const msg of [{ type: 'lede:notes:export', format: 'json' }, { type: 'lede:notes:search' }, { type: 'lede:notes:import', text: '[]', dryRun: false }]) {
      expect(await ask(msg, pageSender())).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(await store.count()).toBe(1);
    expect((await ask({ type: 'lede:notes:list', page: page() }, pageSender())).notes).toHaveLength(1);
  });

  it('keeps nothing from a private window unless the reader allowed it', async () => {
    expect(await create('secret', pageSender(ARTICLE, true))).toMatchObject({ ok: false, code: 'private' });
    expect(await create('secret too', EXT, { incognito: true })).toMatchObject({ ok: false, code: 'private' });
    expect(await store.count()).toBe(0);
    await ask({ type: 'lede:notes:settings', allowPrivate: true });
    expect(await create('allowed', pageSender(ARTICLE, true))).toMatchObject({ ok: true });
  });

  it('refuses an edit based on an old revision and hands back the stored note', async () => {
    const { note } = await create('first');
    const edited = await ask({ type: 'lede:notes:update', id: note.id, body: 'second', tags: [], expectedRevision: 1 });
    expect(edited.note.revision).toBe(2);
    const stale = await ask({ type: 'lede:notes:update', id: note.id, body: 'stale', tags: [], expectedRevision: 1 });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(stale.theirs.body).toBe('second');
    expect((await store.get(note.id))!.body).toBe('second');
  });

  it('deletes with undo', async () => {
    const { note } = await create('keep me');
    const deleted = await ask({ type: 'lede:notes:delete', id: note.id });
    expect(await store.count()).toBe(0);
    expect(await ask({ type: 'lede:notes:restore', note: deleted.note })).toMatchObject({ ok: true });
    expect((await store.get(note.id))!.body).toBe('keep me');
  });

  it('saves and clears drafts; creating the note clears the page draft', async () => {
    await ask({ type: 'lede:notes:draft', page: page(), body: 'half a tho', tags: ['x'] });
    expect((await ask({ type: 'lede:notes:list', page: page() })).draft.body).toBe('half a tho');
    await ask({ type: 'lede:notes:create', page: page(), title: 't', body: 'half a thought, done', tags: [] });
    expect((await ask({ type: 'lede:notes:list', page: page() })).draft).toBeNull();
  });

  it('keeps the draft of an edit until it is saved or cancelled', async () => {
    const { note } = await create('before');
    await ask({ type: 'lede:notes:draft', page: page(), noteId: note.id, body: 'after, half typed' });
    expect((await ask({ type: 'lede:notes:draft', page: page(), noteId: note.id })).draft.body).toBe('after, half typed');
    await ask({ type: 'lede:notes:update', id: note.id, body: 'after', tags: [], expectedRevision: 1 });
    expect((await ask({ type: 'lede:notes:draft', page: page(), noteId: note.id })).draft).toBeNull();
  });

  it('previews an import without changing anything, then imports; a bad file changes nothing', async () => {
    await create('exported');
    const { text } = await ask({ type: 'lede:notes:export', format: 'json' });
    const fresh = await openNotesStore(new IDBFactory());
    const preview = (await handleNotesMessage(fresh, { type: 'lede:notes:import', text, dryRun: true }, EXT)) as Record<string, any>;
    expect(preview.summary).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    expect(await fresh.count()).toBe(0);
    const done = (await handleNotesMessage(fresh, { type: 'lede:notes:import', text, dryRun: false }, EXT)) as Record<string, any>;
    expect(done).toMatchObject({ ok: true, applied: true });
    expect(await fresh.count()).toBe(1);
    const bad = (await handleNotesMessage(fresh, { type: 'lede:notes:import', text: '{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation","id":5}]}}', dryRun: false }, EXT)) as Record<string, any>;
    expect(bad).toMatchObject({ ok: false, code: 'invalid' });
    expect(bad.error).toMatch(/nothing was changed/);
    expect(await fresh.count()).toBe(1);
  });
});

describe('isNotesMessage', () => {
  it('routes lede:notes:* to the background, but not the content script’s own notes messages', () => {
    expect(isNotesMessage({ type: 'lede:notes:list' })).toBe(true);
    expect(isNotesMessage({ type: 'lede:notes:page' })).toBe(false);
    expect(isNotesMessage({ type: 'lede:state' })).toBe(false);
    expect(isNotesMessage(null)).toBe(false);
  });
});
