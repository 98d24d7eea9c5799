import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from './logger.js';

/**
 * Starts a redis-server owned by this process (quick start only): data under `dir`, bound to loopback, stopped when the
 * process exits. Returns undefined when no redis-server binary is on the PATH.
 */
export async function startPrivateRedis(options: {
  dir: string;
  port: number;
  logger: Logger;
}): Promise<{ stop(): Promise<void> } | undefined> {
  await fs.mkdir(options.dir, { recursive: true });
  let child: ChildProcess;
  try {
    child = await new Promise<ChildProcess>((resolve, reject) => {
      const started = spawn(
        'redis-server',
        [
          '--port',
          String(options.port),
          '--bind',
          '127.0.0.1',
          '--dir',
          path.resolve(options.dir),
          '--appendonly',
          'yes',
          '--save',
          '',
          '--daemonize',
          'no',
          '--logfile',
          '',
          '--loglevel',
          'warning',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      started.once('spawn', () => resolve(started));
      started.once('error', reject);
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
  options.logger.info({ port: options.port, dir: options.dir }, 'started a private redis-server for the quick start');
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
