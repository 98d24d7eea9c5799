// `npm run migrate`: applies pending migrations to the configured database (DATABASE_URL, or PGlite under DATA_DIR).
// With DATABASE_MIGRATION_URL they run as that (owner) role, and DATABASE_URL's role is then granted what the server
// needs and no more (see src/platform/db-roles.ts).
import { AUDIT_TABLES } from '../admin/index.js';
import { ConfigError, readConfig } from '../config.js';
import { openDatabase } from '../platform/db.js';
import { migrateDatabase } from '../platform/db-roles.js';
import { createLogger } from '../platform/logger.js';

try {
  const config = readConfig(process.env, { tool: true });
  const logger = createLogger({ level: config.log.level });
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, logger });
  try {
    const outcome = await migrateDatabase({
      database,
      migrationUrl: config.database.migrationUrl,
      appendOnlyTables: AUDIT_TABLES,
      logger,
    });
    const granted = outcome.migratedWith === 'owner' && outcome.grantedTo ? `; granted to ${outcome.grantedTo}` : '';
    process.stdout.write(`Migrations applied (${database.kind}, ${outcome.migratedWith}${granted}).\n`);
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) {
    for (const problem of error.problems)
      console.error(`Invalid configuration: ${problem.variable}: ${problem.message}`);
  } else {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
