// The tab the popup acts on: the active tab of the last focused window. When the popup page is
// itself open in a tab or window (keyboard users, tests), another tab: an active one in a normal
// window, else the one the reader was on last.
export async function activeTabId(): Promise<number | null> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const isOther = (t: { id?: number }) => t.id !== undefined && t.id !== own?.id;
  const [focused] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (focused && isOther(focused)) return focused.id!;
  const active = (await browser.tabs.query({ active: true, windowType: 'normal' })).find(isOther);
  if (active) return active.id!;
  const recent = (await browser.tabs.query({})).filter(isOther).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return recent[0]?.id ?? null;
}
