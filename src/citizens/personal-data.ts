import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  CITIZEN_DATA_ERASE_EFFECT,
  defineAction,
  defineExternalEffect,
  type ActionDefinition,
  type ExternalEffectDefinition,
} from '../conversation/index.js';
import type { Db, DbOrTx, Tx } from '../platform/db.js';
import { citizens } from './schema.js';

/**
 * One kind of personal data a module keeps about a citizen (Law 91/2025/QH15: the citizen may see it and have it
 * erased). The composition root lists every holder; the chat flows `my_data` and `erase_my_data` use them all.
 */
export interface PersonalDataHolder {
  /** Its line in the summary: `privacy:data.<name>` shows the count. */
  name: string;
  /** Items kept about the citizen now. */
  count(db: DbOrTx, citizenId: string): Promise<number>;
  /** Erases (or anonymises) them; returns how many went. Idempotent: the outbox may perform it again. */
  erase(db: Db, citizenId: string): Promise<number>;
  /**
   * What is kept, item by item, for an admin answering a request made outside the chat (a letter to the province):
   * plain fields, never sealed values. Holders without it are shown by their count only.
   */
  describe?(db: DbOrTx, citizenId: string): Promise<PersonalDataItem[]>;
  /**
   * False for what every citizen who writes has (the chat history): listed and erased, but alone it does not make
   * the summary say that something is kept (`value.total`).
   */
  inTotal?: boolean;
}

/** One item a holder keeps, as an admin sees it: field name → value. */
export type PersonalDataItem = Record<string, string | number | boolean | null>;

/** Erases everything the holders keep about the citizen, after the turn that confirmed it (outbox, retried). */
export { CITIZEN_DATA_ERASE_EFFECT };

export interface CitizenDataDeps {
  db: Db;
  holders: readonly PersonalDataHolder[];
}

/** Contact details the citizen shared on their record, with the commune and tags that go with them. */
export const citizenContactHolder: PersonalDataHolder = {
  name: 'contact',
  async count(db, citizenId) {
    const [row] = await db
      .select({ id: citizens.zaloUserId })
      .from(citizens)
      .where(
        and(
          eq(citizens.zaloUserId, citizenId),
          or(isNotNull(citizens.contactName), isNotNull(citizens.contactPhone), isNotNull(citizens.contactAddress)),
        ),
      )
      .limit(1);
    return row ? 1 : 0;
  },
  async describe(db, citizenId) {
    const [row] = await db.select().from(citizens).where(eq(citizens.zaloUserId, citizenId)).limit(1);
    if (!row || (row.contactName === null && row.contactPhone === null && row.contactAddress === null)) return [];
    return [
      {
        name: row.contactName,
        phone: row.contactPhone,
        address: row.contactAddress,
        communeCode: row.communeCode,
        consentedAt: row.contactConsentedAt?.toISOString() ?? null,
      },
    ];
  },
  async erase(db, citizenId) {
    const erased = await db
      .update(citizens)
      .set({
        contactName: null,
        contactPhone: null,
        contactAddress: null,
        contactConsentedAt: null,
        communeCode: null,
        tags: sql`'{}'::text[]`,
        updatedAt: sql`now()`,
      })
      .where(eq(citizens.zaloUserId, citizenId))
      .returning({ id: citizens.zaloUserId });
    return erased.length;
  },
};

/**
 * Flow actions: `citizen.data.show` counts what each holder keeps (value: one count per holder name, and `total`);
 * `citizen.data.erase` asks for the erasure effect (the flow confirms first).
 */
export function createCitizenDataActions(deps: CitizenDataDeps): ActionDefinition<z.ZodType>[] {
  const show = defineAction({
    name: 'citizen.data.show',
    description:
      'What is kept about the citizen: a count per kind (value.<kind>) and value.total (without the chat history).',
    kind: 'read',
    args: z.object({}),
    async run(_args, ctx) {
      const counts: Record<string, number> = {};
      let total = 0;
      for (const holder of deps.holders) {
        const n = await holder.count(deps.db, ctx.citizenId);
        counts[holder.name] = n;
        if (holder.inTotal !== false) total += n;
      }
      return { status: 'ok', value: { ...counts, total } };
    },
  });
  const erase = defineAction({
    name: 'citizen.data.erase',
    description:
      'Erases what is kept about the citizen, after the turn (feedback anonymised, follows, contact, chat history).',
    kind: 'write',
    args: z.object({}),
    run: () =>
      Promise.resolve({ status: 'ok', value: {}, effects: [{ type: CITIZEN_DATA_ERASE_EFFECT, payload: {} }] }),
  });
  return [show, erase];
}

/** Audits a change the system makes on a citizen's behalf (actor `system`), in its transaction. */
export type AuditCitizenChange = (
  tx: Tx,
  change: { action: string; target: { type: string; id: string }; before?: unknown; after?: unknown },
) => Promise<void>;

/**
 * Performs the erasure after the commit, every holder in turn; a failure is retried by the outbox. Once done it is
 * audited as the admin's erasure on a letter is (`citizen.data.erase`, the citizen's id and the counts erased), by the
 * system at the citizen's request (`after.requestedBy: 'citizen'`).
 */
export function createCitizenDataEffects(
  deps: CitizenDataDeps & { auditSystem: AuditCitizenChange },
): ExternalEffectDefinition<z.ZodType>[] {
  return [
    defineExternalEffect({
      type: CITIZEN_DATA_ERASE_EFFECT,
      payload: z.object({}),
      async performAfterCommit(_payload, ctx) {
        const erased: Record<string, number> = {};
        for (const holder of deps.holders) erased[holder.name] = await holder.erase(deps.db, ctx.citizenId);
        await deps.db.transaction((tx) =>
          deps.auditSystem(tx, {
            action: 'citizen.data.erase',
            target: { type: 'citizen', id: ctx.citizenId },
            after: { requestedBy: 'citizen', channel: 'chat', erased },
          }),
        );
        // Counts only: which citizen asked is in the outbox row and the audit log, not in the log.
        ctx.logger.info({ erased }, 'personal data erased at the citizen’s request');
      },
    }),
  ];
}
