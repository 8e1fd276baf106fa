import { defineConfig } from 'vitest/config';

// `npm run test:browser`: real-browser tests in Debian's Chromium via playwright-core, against the built site
// served on 127.0.0.1. Needs Chromium (see README); fails, never skips, when it is missing.
export default defineConfig({
  test: {
    name: 'browser',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/support/serve-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machines have two cores, and parallel Chromiums only contend.
    fileParallelism: false,
  },
  resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
});
