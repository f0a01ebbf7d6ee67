import 'fake-indexeddb/auto'; // idb checks values against the global IDB classes
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ImportError, newNote, openNotesStore, toAnnotationCollection, type Note, type NotesStore } from '../../lib/notes';
import { anchor } from '../../lib/anchor';

let clock: number;
const now = () => new Date((clock += 1000));
const freshStore = () => openNotesStore(new IDBFactory(), { now });

beforeEach(() => {
  clock = Date.parse('2026-03-02T09:00:00.000Z');
});

const TEXT = 'Volunteers counted 412 swifts nesting under the old granary roof this summer, up from 260 two years ago.';

async function seed(store: NotesStore): Promise<Note[]> {
  const start = TEXT.indexOf('412 swifts');
  const inputs = [
    newNote({
      url: 'https://birdwatch-weekly.example/swift-census?utm_source=feed',
      title: 'Swift census: numbers up',
      body: 'Where does the 2024 baseline come from?\nSecond line.',
      tags: ['wildlife', 'numbers'],
      passage: { text: TEXT, start, end: start + '412 swifts'.length },
    }),
    newNote({ url: 'https://birdwatch-weekly.example/swift-census', title: 'Swift census: numbers up', body: 'Good photos.', tags: [] }),
    newNote({ url: 'https://allotment-news.example/plots', title: 'Allotment waiting list', body: '<b>bold?</b> & <script>alert("x")</script>', tags: ['local'] }),
  ];
  const saved: Note[] = [];
  for (const input of inputs) saved.push(await store.put(input, { expectedRevision: 0 }));
  // One note has been edited twice.
  saved[1] = await store.put({ ...saved[1], body: 'Good photos, credit missing.' }, { expectedRevision: 1 });
  return store.exportAll();
}

describe('export', () => {
  it('writes W3C Web Annotations with commenting and tagging bodies and selectors', async () => {
    const store = await freshStore();
    const notes = await seed(store);
    const json = JSON.parse(await store.exportJson());
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    expect(json.total).toBe(3);
    const passage = notes.find((n) => n.target.kind === 'passage')!;
    const item = json.first.items.find((a: { id: string }) => a.id === `urn:uuid:${passage.id}`);
    expect(item).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      created: passage.created,
      modified: passage.updated,
      body: [
        { type: 'TextualBody', value: passage.body, purpose: 'commenting' },
        { type: 'TextualBody', value: 'wildlife', purpose: 'tagging' },
        { type: 'TextualBody', value: 'numbers', purpose: 'tagging' },
      ],
      target: {
        source: 'https://birdwatch-weekly.example/swift-census?utm_source=feed',
        selector: [
          { type: 'TextQuoteSelector', exact: '412 swifts', prefix: 'Volunteers counted ', suffix: TEXT.slice(TEXT.indexOf('412 swifts') + 10, TEXT.indexOf('412 swifts') + 42) },
          { type: 'TextPositionSelector', start: 19, end: 29 },
        ],
      },
    });
    // The exported selectors re-anchor in the article text.
    expect(anchor(TEXT, item.target.selector)).toMatchObject({ start: 19, end: 29, exact: true });
    // A page note has a target without selectors.
    const pageItem = json.first.items.find((a: { body: { value: string }[] }) => a.body[0].value === 'Good photos, credit missing.');
    expect(pageItem.target.selector).toBeUndefined();
  });

  it('writes Markdown per article: title, URL, each quote with its note', async () => {
    const store = await freshStore();
    await seed(store);
    const md = await store.exportMarkdown();
    const swift = md.indexOf('## Swift census: numbers up');
    const allot = md.indexOf('## Allotment waiting list');
    expect(swift).toBeGreaterThan(0);
    expect(allot).toBeGreaterThan(0);
    expect(allot).toBeLessThan(swift); // articles in title order
    expect(md.match(/## Swift census/g)).toHaveLength(1); // both notes of the article in one section
    expect(md).toContain('<https://birdwatch-weekly.example/swift-census>\n'); // the clean article URL
    expect(md).not.toContain('utm_source');
    expect(md).toContain('> 412 swifts\n\nWhere does the 2024 baseline come from?\nSecond line.');
    expect(md).toContain('Tags: wildlife, numbers');
    expect(md).toContain('*On the whole page:*\n\nGood photos, credit missing.');
    // Text stays text: raw HTML is escaped, so a Markdown viewer shows it instead of running it.
    expect(md).toContain('&lt;b>bold?&lt;/b> & &lt;script>alert("x")&lt;/script>');
    expect(md).not.toContain('<script>');
  });

  it('writes note text and quotes inert: no raw HTML, links only to http(s)', async () => {
    const store = await freshStore();
    const text = 'Ads said <img src=x onerror=alert(1)> and then more words followed.';
    const start = text.indexOf('<img');
    const body = [
      'See [the report](https://council.example/report.pdf) and <https://council.example/minutes>.',
      'Not [this](javascript:alert(1)) nor ![that](data:text/html,<b>x</b>) nor [spaced]( JAVASCRIPT:alert(2)).',
      'Nor [a [nested] one](vbscript:x), nor [ref][r].',
      '[r]: javascript:alert(3)',
      '[ok]: https://council.example/ok',
      'AT&T kept; &lt; stays as typed.',
    ].join('\n');
    await store.put(newNote({ url: 'https://council.example/budget', title: 'Budget <iframe src=//x>', body, tags: ['<u>x</u>'], passage: { text, start, end: start + 33 } }), { expectedRevision: 0 });
    const md = await store.exportMarkdown();
    expect(md).not.toMatch(/<(?!https:\/\/council\.example\/)/); // every '<' left opens an http(s) address
    expect(md).toContain('## Budget &lt;iframe src=//x>');
    expect(md).toContain('> &lt;img src=x onerror=alert(1)> and');
    expect(md).toContain('Tags: &lt;u>x&lt;/u>');
    expect(md).toContain('[the report](https://council.example/report.pdf)');
    expect(md).toContain('<https://council.example/minutes>');
    expect(md).toContain('[ok]: https://council.example/ok');
    // Every other link lost its link syntax.
    expect(md).not.toMatch(/\]\(\s*(?!https:)/);
    expect(md).toContain('[this]\\(javascript:alert(1))');
    expect(md).toContain('\\[r]: javascript:alert(3)');
    expect(md).toContain('AT&T kept; &amp;lt; stays as typed.');
  });
});

describe('import', () => {
  it('round-trips an export into a fresh database with the same notes', async () => {
    const source = await freshStore();
    const notes = await seed(source);
    const file = await source.exportJson();
    const target = await freshStore();
    const preview = await target.previewImport(file);
    expect(preview.added).toHaveLength(3);
    expect(await target.count()).toBe(0); // preview changes nothing
    const done = await target.importFile(file);
    expect(done.added.map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
    expect(await target.exportAll()).toEqual(notes);
    // Markup-like text survived as the same inert characters.
    expect((await target.search({ text: '<script>' }))[0].body).toBe('<b>bold?</b> & <script>alert("x")</script>');
  });

  it('previews and merges without duplicates: skips what is here, updates what is newer', async () => {
    const store = await freshStore();
    const notes = await seed(store);
    const file = await store.exportJson();
    const again = await store.previewImport(file);
    expect(again.added).toHaveLength(0);
    expect(again.updated).toHaveLength(0);
    expect(again.skipped.map((s) => s.reason)).toEqual(['duplicate', 'duplicate', 'duplicate']);

    // A newer edit of one note in the file, an older edit of another, and a copy under a new id.
    const collection = toAnnotationCollection(notes);
    const [a, b, c] = collection.first.items;
    a.body[0].value = 'Edited on the laptop';
    a.modified = '2027-01-01T00:00:00.000Z';
    b.body[0].value = 'Stale edit';
    b.modified = '2020-01-01T00:00:00.000Z';
    const copy = { ...c, id: `urn:uuid:${crypto.randomUUID()}` };
    const file2 = JSON.stringify({ ...collection, first: { ...collection.first, items: [a, b, c, copy] } });
    const plan = await store.previewImport(file2);
    expect(plan.added).toHaveLength(0);
    expect(plan.updated.map((u) => u.after.body)).toEqual(['Edited on the laptop']);
    expect(plan.skipped.map((s) => s.reason).sort()).toEqual(['duplicate', 'duplicate', 'local copy is newer']);

    const before = await store.get(plan.updated[0].before.id);
    await store.importFile(file2);
    const after = await store.get(before!.id);
    expect(after?.body).toBe('Edited on the laptop');
    expect(after?.revision).toBe(before!.revision + 1); // editors holding the old revision will get a conflict
    expect(await store.count()).toBe(3);
  });

  it('imports a bare array of annotations from another tool (no Lede fields)', async () => {
    const store = await freshStore();
    const id = crypto.randomUUID();
    const file = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        type: 'Annotation',
        id,
        created: '2025-05-01T10:00:00Z',
        body: { type: 'TextualBody', value: 'Interesting claim' },
        target: { source: 'https://www.garden-digest.example/compost/?utm_medium=social', selector: [{ type: 'CssSelector', value: 'p' }, { type: 'TextQuoteSelector', exact: 'hot composting' }] },
      },
    ]);
    const { added } = await store.importFile(file);
    expect(added).toHaveLength(1);
    expect(await store.get(id)).toMatchObject({
      key: 'https://garden-digest.example/compost',
      body: 'Interesting claim',
      revision: 1,
      updated: '2025-05-01T10:00:00Z',
      target: { kind: 'passage', quote: { exact: 'hot composting', prefix: '', suffix: '' } },
    });
  });

  describe('refuses hostile or broken files with the path of the problem, changing nothing', () => {
    let store: NotesStore;
    let snapshot: Note[];
    let valid: ReturnType<typeof toAnnotationCollection>;
    beforeEach(async () => {
      store = await freshStore();
      const notes = await seed(store);
      snapshot = await store.exportAll();
      valid = toAnnotationCollection(
        notes.map((n) => ({ ...n, id: crypto.randomUUID(), body: `${n.body} (copy)` })),
      );
    });

    const withItems = (items: unknown[]) => JSON.stringify({ ...valid, first: { ...valid.first, items } });

    async function expectRefused(file: string, pattern: RegExp) {
      const error = (await store.importFile(file).catch((e: unknown) => e)) as ImportError;
      expect(error).toBeInstanceOf(ImportError);
      expect(error.message).toMatch(/nothing was changed/);
      expect(error.message).toMatch(pattern);
      await expect(store.previewImport(file)).rejects.toBeInstanceOf(ImportError);
      expect(await store.exportAll()).toEqual(snapshot);
    }

    it('not JSON', async () => {
      await expectRefused('{"type": "AnnotationCollection", ', /\(file\): Not valid JSON/);
      await expectRefused('', /Not valid JSON/);
    });

    it('wrong container or wrong types', async () => {
      await expectRefused('{"hello": 1}', /\(root\): Expected an AnnotationCollection/);
      await expectRefused(withItems([valid.first.items[0], { ...valid.first.items[1], body: [{ type: 'TextualBody', value: 42 }] }]), /first\.items\[1\]\.body\[0\]\.value: Invalid input: expected string, received number/);
      await expectRefused(withItems([{ ...valid.first.items[0], created: 'last Tuesday' }]), /first\.items\[0\]\.created/);
      await expectRefused(withItems([{ ...valid.first.items[0], target: { source: 'javascript:alert(1)' } }]), /first\.items\[0\]\.target/);
      await expectRefused(withItems([{ ...valid.first.items[0], id: 'abc' }]), /first\.items\[0\]\.id: Expected a UUID/);
      await expectRefused(withItems(['a string']), /first\.items\[0\]/);
    });

    it('over-long strings and too many tags', async () => {
      const item = valid.first.items[0];
      await expectRefused(withItems([{ ...item, body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(20_001) }] }]), /first\.items\[0\]\.body.*Too big/);
      const longQuote = { ...item, target: { source: item.target.source, selector: [{ type: 'TextQuoteSelector', exact: 'q'.repeat(10_001) }] } };
      await expectRefused(withItems([longQuote]), /first\.items\[0\]\.target\.selector\[0\]\.exact/);
      const manyTags = { ...item, body: [item.body[0], ...Array.from({ length: 21 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` }))] };
      await expectRefused(withItems([manyTags]), /first\.items\[0\]\.body/);
      await expectRefused(withItems([{ ...item, lede: { ...item.lede, title: 't'.repeat(1_001) } }]), /first\.items\[0\]\.lede\.title/);
    });

    it('a key that is not the address of the note’s page (or its canonical on the same site)', async () => {
      const item = valid.first.items[0];
      const planted = { ...item, target: { ...item.target, source: 'https://evil.example/offer' }, lede: { ...item.lede, key: item.lede.key } };
      await expectRefused(withItems([planted]), /first\.items\[0\]\.lede\.key: The key is neither target\.source nor its canonical/);
      // A neighbour on a shared host is another site too.
      const neighbour = { ...item, target: { source: 'https://attacker.substack.com/p/x' }, lede: { ...item.lede, key: 'https://victim.substack.com/p/story' } };
      await expectRefused(withItems([neighbour]), /first\.items\[0\]\.lede\.key/);
    });

    it('files a note under its canonical key when the page could claim it, else under the page’s own', async () => {
      const item = valid.first.items[0];
      const mobile = { ...item, target: { source: 'https://m.birdwatch-weekly.example/swift-census?utm_source=app' }, lede: { ...item.lede, key: 'https://birdwatch-weekly.example/swift-census' } };
      const bare = { ...valid.first.items[2], lede: undefined, target: { source: 'https://www.allotment-news.example/plots/?fbclid=1' } };
      const { added } = await store.importFile(withItems([mobile, bare]));
      expect(added.map((n) => n.key)).toEqual(['https://birdwatch-weekly.example/swift-census', 'https://allotment-news.example/plots']);
    });

    it('duplicate ids within the file', async () => {
      const [a, b] = valid.first.items;
      await expectRefused(withItems([a, b, { ...a, body: [{ type: 'TextualBody', purpose: 'commenting', value: 'other' }] }]), /first\.items\[2\]\.id: Duplicate id.*first\.items\[0\]/);
    });

    it('a file that is too big or holds too many annotations', async () => {
      await expectRefused(JSON.stringify(Array.from({ length: 100_001 }, () => 0)), /Too many annotations: 100001/);
      await expectRefused(' '.repeat(100_000_001), /File too large/);
    });

    it('keeps script-like text as text when everything else is valid', async () => {
      const item = { ...valid.first.items[0], body: [{ type: 'TextualBody', purpose: 'commenting', value: '<img src=x onerror=alert(1)>' }] };
      const { added } = await store.importFile(withItems([item]));
      expect(added).toHaveLength(1);
      expect((await store.get(added[0].id))?.body).toBe('<img src=x onerror=alert(1)>');
    });
  });
});
