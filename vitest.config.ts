import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two forks even on two cores (vitest's default is cores - 1 = one): much of the suite waits
    // on child processes and database servers, and one fork ran every file in series.
    maxWorkers: 2,
    setupFiles: ['test/setup.ts'],
  },
});
