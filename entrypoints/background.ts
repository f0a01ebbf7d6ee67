// Service worker (Chrome) / background page (Firefox): relays the toggle-highlights command to the
// active tab's content script. Answers are validated like every other lede:* message.
import { HighlightsResponseSchema, StateResponseSchema } from '@/lib/messages';

export const TOGGLE_COMMAND = 'toggle-highlights';

/** Turns Lede's highlights in a tab off when any are on, on (all groups) when none are. */
export async function toggleHighlightsInTab(tabId: number): Promise<boolean | null> {
  try {
    const state = StateResponseSchema.safeParse(await browser.tabs.sendMessage(tabId, { type: 'lede:state' }));
    if (!state.success) return null;
    const next = HighlightsResponseSchema.safeParse(
      await browser.tabs.sendMessage(tabId, { type: 'lede:highlights', on: !state.data.on }),
    );
    return next.success ? next.data.on : null;
  } catch {
    return null; // no content script in that tab (extension page, sensitive site before load...)
  }
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_COMMAND) return;
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => {
      if (tab?.id !== undefined) return toggleHighlightsInTab(tab.id);
    });
  });
});
