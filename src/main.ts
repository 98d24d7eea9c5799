// Entry point: `node dist/main.js [web|worker|all]` (default all). Reads configuration, starts the system, and stops
// it gracefully on SIGTERM/SIGINT.
import { ConfigError, readConfig } from './config.js';
import { isAppError } from './platform/errors.js';
import { createLogger, type Logger } from './platform/logger.js';
import { problemLines } from './platform/problem-lines.js';
import { StartupError, startSystem, type ProcessRole } from './system.js';

const ROLES: readonly ProcessRole[] = ['web', 'worker', 'all'];

async function main(): Promise<void> {
  const roleArgument = process.argv[2] ?? 'all';
  const role = ROLES.find((candidate) => candidate === roleArgument);
  if (!role) {
    console.error(`Unknown role "${roleArgument}": expected one of ${ROLES.join(', ')}`);
    process.exit(2);
  }

  // Every variable is checked before anything opens or listens; an operator reads one line per problem.
  let config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems)
        console.error(`Invalid configuration: ${problem.variable}: ${problem.message}`);
      process.exit(1);
    }
    throw error;
  }

  const logger = createLogger({ level: config.log.level });
  if (config.database.url === undefined && role !== 'all') {
    logger.warn('embedded PGlite serves one process only: run separate web and worker processes with DATABASE_URL');
  }

  let system;
  try {
    system = await startSystem({ config, role, logger });
  } catch (error) {
    reportStartupFailure(error, logger);
    process.exit(1);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void system.close(signal).then((clean) => process.exit(clean ? 0 : 1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  logger.info({ role, url: system.url, sandbox: config.sandbox }, 'zalo-egov started');
  printBanner(config.sandbox, config.http.publicUrl, role);
  if (system.firstAdmin?.status === 'generated') {
    // Printed once to the terminal, never through the logger: it is a credential.
    process.stdout.write(
      `Sandbox admin account created: ${system.firstAdmin.email} / ${system.firstAdmin.password}\n` +
        'It is shown only this once; sign in at /admin and change it (account menu → change password).\n\n',
    );
  }
}

/** One line per problem on stderr; the stack of an unexpected error goes to the log only, for whoever debugs it. */
function reportStartupFailure(error: unknown, logger: Logger): void {
  if (error instanceof StartupError) {
    console.error(`Cannot start: ${error.message}`);
    return;
  }
  if (isAppError(error)) {
    // Such as RELEASE_INVALID or LGSP_PROFILE_INVALID: the message, then each problem it lists.
    for (const line of problemLines(error)) console.error(`Cannot start: ${line}`);
    return;
  }
  logger.fatal({ err: error }, 'start-up failed');
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
}

function printBanner(sandbox: boolean, publicUrl: string, role: ProcessRole): void {
  if (role === 'worker') return;
  const lines = [`zalo-egov is running at ${publicUrl}`];
  if (sandbox) {
    lines.push(
      'SANDBOX mode: Zalo and the LGSP are simulated in this process, and /sandbox/* needs no sign-in (not for production).',
      `  Chat with the bot (simulated phone):  ${publicUrl}/sandbox/phone`,
      `  Zalo OA simulator:                    ${publicUrl}/sandbox/zalo`,
      `  LGSP simulator:                       ${publicUrl}/sandbox/lgsp`,
    );
  }
  lines.push(`  Admin web UI: ${publicUrl}/admin   API reference: ${publicUrl}/api/admin/docs`);
  lines.push(`  Health: ${publicUrl}/healthz   Readiness: ${publicUrl}/readyz   Metrics: ${publicUrl}/metrics`);
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

await main();
