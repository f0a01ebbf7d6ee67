// Minimal popup: what Lede found in the active tab, and its highlight toggles.
import { render } from 'preact';
import { TogglePanel } from './TogglePanel';
import { activeTabId } from './active-tab';

void activeTabId().then((tabId) => render(<TogglePanel tabId={tabId} />, document.getElementById('app')!));
