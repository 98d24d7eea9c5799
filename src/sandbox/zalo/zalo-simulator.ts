import { createHash, randomBytes, randomUUID } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import multer from 'multer';
import { z } from 'zod';
import type { Logger } from '../../platform/logger.js';
import { createSentSummaries } from './sent-summary.js';
import {
  buildReceiptEvent,
  buildZaloEvent,
  citizenActionSchema,
  signZaloWebhook,
  type CitizenAction,
} from './webhook-events.js';

/**
 * An in-memory simulator of the Zalo OA platform as `docs/zalo-platform.md` describes it: OA
 * OpenAPI, OAuth v4, signed webhooks for simulated citizens, and a JSON control API for tests and the phone page.
 * Quick start and tests only: nothing here is durable.
 */

export interface ZaloSimulatorOptions {
  appId: string;
  appSecret: string;
  oaSecretKey: string;
  oaId: string;
  /** Where webhooks go; may be changed later with `setWebhookUrl` (tests learn their port after creating the app). */
  webhookUrl: string;
  logger: Logger;
  /** Days after the last interaction during which consultation messages are accepted. Default 7. */
  windowDays?: number;
  /** OpenAPI calls accepted per minute before -32. Default 4000. */
  rateLimitPerMinute?: number;
  /** Keeps citizens across restarts (`restore` reads them back); without it they live in memory only (tests). */
  store?: SimulatedCitizenStore;
}

export interface ConversationItem {
  seq: number;
  /** `refused`: the OA tried to send and Zalo answered an error (the phone shows it as not delivered). */
  direction: 'in' | 'out' | 'refused';
  at: string;
  messageId: string;
  body: unknown;
  /** For a citizen's tap on an OA button: how Zalo shows it in the chat (hidden payload, or the button's title). */
  button?: { type: 'oa.query.hide' | 'oa.query.show'; title: string };
  /** For a refused send: Zalo's error code and message. */
  error?: { code: number; message: string };
  /** For a file the OA sent (by the token of an upload): its name and where the phone downloads it. */
  file?: { name: string; path: string };
  /** For a citizen's action: whether the server accepted its webhook (the phone's "Đã gửi ✓"), once known. */
  delivery?: { delivered: boolean; status: number };
}

export interface SimulatedCitizen {
  id: string;
  userIdByApp: string;
  displayName: string;
  following: boolean;
  lastInteractionAt: number | undefined;
  sharedInfo: { name: string; phone: string; address: string } | undefined;
  tags: Set<string>;
}

/** Where the simulator keeps its citizens between restarts (`simulated-citizen-store.ts`: the database). */
export interface SimulatedCitizenStore {
  load(): Promise<SimulatedCitizen[]>;
  save(citizen: SimulatedCitizen): Promise<void>;
  /** Each chat item as it happens, so the phone shows a citizen's history after a restart (optional). */
  saveItem?(citizenId: string, item: ConversationItem): Promise<void>;
  loadItems?(): Promise<Array<{ citizenId: string; item: ConversationItem }>>;
  /** Writes what is still pending and lets go of the chat's file. */
  close?(): Promise<void>;
}

export interface SentMessage {
  messageId: string;
  userId: string;
  body: unknown;
  at: number;
}

export interface Faults {
  latencyMs: number;
  rateLimitPerMinute: number;
  /** The next `count` OpenAPI calls fail with `code`, after `after` more calls have succeeded (default 0). */
  failNext: { code: number; count: number; after?: number } | undefined;
  /** The next `count` downloads from `/cdn/:id` answer 503 (a CDN hiccup), whichever links they are for. */
  cdnFailNext: number;
  /**
   * The next downloads of one link answer 503, by the link's id (`/cdn/:id`) and how many: a hiccup met only by the
   * download it is meant for, while others run at the same time (each download is its own outbox job).
   */
  cdnFailLinks: Map<string, number>;
  /** The next `count` consultation messages are delivered, but their answer is lost (HTTP 502 from a gateway). */
  loseAnswerNext: number;
  /**
   * The next `count` consultation messages are held `ms` before Zalo takes them (delivered then, and answered): a
   * client that gives up first has timed out on a message that still arrives.
   */
  slowSendNext: { count: number; ms: number } | undefined;
  /** Article broadcasts (`POST /v2.0/oa/message`) the OA may make per calendar month; then -211. Default 4. */
  broadcastQuotaPerMonth: number;
}

/** An article created through `/v2.0/article/create`, and its broadcasts. */
export interface SimulatedArticle {
  id: string;
  token: string;
  title: string;
  description: string;
  body: unknown;
  broadcasts: number;
}

export interface WebhookResult {
  delivered: boolean;
  status: number;
  event: Record<string, unknown>;
}

export interface ZaloSimulator {
  /** Mount at `/sandbox/zalo`. */
  router: Router;
  citizens: Map<string, SimulatedCitizen>;
  /** Every message the OA sent successfully, in order. */
  sent: SentMessage[];
  faults: Faults;
  /**
   * Counts of calls, for tests: token requests by grant type, OpenAPI calls by path, consultation messages being held
   * by `slowSendNext` now.
   */
  stats: {
    tokenRequests: { authorization_code: number; refresh_token: number };
    apiCalls: Map<string, number>;
    sendsHeld: number;
  };
  setWebhookUrl(url: string): void;
  createCitizen(displayName: string, options?: { following?: boolean }): SimulatedCitizen;
  /** Performs a citizen action: updates follower/window state, signs and posts the webhook. */
  act(citizenId: string, action: CitizenAction): Promise<WebhookResult>;
  conversation(citizenId: string): ConversationItem[];
  /** Articles created, by token. */
  articles: Map<string, SimulatedArticle>;
  /** Issues a token pair directly (tests that seed the token store). */
  issueTokens(): { accessToken: string; refreshToken: string; expiresInSeconds: number };
  /** Makes every access token issued so far invalid (-216), as after Zalo-side expiry. */
  expireAccessTokens(): void;
  /** Forgets every issued token and code, as after a restart of the simulator. */
  forgetTokens(): void;
  /** Moves a citizen's last interaction (window tests). */
  setLastInteraction(citizenId: string, at: Date | undefined): void;
  /** Reads the stored citizens back (after a restart); nothing without a store. */
  restore(): Promise<void>;
  close(): void;
}

const ACCESS_TOKEN_LIFETIME_S = 90_000;
const REFRESH_TOKEN_LIFETIME_MS = 90 * 24 * 3600 * 1000;
const AUTH_CODE_LIFETIME_MS = 10 * 60 * 1000;
const MAX_WAIT_MS = 25_000;
/** The longest `slowSendNext` hold: longer than any client timeout worth testing. */
const MAX_SLOW_SEND_MS = 120_000;
const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;
const DAY_MS = 24 * 3600 * 1000;

const ERR = {
  rateLimit: { error: -32, message: 'Request exceeded limit' },
  badParams: { error: -201, message: 'Parameters are invalid' },
  badToken: { error: -216, message: 'Access token is invalid' },
  notFollower: { error: -213, message: 'User has not followed OA' },
  outsideWindow: { error: -230, message: 'User has not interacted with the OA in the last 7 days' },
  outOfQuota: { error: -211, message: 'Out of quota' },
} as const;

const articleCreateSchema = z.object({
  type: z.literal('normal'),
  title: z.string().min(1).max(150),
  author: z.string().min(1).max(50),
  description: z.string().min(1).max(300),
  cover: z.object({ cover_type: z.literal('photo'), photo_url: z.string().min(1), status: z.enum(['show', 'hide']) }),
  body: z
    .array(
      z.union([
        z.object({ type: z.literal('text'), content: z.string().min(1) }),
        z.object({ type: z.literal('image'), url: z.string().min(1), caption: z.string().optional() }),
      ]),
    )
    .min(1),
  status: z.enum(['show', 'hide']),
  comment: z.enum(['show', 'hide']).optional(),
});
const broadcastBodySchema = z.object({
  recipient: z.object({
    target: z
      .object({
        ages: z.string().optional(),
        gender: z.string().optional(),
        locations: z.string().optional(),
        cities: z.string().optional(),
        platform: z.string().optional(),
      })
      .optional(),
  }),
  message: z.object({
    attachment: z.object({
      type: z.literal('template'),
      payload: z.object({
        template_type: z.literal('media'),
        elements: z.array(z.object({ media_type: z.literal('article'), attachment_id: z.string().min(1) })).length(1),
      }),
    }),
  }),
});

const recipientSchema = z.object({ user_id: z.string().min(1) });
const sendBodySchema = z.object({
  recipient: recipientSchema,
  message: z
    .object({ text: z.string().max(2000).optional(), attachment: z.unknown().optional() })
    .refine((m) => m.text !== undefined || m.attachment !== undefined),
});
const fileAttachmentSchema = z.object({ type: z.literal('file'), payload: z.object({ token: z.string().min(1) }) });
const userDataSchema = z.object({ user_id: z.string().min(1) });
const listDataSchema = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  count: z.coerce.number().int().min(1).max(50).default(50),
  is_follower: z.boolean().optional(),
});
const conversationDataSchema = z.object({
  user_id: z.union([z.string().min(1), z.number()]).transform(String),
  offset: z.coerce.number().int().min(0).default(0),
  // Zalo's limit: at most 10 messages a page.
  count: z.coerce.number().int().min(1).max(10).default(10),
});
const chatItemBodySchema = z.object({
  event_name: z.string().optional(),
  message: z
    .object({ text: z.string().optional(), attachment: z.unknown().optional(), attachments: z.unknown().optional() })
    .loose()
    .optional(),
});
const mediaTypeSchema = z.object({
  type: z.string(),
  payload: z
    .object({
      template_type: z.string().optional(),
      elements: z.array(z.object({ media_type: z.string() }).loose()).optional(),
    })
    .loose()
    .optional(),
});
const tagBodySchema = z.object({ user_id: z.string().min(1), tag_name: z.string().min(1) });
const permissionQuerySchema = z.object({
  app_id: z.string(),
  redirect_uri: z.url(),
  code_challenge: z.string().min(43).max(128),
  state: z.string().optional(),
});
const tokenBodySchema = z.discriminatedUnion('grant_type', [
  z.object({
    app_id: z.string(),
    grant_type: z.literal('authorization_code'),
    code: z.string(),
    code_verifier: z.string(),
  }),
  z.object({ app_id: z.string(), grant_type: z.literal('refresh_token'), refresh_token: z.string() }),
]);
const createCitizenSchema = z.object({ displayName: z.string().trim().min(1).max(100) });
const conversationQuerySchema = z.object({
  after: z.coerce.number().int().min(0).default(0),
  waitMs: z.coerce.number().int().min(0).max(MAX_WAIT_MS).default(0),
});
/** Every citizen's chat at once: at most this many items an answer (the caller asks again after the last). */
const MAX_FEED_ITEMS = 1000;
const feedQuerySchema = conversationQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(MAX_FEED_ITEMS).default(MAX_FEED_ITEMS),
});
const sentSummarySchema = z.object({
  contains: z.string().min(1).max(200),
  windowMs: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
});
/** Ids a seen receipt may carry at once (the phone page sends a long conversation's in batches of this many). */
const SEEN_MAX_IDS = 100;
const seenSchema = z.object({ messageIds: z.array(z.string().min(1)).min(1).max(SEEN_MAX_IDS) });
/** A link the simulator's CDN serves; the id is its last segment. */
const CDN_LINK_PATTERN = /\/cdn\/([^/?#]+)$/;
const faultsSchema = z.object({
  latencyMs: z.number().int().min(0).max(30_000).optional(),
  rateLimitPerMinute: z.number().int().min(1).optional(),
  failNext: z
    .object({
      code: z.number().int().max(-1),
      count: z.number().int().min(1).max(1000),
      after: z.number().int().min(0).max(1000).optional(),
    })
    .optional(),
  broadcastQuotaPerMonth: z.number().int().min(0).max(10_000).optional(),
  expireAccessTokens: z.boolean().optional(),
  cdnFailNext: z.number().int().min(0).max(1000).optional(),
  cdnFailLink: z
    .object({
      url: z.string().regex(CDN_LINK_PATTERN, 'a link served from /cdn/:id'),
      count: z.number().int().min(0).max(1000),
    })
    .optional(),
  loseAnswerNext: z.number().int().min(0).max(1000).optional(),
  slowSendNext: z
    .object({ count: z.number().int().min(1).max(1000), ms: z.number().int().min(1).max(MAX_SLOW_SEND_MS) })
    .optional(),
});
const followersSchema = z.object({
  count: z.number().int().min(1).max(100_000),
  namePrefix: z.string().trim().min(1).max(80).default('Người theo dõi'),
  lastInteractionAt: z.iso.datetime().nullable().default(null),
});
const lastInteractionSchema = z.object({ lastInteractionAt: z.iso.datetime().nullable() });
/** Where the citizens' events go: a loopback server (a benchmark runs the simulator apart from the measured server). */
const webhookTargetSchema = z.object({
  url: z
    .url({ protocol: /^https?$/ })
    .refine((url) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname), 'a loopback URL'),
});

export function createZaloSimulator(options: ZaloSimulatorOptions): ZaloSimulator {
  const logger = options.logger.child({ component: 'zalo-simulator' });
  const windowMs = (options.windowDays ?? 7) * DAY_MS;
  let webhookUrl = options.webhookUrl;
  const citizens = new Map<string, SimulatedCitizen>();
  const conversations = new Map<string, ConversationItem[]>();
  /** Every citizen's items in the order of their `seq`, for the watchers of all chats at once. */
  const feed: { citizenId: string; item: ConversationItem }[] = [];
  const feedWaiters = new Set<() => void>();
  const waiters = new Map<string, Set<() => void>>();
  const sent: SentMessage[] = [];
  const sentSummaries = createSentSummaries(
    sent,
    (message) => sendBodySchema.safeParse(message.body).data?.message.text,
  );
  const uploads = new Map<string, { data: Buffer; mimetype: string; name: string }>();
  const accessTokens = new Map<string, { expiresAt: number }>();
  const refreshTokens = new Map<string, { expiresAt: number; used: boolean }>();
  const authCodes = new Map<string, { challenge: string; redirectUri: string; expiresAt: number }>();
  const faults: Faults = {
    latencyMs: 0,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 4000,
    failNext: undefined,
    cdnFailNext: 0,
    cdnFailLinks: new Map(),
    loseAnswerNext: 0,
    slowSendNext: undefined,
    broadcastQuotaPerMonth: 4,
  };
  const articles = new Map<string, SimulatedArticle>();
  /** Broadcasts per month (`2026-12`, UTC+7). */
  const broadcastsByMonth = new Map<string, number>();
  const stats = {
    tokenRequests: { authorization_code: 0, refresh_token: 0 },
    apiCalls: new Map<string, number>(),
    sendsHeld: 0,
  };
  const tags = new Set<string>();
  let rateWindow = { minute: 0, count: 0 };
  let seq = 0;
  let citizenCounter = 0;
  let lastTimestamp = 0;
  let closed = false;

  // Webhook timestamps must order one citizen's events even when two happen in the same millisecond.
  const nextTimestamp = () => {
    lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
    return String(lastTimestamp);
  };
  const randomId = (bytes = 10) => randomBytes(bytes).toString('hex');

  function record(
    citizenId: string,
    direction: ConversationItem['direction'],
    messageId: string,
    body: unknown,
    extra: Pick<ConversationItem, 'button' | 'error' | 'file'> = {},
  ): ConversationItem {
    const list = conversations.get(citizenId) ?? [];
    seq += 1;
    const item: ConversationItem = { seq, direction, at: new Date().toISOString(), messageId, body, ...extra };
    list.push(item);
    conversations.set(citizenId, list);
    feed.push({ citizenId, item });
    storeItem(citizenId, item);
    const pending = waiters.get(citizenId);
    if (pending) {
      waiters.delete(citizenId);
      for (const wake of pending) wake();
    }
    for (const wake of feedWaiters) wake();
    return item;
  }

  /** Appends the item to the stored chat; an item stored again (its delivery now known) replaces the earlier line. */
  function storeItem(citizenId: string, item: ConversationItem): void {
    options.store?.saveItem?.(citizenId, item).catch((error: unknown) => {
      options.logger.warn({ err: error }, 'sandbox: a chat item could not be stored; the phone forgets it on restart');
    });
  }

  /** Stores a citizen's new state; a sandbox that cannot store keeps going in memory, and says so. */
  async function persist(citizen: SimulatedCitizen): Promise<void> {
    await options.store?.save(citizen).catch((error: unknown) => {
      logger.warn({ err: error }, 'simulated citizen not stored; it will not survive a restart');
    });
  }

  function createCitizen(displayName: string, opts: { following?: boolean } = {}): SimulatedCitizen {
    citizenCounter += 1;
    // 19-digit ids like Zalo's: they exceed 2^53, so they stay strings everywhere. Random, so a citizen created after a
    // restart never takes over an earlier one's language, handoffs and follows stored in the database.
    const unique = BigInt(`0x${randomId(7)}`) % 1_000_000_000_000n;
    const id = (6142490000000000000n + unique * 1000n + BigInt(citizenCounter % 1000)).toString();
    const citizen: SimulatedCitizen = {
      id,
      userIdByApp: (9791220000000000000n + unique * 1000n + BigInt(citizenCounter % 1000)).toString(),
      displayName,
      following: opts.following ?? false,
      lastInteractionAt: undefined,
      sharedInfo: undefined,
      tags: new Set(),
    };
    citizens.set(id, citizen);
    return citizen;
  }

  async function postWebhook(event: Record<string, unknown>): Promise<{ delivered: boolean; status: number }> {
    const body = JSON.stringify(event);
    const appId = typeof event.app_id === 'string' ? event.app_id : options.appId;
    const timestamp = typeof event.timestamp === 'string' ? event.timestamp : '';
    try {
      const response = await fetch(webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-zevent-signature': signZaloWebhook(appId, body, timestamp, options.oaSecretKey),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return { delivered: response.status === 200, status: response.status };
    } catch (error) {
      logger.warn(
        { err: { message: error instanceof Error ? error.message : String(error) } },
        'webhook not delivered',
      );
      return { delivered: false, status: 0 };
    }
  }

  async function act(citizenId: string, action: CitizenAction): Promise<WebhookResult> {
    const citizen = citizens.get(citizenId);
    if (!citizen) throw new Error('unknown simulated citizen');
    const now = Date.now();
    if (action.type === 'follow') citizen.following = true;
    if (action.type === 'unfollow') citizen.following = false;
    if (action.type !== 'unfollow') citizen.lastInteractionAt = now;
    if (action.type === 'submit_info') {
      citizen.sharedInfo = { name: action.name, phone: action.phone, address: action.address ?? '' };
    }
    await persist(citizen);
    const msgId = randomId();
    const event = buildZaloEvent(action, {
      appId: options.appId,
      oaId: options.oaId,
      userId: citizen.id,
      userIdByApp: citizen.userIdByApp,
      timestamp: nextTimestamp(),
      msgId,
    });
    const item = record(
      citizen.id,
      'in',
      msgId,
      event,
      action.type === 'text' && action.button ? { button: action.button } : {},
    );
    const result = await postWebhook(event);
    item.delivery = { delivered: result.delivered, status: result.status };
    storeItem(citizen.id, item);
    return { ...result, event };
  }

  function issueTokens() {
    const accessToken = `sbx-at-${randomId(16)}`;
    const refreshToken = `sbx-rt-${randomId(16)}`;
    accessTokens.set(accessToken, { expiresAt: Date.now() + ACCESS_TOKEN_LIFETIME_S * 1000 });
    refreshTokens.set(refreshToken, { expiresAt: Date.now() + REFRESH_TOKEN_LIFETIME_MS, used: false });
    return { accessToken, refreshToken, expiresInSeconds: ACCESS_TOKEN_LIFETIME_S };
  }

  // ---- HTTP ----
  const router = express.Router();
  router.use(express.json({ limit: '1mb' }));
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1 } });
  const baseUrlOf = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}`;

  /** Shared OpenAPI gate: latency, rate limit, injected failures, token check. Answers and returns false on error. */
  async function gate(req: Request, res: Response, path: string): Promise<boolean> {
    stats.apiCalls.set(path, (stats.apiCalls.get(path) ?? 0) + 1);
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    const minute = Math.floor(Date.now() / 60_000);
    if (rateWindow.minute !== minute) rateWindow = { minute, count: 0 };
    rateWindow.count += 1;
    if (rateWindow.count > faults.rateLimitPerMinute) {
      res.json(ERR.rateLimit);
      return false;
    }
    if (faults.failNext && (faults.failNext.after ?? 0) > 0) {
      faults.failNext.after = (faults.failNext.after ?? 0) - 1;
    } else if (faults.failNext && faults.failNext.count > 0) {
      const code = faults.failNext.code;
      faults.failNext.count -= 1;
      if (faults.failNext.count === 0) faults.failNext = undefined;
      res.json({ error: code, message: `Injected failure ${code}` });
      return false;
    }
    const token = req.get('access_token');
    const stored = token === undefined ? undefined : accessTokens.get(token);
    if (!stored || stored.expiresAt <= Date.now()) {
      res.json(ERR.badToken);
      return false;
    }
    return true;
  }

  function parseDataParam<T>(req: Request, schema: z.ZodType<T>): T | undefined {
    const raw = req.query.data;
    if (typeof raw !== 'string') return schema.safeParse({}).data;
    try {
      return schema.safeParse(JSON.parse(raw)).data;
    } catch {
      return undefined;
    }
  }

  router.post('/openapi/v3.0/oa/message/cs', async (req, res) => {
    if (!(await gate(req, res, 'message/cs'))) return;
    const parsed = sendBodySchema.safeParse(req.body);
    if (!parsed.success) {
      res.json(ERR.badParams);
      return;
    }
    const citizen = citizens.get(parsed.data.recipient.user_id);
    // A refused message shows on the citizen's phone as not delivered, with Zalo's reason (testers see why).
    const refuse = (error: { error: number; message: string }) => {
      if (citizen)
        record(citizen.id, 'refused', '', parsed.data, { error: { code: error.error, message: error.message } });
      res.json(error);
    };
    if (!citizen || !citizen.following) {
      refuse(ERR.notFollower);
      return;
    }
    if (citizen.lastInteractionAt === undefined || Date.now() - citizen.lastInteractionAt > windowMs) {
      refuse(ERR.outsideWindow);
      return;
    }
    // A file goes by the token of an upload to this OA, as on Zalo: an unknown token is an invalid parameter.
    const file = fileAttachmentSchema.safeParse(parsed.data.message.attachment);
    const upload = file.success ? uploads.get(file.data.payload.token) : undefined;
    if (file.success && !upload) {
      refuse(ERR.badParams);
      return;
    }
    if (faults.slowSendNext && faults.slowSendNext.count > 0) {
      const { ms } = faults.slowSendNext;
      faults.slowSendNext.count -= 1;
      if (faults.slowSendNext.count === 0) faults.slowSendNext = undefined;
      stats.sendsHeld += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
      stats.sendsHeld -= 1;
    }
    const messageId = randomId(16);
    sent.push({ messageId, userId: citizen.id, body: parsed.data, at: Date.now() });
    record(
      citizen.id,
      'out',
      messageId,
      parsed.data,
      file.success && upload ? { file: { name: upload.name, path: `cdn/${file.data.payload.token}` } } : {},
    );
    if (faults.loseAnswerNext > 0) {
      faults.loseAnswerNext -= 1;
      res.status(502).json({ message: 'Bad gateway (injected: the message was delivered)' });
      return;
    }
    res.json({ error: 0, message: 'Success', data: { message_id: messageId, user_id: citizen.id } });
  });

  // Articles and the OA's broadcast: the shapes of Zalo's Java SDK samples (the least publicly documented calls).
  router.post('/openapi/v2.0/article/create', async (req, res) => {
    if (!(await gate(req, res, 'article/create'))) return;
    const parsed = articleCreateSchema.safeParse(req.body);
    if (!parsed.success) {
      res.json(ERR.badParams);
      return;
    }
    const token = randomId(16);
    articles.set(token, {
      id: randomId(12),
      token,
      title: parsed.data.title,
      description: parsed.data.description,
      body: parsed.data.body,
      broadcasts: 0,
    });
    res.json({ error: 0, message: 'Success', data: { token } });
  });

  router.post('/openapi/v2.0/article/verify', async (req, res) => {
    if (!(await gate(req, res, 'article/verify'))) return;
    const parsed = z.object({ token: z.string().min(1) }).safeParse(req.body);
    const article = parsed.success ? articles.get(parsed.data.token) : undefined;
    if (!article) {
      res.json(ERR.badParams);
      return;
    }
    res.json({ error: 0, message: 'Success', data: { id: article.id } });
  });

  router.post('/openapi/v2.0/oa/message', async (req, res) => {
    if (!(await gate(req, res, 'oa/message'))) return;
    const parsed = broadcastBodySchema.safeParse(req.body);
    const element = parsed.data?.message.attachment.payload.elements[0];
    const article = element ? [...articles.values()].find((item) => item.id === element.attachment_id) : undefined;
    if (!parsed.success || !article) {
      res.json(ERR.badParams);
      return;
    }
    const wall = new Date(Date.now() + 7 * 3600 * 1000);
    const month = `${wall.getUTCFullYear()}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}`;
    const used = broadcastsByMonth.get(month) ?? 0;
    if (used >= faults.broadcastQuotaPerMonth) {
      res.json(ERR.outOfQuota);
      return;
    }
    broadcastsByMonth.set(month, used + 1);
    article.broadcasts += 1;
    const messageId = randomId(16);
    // Zalo's own targeting (ages, gender, cities, platform) is not simulated: every follower receives it.
    for (const citizen of citizens.values()) {
      if (citizen.following) record(citizen.id, 'out', messageId, { broadcast: true, message: parsed.data.message });
    }
    res.json({ error: 0, message: 'Success', data: { message_id: messageId } });
  });

  router.get('/openapi/v3.0/oa/user/detail', async (req, res) => {
    if (!(await gate(req, res, 'user/detail'))) return;
    const data = parseDataParam(req, userDataSchema);
    const citizen = data ? citizens.get(data.user_id) : undefined;
    if (!citizen) {
      res.json({ error: -201, message: 'user_id is invalid' });
      return;
    }
    res.json({
      error: 0,
      message: 'Success',
      data: {
        user_id: citizen.id,
        user_id_by_app: citizen.userIdByApp,
        display_name: citizen.displayName,
        avatar: '',
        user_is_follower: citizen.following,
        user_last_interaction_date:
          citizen.lastInteractionAt === undefined ? '' : new Date(citizen.lastInteractionAt).toISOString().slice(0, 10),
        shared_info: citizen.sharedInfo ?? {},
        tags_and_notes_info: { tag_names: [...citizen.tags], notes: [] },
      },
    });
  });

  // The OA's conversation with one user, newest first, as Zalo shows it to the OA: what either side sent (refused sends
  // are not in it). `src` 0 is the OA, 1 the user; `time` is in milliseconds.
  router.get('/openapi/v2.0/oa/conversation', async (req, res) => {
    if (!(await gate(req, res, 'oa/conversation'))) return;
    const data = parseDataParam(req, conversationDataSchema);
    if (!data) {
      res.json(ERR.badParams);
      return;
    }
    const citizen = citizens.get(data.user_id);
    if (!citizen) {
      res.json({ error: -201, message: 'user_id is invalid' });
      return;
    }
    const items = (conversations.get(citizen.id) ?? []).filter((item) => item.direction !== 'refused');
    const page = items
      .slice()
      .reverse()
      .slice(data.offset, data.offset + data.count);
    res.json({
      error: 0,
      message: 'Success',
      data: page.map((item) => convertItemToZalo(citizen.id, item)),
    });
  });

  function convertItemToZalo(citizenId: string, item: ConversationItem): Record<string, unknown> {
    const body = chatItemBodySchema.safeParse(item.body).data;
    const fromOa = item.direction === 'out';
    const text = body?.message?.text ?? '';
    let type = 'text';
    if (fromOa && body?.message?.attachment !== undefined) {
      const attachment = mediaTypeSchema.safeParse(body.message.attachment).data;
      const media = attachment?.payload?.elements?.[0]?.media_type;
      if (attachment?.type === 'file') type = 'file';
      else if (attachment?.payload?.template_type === 'media') type = media === 'image' ? 'photo' : 'link';
      // Text with buttons shows as its text.
      else if (!text) type = 'template';
    } else if (!fromOa && body?.event_name && body.event_name !== 'user_send_text') {
      type = body.event_name.replace(/^user_send_/, '');
    }
    return {
      src: fromOa ? 0 : 1,
      time: Date.parse(item.at),
      sent_time: new Date(item.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }),
      from_id: fromOa ? options.oaId : citizenId,
      from_display_name: fromOa ? 'Sandbox OA' : (citizens.get(citizenId)?.displayName ?? ''),
      from_avatar: '',
      to_id: fromOa ? citizenId : options.oaId,
      to_display_name: fromOa ? (citizens.get(citizenId)?.displayName ?? '') : 'Sandbox OA',
      to_avatar: '',
      message_id: item.messageId,
      type,
      message: text,
    };
  }

  router.get('/openapi/v3.0/oa/user/getlist', async (req, res) => {
    if (!(await gate(req, res, 'user/getlist'))) return;
    const data = parseDataParam(req, listDataSchema);
    if (!data) {
      res.json(ERR.badParams);
      return;
    }
    const all = [...citizens.values()].filter((c) => (data.is_follower === false ? !c.following : c.following));
    const page = all.slice(data.offset, data.offset + data.count);
    res.json({
      error: 0,
      message: 'Success',
      data: { total: all.length, count: page.length, offset: data.offset, users: page.map((c) => ({ user_id: c.id })) },
    });
  });

  router.post('/openapi/v2.0/oa/tag/tagfollower', async (req, res) => {
    if (!(await gate(req, res, 'tag/tagfollower'))) return;
    const parsed = tagBodySchema.safeParse(req.body);
    const citizen = parsed.success ? citizens.get(parsed.data.user_id) : undefined;
    if (!parsed.success || !citizen) {
      res.json(ERR.badParams);
      return;
    }
    citizen.tags.add(parsed.data.tag_name);
    tags.add(parsed.data.tag_name);
    await persist(citizen);
    res.json({ error: 0, message: 'Success' });
  });

  router.post('/openapi/v2.0/oa/tag/rmfollowerfromtag', async (req, res) => {
    if (!(await gate(req, res, 'tag/rmfollowerfromtag'))) return;
    const parsed = tagBodySchema.safeParse(req.body);
    const citizen = parsed.success ? citizens.get(parsed.data.user_id) : undefined;
    if (!parsed.success || !citizen) {
      res.json(ERR.badParams);
      return;
    }
    citizen.tags.delete(parsed.data.tag_name);
    await persist(citizen);
    res.json({ error: 0, message: 'Success' });
  });

  router.get('/openapi/v2.0/oa/tag/gettagsofoa', async (req, res) => {
    if (!(await gate(req, res, 'tag/gettagsofoa'))) return;
    res.json({ error: 0, message: 'Success', data: [...tags] });
  });

  const uploadHandler = (kind: 'image' | 'file') => async (req: Request, res: Response) => {
    if (!(await gate(req, res, `upload/${kind}`))) return;
    const file = req.file;
    if (!file) {
      res.json(ERR.badParams);
      return;
    }
    if (kind === 'image' && (file.size > 1024 * 1024 || !/^image\/(jpeg|png)$/.test(file.mimetype))) {
      res.json({ error: -210, message: 'Image is invalid (jpg/png up to 1 MB)' });
      return;
    }
    const id = randomId(12);
    uploads.set(id, { data: file.buffer, mimetype: file.mimetype, name: file.originalname });
    res.json({ error: 0, message: 'Success', data: kind === 'image' ? { attachment_id: id } : { token: id } });
  };
  router.post('/openapi/v2.0/oa/upload/image', upload.single('file'), uploadHandler('image'));
  router.post('/openapi/v2.0/oa/upload/file', upload.single('file'), uploadHandler('file'));

  router.get('/openapi/v2.0/oa/getoa', async (req, res) => {
    if (!(await gate(req, res, 'getoa'))) return;
    res.json({
      error: 0,
      message: 'Success',
      data: {
        oa_id: options.oaId,
        name: 'Sandbox OA',
        description: 'Zalo OA simulator',
        oa_type: 4,
        is_verified: true,
        num_follower: [...citizens.values()].filter((c) => c.following).length,
      },
    });
  });

  // ---- OAuth v4 ----
  router.get('/oauth/v4/oa/permission', (req, res) => {
    const parsed = permissionQuerySchema.safeParse(req.query);
    if (!parsed.success || parsed.data.app_id !== options.appId) {
      res.status(400).json({ error: -14002, message: 'Invalid app_id, redirect_uri or code_challenge' });
      return;
    }
    const code = `sbx-code-${randomId(12)}`;
    authCodes.set(code, {
      challenge: parsed.data.code_challenge,
      redirectUri: parsed.data.redirect_uri,
      expiresAt: Date.now() + AUTH_CODE_LIFETIME_MS,
    });
    // The sandbox OA admin always consents: redirect straight back, as Zalo does after the admin approves.
    const target = new URL(parsed.data.redirect_uri);
    target.searchParams.set('code', code);
    target.searchParams.set('oa_id', options.oaId);
    if (parsed.data.state !== undefined) target.searchParams.set('state', parsed.data.state);
    res.redirect(302, target.toString());
  });

  router.post('/oauth/v4/oa/access_token', (req, res) => {
    const parsed = tokenBodySchema.safeParse(req.body);
    if (!parsed.success) {
      res.json({ error: -14001, error_name: 'invalid_request', message: 'Missing or invalid parameters' });
      return;
    }
    if (parsed.data.app_id !== options.appId || req.get('secret_key') !== options.appSecret) {
      res.json({ error: -14002, error_name: 'invalid_client', message: 'Invalid app_id or secret_key' });
      return;
    }
    stats.tokenRequests[parsed.data.grant_type] += 1;
    if (parsed.data.grant_type === 'authorization_code') {
      const stored = authCodes.get(parsed.data.code);
      authCodes.delete(parsed.data.code);
      const challenge = createHash('sha256').update(parsed.data.code_verifier).digest('base64url');
      if (!stored || stored.expiresAt <= Date.now() || stored.challenge !== challenge) {
        res.json({ error: -14019, error_name: 'invalid_grant', message: 'Invalid authorization code or verifier' });
        return;
      }
    } else {
      const stored = refreshTokens.get(parsed.data.refresh_token);
      if (!stored || stored.used || stored.expiresAt <= Date.now()) {
        res.json({ error: -14014, error_name: 'invalid_grant', message: 'Invalid refresh token' });
        return;
      }
      // Single use: the old refresh token dies as soon as it is exchanged.
      stored.used = true;
    }
    const pair = issueTokens();
    res.json({
      access_token: pair.accessToken,
      refresh_token: pair.refreshToken,
      expires_in: String(pair.expiresInSeconds),
    });
  });

  // ---- control API ----
  const findCitizenOr404 = (req: Request, res: Response): SimulatedCitizen | undefined => {
    const id = req.params.id;
    const citizen = typeof id === 'string' ? citizens.get(id) : undefined;
    if (!citizen) res.status(404).json({ error: 'unknown citizen' });
    return citizen;
  };
  const publicCitizen = (c: SimulatedCitizen) => ({
    id: c.id,
    displayName: c.displayName,
    following: c.following,
    lastInteractionAt: c.lastInteractionAt === undefined ? null : new Date(c.lastInteractionAt).toISOString(),
  });

  router.post('/api/citizens', async (req, res) => {
    const parsed = createCitizenSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'displayName is required' });
      return;
    }
    const citizen = createCitizen(parsed.data.displayName);
    await persist(citizen);
    res.status(201).json(publicCitizen(citizen));
  });

  // Followers who followed before the OA was connected to this server: no webhook (follower sync finds them).
  router.post('/api/followers', (req, res) => {
    const parsed = followersSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'count (1-100000) is required; lastInteractionAt is an ISO date-time or null' });
      return;
    }
    const { count, namePrefix, lastInteractionAt } = parsed.data;
    const created = Array.from({ length: count }, (_, index) => {
      const citizen = createCitizen(`${namePrefix} ${index + 1}`, { following: true });
      citizen.lastInteractionAt = lastInteractionAt === null ? undefined : Date.parse(lastInteractionAt);
      return citizen;
    });
    res.status(201).json({ items: created.map(publicCitizen) });
  });

  router.get('/api/citizens', (_req, res) => {
    res.json({ items: [...citizens.values()].map(publicCitizen) });
  });

  router.get('/api/citizens/:id', (req, res) => {
    const citizen = findCitizenOr404(req, res);
    if (citizen) res.json(publicCitizen(citizen));
  });

  router.get('/', (req, res) => {
    res.json({
      simulator: 'Zalo OA (OpenAPI v2/v3, OAuth v4, signed webhooks)',
      oaId: options.oaId,
      appId: options.appId,
      webhookUrl,
      openapi: `${baseUrlOf(req)}/openapi`,
      oauth: `${baseUrlOf(req)}/oauth`,
      control: {
        citizens: 'GET|POST /api/citizens, GET /api/citizens/:id',
        followers: 'POST /api/followers {count, namePrefix?, lastInteractionAt?}: followers made silently (no webhook)',
        send: 'POST /api/citizens/:id/send {type: text|image (url or urls)|file|location|sticker|follow|unfollow|submit_info, …}',
        conversation: 'GET /api/citizens/:id/conversation?after=<seq>&waitMs=<ms ≤ 25000>',
        allConversations: `GET /api/conversation?after=<seq>&waitMs=<ms ≤ 25000>&limit=<≤ ${MAX_FEED_ITEMS}>: every citizen's items in seq order, each with its citizenId`,
        seen: 'POST /api/citizens/:id/seen {messageIds}',
        sentSummary:
          'GET /api/sent/summary?contains=<text>&windowMs=<ms>: consultation messages whose text contains it (messages, recipients, duplicates, first/last, in the last windowMs)',
        webhook: 'POST /api/webhook {url}: where the events go from now on (a loopback URL)',
        lastInteraction: 'POST /api/citizens/:id/last-interaction {lastInteractionAt: ISO date-time | null}',
        uploads:
          'POST /api/uploads (multipart file) → {url}; DELETE /api/uploads/:id expires the link; media uploaded through the OpenAPI is served at /cdn/<attachment_id>',
        faults:
          'GET|POST /api/faults {latencyMs?, rateLimitPerMinute?, failNext?: {code, count, after?}, cdnFailNext?, cdnFailLink?: {url, count}, loseAnswerNext?, slowSendNext?: {count, ms}, broadcastQuotaPerMonth?, expireAccessTokens?}',
      },
    });
  });

  // What a broadcast delivered, counted where it arrives (benchmarks): duplicates are recipients with more than one.
  router.get('/api/sent/summary', (req, res) => {
    const query = sentSummarySchema.safeParse(req.query);
    if (!query.success) {
      res.status(400).json({ error: 'contains (text) is required; windowMs 1000-3600000' });
      return;
    }
    res.json(sentSummaries.summary(query.data.contains, query.data.windowMs));
  });

  router.post('/api/citizens/:id/send', async (req, res) => {
    const citizen = findCitizenOr404(req, res);
    if (!citizen) return;
    const parsed = citizenActionSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid action', issues: parsed.error.issues.map((i) => i.path.join('.')) });
      return;
    }
    res.json(await act(citizen.id, parsed.data));
  });

  router.post('/api/citizens/:id/last-interaction', async (req, res) => {
    const citizen = findCitizenOr404(req, res);
    if (!citizen) return;
    const parsed = lastInteractionSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'lastInteractionAt must be an ISO date-time or null' });
      return;
    }
    citizen.lastInteractionAt =
      parsed.data.lastInteractionAt === null ? undefined : Date.parse(parsed.data.lastInteractionAt);
    await persist(citizen);
    res.json(publicCitizen(citizen));
  });

  router.get('/api/citizens/:id/conversation', async (req, res) => {
    const citizen = findCitizenOr404(req, res);
    if (!citizen) return;
    const query = conversationQuerySchema.safeParse(req.query);
    if (!query.success) {
      res.status(400).json({ error: 'after and waitMs must be whole numbers (waitMs ≤ 25000)' });
      return;
    }
    const newer = () => (conversations.get(citizen.id) ?? []).filter((item) => item.seq > query.data.after);
    let items = newer();
    if (items.length === 0 && query.data.waitMs > 0 && !closed) {
      const set = waiters.get(citizen.id) ?? new Set<() => void>();
      waiters.set(citizen.id, set);
      await waitForNews(set, res, query.data.waitMs);
      if (set.size === 0 && waiters.get(citizen.id) === set) waiters.delete(citizen.id);
      items = newer();
    }
    if (!res.writableEnded && !res.destroyed) res.json({ items });
  });

  // Every citizen's chat at once, in `seq` order (benchmarks watching hundreds of citizens with one request).
  router.get('/api/conversation', async (req, res) => {
    const query = feedQuerySchema.safeParse(req.query);
    if (!query.success) {
      res
        .status(400)
        .json({ error: `after, waitMs (≤ ${MAX_WAIT_MS}) and limit (≤ ${MAX_FEED_ITEMS}) must be whole numbers` });
      return;
    }
    const { after, waitMs, limit } = query.data;
    const newer = () => {
      const from = firstAfter(feed, after);
      return feed.slice(from, from + limit).map(({ citizenId, item }) => ({ citizenId, ...item }));
    };
    let items = newer();
    if (items.length === 0 && waitMs > 0 && !closed) {
      await waitForNews(feedWaiters, res, waitMs);
      items = newer();
    }
    if (!res.writableEnded && !res.destroyed) res.json({ items });
  });

  router.post('/api/citizens/:id/seen', async (req, res) => {
    const citizen = findCitizenOr404(req, res);
    if (!citizen) return;
    const parsed = seenSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: `messageIds must be a list of 1 to ${SEEN_MAX_IDS} message ids` });
      return;
    }
    citizen.lastInteractionAt = Date.now();
    const identity = { appId: options.appId, oaId: options.oaId, userId: citizen.id, userIdByApp: citizen.userIdByApp };
    const received = buildReceiptEvent('user_received_message', parsed.data.messageIds, {
      ...identity,
      timestamp: nextTimestamp(),
    });
    const seen = buildReceiptEvent('user_seen_message', parsed.data.messageIds, {
      ...identity,
      timestamp: nextTimestamp(),
    });
    const first = await postWebhook(received);
    const second = await postWebhook(seen);
    res.json({
      delivered: first.delivered && second.delivered,
      status: second.status,
      event: seen,
      events: [received, seen],
    });
  });

  router.post('/api/uploads', upload.single('file'), (req, res) => {
    const file = req.file;
    if (!file) {
      res.status(400).json({ error: 'multipart field "file" is required' });
      return;
    }
    const id = randomUUID();
    uploads.set(id, { data: file.buffer, mimetype: file.mimetype, name: file.originalname });
    res.status(201).json({ url: `${baseUrlOf(req)}/cdn/${id}` });
  });

  // Zalo's CDN links expire: a test (or a tester) makes one gone at once.
  router.delete('/api/uploads/:id', (req, res) => {
    res.status(uploads.delete(req.params.id) ? 204 : 404).end();
  });

  router.get('/cdn/:id', (req, res) => {
    const linkFaults = faults.cdnFailLinks.get(req.params.id) ?? 0;
    if (linkFaults > 0 || faults.cdnFailNext > 0) {
      if (linkFaults > 1) faults.cdnFailLinks.set(req.params.id, linkFaults - 1);
      else if (linkFaults === 1) faults.cdnFailLinks.delete(req.params.id);
      else faults.cdnFailNext -= 1;
      res.status(503).end();
      return;
    }
    const stored = uploads.get(req.params.id);
    if (!stored) {
      res.status(404).end();
      return;
    }
    // Mounted without helmet (machine-to-machine, like Zalo's CDN): an upload is never read as another type, and one
    // opened as a page runs nothing on the server's origin.
    res
      .type(stored.mimetype)
      .set('x-content-type-options', 'nosniff')
      .set('content-security-policy', "default-src 'none'; sandbox")
      .send(stored.data);
  });

  router.post('/api/webhook', (req, res) => {
    const parsed = webhookTargetSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'url must be an http(s) URL on loopback' });
      return;
    }
    webhookUrl = parsed.data.url;
    res.json({ webhookUrl });
  });

  /** The faults as JSON (the links' faults as an object by id). */
  const describeFaults = () => ({ ...faults, cdnFailLinks: Object.fromEntries(faults.cdnFailLinks) });

  router.get('/api/faults', (_req, res) => {
    res.json(describeFaults());
  });

  router.post('/api/faults', (req, res) => {
    const parsed = faultsSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: 'invalid faults' });
      return;
    }
    if (parsed.data.latencyMs !== undefined) faults.latencyMs = parsed.data.latencyMs;
    if (parsed.data.rateLimitPerMinute !== undefined) faults.rateLimitPerMinute = parsed.data.rateLimitPerMinute;
    if (parsed.data.failNext !== undefined) faults.failNext = { ...parsed.data.failNext };
    if (parsed.data.cdnFailNext !== undefined) faults.cdnFailNext = parsed.data.cdnFailNext;
    const link = parsed.data.cdnFailLink;
    const linkId = link && CDN_LINK_PATTERN.exec(link.url)?.[1];
    if (link && linkId) {
      if (link.count > 0) faults.cdnFailLinks.set(linkId, link.count);
      else faults.cdnFailLinks.delete(linkId);
    }
    if (parsed.data.loseAnswerNext !== undefined) faults.loseAnswerNext = parsed.data.loseAnswerNext;
    if (parsed.data.slowSendNext !== undefined) faults.slowSendNext = { ...parsed.data.slowSendNext };
    if (parsed.data.broadcastQuotaPerMonth !== undefined)
      faults.broadcastQuotaPerMonth = parsed.data.broadcastQuotaPerMonth;
    if (parsed.data.expireAccessTokens) expireAccessTokens();
    res.json(describeFaults());
  });

  function expireAccessTokens(): void {
    for (const token of accessTokens.values()) token.expiresAt = 0;
  }

  return {
    router,
    citizens,
    sent,
    faults,
    stats,
    setWebhookUrl: (url) => {
      webhookUrl = url;
    },
    createCitizen,
    act,
    conversation: (citizenId) => [...(conversations.get(citizenId) ?? [])],
    articles,
    issueTokens,
    expireAccessTokens,
    forgetTokens: () => {
      accessTokens.clear();
      refreshTokens.clear();
      authCodes.clear();
    },
    setLastInteraction: (citizenId, at) => {
      const citizen = citizens.get(citizenId);
      if (citizen) citizen.lastInteractionAt = at?.getTime();
    },
    async restore() {
      for (const citizen of (await options.store?.load()) ?? []) {
        citizens.set(citizen.id, citizen);
        for (const tag of citizen.tags) tags.add(tag);
      }
      for (const { citizenId, item } of (await options.store?.loadItems?.()) ?? []) {
        if (!citizens.has(citizenId)) continue;
        const list = conversations.get(citizenId) ?? [];
        // The same item stored again once its delivery was known: the later line wins.
        const earlier = list.findLastIndex((known) => known.seq === item.seq);
        if (earlier >= 0) list[earlier] = item;
        else list.push(item);
        conversations.set(citizenId, list);
        seq = Math.max(seq, item.seq);
      }
      feed.length = 0;
      for (const [citizenId, list] of conversations) for (const item of list) feed.push({ citizenId, item });
      feed.sort((a, b) => a.item.seq - b.item.seq);
    },
    close: () => {
      closed = true;
      for (const set of waiters.values()) for (const wake of set) wake();
      waiters.clear();
      for (const wake of feedWaiters) wake();
    },
  };
}

/** Waits until one of `waiting` is called (a new item), `waitMs` passes or the caller goes away. */
function waitForNews(waiting: Set<() => void>, res: Response, waitMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiting.delete(done);
      res.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    waiting.add(done);
    res.on('close', done);
  });
}

/** The index of the first entry whose item's `seq` is above `after` (entries in `seq` order). */
function firstAfter(feed: readonly { item: ConversationItem }[], after: number): number {
  let low = 0;
  let high = feed.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((feed[middle]?.item.seq ?? 0) > after) high = middle;
    else low = middle + 1;
  }
  return low;
}
