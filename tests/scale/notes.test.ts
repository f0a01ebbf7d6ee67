// The notes store with 10,000 notes across 1,000 articles (fake-indexeddb): the import takes them all,
// and listing and searching still give the right notes in the right order. (Timings in a real browser's
// IndexedDB: `npm run bench:notes`.)
import 'fake-indexeddb/auto'; // idb checks values against the global IDB classes
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openNotesStore, toAnnotationCollection, type Note } from '../../lib/notes';

function manyNotes(): Note[] {
  const notes: Note[] = [];
  for (let article = 0; article < 1_000; article++) {
    for (let k = 0; k < 10; k++) {
      const created = new Date(Date.UTC(2025, 0, 1) + (article * 10 + k) * 60_000).toISOString();
      notes.push({
        id: crypto.randomUUID(),
        key: `https://site${article % 50}.example/story/${article}`,
        url: `https://site${article % 50}.example/story/${article}?utm_source=x`,
        title: `Story ${article}`,
        created,
        updated: created,
        revision: 1,
        body: `Note ${k} on story ${article}: ${k === 3 ? 'needle' : 'hay'} and more words to make it a realistic length.`,
        tags: k % 2 ? ['odd'] : ['even', `group${article % 7}`],
        target: { kind: 'passage', quote: { type: 'TextQuoteSelector', exact: `Passage ${k} of story ${article}`, prefix: '', suffix: '' } },
      });
    }
  }
  return notes;
}

describe('10,000 notes across 1,000 articles', () => {
  it('imports them all, lists one article’s notes and searches by text, site and tag', async () => {
    const store = await openNotesStore(new IDBFactory());
    const { added } = await store.importFile(JSON.stringify(toAnnotationCollection(manyNotes())));
    expect(added).toHaveLength(10_000);

    const one = await store.listByKey('https://site7.example/story/507');
    expect(one).toHaveLength(10);

    const found = await store.search({ text: 'needle', site: 'site7.example' });
    expect(found).toHaveLength(20);
    expect(found[0].title).toBe('Story 957'); // newest first

    const limited = await store.search({ tag: 'group3', limit: 25 });
    expect(limited).toHaveLength(25);
    expect(limited.every((n) => n.tags.includes('group3'))).toBe(true);
  });
});
