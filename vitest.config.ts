/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// `npm test`: unit and schema tests, then checks on a fresh build of the whole site. No browser needed.
export default getViteConfig({
  test: {
    // `npm run test:coverage`: how much of the pure logic in src/lib the unit tests exercise. The thresholds sit
    // at what the suite reaches today, so coverage can only go up.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: '.tmp/coverage',
      thresholds: { statements: 98, branches: 89, functions: 98, lines: 98 },
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'components', include: ['tests/components/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/support/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
