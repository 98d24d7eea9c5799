import { eq, lt, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { prepareSql, type Db, type DbOrTx, type PreparedSql, type Tx } from '../platform/db.js';
import { lazyChild, type Logger } from '../platform/logger.js';
import { languageSchema, type CitizenId, type CitizenPreferences, type OutboundMessage } from './channel.js';
import type { Effect, EffectRegistry } from './effects.js';
import { ConversationErrors } from './errors.js';
import { HANDOFF_LAST_ACTIVITY, LIVE_HANDOFF, type HandoffStore } from './handoff-store.js';
import { conversationHandoffs, conversationSessions } from './schema.js';
import { sessionSchema, type Session } from './session.js';
import type { ClaimStatement, StatementPart, TurnContext, TurnResult, TurnStore } from './turn-store.js';

/**
 * Records replies inside a transaction (the messaging outbox) and hands them to delivery once committed. `R` is what
 * recording returns and release gets back (e.g. the records written, so release need not read them again).
 */
export interface ReplyOutbox<R = unknown> {
  record(tx: Tx, citizenId: CitizenId, messages: OutboundMessage[], context: { correlationId: string }): Promise<R>;
  /**
   * `record` as part of one statement, for a turn written at once, prepared once per shape (`StatementPart`): its
   * `ctes` (data-modifying CTE definitions whose names, like its placeholders', start with `replies_`) write the records
   * only when `onlyIf` holds (the same SQL for every call), `result` is a scalar subquery returning them, `parse` turns
   * its value into what `record` returns. It may reserve what sending the first reply at once needs (a lock, a slot of
   * a rate limit) before the statement: `abandon` gives it back when the statement wrote nothing, failed, or returned
   * what `parse` cannot read. `interactedAt`: the statement also records the citizen's interaction at that time (the
   * claim's).
   */
  recordStatement?(
    citizenId: CitizenId,
    messages: OutboundMessage[],
    context: { correlationId: string; interactedAt?: Date | undefined },
    onlyIf: SQL,
  ): Promise<{ part: StatementPart<{ ctes: SQL; result: SQL }>; parse(value: unknown): R; abandon(): Promise<void> }>;
  /** Called after the commit (with what `record` returned, when this turn recorded replies): delivery may start. */
  release(citizenId: CitizenId, recorded?: R): Promise<void>;
  /** Notifications held for the citizen's next message. */
  countHeld(citizenId: CitizenId): Promise<number>;
  /** Queues the held notifications behind this transaction's replies (the `messaging.release_held` effect). */
  releaseHeld(tx: DbOrTx, citizenId: CitizenId): Promise<void>;
}

/** Records external effects inside a transaction and has them performed once it is committed. */
export interface EffectOutbox {
  record(tx: Tx, citizenId: CitizenId, effect: Effect): Promise<void>;
  /** Called after the commit with the keys recorded: performing may start (a sweep covers a crash before this). */
  release(keys: string[]): Promise<void>;
}

export interface PgTurnStoreDeps<R = unknown> {
  db: Db;
  preferences: Pick<CitizenPreferences, 'findLanguage'>;
  effects: EffectRegistry;
  replies: ReplyOutbox<R>;
  /** Live handoffs: the engine stays silent while an official has the conversation. */
  handoffs: Pick<HandoffStore, 'findLive'>;
  /** Where effects on external systems wait for the commit; required once any such effect is registered. */
  outbox?: EffectOutbox;
  /**
   * The language and held-message reads as scalar subqueries of the modules that own those tables: with them, all
   * a turn reads before it runs is one statement instead of four. `citizenId` is an SQL expression (the prepared
   * statement's parameter).
   */
  subqueries?: {
    language(citizenId: SQL): SQL;
    heldCount(citizenId: SQL): SQL;
  };
  logger: Logger;
}

/**
 * Turns in PostgreSQL: one transaction (one statement for a turn without effects, or whose only effects change the
 * citizen's language: `findOneStatementClaim`) holds the channel's claim on the event, the new session, the replies
 * and the effects. A crash before the commit leaves nothing (the event is retried from the old session); after it,
 * the claim makes the retry a no-op, and the replies are already in the outbox.
 */
export function createPgTurnStore<R = unknown>(deps: PgTurnStoreDeps<R>): TurnStore {
  const { db } = deps;
  /** The one-statement turn by shape (the parts' keys): built and prepared once each. */
  const turnStatements = new Map<string, PreparedSql>();
  return {
    loadSession: (citizenId) => findSession(db, citizenId),
    findLanguage: (citizenId) => deps.preferences.findLanguage(citizenId),
    countHeldMessages: (citizenId) => deps.replies.countHeld(citizenId),
    findLiveHandoff: (citizenId) => deps.handoffs.findLive(citizenId),
    ...(deps.subqueries ? { loadTurnContext: loadTurnContextWith(db, deps.subqueries) } : {}),
    async commit(event, result, claim) {
      const citizenId = event.citizenId;
      const logger = lazyChild(deps.logger, { eventId: event.eventId });
      const external: string[] = [];
      let recorded: { value: R } | undefined;
      // Effects are each module's own writes (and may read what the turn wrote): those turns keep the transaction,
      // but for a language change, which the claim writes on the citizen's record it already upserts.
      const single =
        claim?.statement && (result.messages.length === 0 || deps.replies.recordStatement)
          ? findOneStatementClaim(claim.statement, result.effects, deps.effects)
          : undefined;
      const outcome = single
        ? await commitInOneStatement(citizenId, event.eventId, result, single, (value) => {
            recorded = { value };
          })
        : await db.transaction(async (tx) => {
            if (claim && !(await claim(tx))) return 'duplicate' as const;
            if (result.session) await saveSession(tx, citizenId, result.session);
            else await tx.delete(conversationSessions).where(eq(conversationSessions.citizenId, citizenId));
            if (result.messages.length > 0) {
              recorded = {
                value: await deps.replies.record(tx, citizenId, result.messages, { correlationId: event.eventId }),
              };
            }
            for (const effect of result.effects) {
              if (deps.effects.isExternal(effect.type)) {
                if (!deps.outbox) throw ConversationErrors.noEffectOutbox(effect.type);
                await deps.outbox.record(tx, citizenId, effect);
                external.push(effect.key);
              } else await deps.effects.perform(effect, { tx, citizenId, now: new Date(event.occurredAt), logger });
            }
            return 'committed' as const;
          });
      if (external.length > 0 && deps.outbox) await deps.outbox.release(external);
      if (outcome === 'duplicate') logger.info('event already handled; nothing recorded twice');
      // A duplicate may be a retry after a crash between commit and release: releasing again is harmless.
      if (outcome === 'committed' && recorded) await deps.replies.release(citizenId, recorded.value);
      else if (result.messages.length > 0 || outcome === 'duplicate') await deps.replies.release(citizenId);
      return outcome;
    },
  };

  /**
   * A turn in one statement, atomic on its own (no BEGIN and COMMIT): the channel's claim (with the citizen's language,
   * when that is the turn's only effect: `findOneStatementClaim`), then, only if it claimed the event, the session and
   * the replies, as data-modifying CTEs. Two statements instead of six.
   */
  async function commitInOneStatement(
    citizenId: CitizenId,
    correlationId: string,
    result: TurnResult,
    claim: ClaimStatement,
    onRecorded: (value: R) => void,
  ): Promise<'committed' | 'duplicate'> {
    const session: StatementPart = result.session
      ? {
          key: 'session_saved',
          build: () => sessionSaved(claim.claimed),
          params: {
            session_citizen_id: citizenId,
            session_value: JSON.stringify(result.session),
            session_updated_at: new Date(result.session.updatedAt).toISOString(),
          },
        }
      : {
          key: 'session_deleted',
          build: () => sessionDeleted(claim.claimed),
          params: { session_citizen_id: citizenId },
        };
    const replies =
      result.messages.length > 0 && deps.replies.recordStatement
        ? await deps.replies.recordStatement(
            citizenId,
            result.messages,
            { correlationId, interactedAt: claim.interactedAt },
            claim.claimed,
          )
        : undefined;
    let row: z.infer<typeof writtenRowSchema>;
    let recorded: { value: R } | undefined;
    try {
      const statement = turnStatement(claim, session, replies?.part);
      const written = await statement.execute({
        ...claim.ctes.params,
        ...session.params,
        ...(replies ? replies.part.params : {}),
      });
      row = writtenRowSchema.parse(written.rows[0]);
      // Read before the reservation is handed over: a result that cannot be read (after the commit) gives it back as a
      // failed statement does; the event's retry then finds its claim and queues the delivery job.
      if (replies && row.claimed) recorded = { value: replies.parse(row.replies) };
    } catch (error) {
      await replies?.abandon().catch(() => undefined);
      throw error;
    }
    if (!row.claimed) {
      await replies?.abandon();
      return 'duplicate';
    }
    if (recorded) onRecorded(recorded.value);
    return 'committed';
  }

  /**
   * The turn's statement for the shape of its parts, built and prepared once (a named statement on PostgreSQL: parsed
   * and planned once per connection): building it with drizzle and PostgreSQL planning it were most of what the
   * statement cost. The shapes are few (with or without a language, a session kept or dropped, the number of reply
   * payloads); past `NAMED_TURN_SHAPES` a new shape is built each time and sent unnamed.
   */
  function turnStatement(
    claim: ClaimStatement,
    session: StatementPart,
    replies: StatementPart<{ ctes: SQL; result: SQL }> | undefined,
  ): PreparedSql {
    // The claim's key names its condition too (the same claim, the same SQL).
    const key = `${claim.ctes.key}|${session.key}|${replies?.key ?? ''}`;
    const known = turnStatements.get(key);
    if (known) return known;
    const parts = replies?.build();
    const statement = sql`
        with ${claim.ctes.build()}, ${session.build()}${parts ? sql`, ${parts.ctes}` : sql``}
        select ${claim.claimed} as claimed, ${parts ? parts.result : sql`null`} as replies`;
    const named = turnStatements.size < NAMED_TURN_SHAPES;
    const prepared = prepareSql(db, 'conversation_turn', statement, { named });
    if (named) turnStatements.set(key, prepared);
    return prepared;
  }
}

/** Shapes of the one-statement turn kept as named statements (each on every connection that runs it). */
const NAMED_TURN_SHAPES = 64;

function sessionSaved(claimed: SQL): SQL {
  return sql`session_saved as (
    insert into ${s} (citizen_id, session, updated_at)
    select ${sql.placeholder('session_citizen_id')}, ${sql.placeholder('session_value')}::jsonb,
      ${sql.placeholder('session_updated_at')}::timestamptz
    where ${claimed}
    on conflict (citizen_id) do update set session = excluded.session, updated_at = excluded.updated_at
  )`;
}

function sessionDeleted(claimed: SQL): SQL {
  return sql`session_saved as (delete from ${s} where ${s.citizenId} = ${sql.placeholder('session_citizen_id')} and ${claimed})`;
}

/**
 * The claim's statement parts for a turn that can be written at once, or undefined (the turn takes the transaction):
 * a turn without effects, or whose effects all only remember the citizen's language by the registry's definitions
 * (`EffectRegistry.citizenLanguage`), when the claim can write it (the last one, as `perform` in turn would leave it).
 * A payload that is no language is the effect's own error to raise: the transaction performs it.
 */
export function findOneStatementClaim(
  claim: ClaimStatement,
  effects: readonly Effect[],
  registry: Pick<EffectRegistry, 'citizenLanguage'>,
): ClaimStatement | undefined {
  if (effects.length === 0) return claim;
  if (!claim.withLanguage) return undefined;
  const languages = effects.map((effect) => registry.citizenLanguage(effect));
  const last = languages.at(-1);
  if (last === undefined || languages.includes(undefined)) return undefined;
  return { ...claim, ctes: claim.withLanguage(last) };
}

/** The one-statement turn's row (built once: zod compiles a schema on its first use). */
const writtenRowSchema = z.object({ claimed: z.boolean(), replies: z.unknown() });
const h = conversationHandoffs;
const s = conversationSessions;
const epochMs = z.union([z.number(), z.string().transform(Number)]);
const turnContextRowSchema = z.object({
  session: z.unknown(),
  language: z.string().nullable(),
  held: z.coerce.number(),
  handoff_status: z.string().nullable(),
  handoff_due_at: epochMs.nullable(),
  handoff_unanswered: z.coerce.number().nullable(),
  handoff_last_activity_at: epochMs.nullable(),
});

/**
 * Session, language, held messages and live handoff in one statement: scalar subqueries and a lateral join on a
 * one-row select, so a citizen with none of them still gets a row. Times come back as epoch milliseconds (a number on
 * both drivers, whatever their timestamp parsers do). Built and prepared once per store (a named statement on
 * PostgreSQL): it runs for every message, and building it cost more CPU than PostgreSQL spends running it.
 */
function loadTurnContextWith(db: Db, subqueries: NonNullable<PgTurnStoreDeps['subqueries']>) {
  const citizenId = sql`${sql.placeholder('citizenId')}`;
  const build = () =>
    db
      .select({
        session: sql`(select ${s.session} from ${s} where ${s.citizenId} = ${citizenId})`,
        language: sql`(${subqueries.language(citizenId)})`,
        held: sql`(${subqueries.heldCount(citizenId)})`,
        handoff_status: sql`live.status`,
        handoff_due_at: sql`extract(epoch from live.due_at)::float8 * 1000`,
        handoff_unanswered: sql`live.unanswered`,
        handoff_last_activity_at: sql`extract(epoch from live.last_activity_at)::float8 * 1000`,
      })
      .from(
        sql`(select 1) as one
        left join lateral (
          select ${h.status} as status, ${h.dueAt} as due_at, ${h.unanswered} as unanswered,
            ${HANDOFF_LAST_ACTIVITY} as last_activity_at
          from ${h}
          where ${h.citizenId} = ${citizenId} and ${LIVE_HANDOFF}
          limit 1
        ) as live on true`,
      )
      .prepare('conversation_turn_context');
  let statement: ReturnType<typeof build> | undefined;
  return async (id: CitizenId): Promise<TurnContext> => {
    statement ??= build();
    const [found] = await statement.execute({ citizenId: id });
    const row = turnContextRowSchema.parse(found);
    const stored = typeof row.session === 'string' ? (JSON.parse(row.session) as unknown) : row.session;
    // A record written by an older shape counts as no session: the citizen starts afresh.
    const session = stored === null ? null : (sessionSchema.safeParse(stored).data ?? null);
    const language = languageSchema.safeParse(row.language).data ?? null;
    const handoff =
      row.handoff_status === null || row.handoff_last_activity_at === null
        ? null
        : {
            status: row.handoff_status === 'taken' ? ('taken' as const) : ('open' as const),
            lastActivityAt: new Date(row.handoff_last_activity_at),
            dueAt: row.handoff_due_at === null ? null : new Date(row.handoff_due_at),
            unanswered: row.handoff_unanswered ?? 0,
          };
    return { session, language, held: row.held, handoff };
  };
}

async function findSession(db: DbOrTx, citizenId: CitizenId): Promise<Session | null> {
  const [row] = await db
    .select({ session: conversationSessions.session })
    .from(conversationSessions)
    .where(eq(conversationSessions.citizenId, citizenId))
    .limit(1);
  if (!row) return null;
  // A record written by an older shape counts as no session: the citizen starts afresh.
  const parsed = sessionSchema.safeParse(row.session);
  return parsed.success ? parsed.data : null;
}

async function saveSession(tx: Tx, citizenId: CitizenId, session: Session): Promise<void> {
  const updatedAt = new Date(session.updatedAt);
  await tx
    .insert(conversationSessions)
    .values({ citizenId, session, updatedAt })
    .onConflictDoUpdate({ target: conversationSessions.citizenId, set: { session, updatedAt } });
}

/**
 * Deletes a citizen's session at their erasure: what a conversation in flight holds (answers, a report kept aside, the
 * buttons last shown). Their next message starts afresh.
 */
export async function eraseCitizenSession(db: DbOrTx, citizenId: string): Promise<number> {
  const removed = await db
    .delete(conversationSessions)
    .where(eq(conversationSessions.citizenId, citizenId))
    .returning({ citizenId: conversationSessions.citizenId });
  return removed.length;
}

/** Deletes the sessions of citizens silent since `before` (they would start afresh anyway). */
export async function purgeSessions(db: DbOrTx, before: Date): Promise<number> {
  const removed = await db
    .delete(conversationSessions)
    .where(lt(conversationSessions.updatedAt, before))
    .returning({ citizenId: conversationSessions.citizenId });
  return removed.length;
}
