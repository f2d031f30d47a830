import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataFolder } from './scripts/vite-data-folder.ts';

// The dataset lives in data/ (plain files staff can open), not in public/:
// the plugin serves it under ./data/ in dev and copies it next to the build.
export default defineConfig({
  base: './',
  plugins: [svelte(), dataFolder('data')],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // The dashboard and the press embed (one chart, minimal chrome) are separate pages.
      input: { main: 'index.html', embed: 'embed.html' },
      output: {
        // maplibre's worker ships as .mjs; many static hosts serve .mjs with a non-JavaScript
        // MIME type, which makes module workers fail (blank map). Emit it as .js.
        assetFileNames: (asset) =>
          asset.names?.[0]?.endsWith('.mjs')
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Berlin' },
  },
});
