import { defineConfig } from 'vitest/config';

// Integration tests run twice: on embedded PGlite and on the PostgreSQL server (TEST_DB=pg), except these, which run
// on PostgreSQL only because the engine makes no difference to them:
const RUN_ONCE = [
  // No database at all: the LGSP client and its profiles, the Zalo simulator, queues, Redis durability.
  'test/integration/lgsp/lgsp-client.test.ts',
  'test/integration/lgsp/lgsp-profiles.test.ts',
  'test/integration/lgsp/pakn.test.ts',
  'test/integration/zalo/simulator.test.ts',
  'test/integration/platform/queues.test.ts',
  'test/integration/platform/redis-durability.test.ts',
  // Sign-in, lockout and session rules, and which role may call which route: access rules, not storage. Their
  // password hashing and hundreds of requests make them the slowest files of the suite. Each route's storage is
  // tested on both engines by its own feature's tests; PGlite sign-in end to end by the quick-start and admin UI tests.
  'test/integration/admin/auth.test.ts',
  'test/integration/admin-flows/role-matrix.test.ts',
];

export default defineConfig({
  test: {
    pool: 'forks',
    // Two test files at a time, whatever the core count (vitest would take cores − 1, so one on a 2-core machine): the
    // integration tests spend most of their time waiting on HTTP, Redis and PostgreSQL, and each file has its own
    // databases, Redis prefix and ports. TEST_WORKERS overrides it.
    maxWorkers: Number(process.env.TEST_WORKERS ?? 2),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'admin/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration-pglite',
          include: ['test/integration/**/*.test.ts'],
          exclude: RUN_ONCE,
          env: { TEST_DB: 'pglite' },
        },
      },
      {
        extends: true,
        test: { name: 'integration-pg', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pg' } },
      },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
