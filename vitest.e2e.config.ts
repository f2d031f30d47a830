import { defineConfig } from 'vitest/config';

// Real Chromium against the built dist/ (npm run build runs first in npm test).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    env: { TZ: 'Europe/Berlin' },
  },
});
