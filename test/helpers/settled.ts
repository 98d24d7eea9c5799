import { and, eq, sql } from 'drizzle-orm';
import { messageDeliveries } from '../../src/messaging/index.js';
import { effectOutbox } from '../../src/outbox/index.js';
import { createInboundMailbox } from '../../src/zalo/inbound-mailbox.js';
import type { TestSystem } from './system.js';

/** Whether the server has nothing left in hand for a citizen: see `citizenSettled`. */
export type SettledProbe = (citizenId: string) => Promise<boolean>;

/**
 * Asks a test system whether everything a citizen sent has been handled: no event waits in their mailbox (an event
 * leaves it only once its turn has committed, and the turn records its whole reply and its effects), no message of
 * theirs is queued to send (a message is recorded sent only once Zalo took it), no effect of theirs is pending. Then
 * nothing more of those events' replies can still arrive, and a test stops waiting at once instead of waiting for the
 * OA to stay quiet a while. Held messages wait for the citizen's next message and do not count.
 */
export function citizenSettled(system: TestSystem): SettledProbe {
  const mailbox = createInboundMailbox(system.redis);
  const { db } = system.database;
  return async (citizenId) => {
    if ((await mailbox.size(citizenId)) > 0) return false;
    const queued = db
      .select({ one: sql`1` })
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.citizenId, citizenId), eq(messageDeliveries.status, 'queued')));
    const pending = db
      .select({ one: sql`1` })
      .from(effectOutbox)
      .where(and(eq(effectOutbox.citizenId, citizenId), eq(effectOutbox.status, 'pending')));
    // One statement, so both are read in one snapshot: an effect that records its message as it finishes is seen once.
    const [row] = await db
      .select({ busy: sql<boolean>`exists(${queued}) or exists(${pending})` })
      .from(sql`(select 1) as one`);
    return row?.busy === false;
  };
}
