// Where a machine's CPU went over a span: its total busy time (every core, from /proc/stat) and the time of every
// PostgreSQL backend and Redis server on it (by command name, whichever database they serve: on a shared machine the
// figures include other users' work, so they are read on a quiet one). A benchmark's server and load generator share
// the cores with them; these say whether the server or the machine is the bound.
import fs from 'node:fs/promises';
import { CLOCK_TICKS_PER_SECOND, commandOfStat, cpuSecondsOfStat } from './server-process.js';

export interface MachineCpu {
  /** Busy CPU seconds of all cores together (user, nice, system, irq, softirq, steal). */
  busySeconds: number;
  /** CPU seconds used so far by the processes alive now whose command is one of the watched names, summed per name. */
  byCommand: Record<string, number>;
}

export async function readMachineCpu(commands: readonly string[]): Promise<MachineCpu> {
  const stat = await fs.readFile('/proc/stat', 'utf8');
  const [, user, nice, system, , , irq, softirq, steal] = (stat.split('\n')[0] ?? '').trim().split(/\s+/).map(Number);
  const busyTicks = [user, nice, system, irq, softirq, steal].reduce<number>((sum, n) => sum + (n ?? 0), 0);
  const byCommand: Record<string, number> = Object.fromEntries(commands.map((name) => [name, 0]));
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const text = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const command = commandOfStat(text);
    if (!(command in byCommand)) continue;
    byCommand[command] = (byCommand[command] ?? 0) + cpuSecondsOfStat(text);
  }
  return { busySeconds: busyTicks / CLOCK_TICKS_PER_SECOND, byCommand };
}

/**
 * CPU over a span, as shares of one core (%): the machine's, and each watched command's. A process that started or
 * ended inside the span is counted from or up to then (a PostgreSQL backend that closed takes its time with it: the
 * servers' pools keep theirs open for the whole run).
 */
export function machineCpuPercent(before: MachineCpu, after: MachineCpu, seconds: number): Record<string, number> {
  const percent = (spent: number) => Math.round((Math.max(0, spent) / seconds) * 100);
  return {
    machine: percent(after.busySeconds - before.busySeconds),
    ...Object.fromEntries(
      Object.keys(after.byCommand).map((name) => [
        name,
        percent((after.byCommand[name] ?? 0) - (before.byCommand[name] ?? 0)),
      ]),
    ),
  };
}
