// `npm run audit:verify [-- --expect-head <seq>:<hash>] [--json]`: walks the audit log's hash chain on the configured
// database (DATABASE_URL, or PGlite under DATA_DIR) and compares it with every recorded checkpoint and, when given,
// with a head taken from the logs. Exit 0: intact; 1: a broken link (printed); 2: it could not check.
import { parseArgs } from 'node:util';
import { auditChainHeadSchema, verifyAuditChain, type AuditChainReport } from '../admin/index.js';
import { ConfigError, readConfig } from '../config.js';
import { openDatabase } from '../platform/db.js';
import { createLogger } from '../platform/logger.js';

function describe(report: AuditChainReport): string {
  const head = report.head ? `seq ${report.head.seq}, hash ${report.head.hash}` : 'empty log';
  if (report.ok) {
    return `Audit chain OK: ${report.count} rows, head ${head}; ${report.headsChecked} earlier heads matched.\n`;
  }
  const broken = report.broken;
  const where = broken ? `row seq ${broken.seq}${broken.id ? ` (id ${broken.id})` : ''}` : 'unknown row';
  return (
    `Audit chain BROKEN at ${where}: ${broken?.kind ?? 'unknown'}: ${broken?.detail ?? ''}\n` +
    `Rows intact before it: ${report.count} (last good: ${head}).\n`
  );
}

try {
  const { values } = parseArgs({
    options: { 'expect-head': { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const expected = values['expect-head'];
  const expectHead = expected === undefined ? undefined : auditChainHeadSchema.safeParse(expected);
  if (expectHead && !expectHead.success) {
    console.error('--expect-head: expected <seq>:<hash>, as in the "audit chain head" log lines');
    process.exit(2);
  }
  const config = readConfig(process.env);
  const logger = createLogger({ level: config.log.level });
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir, logger });
  try {
    const report = await verifyAuditChain(database.db, { expectHead: expectHead?.data });
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) {
    console.error('Configuration is not valid:');
    for (const problem of error.problems) console.error(`  ${problem.variable}: ${problem.message}`);
  } else {
    console.error(`Audit verification failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(2);
}
