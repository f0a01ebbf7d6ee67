// The reader's settings, in an IndexedDB database of the extension's own origin that only the background
// opens: per-site choices, the theme table, and the patterns switched off for running away. Not in
// storage.local, which every content script can read and write (Chrome and Firefox alike): a content
// script asks the background for its own site's settings (lib/settings/router.ts). Stored values are
// checked when read; a malformed one counts as no choice. No browser.* here: the IDBFactory is handed in.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import { isSiteSettings } from '../content-guards';
import type { SiteSettings } from '../messages';
import type { SiteChange } from './messages';
import { mergeSiteSettings, SITE_KEY_PREFIX } from './site-settings';
import { readThemeTable, THEMES_STORAGE_KEY } from './theme-table';
import type { ThemeDefinition } from '../themes/taxonomy';

export const SETTINGS_DB_NAME = 'lede-settings';
export const SETTINGS_DB_VERSION = 1;

/** A pattern that took too long on an article and was switched off. */
export interface PatternReport {
  pattern: string;
  /** The themes that held it. */
  themes: string[];
  /** The site of the article it ran away on. */
  site: string;
  at: string;
}

interface SettingsDB extends DBSchema {
  /** Key: host name. */
  sites: { key: string; value: SiteSettings };
  /** Key: one of PREF. */
  prefs: { key: string; value: unknown };
}

const PREF = { themes: 'themes', reports: 'pattern-reports', migrated: 'migrated-from-storage-local' } as const;

const isReport = (r: unknown): r is PatternReport => {
  const x = r as PatternReport | null;
  return typeof x?.pattern === 'string' && typeof x.site === 'string' && typeof x.at === 'string' && Array.isArray(x.themes) && x.themes.every((t) => typeof t === 'string');
};

export class SettingsStore {
  private constructor(private readonly db: IDBPDatabase<SettingsDB>) {}

  static async open(factory: IDBFactory, name = SETTINGS_DB_NAME): Promise<SettingsStore> {
    const request = factory.open(name, SETTINGS_DB_VERSION);
    request.addEventListener('upgradeneeded', () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('sites')) db.createObjectStore('sites');
      if (!db.objectStoreNames.contains('prefs')) db.createObjectStore('prefs');
    });
    return new SettingsStore(await (wrap(request) as unknown as Promise<IDBPDatabase<SettingsDB>>));
  }

  close(): void {
    this.db.close();
  }

  async site(host: string): Promise<SiteSettings> {
    const value: unknown = await this.db.get('sites', host.toLowerCase());
    return isSiteSettings(value) ? value : {};
  }

  /** Merges `change` into the site's settings (a field set to undefined goes back to the default); the result. */
  async saveSite(host: string, change: SiteChange): Promise<SiteSettings> {
    const key = host.toLowerCase();
    const tx = this.db.transaction('sites', 'readwrite');
    const current: unknown = await tx.store.get(key);
    const next = mergeSiteSettings(isSiteSettings(current) ? current : {}, change);
    if (Object.keys(next).length) await tx.store.put(next, key);
    else await tx.store.delete(key);
    await tx.done;
    return next;
  }

  /** Every site the reader made a choice for. */
  async sites(): Promise<Record<string, SiteSettings>> {
    const tx = this.db.transaction('sites');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    const out: Record<string, SiteSettings> = {};
    keys.forEach((key, i) => {
      if (isSiteSettings(values[i])) out[key] = values[i];
    });
    return out;
  }

  /** The reader's table (checked: undefined when there is none or it does not validate). */
  async themeTable(): Promise<ThemeDefinition[] | undefined> {
    return readThemeTable(await this.db.get('prefs', PREF.themes));
  }

  /** Saves the table (null: back to the defaults); reports of patterns no longer in it go. */
  async saveThemeTable(table: ThemeDefinition[] | null): Promise<void> {
    const kept = new Set((table ?? []).flatMap((t) => t.patterns ?? []));
    const reports = (await this.patternReports()).filter((r) => kept.has(r.pattern));
    const tx = this.db.transaction('prefs', 'readwrite');
    if (table) await tx.store.put(table, PREF.themes);
    else await tx.store.delete(PREF.themes);
    await tx.store.put(reports, PREF.reports);
    await tx.done;
  }

  async patternReports(): Promise<PatternReport[]> {
    const value: unknown = await this.db.get('prefs', PREF.reports);
    return Array.isArray(value) ? value.filter(isReport) : [];
  }

  async addPatternReport(report: PatternReport): Promise<void> {
    const reports = (await this.patternReports()).filter((r) => r.pattern !== report.pattern);
    await this.db.put('prefs', [...reports, report], PREF.reports);
  }

  /**
   * Moves settings an older Lede kept in storage.local here, once: afterwards storage.local is never read
   * for them again (a content script could have written there). Returns the storage.local keys to remove.
   */
  async migrateFromStorageLocal(readAll: () => Promise<Record<string, unknown>>): Promise<string[]> {
    if (await this.db.get('prefs', PREF.migrated)) return [];
    const all = await readAll();
    const moved: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith(SITE_KEY_PREFIX)) {
        if (isSiteSettings(value)) await this.saveSite(key.slice(SITE_KEY_PREFIX.length), value);
        moved.push(key);
      } else if (key === THEMES_STORAGE_KEY) {
        const table = readThemeTable(value);
        if (table && !(await this.themeTable())) await this.db.put('prefs', table, PREF.themes);
        moved.push(key);
      }
    }
    await this.db.put('prefs', true, PREF.migrated);
    return moved;
  }
}
