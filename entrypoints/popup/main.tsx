// The popup: the argument summary of a tab, its highlight toggles and its notes. It acts on the
// active tab of the last focused window, or on `?tab=ID` when opened as a page (keyboard users, tests).
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { activeTabId } from './active-tab';
import './popup.css';

function tabFromQuery(): number | null {
  const raw = new URLSearchParams(location.search).get('tab');
  return raw && /^\d{1,10}$/.test(raw) ? Number(raw) : null;
}

void (async () => {
  const tabId = tabFromQuery() ?? (await activeTabId());
  render(<Popup tabId={tabId} />, document.getElementById('app')!);
})();
