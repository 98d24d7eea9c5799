// `npm run migrate`: applies pending migrations to the configured database (DATABASE_URL, or PGlite under DATA_DIR).
import { ConfigError, readConfig } from '../config.js';
import { openDatabase } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';

try {
  const config = readConfig(process.env, { tool: true });
  const logger = createLogger({ level: config.log.level });
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, logger });
  await database.migrate();
  await database.close();
  process.stdout.write(`Migrations applied (${database.kind}).\n`);
} catch (error) {
  if (error instanceof ConfigError) {
    for (const problem of error.problems)
      console.error(`Invalid configuration: ${problem.variable}: ${problem.message}`);
  } else {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}
