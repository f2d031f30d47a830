import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataFolder } from './scripts/vite-data-folder.ts';

// The dataset lives in data/ (plain files staff can open), not in public/:
// the plugin serves it under ./data/ in dev and copies it next to the build.
export default defineConfig({
  base: './',
  plugins: [svelte(), dataFolder('data')],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Berlin' },
  },
});
