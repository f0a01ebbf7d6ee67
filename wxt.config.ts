import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 by default; `wxt build -b firefox` gives Firefox MV2 from the same sources.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(),
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
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    // The same pages the content script already runs on: lets the popup inject Lede into tabs opened
    // before it was installed, even when it was not opened from the toolbar (no activeTab grant then).
    host_permissions: ['http://*/*', 'https://*/*'],
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
