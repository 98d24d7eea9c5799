import { asc, eq, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import {
  createQueue,
  defineQueue,
  startPeriodicTask,
  type PeriodicTask,
  type QueueContext,
} from '../platform/queues.js';
import type { LgspServices } from './lgsp-services.js';
import type { LookupResult, ProcedureSearchResult, ProcedureSummary } from './model.js';
import {
  createProcedureIndex,
  longestPhraseAt,
  prepareSearchWords,
  splitWords,
  type PreparedSearchWords,
  type ProcedureIndex,
  type ProcedureSearchWords,
  type Word,
} from './procedure-ranking.js';
import { lgspProcedureCatalogue, lgspProcedures } from './schema.js';

/**
 * The province's procedure catalogue kept in our database and searched with ranking (procedure-ranking.ts). The LGSP
 * lists it page by page (its search service with an empty keyword); a refresh replaces our copy only when every page
 * was read, so while the LGSP is down searches run on the last good copy. Without any copy (never refreshed, the LGSP
 * down) a search falls back to the LGSP's own keyword search, with fewer words when all of them find nothing.
 */
export interface ProcedureCatalogue {
  /** Reads the whole catalogue from the LGSP and replaces our copy (kept as it was when anything fails). */
  refresh(): Promise<RefreshResult>;
  search(words: string, options: { limit: number; words: ProcedureSearchWords }): Promise<SearchOutcome>;
  state(): Promise<CatalogueState>;
}

export type SearchOutcome = LookupResult<ProcedureSearchResult> & { source?: 'catalogue' | 'live' };

/** How a refresh went: replaced (`ok`), or the last copy kept (the LGSP down, an answer that did not fit, none, too few). */
export const REFRESH_OUTCOMES = ['ok', 'unavailable', 'invalid', 'empty', 'shrunk'] as const;
export type RefreshOutcome = (typeof REFRESH_OUTCOMES)[number];

export interface RefreshResult {
  outcome: RefreshOutcome;
  /** Procedures read from the LGSP. */
  count: number;
  /** Pages asked for. */
  pages: number;
}

export interface CatalogueState {
  syncedAt: Date | null;
  procedureCount: number;
  attemptedAt: Date | null;
  lastOutcome: string | null;
}

export interface ProcedureCatalogueConfig {
  /** Procedures asked for per page. Default 50 (what the reference LGSP allows). */
  pageSize?: number;
  /** Pages one refresh reads at most (50 × 200 = 10,000 procedures). */
  maxPages?: number;
  /** LGSP keyword searches one citizen's search may make when there is no catalogue. Default 3. */
  liveCalls?: number;
  /** Minutes between two refreshes a search starts when there is no catalogue. Default 10. */
  onDemandEveryMinutes?: number;
  /** How long a search waits for the refresh it started before it asks the LGSP's own search. Default 5000. */
  onDemandWaitMs?: number;
}

export interface ProcedureCatalogueDeps {
  db: Db;
  procedures: Pick<LgspServices['procedures'], 'listPage' | 'search'>;
  logger: Logger;
  clock?: () => Date;
  config?: ProcedureCatalogueConfig;
}

const STATE_ID = 1;
/** A refresh that reads less than this share of the previous copy is refused: an LGSP fault, not a reform. */
const SHRINK_LIMIT = 0.5;
const INSERT_CHUNK = 500;

export function createProcedureCatalogue(deps: ProcedureCatalogueDeps): ProcedureCatalogue {
  const { db } = deps;
  const logger = deps.logger.child({ module: 'lgsp-procedure-catalogue' });
  const clock = deps.clock ?? (() => new Date());
  const pageSize = deps.config?.pageSize ?? 50;
  const maxPages = deps.config?.maxPages ?? 200;
  const liveCalls = deps.config?.liveCalls ?? 3;
  const onDemandMs = (deps.config?.onDemandEveryMinutes ?? 10) * 60_000;
  const onDemandWaitMs = deps.config?.onDemandWaitMs ?? 5000;

  let loaded: { syncedAt: number; filler: string; rows: ProcedureSummary[]; index: ProcedureIndex } | undefined;
  let refreshing: Promise<RefreshResult> | undefined;
  let lastOnDemand = Number.NEGATIVE_INFINITY;

  async function readState(): Promise<CatalogueState> {
    const [row] = await db.select().from(lgspProcedureCatalogue).where(eq(lgspProcedureCatalogue.id, STATE_ID));
    return {
      syncedAt: row?.syncedAt ?? null,
      procedureCount: row?.procedureCount ?? 0,
      attemptedAt: row?.attemptedAt ?? null,
      lastOutcome: row?.lastOutcome ?? null,
    };
  }

  async function recordAttempt(outcome: RefreshOutcome, at: Date): Promise<void> {
    await db
      .insert(lgspProcedureCatalogue)
      .values({ id: STATE_ID, attemptedAt: at, lastOutcome: outcome })
      .onConflictDoUpdate({ target: lgspProcedureCatalogue.id, set: { attemptedAt: at, lastOutcome: outcome } });
  }

  async function readAll(): Promise<{ outcome: RefreshOutcome; items: ProcedureSummary[]; pages: number }> {
    const byCode = new Map<string, ProcedureSummary>();
    let pages = 0;
    for (let page = 1; page <= maxPages; page += 1) {
      pages = page;
      const result = await deps.procedures.listPage(page, pageSize);
      // A page past the end may be "not found" on some gateways: the catalogue ended.
      if (result.status === 'not_found') break;
      if (result.status !== 'ok') return { outcome: 'unavailable', items: [], pages };
      for (const item of result.value.items) byCode.set(item.code, item);
      const total = result.value.total;
      if (result.value.items.length < pageSize || (total !== undefined && byCode.size >= total)) break;
      if (page === maxPages) logger.warn({ pages, pageSize }, 'procedure catalogue has more pages than read');
    }
    return { outcome: 'ok', items: [...byCode.values()], pages };
  }

  async function refreshNow(): Promise<RefreshResult> {
    const started = clock();
    const read = await readAll();
    if (read.outcome !== 'ok') {
      await recordAttempt(read.outcome, started);
      logger.warn({ outcome: read.outcome, pages: read.pages }, 'procedure catalogue refresh failed; last copy kept');
      return { outcome: read.outcome, count: 0, pages: read.pages };
    }
    const previous = await readState();
    const outcome: RefreshOutcome =
      read.items.length === 0 ? 'empty' : read.items.length < previous.procedureCount * SHRINK_LIMIT ? 'shrunk' : 'ok';
    if (outcome !== 'ok') {
      await recordAttempt(outcome, started);
      logger.warn(
        { outcome, count: read.items.length, previous: previous.procedureCount },
        'procedure catalogue refresh refused; last copy kept',
      );
      return { outcome, count: read.items.length, pages: read.pages };
    }
    await db.transaction(async (tx) => {
      for (let i = 0; i < read.items.length; i += INSERT_CHUNK) {
        const rows = read.items.slice(i, i + INSERT_CHUNK).map((p) => ({
          code: p.code,
          name: p.name,
          fieldName: p.fieldName,
          level: p.level,
          mode: p.mode,
          syncedAt: started,
        }));
        await tx
          .insert(lgspProcedures)
          .values(rows)
          .onConflictDoUpdate({
            target: lgspProcedures.code,
            set: {
              name: sql`excluded.name`,
              fieldName: sql`excluded.field_name`,
              level: sql`excluded.level`,
              mode: sql`excluded.mode`,
              syncedAt: sql`excluded.synced_at`,
            },
          });
      }
      // Procedures the LGSP no longer lists go.
      await tx.delete(lgspProcedures).where(ne(lgspProcedures.syncedAt, started));
      const state = {
        syncedAt: started,
        procedureCount: read.items.length,
        attemptedAt: started,
        lastOutcome: 'ok',
      };
      await tx
        .insert(lgspProcedureCatalogue)
        .values({ id: STATE_ID, ...state })
        .onConflictDoUpdate({ target: lgspProcedureCatalogue.id, set: state });
    });
    logger.info({ count: read.items.length, pages: read.pages }, 'procedure catalogue refreshed');
    return { outcome: 'ok', count: read.items.length, pages: read.pages };
  }

  /** One refresh at a time in this process; callers during one share its result. */
  function refresh(): Promise<RefreshResult> {
    refreshing ??= refreshNow().finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  /** The index of our copy, rebuilt when another refresh (this process or another) wrote a newer one. */
  async function currentIndex(words: PreparedSearchWords): Promise<ProcedureIndex | undefined> {
    let state = await readState();
    if (state.syncedAt === null && clock().getTime() - lastOnDemand >= onDemandMs) {
      lastOnDemand = clock().getTime();
      // A large catalogue takes many pages: the citizen is not kept waiting for all of them (the refresh goes on).
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, onDemandWaitMs);
      });
      await Promise.race([
        refresh().then(
          () => undefined,
          () => undefined,
        ),
        waited,
      ]);
      clearTimeout(timer);
      state = await readState();
    }
    if (state.syncedAt === null) return undefined;
    const syncedAt = state.syncedAt.getTime();
    // Names leave the fillers out too: a change of the lists (admins publishing) rebuilds the index.
    const filler = words.filler
      .map((phrase) => phrase.map((w) => `${w.marked}${w.exact === true ? '!' : ''}`).join(' '))
      .join('|');
    if (loaded?.syncedAt !== syncedAt) {
      const rows = await db.select().from(lgspProcedures).orderBy(asc(lgspProcedures.code));
      loaded = { syncedAt, filler, rows, index: createProcedureIndex(rows, words.fillerByFirst) };
    } else if (loaded.filler !== filler) {
      loaded = { ...loaded, filler, index: createProcedureIndex(loaded.rows, words.fillerByFirst) };
    }
    return loaded.index;
  }

  /** The LGSP's own search: the words without fillers, then fewer of them, at most `liveCalls` calls. */
  async function searchLive(text: string, words: PreparedSearchWords, limit: number): Promise<SearchOutcome> {
    for (const query of relaxedQueries(text, words).slice(0, liveCalls)) {
      const result = await deps.procedures.search(query, limit);
      if (result.status !== 'not_found') return { ...result, source: 'live' };
    }
    return { status: 'not_found', source: 'live' };
  }

  return {
    refresh,
    state: readState,
    async search(text, options) {
      // Parsed at each search (some sixty short entries): what admins publish applies at once.
      const words = prepareSearchWords(options.words);
      const index = await currentIndex(words);
      if (index === undefined || index.size === 0) return searchLive(text, words, options.limit);
      const ranked = index.rank(text, words);
      if (ranked.length === 0) return { status: 'not_found', source: 'catalogue' };
      return {
        status: 'ok',
        source: 'catalogue',
        value: { total: ranked.length, items: ranked.slice(0, options.limit).map((r) => r.procedure) },
      };
    },
  };
}

/**
 * Keyword queries for an LGSP whose search wants every word: the citizen's words without fillers; then the first
 * synonym phrase found, as the list writes it ("giấy chứng nhận quyền sử dụng đất" for "sổ đỏ"); then two words side by
 * side. Written as the citizen wrote them (diacritics kept), in order, without repeats.
 */
export function relaxedQueries(text: string, words: PreparedSearchWords): string[] {
  const tokens = splitWords(text);
  const content: string[] = [];
  const queries: string[] = [];
  let synonymQuery: string | undefined;
  for (let i = 0; i < tokens.length;) {
    const filler = longestPhraseAt(words.filler, tokens, i);
    let synonym = 0;
    let canonical: readonly Word[] | undefined;
    for (const entry of words.synonyms) {
      const length = longestPhraseAt(entry.variants, tokens, i);
      if (length > synonym) {
        synonym = length;
        canonical = entry.canonical;
      }
    }
    // As in the ranking: a filler gives way to a longer synonym ("bị" to "bị mất").
    if (filler > synonym) {
      i += filler;
      continue;
    }
    if (canonical !== undefined) synonymQuery ??= canonical.map((w) => w.marked).join(' ');
    const length = Math.max(synonym, 1);
    for (const token of tokens.slice(i, i + length)) content.push(token.marked);
    i += length;
  }
  queries.push(content.join(' '));
  if (synonymQuery !== undefined) queries.push(synonymQuery);
  for (let i = 0; i + 1 < content.length; i += 1) queries.push(`${content[i]} ${content[i + 1]}`);
  return [...new Set(queries.filter((q) => q.length > 0))];
}

/** The catalogue refresh queue: one repeatable job a day. */
export const procedureCatalogueQueue = defineQueue('lgsp-procedure-catalogue', z.object({}), {
  // A failed refresh keeps the last copy; the next day's job tries again (or a search, when there is no copy).
  attempts: 1,
  removeOnComplete: { count: 20 },
  removeOnFail: { count: 20 },
});

/** Asks the workers for a refresh now (admins): one waiting request at a time, however often it is asked. */
export interface ProcedureCatalogueRefreshRequests {
  request(): Promise<void>;
  close(): Promise<void>;
}

export function createProcedureCatalogueRefreshRequests(queues: QueueContext): ProcedureCatalogueRefreshRequests {
  const queue = createQueue(procedureCatalogueQueue, queues);
  return {
    async request() {
      await queue.add('refresh', {}, { deduplication: { id: 'refresh-now' } });
    },
    close: () => queue.close(),
  };
}

/** Starts the daily refresh of the procedure catalogue (a BullMQ job scheduler; idempotent across processes). */
export function startProcedureCatalogueRefresh(
  catalogue: Pick<ProcedureCatalogue, 'refresh'>,
  context: { queues: QueueContext; logger: Logger; metrics?: Metrics; everyHours?: number; schedule?: boolean },
): Promise<PeriodicTask> {
  return startPeriodicTask(
    procedureCatalogueQueue,
    {
      id: 'lgsp-procedure-catalogue-refresh',
      everyMs: (context.everyHours ?? 24) * 3_600_000,
      job: { name: 'refresh', data: {} },
    },
    () => catalogue.refresh(),
    {
      ...context.queues,
      logger: context.logger,
      ...(context.metrics ? { metrics: context.metrics } : {}),
      concurrency: 1,
      ...(context.schedule === undefined ? {} : { schedule: context.schedule }),
    },
  );
}
