// When the reader last exported their notes (the options page reminds them to back up).
import { storage } from 'wxt/utils/storage';

export const LAST_EXPORT_KEY = 'lede:notes:lastExport';

const lastExportItem = storage.defineItem<unknown>(`local:${LAST_EXPORT_KEY}`);

/** The time of the last export (ms since the epoch), or null when there was none (or it is unreadable). */
export async function lastExportAt(): Promise<number | null> {
  const value = await lastExportItem.getValue();
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function rememberExportAt(time: number): Promise<void> {
  return lastExportItem.setValue(time);
}
