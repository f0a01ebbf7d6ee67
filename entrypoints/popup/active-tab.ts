// The tab the popup acts on: the active tab of the last focused window. When the popup page is
// itself open in a tab or window (keyboard users, tests), the active tab of a normal window instead.
export async function activeTabId(): Promise<number | null> {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  const [focused] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (focused?.id !== undefined && focused.id !== own?.id) return focused.id;
  const candidates = await browser.tabs.query({ active: true, windowType: 'normal' });
  const other = candidates.find((t) => t.id !== undefined && t.id !== own?.id);
  return other?.id ?? null;
}
