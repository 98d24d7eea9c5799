// Reading the counts that bench/lib/count-io.mjs keeps inside a benchmarked server (SQL statements, Redis round trips).
import fs from 'node:fs/promises';
import { z } from 'zod';

/** Running totals written by bench/lib/count-io.mjs in the server process. */
const ioCountsSchema = z.object({
  sql: z.number(),
  redisRoundTrips: z.number(),
  redisCommands: z.number(),
  sqlByText: z.record(z.string(), z.number()),
  redisByCommand: z.record(z.string(), z.number()),
  /** process.memoryUsage() in MiB when the totals were written (rss, heapTotal, heapUsed, external, arrayBuffers). */
  memory: z.record(z.string(), z.number()).optional(),
});
export type IoCounts = z.infer<typeof ioCountsSchema>;
/** Preloads the counter into the server; it writes nothing unless BENCH_IO_COUNTS_FILE is set. */
export const IO_COUNTER_NODE_ARGS = ['--import', './bench/lib/count-io.mjs'];

export async function readIoCounts(pid: number, file: string): Promise<IoCounts | undefined> {
  // The counter writes its totals when asked.
  await fs.rm(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (let waited = 0; waited < 2000 && !(await fs.stat(file).catch(() => undefined)); waited += 20) await sleep(20);
  await sleep(20);
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const parsed = ioCountsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function diffIoCounts(before: IoCounts, after: IoCounts): IoCounts {
  const diffMap = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(
      Object.entries(b)
        .map(([key, value]) => [key, value - (a[key] ?? 0)] as const)
        .filter(([, value]) => value > 0)
        .sort((x, y) => y[1] - x[1]),
    );
  return {
    sql: after.sql - before.sql,
    redisRoundTrips: after.redisRoundTrips - before.redisRoundTrips,
    redisCommands: after.redisCommands - before.redisCommands,
    sqlByText: diffMap(before.sqlByText, after.sqlByText),
    redisByCommand: diffMap(before.redisByCommand, after.redisByCommand),
    ...(after.memory ? { memory: after.memory } : {}),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
