import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Svelte 5 in runes mode everywhere: no legacy reactivity, no stores beside runes. */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: { runes: true },
};
