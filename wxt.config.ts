import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * In the content script, `browser` is the browser's own API object (WXT's plain `@wxt-dev/browser`:
 * `globalThis.browser` in Firefox, `chrome` in Chrome) rather than webextension-polyfill: all the
 * content script calls (runtime messages with sendResponse, runtime.id) return promises
 * natively in Chrome MV3 and Firefox, so the polyfill's ~10 KB would buy nothing on every page it
 * loads into. The background and the extension pages keep the polyfill.
 */
function nativeBrowserInContentScript() {
  const native = createRequire(import.meta.url).resolve('@wxt-dev/browser');
  let contentBuild = false;
  return {
    name: 'lede-native-browser-in-content-script',
    enforce: 'pre' as const,
    options(opts: { input?: unknown }) {
      const input = opts.input;
      const entries = typeof input === 'string' ? [input] : Array.isArray(input) ? input : Object.values(input ?? {});
      contentBuild = entries.some((entry) => typeof entry === 'string' && /entrypoints[\\/]content[\\/]/.test(entry));
      return null;
    },
    resolveId(source: string) {
      return contentBuild && source === '@wxt-dev/webextension-polyfill/browser' ? native : null;
    },
  };
}

// Chrome MV3 by default; `wxt build -b firefox` gives Firefox MV2 from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(),
      nativeBrowserInContentScript(),
      {
        // Lede never uses dangerouslySetInnerHTML: remove Preact's only innerHTML write, so no string
        // can reach innerHTML through it (and addons-linter has nothing to flag).
        name: 'lede-no-dangerous-html',
        enforce: 'pre',
        transform(code: string, id: string) {
          if (!/node_modules[\\/]preact[\\/]/.test(id) || !code.includes('.innerHTML')) return null;
          return code.replace(/\w+\.innerHTML\s*=\s*\w+\.__html/g, "(() => { throw new Error('dangerouslySetInnerHTML is not allowed in Lede'); })()");
        },
      },
    ],
  }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description: 'Read news critically, in place: figures, strategic claims, sponsored content and your notes.',
    // What each is for: storage — when notes were last exported (settings are in the background's IndexedDB,
    // out of content scripts' reach: README, "Where settings are kept"); unlimitedStorage —
    // notes in IndexedDB beyond the default quota; scripting — the page half's code, injected on an
    // article, and Lede into tabs opened before it was installed; contextMenus — "Add note to Lede".
    // No activeTab: the host permissions below already cover every page Lede reads.
    // offscreen (Chrome): a document to start the pattern probe's worker thread, which a service worker cannot.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The same pages the content script already runs on: lets the popup inject Lede into tabs opened
    // before it was installed, and the background inject the page half.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The note editor page, framed by the content script inside Lede's closed shadow root so that what
    // the reader types lives in the extension's origin, not in the page. Pages may load it (that is
    // what framing it in them takes); in Chrome only at a per-session address, so that a page cannot
    // probe a fixed one to learn that Lede is installed (Firefox's addresses are per-install already;
    // WXT writes the MV2 form for Firefox).
    web_accessible_resources: [
      { resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Turn Lede highlights on or off',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: {
              strict_min_version: '142.0',
            },
          },
        }
      : {}),
  }),
});
