import { describe, expect, it } from 'vitest';
import { noteKey, registrableDomain, siteOf } from '../../lib/notes/url-key';
import { mayStore } from '../../lib/notes/privacy';

describe('noteKey', () => {
  it('gives the same key to one article reached through different links', () => {
    const links = [
      'https://www.riverside-gazette.example/news/2026/03/ferry-timetable/?utm_source=newsletter&utm_medium=email',
      'https://riverside-gazette.example/news/2026/03/ferry-timetable?fbclid=IwAR0abc#comments',
      'https://RIVERSIDE-GAZETTE.example:443/news/2026/03/ferry-timetable/?gclid=xyz&mc_cid=1&mc_eid=2',
      'https://riverside-gazette.example/news/2026/03/ferry-timetable?ref=homepage&igshid=abc',
    ];
    const keys = new Set(links.map((url) => noteKey(url)));
    expect(keys).toEqual(new Set(['https://riverside-gazette.example/news/2026/03/ferry-timetable']));
  });

  it('keeps parameters that identify the page, in a stable order', () => {
    const a = noteKey('https://forum.example.org/view.php?topic=12&page=3&utm_campaign=x');
    const b = noteKey('https://forum.example.org/view.php?page=3&topic=12');
    expect(a).toBe(b);
    expect(a).toBe('https://forum.example.org/view.php?page=3&topic=12');
    expect(noteKey('https://forum.example.org/view.php?topic=13')).not.toBe(noteKey('https://forum.example.org/view.php?topic=12'));
  });

  it('drops the default port but keeps another one, keeps the root slash', () => {
    expect(noteKey('http://example.net:80/')).toBe('http://example.net/');
    expect(noteKey('https://example.net:8443/a/')).toBe('https://example.net:8443/a');
  });

  it('uses a same-site canonical URL (or og:url), resolving relative ones', () => {
    const page = 'https://m.harbourtimes.co.uk/story/12345?utm_source=app';
    expect(noteKey(page, { canonical: 'https://www.harbourtimes.co.uk/news/ferry-cuts-12345' })).toBe('https://harbourtimes.co.uk/news/ferry-cuts-12345');
    expect(noteKey(page, { ogUrl: 'https://harbourtimes.co.uk/news/ferry-cuts-12345?utm_medium=social' })).toBe(
      'https://harbourtimes.co.uk/news/ferry-cuts-12345',
    );
    expect(noteKey('https://harbourtimes.co.uk/amp/ferry-cuts', { canonical: '/news/ferry-cuts-12345' })).toBe('https://harbourtimes.co.uk/news/ferry-cuts-12345');
    // The canonical wins over og:url.
    expect(noteKey(page, { canonical: '/a', ogUrl: '/b' })).toBe('https://m.harbourtimes.co.uk/a');
  });

  it('ignores a canonical URL on another site, or not http(s)', () => {
    const page = 'https://blog.quietvalley.example/posts/river-walk/';
    expect(noteKey(page, { canonical: 'https://aggregator-site.example/posts/river-walk' })).toBe('https://blog.quietvalley.example/posts/river-walk');
    // co.uk is a public suffix: two different sites under it are not the same site.
    expect(noteKey('https://alpha.co.uk/x', { canonical: 'https://beta.co.uk/x' })).toBe('https://alpha.co.uk/x');
    expect(noteKey(page, { canonical: 'javascript:alert(1)' })).toBe('https://blog.quietvalley.example/posts/river-walk');
    expect(noteKey(page, { canonical: 'http://[unclosed' })).toBe('https://blog.quietvalley.example/posts/river-walk');
  });

  it('refuses non-http pages', () => {
    expect(() => noteKey('file:///home/me/page.html')).toThrow(/http/);
    expect(() => noteKey('nonsense')).toThrow();
  });
});

describe('registrableDomain', () => {
  it('is the registrable domain by the Public Suffix List', () => {
    expect(registrableDomain('news.example.com')).toBe('example.com');
    expect(registrableDomain('a.b.example.com.au')).toBe('example.com.au');
    expect(registrableDomain('www.harbourtimes.co.uk')).toBe('harbourtimes.co.uk');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('192.168.1.20')).toBe('192.168.1.20');
    expect(siteOf('https://www.news.example.org/x')).toBe('example.org');
    expect(registrableDomain('www.bbc.co.uk')).toBe(registrableDomain('news.bbc.co.uk'));
    // Suffixes outside any short list: the PSL knows them.
    expect(registrableDomain('city.kawasaki.jp')).toBe('city.kawasaki.jp');
    expect(registrableDomain('news.example.gov.bd')).toBe('example.gov.bd');
  });

  it('counts private suffixes: each blog under a shared host is a site of its own', () => {
    expect(registrableDomain('a.github.io')).toBe('a.github.io');
    expect(registrableDomain('a.github.io')).not.toBe(registrableDomain('b.github.io'));
    // blogspot.com is in the list's private section; substack.com and wordpress.com are not (SHARED_HOSTS).
    for (const host of ['substack.com', 'blogspot.com', 'wordpress.com']) {
      expect(registrableDomain(`attacker.${host}`)).not.toBe(registrableDomain(`victim.${host}`));
    }
    // The shared host itself is its own site.
    expect(registrableDomain('github.io')).toBe('github.io');
    expect(registrableDomain('www.substack.com')).toBe('substack.com');
  });
});

describe('noteKey across blogs on one shared host', () => {
  it('ignores a canonical on another blog of the same host', () => {
    expect(noteKey('https://a.github.io/post', { canonical: 'https://b.github.io/post' })).toBe('https://a.github.io/post');
    expect(noteKey('https://attacker.substack.com/p/copy', { ogUrl: 'https://victim.substack.com/p/story' })).toBe('https://attacker.substack.com/p/copy');
    expect(noteKey('https://news.bbc.co.uk/1/hi/story.stm', { canonical: 'https://www.bbc.co.uk/news/story' })).toBe('https://bbc.co.uk/news/story');
    // A writer's subdomain cannot claim the shared host's own pages (where other writers' posts live too).
    expect(noteKey('https://attacker.medium.com/copy', { canonical: 'https://medium.com/@victim/story' })).toBe('https://attacker.medium.com/copy');
    // Within one site, a hint may point up (m.site -> site) but never to a sibling host.
    expect(noteKey('https://m.quietvalley.example/x', { canonical: 'https://quietvalley.example/x' })).toBe('https://quietvalley.example/x');
    expect(noteKey('https://blog.quietvalley.example/x', { canonical: 'https://shop.quietvalley.example/x' })).toBe('https://blog.quietvalley.example/x');
  });
});

describe('mayStore', () => {
  it('stores in private windows only when allowed', () => {
    expect(mayStore({ incognito: false })).toBe(true);
    expect(mayStore({ incognito: true })).toBe(false);
    expect(mayStore({ incognito: true, allowPrivate: false })).toBe(false);
    expect(mayStore({ incognito: true, allowPrivate: true })).toBe(true);
  });
});

describe('newId', () => {
  it('makes version-4 UUIDs even where crypto.randomUUID is unavailable (insecure pages)', async () => {
    const { newId } = await import('../../lib/notes/ids');
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newId()).toMatch(v4);
    const original = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext');
    Object.defineProperty(globalThis, 'isSecureContext', { value: false, configurable: true });
    try {
      const ids = new Set(Array.from({ length: 200 }, () => newId()));
      expect(ids.size).toBe(200);
      for (const id of ids) expect(id).toMatch(v4);
    } finally {
      if (original) Object.defineProperty(globalThis, 'isSecureContext', original);
      else delete (globalThis as { isSecureContext?: boolean }).isSecureContext;
    }
  });
});

describe('noteKey host edge cases', () => {
  it('drops www. only when a domain remains', () => {
    expect(noteKey('https://www.com/a')).toBe('https://www.com/a');
    expect(noteKey('https://www2.example.org/a')).toBe('https://example.org/a');
  });
});
