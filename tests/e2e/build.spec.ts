// What the built content scripts carry: neither zod nor webextension-polyfill (they check messages with
// guards generated from lib/protocol.ts (lib/content-guards.ts) and use the browser's own API object; see wxt.config.ts), in both builds.
// A change that pulls either back in (an import of lib/messages' schemas, a lost build plugin) fails here.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const BUILDS = {
  chrome: resolve(process.env.LEDE_EXTENSION_DIR ?? '.output/chrome-mv3'),
  firefox: resolve(process.env.LEDE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2'),
};

/** Strings only these libraries put in a bundle (error texts and class names kept by minification). */
const SIGNATURES = {
  'webextension-polyfill': ['The message port closed before a response was received.', 'This script should only be loaded in a browser extension.'],
  zod: ['$ZodType', 'ZodError'],
};

for (const [browser, dir] of Object.entries(BUILDS)) {
  test(`the ${browser} content script bundles neither zod nor webextension-polyfill; the background does`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
    const files = manifest.content_scripts.flatMap((c) => c.js);
    expect(files.length).toBeGreaterThan(0);
    const content = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const [library, strings] of Object.entries(SIGNATURES)) {
      for (const s of strings) expect(content.includes(s), `${library} in the content script`).toBe(false);
    }
    // The same signatures are found where the libraries are meant to be: the check can see them.
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(SIGNATURES.zod.some((s) => background.includes(s))).toBe(true);
    expect(SIGNATURES['webextension-polyfill'].some((s) => background.includes(s))).toBe(true);
  });
}

for (const [browser, dir] of Object.entries(BUILDS)) {
  test(`the ${browser} build asks for no permission it does not use`, () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
    // Each is explained in wxt.config.ts and the README; activeTab is no longer needed, offscreen only in
    // Chrome (a document to start the pattern probe's worker thread).
    // (Firefox MV2 lists host permissions among the permissions.)
    const hosts = ['http://*/*', 'https://*/*'];
    const apis = (manifest.permissions ?? []).filter((p) => !hosts.includes(p));
    expect(apis.sort()).toEqual(['contextMenus', ...(browser === 'chrome' ? ['offscreen'] : []), 'scripting', 'storage', 'unlimitedStorage']);
    expect([...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => hosts.includes(p))].sort()).toEqual(hosts);
  });
}

test('the only file pages may load is the note editor page, and in Chrome only at its per-session address', () => {
  const chrome = JSON.parse(readFileSync(join(BUILDS.chrome, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
  expect(chrome.web_accessible_resources).toEqual([{ resources: ['note-editor.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]);
  // Firefox MV2: a list of files (its moz-extension:// addresses are random per install).
  const firefox = JSON.parse(readFileSync(join(BUILDS.firefox, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown };
  expect(firefox.web_accessible_resources).toEqual(['note-editor.html']);
});
