// The reader's theme table (edited on the options page), read from the extension's storage for analyze.
import { readThemeTable, THEMES_STORAGE_KEY } from '@/components/options/theme-rules';
import type { ThemeDefinition } from '@/lib/themes/taxonomy';

export async function loadThemeTable(): Promise<ThemeDefinition[] | undefined> {
  try {
    const stored = await browser.storage.local.get(THEMES_STORAGE_KEY);
    return readThemeTable(stored[THEMES_STORAGE_KEY]);
  } catch {
    return undefined; // storage unavailable: the default taxonomy
  }
}
