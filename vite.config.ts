import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dataFolder } from './scripts/vite-data-folder.ts';
import { allowedOrigins, cspMeta } from './scripts/vite-csp.ts';
import { VitePWA } from 'vite-plugin-pwa';

/** Svelte's form bindings (bind:value on inputs and selects): used by the dashboard's controls only. */
const SVELTE_BINDINGS =
  /node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]elements[\\/]bindings[\\/](input|select)\.js$/;

// The dataset lives in data/ (plain files staff can open), not in public/:
// the plugin serves it under ./data/ in dev and copies it next to the build.
export default defineConfig({
  base: './',
  // Dataset origins the deployer allows besides the app's own (README, "Fremde Daten").
  define: { __KIM_ERLAUBTE_QUELLEN__: JSON.stringify(allowedOrigins()) },
  plugins: [
    svelte(),
    dataFolder('data'),
    cspMeta(),
    // Offline for the council room: the service worker precaches the app (every page
    // and chunk, the map included); the dataset and geodata are cached as they are
    // used (src/lib/offline/). Updates wait for a click, never reload mid-session.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The installable app: name, colours and icons (public/, drawn by scripts/make-icons.ts).
      manifest: {
        name: 'KIM-Dashboard – Kommunales Integrationsmanagement NRW',
        short_name: 'KIM-Dashboard',
        lang: 'de',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        globIgnores: ['data/**'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/embed\.html/, /\/data\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        runtimeCaching: [
          {
            // Boundaries and names change with a new BKG release only: cache, refresh behind.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/data/geo/'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'kim-geo' },
          },
          {
            // Staff update the CSVs on the server: the network wins, the cache is the fallback.
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/data/'),
            handler: 'NetworkFirst',
            options: { cacheName: 'kim-daten', networkTimeoutSeconds: 6 },
          },
        ],
      },
    }),
  ],
  // Our workers are module workers (`{ type: 'module' }`): as ES modules their optional parts
  // (the xlsx reader) stay dynamic imports instead of being inlined into every start.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // Every browser we support preloads modules itself (Chromium 66, Firefox 115, Safari 17):
    // the polyfill would only cost each embed bytes.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The dashboard and the press embed (one chart, minimal chrome) are separate pages.
      input: { main: 'index.html', embed: 'embed.html' },
      // Svelte declares no `sideEffects`, so every one of its modules counts as having some and
      // stays imported where it was first needed. Its form bindings have none (functions only):
      // saying so lets them leave the common chunk for the dashboard's controls.
      treeshake: {
        moduleSideEffects: (id) => (SVELTE_BINDINGS.test(id) ? false : undefined),
      },
      output: {
        // maplibre's worker ships as .mjs; many static hosts serve .mjs with a non-JavaScript
        // MIME type, which makes module workers fail (blank map). Emit it as .js.
        assetFileNames: (asset) =>
          asset.names?.[0]?.endsWith('.mjs')
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
        // A module the slides share with one embed stays in that embed's chunk (the slides load
        // it from there): split into tiny common chunks it would cost every embed bytes. Only
        // the named modules move, never their dependencies.
        codeSplitting: {
          groups: [
            {
              // Form bindings (bind:value, bind:group): only the dashboard's controls use them;
              // left in the common chunk they would cost every embed.
              name: 'svelte-bindings',
              test: SVELTE_BINDINGS,
              includeDependenciesRecursively: false,
            },
            {
              name: 'Timeline.svg',
              test: /src[\\/]lib[\\/](charts[\\/](Timeline\.svg\.svelte|shapes\.ts|fit-words\.ts)|model[\\/]timeline-layout\.ts|state[\\/]timeline-params\.ts)|node_modules[\\/]d3-time[\\/]/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'StackedBars.svg',
              test: /src[\\/]lib[\\/](charts[\\/](StackedBars\.svg\.svelte|stacked-layout\.ts)|(model[\\/]allocation|ui[\\/]allocation-labels)\.ts)/,
              includeDependenciesRecursively: false,
            },
            {
              name: 'EmbedFrame',
              test: /src[\\/]lib[\\/](embed[\\/]EmbedFrame\.svelte|charts[\\/](NoteMarks\.svelte|note-place\.ts)|ui[\\/](ChartTips|TipBox)\.svelte|(model[\\/]evidence|ui[\\/](tip-text|tip-place))\.ts)/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Europe/Berlin' },
  },
});
