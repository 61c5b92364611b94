import { defineConfig } from 'vitest/config';

// CI asks for a JSON report too, to print a plain "N passed, N failed" line.
const resultsFile = process.env.ATLAS_TEST_RESULTS;

export default defineConfig({
  test: {
    reporters: resultsFile ? ['default', ['json', { outputFile: resultsFile }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup/fast-check.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Tests of a built site: the fixture corpus is ingested and built once
        // (tests/setup/build-fixture.ts) and every test reads that dist/.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/setup/build-fixture.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
