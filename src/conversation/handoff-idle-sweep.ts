import type { Db, Tx } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { HandoffRecord, HandoffStore } from './handoff-store.js';

export interface HandoffIdleSweepDeps {
  db: Db;
  handoffs: Pick<HandoffStore, 'endIdle'>;
  /** Hours without activity after which a hand-off ends (HANDOFF_IDLE_HOURS). */
  idleHours: number;
  /** Records the citizen's notice, in the transaction that ends the hand-off (read through `tx`). */
  notify(tx: Tx, handoff: HandoffRecord): Promise<void>;
  /** After the commit: lets the citizen's recorded messages go out. */
  release(citizenId: string): Promise<void>;
  logger: Logger;
  clock?: () => Date;
}

export interface HandoffIdleSweep {
  /** Ends the idle hand-offs now; returns how many ended. A repeating job runs it (`src/handoff-idle-job.ts`). */
  run(): Promise<number>;
}

/**
 * Ends the hand-offs nobody acted on for `idleHours` and tells their citizens, each end and its notice committed
 * together (held until the citizen next writes when outside Zalo's window). A citizen who writes first is told by
 * the turn instead.
 */
export function createHandoffIdleSweep(deps: HandoffIdleSweepDeps): HandoffIdleSweep {
  const clock = deps.clock ?? (() => new Date());
  const logger = deps.logger.child({ component: 'handoff-idle-sweep' });
  async function run(): Promise<number> {
    const now = clock();
    const idleSince = new Date(now.getTime() - deps.idleHours * 3_600_000);
    const ended = await deps.db.transaction(async (tx) => {
      const rows = await deps.handoffs.endIdle(idleSince, now, tx);
      for (const row of rows) await deps.notify(tx, row);
      return rows;
    });
    for (const row of ended) await deps.release(row.citizenId);
    if (ended.length > 0) logger.info({ ended: ended.length, idleHours: deps.idleHours }, 'idle hand-offs ended');
    return ended.length;
  }
  return { run };
}
