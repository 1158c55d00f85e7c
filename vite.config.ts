// Builds the extension: `vite build` for Chrome into dist/, `vite build --mode firefox` into
// dist-firefox/ with the Firefox manifest derived from the same manifest.json.
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/manifest-firefox.ts';

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const manifest = (firefox ? firefoxManifest(baseManifest) : baseManifest) as ManifestV3Export;
  return {
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // The dataset is inlined into the content script; JSON.parse of a string is faster to load.
      chunkSizeWarningLimit: 2048,
      sourcemap: false,
      // crxjs bundles the pages the manifest names, and knows side_panel but not Firefox's sidebar_action.
      rollupOptions: firefox ? { input: { panel: 'src/panel/index.html' } } : {},
    },
    json: { stringify: true },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // An IIFE content script needs no loader chunk and so exposes nothing to web pages
        // (no web_accessible_resources).
        contentScripts: { standaloneFiles: ['src/content/dataset.ts', 'src/content/index.ts'] },
      }),
    ],
  };
});
