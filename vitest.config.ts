import { defineConfig } from 'vitest/config';

// Integration tests run twice: on embedded PGlite and on the PostgreSQL server (TEST_DB=pg).
export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'admin/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration-pglite', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pglite' } },
      },
      {
        extends: true,
        test: { name: 'integration-pg', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pg' } },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
