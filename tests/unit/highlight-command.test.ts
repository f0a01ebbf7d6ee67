// @vitest-environment node
// The toggle-highlights command, as the background relays it to a tab's content script.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toggleHighlightsInTab } from '@/entrypoints/background';

const state = (on: boolean) => ({ status: 'article', on, groups: on ? ['numeric'] : [], scope: 'key', siteEnabled: true, site: 'example.org', claims: 2, sponsored: 0 });

describe('toggleHighlightsInTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('turns highlights off when any are on, and on when none are', async () => {
    const sent: unknown[] = [];
    let on = true;
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: any) => {
      sent.push(message);
      if (message.type === 'lede:state') return state(on);
      on = message.on;
      return { on, groups: on ? ['numeric', 'strategic', 'sponsored', 'notes'] : [], scope: 'key' };
    });
    expect(await toggleHighlightsInTab(7)).toBe(false);
    expect(sent).toEqual([{ type: 'lede:state' }, { type: 'lede:highlights', on: false }]);
    expect(await toggleHighlightsInTab(7)).toBe(true);
  });

  it('does nothing with a malformed answer or a tab without Lede', async () => {
    const spy = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ on: 'maybe' });
    expect(await toggleHighlightsInTab(7)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await toggleHighlightsInTab(7)).toBeNull();
  });
});
