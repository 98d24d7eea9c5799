// A CPU budget per server process, for showing scale-out on a machine with fewer cores than a deployment has. Each
// measured process goes into a control group of its own capped at a fraction of one core (CFS bandwidth control), as
// if each ran on a small core of its own, so that one process against three compares the server's processes and not
// a machine whose two cores PostgreSQL, Redis, the simulated Zalo and the load generator share with them. Linux only,
// and only where the bench may write the cgroup file system (root, or a delegated subtree): cgroup v2's `cpu.max`, or
// v1's `cpu.cfs_quota_us` under the `cpu` controller.
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The enforcement period. Shorter than the kernel's default 100 ms so that a process over its budget is held for a few
 * milliseconds at a time, not for most of a tenth of a second, which would be measured as reply latency.
 */
const PERIOD_US = 10_000;
const V2_ROOT = '/sys/fs/cgroup';
const V1_CPU_ROOT = '/sys/fs/cgroup/cpu';

export interface CpuQuota {
  /** The budget, in cores (0.25 = a quarter of one core). */
  cores: number;
  /** Moves the process (all its threads) into a group of its own with the budget. */
  confine(pid: number, name: string): Promise<void>;
  /** How often the kernel held the confined processes back, and for how long in all (from `cpu.stat`). */
  throttled(): Promise<{ periods: number; throttledPeriods: number; throttledMs: number }>;
  /** Removes the groups; a process still in one is moved back to the group it was in before `confine`. */
  release(): Promise<void>;
}

/** Prepares a quota of `cores` per process, or throws with what is missing. */
export async function createCpuQuota(cores: number, runId: string): Promise<CpuQuota> {
  if (!(cores > 0 && cores <= 64)) throw new Error('--cpu-quota expects a number of cores above 0');
  const version = await cgroupVersion();
  if (version === undefined) {
    throw new Error('--cpu-quota needs Linux control groups with the cpu controller (/sys/fs/cgroup)');
  }
  const root = version === 2 ? V2_ROOT : V1_CPU_ROOT;
  // v2 hands the cpu controller to child groups only when the parent says so (refused while the root holds processes
  // of its own in some containers: then say so rather than fail later on a missing cpu.max).
  if (version === 2) {
    await fs.writeFile(path.join(V2_ROOT, 'cgroup.subtree_control'), '+cpu').catch(() => undefined);
    const enabled = await fs.readFile(path.join(V2_ROOT, 'cgroup.subtree_control'), 'utf8').catch(() => '');
    if (!enabled.split(/\s+/).includes('cpu')) {
      throw new Error(
        `--cpu-quota: the cpu controller is not enabled for groups under ${V2_ROOT} (cgroup.subtree_control)`,
      );
    }
  }
  // Whether groups can be made here at all, before any server starts.
  const probe = path.join(root, `${runId}-probe`);
  try {
    await fs.mkdir(probe);
    await fs.rmdir(probe);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`--cpu-quota cannot create control groups in ${root} (run as root?): ${reason}`, { cause: error });
  }
  const groups: string[] = [];
  /** Each group's process's group before it was confined (where a process still running goes back). */
  const origins = new Map<string, string>();
  const quotaUs = Math.max(1_000, Math.round(cores * PERIOD_US));
  return {
    cores,
    async confine(pid, name) {
      const group = path.join(root, `${runId}-${name}`);
      try {
        await fs.mkdir(group);
        groups.push(group);
        if (version === 2) {
          await fs.writeFile(path.join(group, 'cpu.max'), `${quotaUs} ${PERIOD_US}`);
        } else {
          await fs.writeFile(path.join(group, 'cpu.cfs_period_us'), String(PERIOD_US));
          await fs.writeFile(path.join(group, 'cpu.cfs_quota_us'), String(quotaUs));
        }
        origins.set(group, (await groupOf(pid, version, root)) ?? root);
        await fs.writeFile(path.join(group, 'cgroup.procs'), String(pid));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`--cpu-quota could not confine ${name} in ${group} (run as root?): ${reason}`, {
          cause: error,
        });
      }
    },
    async throttled() {
      let periods = 0;
      let throttledPeriods = 0;
      let throttledMs = 0;
      for (const group of groups) {
        const stat = await fs.readFile(path.join(group, 'cpu.stat'), 'utf8').catch(() => '');
        const field = (name: string) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(stat)?.[1] ?? 0);
        periods += field('nr_periods');
        throttledPeriods += field('nr_throttled');
        // v2 counts microseconds, v1 nanoseconds.
        throttledMs += version === 2 ? field('throttled_usec') / 1_000 : field('throttled_time') / 1e6;
      }
      return { periods, throttledPeriods, throttledMs: Math.round(throttledMs) };
    },
    async release() {
      for (const group of groups.splice(0)) {
        const left = await fs.readFile(path.join(group, 'cgroup.procs'), 'utf8').catch(() => '');
        const origin = origins.get(group) ?? root;
        for (const pid of left.split('\n').filter(Boolean)) {
          await fs
            .writeFile(path.join(origin, 'cgroup.procs'), pid)
            .catch(() => fs.writeFile(path.join(root, 'cgroup.procs'), pid))
            .catch(() => undefined);
        }
        await fs.rmdir(group).catch((error: unknown) => {
          console.log(`warning: could not remove ${group}: ${error instanceof Error ? error.message : String(error)}`);
        });
      }
    },
  };
}

/**
 * The group a process is in under the cpu controller (`/proc/<pid>/cgroup`: v2's line `0::/path`, v1's
 * `n:cpu,cpuacct:/path`), as a directory under `root`.
 */
async function groupOf(pid: number, version: 1 | 2, root: string): Promise<string | undefined> {
  const lines = await fs.readFile(`/proc/${pid}/cgroup`, 'utf8').catch(() => '');
  for (const line of lines.split('\n')) {
    const [, controllers = '', ...where] = line.split(':');
    const mine = version === 2 ? line.startsWith('0::') : controllers.split(',').includes('cpu');
    if (mine && where.length > 0) return path.join(root, where.join(':'));
  }
  return undefined;
}

async function cgroupVersion(): Promise<1 | 2 | undefined> {
  const v2 = await fs.readFile(path.join(V2_ROOT, 'cgroup.controllers'), 'utf8').catch(() => undefined);
  if (v2 !== undefined && v2.split(/\s+/).includes('cpu')) return 2;
  const v1 = await fs.stat(path.join(V1_CPU_ROOT, 'cpu.cfs_quota_us')).catch(() => undefined);
  return v1 ? 1 : undefined;
}
