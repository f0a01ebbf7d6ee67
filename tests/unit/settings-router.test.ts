// The settings store and its messages (finding 6): a content script reads and writes only its own
// site's settings (the site from its sender URL), never another site's, the list of sites or the theme
// table; extension pages manage all of them. Settings an older Lede kept in storage.local move once.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { SettingsStore } from '@/lib/settings/settings-db';
import { handleSettingsMessage, type SettingsSender } from '@/lib/settings/router';
import { DEFAULT_THEMES } from '@/lib/themes/taxonomy';

let store: SettingsStore;
const page: SettingsSender = { kind: 'page', url: 'https://news.example/2026/story?x=1' };
const extension: SettingsSender = { kind: 'extension' };
const myTable = [{ id: 'mine', label: 'Mine', terms: ['widget'], patterns: [String.raw`\bwidgets?\b`] }];

beforeEach(async () => {
  store = await SettingsStore.open(new IDBFactory());
});

describe('a content script', () => {
  it("reads and changes its own site's settings, the site taken from its sender URL", async () => {
    expect(await handleSettingsMessage(store, { type: 'lede:settings:site' }, page)).toEqual({ ok: true, site: 'news.example', settings: {} });
    expect(await handleSettingsMessage(store, { type: 'lede:settings:site', change: { enabled: false, groups: ['numeric'] } }, page)).toEqual({
      ok: true,
      site: 'news.example',
      settings: { enabled: false, groups: ['numeric'] },
    });
    expect(await handleSettingsMessage(store, { type: 'lede:settings:site', change: { enabled: null } }, page)).toMatchObject({ settings: { groups: ['numeric'] } });
    expect(await store.sites()).toEqual({ 'news.example': { groups: ['numeric'] } });
  });

  it("cannot name another site, list the sites, or touch the theme table", async () => {
    await store.saveSite('bank.example', { enabled: false });
    await store.saveThemeTable(myTable);
    const attempts = [
      { type: 'lede:settings:site', host: 'bank.example', change: { enabled: true } },
      { type: 'lede:settings:sites', host: 'bank.example', change: { enabled: true } },
      { type: 'lede:settings:sites' },
      { type: 'lede:settings:themes', table: [{ id: 'evil', label: 'Evil', terms: [], patterns: ['(a|aa)*c'] }] },
      { type: 'lede:settings:themes', table: null },
      { type: 'lede:settings:themes' },
    ];
    for (const attempt of attempts) expect(await handleSettingsMessage(store, attempt, page), JSON.stringify(attempt)).toMatchObject({ ok: false });
    expect(await store.sites()).toEqual({ 'bank.example': { enabled: false } });
    expect(await store.themeTable()).toEqual(myTable);
  });

  it('from a page that is not http(s), gets nothing', async () => {
    expect(await handleSettingsMessage(store, { type: 'lede:settings:site' }, { kind: 'page', url: 'file:///etc/passwd' })).toMatchObject({ ok: false });
  });
});

describe('the options page', () => {
  it('lists and edits every site', async () => {
    await handleSettingsMessage(store, { type: 'lede:settings:site', change: { enabled: false } }, page);
    expect(await handleSettingsMessage(store, { type: 'lede:settings:sites', host: 'mail.google.com', change: { enabled: true } }, extension)).toEqual({
      ok: true,
      sites: { 'news.example': { enabled: false }, 'mail.google.com': { enabled: true } },
    });
    expect(await handleSettingsMessage(store, { type: 'lede:settings:sites', host: 'news.example', change: { enabled: null } }, extension)).toEqual({
      ok: true,
      sites: { 'mail.google.com': { enabled: true } },
    });
    expect(await handleSettingsMessage(store, { type: 'lede:settings:site' }, extension)).toMatchObject({ ok: false });
  });

  it('saves a theme table whose patterns pass the check, refuses a backtracking one, and restores the defaults', async () => {
    expect(await handleSettingsMessage(store, { type: 'lede:settings:themes', table: myTable }, extension)).toEqual({ ok: true, table: myTable, reports: [] });
    const refused = await handleSettingsMessage(store, { type: 'lede:settings:themes', table: [{ id: 'x', label: 'X', terms: [], patterns: [String.raw`(\s*\w+\s*){1,50}$`] }] }, extension);
    expect(refused).toMatchObject({ ok: false });
    expect(await store.themeTable()).toEqual(myTable);
    expect(await handleSettingsMessage(store, { type: 'lede:settings:themes', table: DEFAULT_THEMES }, extension)).toMatchObject({ ok: true });
    expect(await handleSettingsMessage(store, { type: 'lede:settings:themes', table: null }, extension)).toEqual({ ok: true, table: null, reports: [] });
  });

  it('sees the patterns switched off; a report goes when its pattern leaves the table', async () => {
    await store.saveThemeTable(myTable);
    const report = { pattern: String.raw`\bwidgets?\b`, themes: ['mine'], site: 'news.example', at: '2026-12-01T00:00:00.000Z' };
    await store.addPatternReport(report);
    expect(await handleSettingsMessage(store, { type: 'lede:settings:themes' }, extension)).toEqual({ ok: true, table: myTable, reports: [report] });
    await handleSettingsMessage(store, { type: 'lede:settings:themes', table: [{ ...myTable[0], patterns: [] }] }, extension);
    expect(await store.patternReports()).toEqual([]);
  });
});

describe('settings from storage.local (older versions)', () => {
  it('move once, and are never read from there again', async () => {
    const old = { 'lede:site:news.example': { enabled: false }, 'lede:site:bad.example': 'nonsense', 'lede:themes': myTable, 'lede:notes:lastExport': 5 };
    expect(await store.migrateFromStorageLocal(async () => old)).toEqual(['lede:site:news.example', 'lede:site:bad.example', 'lede:themes']);
    expect(await store.sites()).toEqual({ 'news.example': { enabled: false } });
    expect(await store.themeTable()).toEqual(myTable);
    // What a content script writes into storage.local afterwards is ignored.
    const written = { 'lede:site:bank.example': { enabled: true }, 'lede:themes': [{ id: 'x', label: 'X', terms: [], patterns: ['(a+)+'] }] };
    expect(await store.migrateFromStorageLocal(async () => written)).toEqual([]);
    expect(await store.sites()).toEqual({ 'news.example': { enabled: false } });
    expect(await store.themeTable()).toEqual(myTable);
  });
});
