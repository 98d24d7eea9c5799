import { defineConfig } from 'vitest/config';

// Integration tests run on the PostgreSQL server; these also run on embedded PGlite, the default engine of a newcomer's
// `npm start`. They are the files that exercise each module's storage (turns, deliveries, the outbox, releases,
// feedback, announcements, hand-offs, settings, statistics, the audit chain, dossier watches, citizens' records,
// migrations and the start on PGlite); the rest test HTTP, access rules, Redis, processes and behaviour that the
// engine does not change, and running them twice cost CI minutes for nothing. A test of new SQL belongs here.
const ALSO_ON_PGLITE = [
  'test/integration/admin/audit-chain.test.ts',
  'test/integration/admin-flows/handoff-files.test.ts',
  'test/integration/admin-flows/handoffs-api.test.ts',
  'test/integration/admin-flows/settings-api.test.ts',
  'test/integration/admin-flows/stats-api.test.ts',
  'test/integration/announcements/delivery.test.ts',
  'test/integration/announcements/held.test.ts',
  'test/integration/announcements/lifecycle.test.ts',
  'test/integration/citizens/citizens.test.ts',
  'test/integration/conversation/external-effects.test.ts',
  'test/integration/conversation/pg-engine.test.ts',
  'test/integration/conversation/releases.test.ts',
  'test/integration/feedback/feedback.test.ts',
  'test/integration/feedback/feedback-photos.test.ts',
  'test/integration/feedback/photo-deletions.test.ts',
  'test/integration/lgsp/dossier-watch.test.ts',
  'test/integration/lgsp/lgsp-flows.test.ts',
  'test/integration/lgsp/procedure-catalogue.test.ts',
  'test/integration/platform/migrations.test.ts',
  'test/integration/platform/pglite-data-dir.test.ts',
  'test/integration/system/start-up.test.ts',
  'test/integration/zalo/channel.test.ts',
  'test/integration/zalo/exactly-once.test.ts',
  'test/integration/zalo/outbound.test.ts',
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
    // Polls wait on real servers, queues and a browser: a second (vitest's default) is too short on a busy machine.
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'admin/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration-pglite',
          include: ALSO_ON_PGLITE,
          env: { TEST_DB: 'pglite' },
        },
      },
      {
        extends: true,
        test: { name: 'integration-pg', include: ['test/integration/**/*.test.ts'], env: { TEST_DB: 'pg' } },
      },
      {
        extends: true,
        // Two files at a time like the rest (each has its own servers, databases, Redis prefix and browser), in the same
        // pool as the other projects' files: run one at a time, they would run after them all, with one worker idle.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'] },
      },
    ],
  },
});
