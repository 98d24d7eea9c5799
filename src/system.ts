import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Express, Router } from 'express';
import { composeAdminApi } from './admin-api.js';
import {
  AUDIT_TABLES,
  auditActorSchema,
  auditContextOf,
  createAdminAuth,
  getAdminPrincipal,
  unitScopeOf,
  ensureFirstAdmin,
  recordAudit,
  startAuditCheckpoints,
  type AuditContext,
  type FirstAdminOutcome,
  createHandoffAttachments,
  findAccountEmails,
} from './admin/index.js';
import { createAdminUiRouter } from './admin-ui.js';
import { DEFAULT_LANGUAGE, type CitizenId } from './kernel/index.js';
import {
  type AnnouncementDelivery,
  createAnnouncementDelivery,
  createCommuneCatalogue,
  createSubscriptionEffects,
  withheldAnnouncementMessages,
} from './announcements/index.js';
import { createApp, type ReadinessCheck } from './app.js';
import { createIngressListener } from './platform/ingress.js';
import {
  createCitizenDataEffects,
  createCitizenEffects,
  citizenLanguageQuery,
  findCitizenLanguage,
  createCitizenPreferences,
  findCitizen,
  isInsideSendWindow,
} from './citizens/index.js';
import { startHandoffIdleJob } from './handoff-idle-job.js';
import { createPersonalDataHolders } from './personal-data-holders.js';
import { SANDBOX_IDENTITY, ZALO_CALLS_PER_MINUTE, type Config } from './config.js';
import {
  classifierFor,
  createConversationEngine,
  createConversationMetrics,
  createEffectRegistry,
  createFlowStore,
  createReleaseHeldEffect,
  createHandoffEffects,
  createHandoffWebhookEffect,
  createUnderstandingEffects,
  purgeUnderstandingMisses,
  createHandoffMetrics,
  createHandoffIdleSweep,
  createHandoffStore,
  estimateHandoffWait,
  type HandoffWait,
  createPgTurnStore,
  createReloadingTemplateRenderer,
  createStoredReleaseSource,
  loadPublishedTemplates,
  loadTemplateResources,
  publishedTemplatesVersion,
  createProvinceSettingsSource,
  findActiveOutage,
  seedFlowStore,
  citizenIdSchema,
  type ConversationEngine,
  type FlowStore,
} from './conversation/index.js';
import {
  createDossierFollowStore,
  createDossierWatch,
  createProcedureCatalogue,
  createProcedureCatalogueRefreshRequests,
  startProcedureCatalogueRefresh,
  createLgsp,
  createLgspEffects,
  createLgspMetrics,
  createLgspReadinessCheck,
  createLookupOutcomeRecorder,
  purgeLookupOutcomes,
} from './lgsp/index.js';
import {
  citizenOfTicket,
  createFeedbackEffects,
  createFeedbackWatch,
  createFeedbackPhotoStores,
  createHandoffFilesEffect,
  handoffFilePurge,
  createPhotoStore,
  FEEDBACK_PHOTO_DOWNLOAD_TIMEOUT_MS,
  type FeedbackWatch,
} from './feedback/index.js';
import { withTimeout } from './platform/timeout.js';
import { openDatabase, type DatabaseHandle } from './platform/db.js';
import { migrateDatabase, MigrationError } from './platform/db-roles.js';
import { createLogger, type Logger } from './platform/logger.js';
import { createMetrics, type Metrics } from './platform/metrics.js';
import { startPrivateRedis } from './platform/private-redis.js';
import type { QueueContext } from './platform/queues.js';
import { createRedisLock, keepLockAlive } from './platform/redis-lock.js';
import { warnIfRedisIsNotDurable } from './platform/redis-durability.js';
import { connectRedis, redactUrl, type Redis } from './platform/redis.js';
import { loadOrCreateSandboxSecretsKey } from './platform/secrets-key.js';
import { Shutdown } from './platform/shutdown.js';
import {
  createWorkersReadinessCheck,
  registerWorkersGauge,
  startWorkerHeartbeat,
} from './platform/worker-heartbeat.js';
import { createLgspSimulator } from './sandbox/lgsp/index.js';
import { createPhoneRouter } from './sandbox/phone/index.js';
import { createS3Simulator } from './sandbox/s3/index.js';
import { createSimulatedCitizenStore, createZaloSimulator } from './sandbox/zalo/index.js';
import { createMessaging, type Messaging } from './messaging/index.js';
import { createEffectOutbox } from './outbox/index.js';
import { createShippedActions } from './shipped-actions.js';
import { createShippedInputTypes } from './shipped-input-types.js';
import { createZaloChannel, ZaloApiError } from './zalo/index.js';

/** Shipped flows and templates, beside src/ and dist/: they seed the flow store. */
const FLOWS_DIR = fileURLToPath(new URL('../flows', import.meta.url));
const TEMPLATES_DIR = fileURLToPath(new URL('../templates', import.meta.url));
// The admin web UI's build (scripts/admin-build.mjs); `npm start` and `npm run build` make it.
const ADMIN_UI_DIR = fileURLToPath(new URL('../admin/dist', import.meta.url));
const STARTUP_LOCK_TTL_MS = 30_000;
/** How long start waits for the photo store to answer its first check. */
const PHOTO_STORE_START_CHECK_MS = 5000;
const STARTUP_LOCK_WAIT_MS = 180_000;

/** Which parts of the program this process runs: HTTP only, queue workers only, or both (default). */
export type ProcessRole = 'web' | 'worker' | 'all';

export interface SystemOptions {
  config: Config;
  role: ProcessRole;
  logger?: Logger;
  /** An already opened database (tests); otherwise opened from config and closed on shutdown. */
  database?: DatabaseHandle;
}

export interface RunningSystem {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  database: DatabaseHandle;
  redis: Redis;
  queues: QueueContext;
  /** The HTTP app (web and all roles). */
  app: Express | undefined;
  /** Base URL the server listens on (web and all roles; a worker's health endpoint when WORKER_HEALTH_PORT is set). */
  url: string | undefined;
  /** The conversation engine and flow store (simulator and admin API use them). */
  engine: ConversationEngine;
  flowStore: FlowStore<AuditContext>;
  /** Outgoing messages by purpose (announcements, notifications and benchmarks queue through it). */
  messages: Messaging;
  /** Announcements' fan-out and delivery (benchmarks schedule one directly). */
  announcements: AnnouncementDelivery;
  /** The feedback status poller (worker and all roles), for tests that run a check now. */
  feedbackWatch: FeedbackWatch | undefined;
  /** Ends the handoffs idle for HANDOFF_IDLE_HOURS and tells their citizens (the maintenance job runs it; tests now). */
  endIdleHandoffs(): Promise<number>;
  /** Whether the first admin account was created now (a sandbox one carries its generated password, to print once). */
  firstAdmin: FirstAdminOutcome | undefined;
  /** Graceful stop: stop accepting, finish in-flight requests and jobs (bounded), close pools. True when clean. */
  close(reason?: string): Promise<boolean>;
}

/** A start-up failure with an operator-facing message (no stack trace needed). */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The composition root: builds every module from configuration and starts the parts `role` asks for. */
export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.log.level });
  const shutdown = new Shutdown(logger, config.shutdownTimeoutMs);
  try {
    return await assemble(options, logger, shutdown);
  } catch (error) {
    // Whatever was opened before the failure is closed again, so a failed start leaves nothing running.
    await shutdown.run('start-up failed');
    throw error;
  }
}

async function assemble(options: SystemOptions, log: Logger, stop: Shutdown): Promise<RunningSystem> {
  const { config, role } = options;
  const metrics = createMetrics();
  if (config.sandbox) {
    log.warn(
      { role },
      'SANDBOX mode is on: Zalo and the LGSP are simulated and /sandbox/* answers without sign-in; never expose this server',
    );
  }

  // --- Infrastructure -------------------------------------------------------------------------------------------
  const redis = await connectRedisOrStartPrivate(config, log, stop);
  stop.add('redis', async () => redis.disconnect());
  await warnIfRedisIsNotDurable(redis, log);
  const queueConnection = await connectRedis({
    url: config.redis.url,
    logger: log,
    role: 'queue',
    connectionName: `zalo-egov:${role}:queue`,
  });
  stop.add('redis (queues)', async () => queueConnection.disconnect());
  const queues: QueueContext = { connection: queueConnection, prefix: `${config.redis.prefix}:q` };

  const database = options.database ?? (await openConfiguredDatabase(config, log));
  if (!options.database) stop.add('database', () => database.close());
  await migrateDatabase({
    database,
    migrationUrl: config.database.migrationUrl,
    appendOnlyTables: AUDIT_TABLES,
    logger: log,
  }).catch((error: unknown) => {
    throw error instanceof MigrationError ? new StartupError(error.message) : error;
  });
  const db = database.db;

  const secretsKey = config.secretsKey ?? (await loadOrCreateSandboxSecretsKey(config.dataDir));
  const feedbackPhotoStores = await createFeedbackPhotoStores(config.feedback.photos, createPhotoStore);
  const feedbackPhotos = feedbackPhotoStores.photos;
  const feedbackPhotoIntake = feedbackPhotoStores.intake;
  // Photos and files citizens send during handoffs: in the same store, kept for officials, gone with the handoff.
  const handoffFiles = feedbackPhotoStores.handoffFiles;
  const readiness: ReadinessCheck[] = [
    { name: 'database', critical: true, check: () => database.ping() },
    { name: 'redis', critical: true, check: async () => void (await redis.ping()) },
  ];
  if (feedbackPhotoStores.readiness) readiness.push(feedbackPhotoStores.readiness);
  const mounts: Array<{ path: string; router: Router }> = [];
  const ingress: Array<{ path: string; router: Router; leftAsUsual?: boolean }> = [];
  /** Answers the simulated Zalo's waiting long-polls (sandbox), so that closing the HTTP server need not wait for them. */
  let endSandboxLongPolls: (() => void) | undefined;

  // --- LGSP -----------------------------------------------------------------------------------------------------
  const lgspMetrics = createLgspMetrics(metrics.registry);
  const lgsp = await createLgsp({
    config: config.lgsp,
    redis,
    logger: log.child({ module: 'lgsp' }),
    metrics: lgspMetrics,
  });
  // Citizens' lookups per day, service and outcome for the dashboard (the Prometheus counters reset with the process).
  const lookupOutcomes = createLookupOutcomeRecorder({
    db,
    logger: log.child({ module: 'lgsp' }),
    failures: lgspMetrics.lookupCountFailures,
  });
  readiness.push(createLgspReadinessCheck(lgsp));

  // --- Conversation ---------------------------------------------------------------------------------------------
  // The province's settings: the configuration under what admins changed, read by every template and the office hours.
  const provinceSettings = createProvinceSettingsSource({
    db,
    base: config.province,
    onError: (error) => log.warn({ err: error }, 'reading the province settings failed'),
    // Once per different set, the fields and rules only (a stored value may be personal: never logged).
    onRefused: (refused) =>
      log.warn({ refused }, "stored province settings the rules refuse: those fields read the configuration's value"),
  });
  await provinceSettings.refresh();
  // Officials' attachments: stored under DATA_DIR, fetched by Zalo and the delivery worker from PUBLIC_URL, purged
  // with the conversation log.
  const handoffAttachments = createHandoffAttachments({ dataDir: config.dataDir, publicUrl: config.http.publicUrl });
  const templates = await createReloadingTemplateRenderer({
    templatesDir: TEMPLATES_DIR,
    defaults: (language) => provinceSettings.variables(language),
    load: () => loadPublishedTemplates(db),
    version: () => publishedTemplatesVersion(db),
    onError: (error) => log.warn({ err: error }, 'reloading published templates failed'),
  });
  const preferences = createCitizenPreferences(db);
  const follows = createDossierFollowStore(db);
  const citizenData = {
    db,
    holders: createPersonalDataHolders({ photos: feedbackPhotos, photoIntake: feedbackPhotoIntake, handoffFiles }),
  };
  // The communes of the province feedback places are matched in: names for {{commune}} and the subscriptions flow.
  const provinceCode = config.feedback.provinceCode;
  const communes = createCommuneCatalogue({
    load: async () => (provinceCode ? lgsp.catalogue.communes(provinceCode) : { status: 'not_found' }),
  });
  const communeName = communes.name;
  // The procedure catalogue: a local copy of the LGSP's, refreshed daily by the workers and searched with ranking.
  const procedureCatalogue = createProcedureCatalogue({
    db,
    procedures: lgsp.procedures,
    logger: log,
    config: { pageSize: config.lgsp.catalogue.pageSize },
  });
  const handoffs = createHandoffStore(
    db,
    createHandoffMetrics(metrics.registry, () => handoffs.countLive()),
  );
  const actions = createShippedActions({
    handoffs,
    lgsp: { services: lgsp, catalogue: procedureCatalogue, renderer: templates, follows, follow: config.lgsp.watch },
    feedback: {
      db,
      categories: lgsp.catalogue,
      renderer: templates,
      secretsKey,
      provinceCode: config.feedback.provinceCode,
    },
    citizenData,
    subscriptions: { db, renderer: templates, communeName },
  });
  const inputs = createShippedInputTypes();
  const flowStore = createFlowStore<AuditContext>({
    db,
    actions,
    inputs,
    audit: (tx, context, change) => recordAudit(tx, { ...context, ...change }),
    // What a published text's placeholders are checked against: what the code and the shipped flows fill.
    shippedTemplates: loadTemplateResources(TEMPLATES_DIR),
  });
  // Several processes may start at once on one PostgreSQL: one seeds, the others wait for it.
  await withStartupLock(redis, 'seed-flow-store', () =>
    seedFlowStore({
      store: flowStore,
      flowsDir: FLOWS_DIR,
      templatesDir: TEMPLATES_DIR,
      context: { actor: { type: 'system' } },
      logger: log,
    }),
  );

  // --- Zalo channel ---------------------------------------------------------------------------------------------
  const zalo = createZaloChannel({
    zalo: config.zalo,
    sandbox: config.sandbox,
    publicUrl: config.http.publicUrl,
    retentionDays: config.conversation.retentionDays,
    db,
    redis,
    queues,
    secretsKey,
    logger: log,
    metrics,
    // The admin who started a connect comes back from Redis as JSON; anything else is the system acting alone.
    audit: (tx, { by, ...change }) =>
      recordAudit(tx, { ...change, actor: by === null ? { type: 'system' } : auditActorSchema.parse(by) }),
  });
  stop.add('zalo queues', () => zalo.close());
  // A wrong key would otherwise surface later, mid-request or while connecting: refuse to start instead.
  if (!(await zalo.tokens.canDecryptStoredTokens())) {
    throw new StartupError(
      `${config.secretsKey ? 'SECRETS_KEY' : `The sandbox key ${path.join(config.dataDir, 'secrets.key')}`} does not decrypt the Zalo tokens stored in the database: use the key they were stored with (if it is lost, delete the row of zalo_tokens and connect the OA again)`,
    );
  }
  readiness.push(zalo.readiness);
  metrics.addQueueDepthSource(() => zalo.queueDepths());
  // --- Messaging (delivery through the Zalo channel) ----------------------------------------------------------------
  // Held messages of an announcement stored with a link that is not a web address are withdrawn, not released.
  const sink = createMessaging({
    db,
    redis,
    queues,
    channel: zalo.deliveryChannel,
    logger: log,
    metrics,
    checkHeldRelease: withheldAnnouncementMessages,
  });
  stop.add('messaging queues', () => sink.close());
  metrics.addQueueDepthSource(() => sink.queueDepths());

  // Announcements fan out to recipients and hand their messages to messaging (purpose broadcast: replies go first).
  const announcements = createAnnouncementDelivery({
    db,
    queues,
    sink,
    renderer: templates,
    communeName,
    auditSystem: (tx, change) => recordAudit(tx, { actor: { type: 'system' }, ...change }),
    articles: {
      create: (article) => zalo.client.createArticle({ ...article, author: config.province.name.slice(0, 50) }),
      verify: (token) => zalo.client.verifyArticle(token),
      async broadcast(articleId) {
        try {
          await zalo.client.broadcastArticle(articleId);
          return 'sent';
        } catch (error) {
          if (!(error instanceof ZaloApiError)) throw error;
          return error.kind === 'quota_exhausted' ? 'quota_exhausted' : 'refused';
        }
      },
    },
    ...(config.announcements.articleCoverUrl ? { articleCoverUrl: config.announcements.articleCoverUrl } : {}),
    config: {
      windowDays: config.zalo.csWindowDays,
      dailyCapPerCitizen: config.announcements.dailyCapPerCitizen,
      quietHours: config.announcements.quietHours,
      heldDays: config.announcements.heldDays,
      sendsPerMinute: config.zalo.rateLimitPerMinute,
    },
    logger: log,
  });
  stop.add('announcement queues', () => announcements.close());

  // Writes to external systems wait here for their turn's commit, then are performed with their idempotency key.
  const outbox = createEffectOutbox({ db, queues, logger: log, metrics });
  stop.add('outbox queue', () => outbox.close());
  metrics.addQueueDepthSource(() => outbox.queueDepths());

  // The likely wait a citizen handed over is told: read once a minute, never on a citizen's turn.
  let handoffWait: HandoffWait | null = null;
  const refreshHandoffWait = async () => {
    try {
      handoffWait = await estimateHandoffWait(db, new Date());
    } catch (error) {
      log.warn({ err: error }, 'the handoff wait estimate could not be read; citizens are told none');
    }
  };
  await refreshHandoffWait();
  const handoffWaitTimer = setInterval(() => void refreshHandoffWait(), 60_000);
  handoffWaitTimer.unref();
  stop.add('handoff wait estimate', async () => clearInterval(handoffWaitTimer));
  const effects = createEffectRegistry([
    ...createCitizenEffects(),
    ...createCitizenDataEffects({
      ...citizenData,
      auditSystem: (tx, change) => recordAudit(tx, { actor: { type: 'system' }, ...change }),
    }),
    createReleaseHeldEffect((tx, citizenId) => sink.releaseHeld(tx, citizenId)),
    ...createHandoffEffects(handoffs),
    createHandoffWebhookEffect({
      webhook: config.handoffWebhook,
      handoffs,
      describeReason: (reason) =>
        reason !== undefined && templates.has(reason, 'vi') ? templates.t(reason, 'vi') : (reason ?? null),
      queueUrl: `${config.http.publicUrl}/admin/handoffs`,
    }),
    ...createUnderstandingEffects(),
    ...createLgspEffects(),
    ...createSubscriptionEffects(),
    ...createFeedbackEffects({
      db,
      pakn: lgsp.pakn,
      secretsKey,
      sink,
      renderer: templates,
      firstCheckMinutes: config.feedback.watch.intervalMinutes,
      deadlines: {
        calendar: () => provinceSettings.current(),
        defaultWorkingDays: config.feedback.deadlineWorkingDays,
      },
      photos: {
        store: feedbackPhotos,
        intake: feedbackPhotoIntake,
        maxBytes: config.feedback.photos.maxBytes,
        maxAttempts: config.feedback.photos.maxAttempts,
        downloadTimeoutMs: FEEDBACK_PHOTO_DOWNLOAD_TIMEOUT_MS,
      },
    }),
    createHandoffFilesEffect({
      db,
      store: handoffFiles,
      maxBytes: config.feedback.photos.maxBytes,
      maxAttempts: config.feedback.photos.maxAttempts,
      downloadTimeoutMs: FEEDBACK_PHOTO_DOWNLOAD_TIMEOUT_MS,
    }),
  ]);
  const conversationLogger = log.child({ module: 'conversation' });
  // A conversation keeps the release (flows and texts) it started on; new ones start on the live release. Loading the
  // live one now spares the first citizen the wait.
  const releases = createStoredReleaseSource({
    store: flowStore,
    templatesDir: TEMPLATES_DIR,
    defaults: (language) => provinceSettings.variables(language),
  });
  const liveRelease = await releases.live();
  if (role !== 'web') {
    // Its understanding classifier too: trained now (a second or two) rather than on the first citizen's message.
    const training = performance.now();
    const { learnt } = classifierFor(liveRelease.flows, inputs);
    conversationLogger.info(
      { ms: Math.round(performance.now() - training), classes: learnt.size },
      'understanding classifier trained',
    );
  }
  const engine = createConversationEngine({
    store: createPgTurnStore({
      db,
      preferences,
      effects,
      replies: sink.replyOutbox,
      handoffs,
      outbox,
      subqueries: { language: citizenLanguageQuery, heldCount: (citizenId) => sink.countHeldQuery(citizenId) },
      logger: conversationLogger,
    }),
    flows: flowStore,
    actions,
    inputs,
    templates,
    releases,
    logger: conversationLogger,
    config: {
      ...config.conversation,
      officeHours: provinceSettings.officeHours,
      outage: (at) => findActiveOutage(provinceSettings.current(), at),
      notifyHandoffs: config.handoffWebhook !== undefined,
      handoffWait: () => handoffWait,
    },
    handoffRatings: handoffs,
    metrics: createConversationMetrics(metrics.registry),
    recordActionOutcome: lookupOutcomes.recordActionOutcome,
  });

  // --- Web ------------------------------------------------------------------------------------------------------
  let app: Express | undefined;
  let url: string | undefined;
  let firstAdmin: FirstAdminOutcome | undefined;
  if (role !== 'worker') {
    firstAdmin = await ensureFirstAdmin({
      db,
      email: config.admin.email,
      password: config.admin.password,
      sandbox: config.sandbox,
    });
    if (firstAdmin.status === 'missing') log.warn('no admin account exists: set ADMIN_EMAIL and ADMIN_PASSWORD');
    const adminDeps = { db, redis, logger: log, config: { ...config.admin, publicUrl: config.http.publicUrl } };
    mounts.push({ path: '/media/handoff', router: handoffAttachments.router });
    const adminAuth = createAdminAuth(adminDeps);
    // How officials see a citizen named: the contact they shared, else Zalo's display name.
    const lookUpCitizenName = async (citizenId: CitizenId) =>
      (await findCitizen(db, citizenId))?.contactName ??
      (await zalo.client.getUserProfile(citizenId)).display_name ??
      null;
    const catalogueRefreshRequests = createProcedureCatalogueRefreshRequests(queues);
    stop.add('procedure catalogue requests', () => catalogueRefreshRequests.close());
    const adminApi = composeAdminApi(
      adminAuth,
      {
        admin: { ...adminDeps, auth: adminAuth, units: () => provinceSettings.current().units ?? [] },
        flows: {
          db,
          flowStore,
          engine,
          logger: log,
          templateVariables: (language) => provinceSettings.variables(language),
          clock: adminAuth.clock,
        },
        conversations: { db, sink, logger: log, lookUpName: lookUpCitizenName, clock: adminAuth.clock },
        understanding: { db, flowStore, logger: log, clock: adminAuth.clock },
        stats: { db, clock: adminAuth.clock },
        handoffs: {
          db,
          handoffs,
          outbox: sink,
          templates,
          languageOf: (citizenId) => preferences.findLanguage(citizenId),
          insideWindow: async (citizenId, now) =>
            isInsideSendWindow(await findCitizen(db, citizenId), now, config.zalo.csWindowDays),
          lookUpName: lookUpCitizenName,
          units: () => provinceSettings.current().units ?? [],
          attachments: handoffAttachments,
          files: handoffFiles,
          logger: log,
          clock: adminAuth.clock,
        },
        settings: { db, settings: provinceSettings, clock: adminAuth.clock },
        lgsp: {
          lgsp,
          configured: Boolean(config.lgsp.baseUrl && config.lgsp.tokenUrl),
          db,
          audit: (tx, req, res, change) => recordAudit(tx, { ...auditContextOf(req, res), ...change }),
          catalogue: procedureCatalogue,
          requestCatalogueRefresh: () => catalogueRefreshRequests.request(),
          catalogueRefreshHours: config.lgsp.catalogue.refreshHours,
        },
        effects: {
          db,
          outbox,
          audit: (tx, req, res, change) => recordAudit(tx, { ...auditContextOf(req, res), ...change }),
        },
        feedback: {
          db,
          sink,
          renderer: templates,
          secretsKey,
          photos: feedbackPhotos,
          audit: (tx, req, res, change) => recordAudit(tx, { ...auditContextOf(req, res), ...change }),
          accountOf: (res) => getAdminPrincipal(res).accountId,
          // Admins see every unit; an official or viewer tied to a unit sees only its tickets.
          unitOf: unitScopeOf,
          units: () => provinceSettings.current().units ?? [],
          defaultWorkingDays: config.feedback.deadlineWorkingDays,
          defaultRetentionDays: config.feedback.watch.retentionDays,
          calendar: () => provinceSettings.current(),
          categories: lgsp.catalogue,
          accountEmails: (ids) => findAccountEmails(db, ids),
          liveTexts: async () => (await releases.live()).templates,
          clock: adminAuth.clock,
        },
        citizens: {
          db,
          holders: citizenData.holders,
          citizenOfTicket,
          audit: (tx, req, res, change) => recordAudit(tx, { ...auditContextOf(req, res), ...change }),
        },
        announcements: {
          db,
          delivery: announcements,
          audit: (tx, req, res, change) => recordAudit(tx, { ...auditContextOf(req, res), ...change }),
          accountOf: (res) => getAdminPrincipal(res).accountId,
          windowDays: config.zalo.csWindowDays,
          quietHours: config.announcements.quietHours,
          communes: communes.list,
          accountEmails: (ids) => findAccountEmails(db, ids),
          renderer: templates,
          logger: log,
          clock: adminAuth.clock,
        },
        zalo: {
          ...zalo.adminApiDeps,
          audit: (tx, req, res, change) => recordAudit(tx, { ...auditContextOf(req, res), ...change }),
          callerOf: (res) => getAdminPrincipal(res).email,
          actorOf: (req, res) => auditContextOf(req, res).actor,
        },
      },
      { strictResponses: config.sandbox, logger: log },
    );
    mounts.push(
      { path: '/api/admin', router: adminApi.router },
      { path: '/admin', router: createAdminUiRouter({ dir: ADMIN_UI_DIR }) },
    );
    if (config.sandbox) {
      const simulatedCitizens = createSimulatedCitizenStore(db, config.dataDir);
      const zaloSimulator = createZaloSimulator({
        appId: config.zalo.appId ?? SANDBOX_IDENTITY.zaloAppId,
        appSecret: config.zalo.appSecret ?? SANDBOX_IDENTITY.zaloAppSecret,
        oaSecretKey: config.zalo.oaSecretKey ?? SANDBOX_IDENTITY.zaloOaSecretKey,
        oaId: SANDBOX_IDENTITY.zaloOaId,
        webhookUrl: `${config.http.selfUrl}/webhooks/zalo`,
        windowDays: config.zalo.csWindowDays,
        // A benchmark that lifts the client-side limit above Zalo's must lift the simulated Zalo's with it: else the
        // simulator answers -32 past 4,000 calls in a minute and the figures measure the pauses, not the server.
        rateLimitPerMinute: Math.max(ZALO_CALLS_PER_MINUTE, config.zalo.rateLimitPerMinute),
        logger: log,
        store: simulatedCitizens,
      });
      await zaloSimulator.restore();
      // Its long-polls end before the HTTP server closes (below); its chat file is let go of after it.
      endSandboxLongPolls = () => zaloSimulator.close();
      stop.add('sandbox chat file', async () => simulatedCitizens.close?.());
      const lgspSimulator = createLgspSimulator({
        consumerKey: config.lgsp.consumerKey ?? SANDBOX_IDENTITY.lgspConsumerKey,
        consumerSecret: config.lgsp.consumerSecret ?? SANDBOX_IDENTITY.lgspConsumerSecret,
        profile: lgsp.profile,
        logger: log,
      });
      // The simulated Zalo and LGSP answer the server's calls (and the phone page's polls) by the hundred a second:
      // mounted as ingress, with the light access log, as Zalo's webhook is; a long-poll left by a page that was
      // reloaded or closed is no warning.
      ingress.push(
        { path: '/sandbox/zalo', router: zaloSimulator.router, leftAsUsual: true },
        { path: '/sandbox/lgsp', router: lgspSimulator.router },
      );
      mounts.push(
        { path: '/sandbox/phone', router: createPhoneRouter() },
        {
          path: '/sandbox/s3',
          router: createS3Simulator({
            accessKeyId: SANDBOX_IDENTITY.s3AccessKeyId,
            secretAccessKey: SANDBOX_IDENTITY.s3SecretAccessKey,
            region: SANDBOX_IDENTITY.s3Region,
            bucket: SANDBOX_IDENTITY.s3Bucket,
            dir: path.join(config.dataDir, 'sandbox-s3'),
            logger: log,
          }).router,
        },
      );
    }

    // Whether anything processes what the webhook queues: visible in /readyz and as a gauge, not critical here.
    readiness.push(createWorkersReadinessCheck(redis));
    registerWorkersGauge(metrics.registry, redis);
    app = createApp({
      logger: log,
      metrics,
      readiness,
      mounts,
      // Ahead of the general middleware, with the light access log: Zalo's events come by the thousand.
      ingress: [{ path: '/webhooks/zalo', router: zalo.webhook.router }, ...ingress],
      sandbox: config.sandbox,
      metricsToken: config.health.metricsToken,
    });
    // Zalo's plain webhook deliveries are answered before express sees them; anything else goes to the app.
    const listener = createIngressListener({ routes: [zalo.webhook.fastRoute], fallback: app, logger: log, metrics });
    const server = await listenHttp(listener, config.http.port, config.http.host, 'PORT');
    url = serverUrl(server.address());
    stop.add('http server', () => closeServer(server));
    // Before the server closes (steps run last first): it waits for open requests, and the phone page's long-polls
    // would hold it for up to 25 s.
    const endLongPolls = endSandboxLongPolls;
    if (endLongPolls) stop.add('sandbox long-polls', async () => endLongPolls());
  }

  // The sandbox connects through its simulator over HTTP, so only once the server listens.
  await zalo.initialize();
  // A bucket that refuses our key is said at start, plainly (and /readyz keeps saying it), not found at the first photo;
  // a store that does not answer delays nothing (photos wait in the outbox until it does).
  const photoStoreCheck = feedbackPhotoStores.readiness?.check();
  if (photoStoreCheck) {
    await withTimeout(photoStoreCheck, PHOTO_STORE_START_CHECK_MS, 'the photo store check').catch((error: unknown) => {
      log.error({ err: error }, error instanceof Error ? error.message : 'the photo store is not usable');
    });
  }

  /** Ends the handoffs nobody acted on for HANDOFF_IDLE_HOURS and tells their citizens (its own job, every 5 minutes). */
  const handoffIdleSweep = createHandoffIdleSweep({
    db,
    handoffs,
    idleHours: config.conversation.handoffIdleHours,
    async notify(tx, row) {
      const language = (await findCitizenLanguage(tx, citizenIdSchema.parse(row.citizenId))) ?? DEFAULT_LANGUAGE;
      await sink.record(tx, row.citizenId, templates.render('common:handoff.timed_out', language), {
        purpose: 'notification',
        correlationId: `handoff:${row.id}`,
      });
    },
    release: (citizenId) => sink.release(citizenId),
    logger: log,
  });
  const endIdleHandoffs = () => handoffIdleSweep.run();

  // --- Workers --------------------------------------------------------------------------------------------------
  let feedbackWatch: FeedbackWatch | undefined;
  if (role !== 'web') {
    const zaloWorkers = await zalo.startWorkers((event, claim) => engine.handle(event, claim), {
      concurrency: { inbound: config.workers.inboundConcurrency },
      retentionTasks: [
        // Who received which announcement identifies citizens: named as long as the conversation log is kept, the
        // outcomes kept after. First: the log's purge deletes the delivery records whose outcome the rows keep.
        { name: 'announcementRecipients', purge: (before) => announcements.anonymiseRecipientsBefore(before) },
        { name: 'conversationLog', purge: (before) => sink.purgeBefore(before) },
        { name: 'endedFollows', purge: (before) => follows.purgeEnded(before) },
        { name: 'performedEffects', purge: (before) => outbox.purgeDone(before) },
        { name: 'understandingMisses', purge: (before) => purgeUnderstandingMisses(db, before) },
        // Counts without personal data: kept LOOKUP_OUTCOMES_RETENTION_DAYS whatever the conversations' retention.
        { name: 'lookupOutcomes', purge: () => purgeLookupOutcomes(db, new Date()) },
        // Officials' attachments went into the conversation: they go with it.
        { name: 'handoffAttachments', purge: (before) => handoffAttachments.purgeBefore(before) },
        // Ended handoffs pseudonymised (the citizen's id, Zalo name, close note): kept as long as the log; the times,
        // unit and rating stay for the statistics.
        // What citizens sent during a handoff goes with the handoff's personal data.
        { name: 'handoffFiles', purge: (before) => handoffFilePurge.purgeClosedBefore(db, handoffFiles, before, log) },
        { name: 'handoffsPseudonymised', purge: (before) => handoffs.purgePersonalData(before) },
      ],
    });
    stop.add('zalo workers', () => zaloWorkers.close());
    const idleSweep = await startHandoffIdleJob(handoffIdleSweep, { ...queues, logger: log, metrics });
    stop.add('handoff idle sweep', () => idleSweep.close());
    const deliveryWorkers = await sink.startWorkers({ ratePerMinute: config.zalo.rateLimitPerMinute });
    stop.add('delivery workers', () => deliveryWorkers.close());
    const announcementWorkers = await announcements.startWorkers();
    stop.add('announcement workers', () => announcementWorkers.close());
    const outboxWorker = await outbox.startWorker({
      perform: (effect, attempt, logger) =>
        effects.performExternal(
          { key: effect.key, type: effect.type, payload: effect.payload },
          { citizenId: citizenIdSchema.parse(effect.citizenId), attempt, logger },
        ),
    });
    stop.add('outbox worker', () => outboxWorker.close());
    const watch = createDossierWatch({
      follows,
      dossiers: lgsp.dossiers,
      sink,
      renderer: templates,
      queues,
      logger: log,
      metrics,
      config: config.lgsp.watch,
    });
    await watch.start();
    stop.add('dossier watch', () => watch.close());
    const catalogueRefresh = await startProcedureCatalogueRefresh(procedureCatalogue, {
      queues,
      logger: log,
      metrics,
      everyHours: config.lgsp.catalogue.refreshHours,
    });
    stop.add('procedure catalogue refresh', () => catalogueRefresh.close());
    feedbackWatch = createFeedbackWatch({
      db,
      pakn: lgsp.pakn,
      sink,
      renderer: templates,
      photos: feedbackPhotos,
      photoIntake: feedbackPhotoIntake,
      handoffFiles,
      queues,
      logger: log,
      metrics,
      config: config.feedback.watch,
      calendar: () => provinceSettings.current(),
      auditSystem: (tx, change) => recordAudit(tx, { actor: { type: 'system' }, ...change }),
    });
    await feedbackWatch.start();
    const startedFeedbackWatch = feedbackWatch;
    stop.add('feedback watch', () => startedFeedbackWatch.close());
    const auditCheckpoints = await startAuditCheckpoints({
      db,
      queues,
      logger: log,
      metrics,
      intervalMinutes: config.audit.checkpointIntervalMinutes,
    });
    stop.add('audit checkpoints', () => auditCheckpoints.close());
    // Stopped first on shutdown: a worker that is leaving is not counted as alive.
    const heartbeat = await startWorkerHeartbeat({ redis, role, logger: log });
    stop.add('worker heartbeat', () => heartbeat.stop());
  }
  if (role === 'worker' && config.health.workerPort !== undefined) {
    // Orchestrators probe a worker like a web process: the same /healthz, /readyz (database, Redis) and /metrics.
    const healthApp = createApp({
      logger: log,
      metrics,
      readiness,
      mounts: [],
      metricsToken: config.health.metricsToken,
    });
    const server = await listenHttp(healthApp, config.health.workerPort, config.http.host, 'WORKER_HEALTH_PORT');
    url = serverUrl(server.address());
    stop.add('worker health server', () => closeServer(server));
  }

  return {
    config,
    logger: log,
    metrics,
    database,
    redis,
    queues,
    app,
    url,
    firstAdmin,
    feedbackWatch,
    endIdleHandoffs,
    engine,
    flowStore,
    messages: sink,
    announcements,
    close: (reason = 'close') => stop.run(reason),
  };
}

/** Runs `work` in one process at a time across the deployment (Redis lock); the others wait, then return. */
async function withStartupLock(redis: Redis, name: string, work: () => Promise<unknown>): Promise<void> {
  const locks = createRedisLock(redis, STARTUP_LOCK_TTL_MS);
  const key = `startup-lock:${name}`;
  const deadline = Date.now() + STARTUP_LOCK_WAIT_MS;
  let token = await locks.acquire(key);
  while (token === null) {
    if (Date.now() > deadline) throw new StartupError(`Timed out waiting for another process to finish ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    token = await locks.acquire(key);
  }
  const stopHeartbeat = keepLockAlive(locks, key, token, STARTUP_LOCK_TTL_MS / 3);
  try {
    await work();
  } finally {
    stopHeartbeat();
    await locks.release(key, token);
  }
}

async function openConfiguredDatabase(config: Config, logger: Logger): Promise<DatabaseHandle> {
  try {
    const handle = await openDatabase({
      url: config.database.url,
      dataDir: config.database.dataDir,
      logger,
      maxConnections: config.database.poolSize,
      keepConnections: config.database.poolKeep,
    });
    await handle.ping();
    return handle;
  } catch (error) {
    const where = config.database.url
      ? redactUrl(config.database.url)
      : `embedded PGlite at ${config.database.dataDir}`;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`Cannot open the database (${where}): ${reason}`);
  }
}

async function connectRedisOrStartPrivate(config: Config, logger: Logger, shutdown: Shutdown): Promise<Redis> {
  const connect = () =>
    connectRedis({ url: config.redis.url, logger, role: 'command', keyPrefix: `${config.redis.prefix}:` });
  try {
    return await connect();
  } catch (firstError) {
    const target = new URL(config.redis.url);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname);
    if (config.redis.autostart && loopback) {
      const privateRedis = await startPrivateRedis({
        dir: path.join(config.dataDir, 'redis'),
        port: Number(target.port || 6379),
        logger,
      });
      if (privateRedis) {
        shutdown.add('private redis-server', () => privateRedis.stop());
        return connect();
      }
    }
    const reason = firstError instanceof Error ? firstError.message : String(firstError);
    throw new StartupError(
      `${reason}. Start Redis 6.2+ (Debian/Ubuntu: apt-get install redis-server), or set REDIS_URL to a running server.`,
    );
  }
}

async function listenHttp(
  app: http.RequestListener,
  port: number,
  host: string,
  variable: string,
): Promise<http.Server> {
  const server = http.createServer(app);
  // Idle keep-alive connections stay open longer than clients and proxies keep theirs (Node's 5 s is shorter than
  // a load balancer's usual 60 s): otherwise a client may reuse a socket at the moment the server closes it and the
  // request fails with "other side closed". Shutdown closes idle connections itself.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} is already in use: set ${variable} to a free port`)
          : error,
      ),
    );
    server.listen(port, host, resolve);
  });
  return server;
}

function serverUrl(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') throw new StartupError('The HTTP server has no TCP address');
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Stops accepting; in-flight requests finish; idle keep-alive sockets are closed so close() can complete. A
    // request still in flight leaves its socket idle only when it ends, and idle sockets otherwise wait out the long
    // keep-alive timeout: keep closing the idle ones until the server has closed.
    const closeIdle = setInterval(() => server.closeIdleConnections(), 100);
    server.close((error) => {
      clearInterval(closeIdle);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
