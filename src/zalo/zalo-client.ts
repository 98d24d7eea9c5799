import { Agent, type Dispatcher, EnvHttpProxyAgent, request } from 'undici';
import { z } from 'zod';
import { ZALO_TEXT_LIMIT } from './split-text.js';

/**
 * A thin typed client for the OA API calls we use (docs/zalo-platform.md, "OA API calls"). Errors arrive with HTTP 200
 * and a non-zero `error`: every answer is parsed and checked. Two error types keep "Zalo answered with an error code"
 * (`ZaloApiError`) apart from "we did not get an answer" (`ZaloTransportError`).
 */

/** Zalo answered, with a non-zero error code. */
export class ZaloApiError extends Error {
  override readonly name = 'ZaloApiError';
  constructor(
    readonly code: number,
    readonly zaloMessage: string,
  ) {
    super(`Zalo API error ${code}: ${zaloMessage}`);
  }
  get kind(): ZaloErrorKind {
    return classifyZaloError(this.code);
  }
}

/**
 * No usable answer: network failure, timeout or HTTP 5xx. Always worth retrying later. `code` is node's name for a
 * failure to reach Zalo (ECONNREFUSED, ECONNRESET, ETIMEDOUT; ECONNABORTED when the client gave up waiting).
 */
export class ZaloTransportError extends Error {
  override readonly name = 'ZaloTransportError';
  readonly code: string | undefined;
  constructor(
    message: string,
    readonly httpStatus: number | undefined,
    options?: { cause?: unknown; code?: string },
  ) {
    super(message, options);
    this.code = options?.code;
  }
}

export type ZaloErrorKind =
  | 'rate_limited'
  | 'transient'
  | 'token_invalid'
  | 'not_follower'
  | 'user_unreachable'
  | 'outside_window'
  | 'night_time'
  | 'invalid_request'
  /** -211: the OA's monthly quota (article broadcasts) is used up until next month. */
  | 'quota_exhausted'
  | 'permanent';

/** The contract's error table: what a code means for retrying. */
export function classifyZaloError(code: number): ZaloErrorKind {
  switch (code) {
    case -32:
      return 'rate_limited';
    case -100:
      return 'transient';
    case -216:
    case -220:
    case -124:
      return 'token_invalid';
    case -213:
      return 'not_follower';
    case -217:
    case -227:
    case -244:
      return 'user_unreachable';
    case -230:
    case -232:
      return 'outside_window';
    case -234:
      return 'night_time';
    case -201:
      return 'invalid_request';
    case -211:
      return 'quota_exhausted';
    default:
      return 'permanent';
  }
}

/** The message part of a `/v3.0/oa/message/cs` body. */
export const zaloMessageSchema = z
  .object({
    // Counted in characters (code points), as splitText counts: an emoji is one character, not two UTF-16 units. A
    // text of no more UTF-16 units than the limit has no more characters either: counted only when longer (spreading
    // every reply's text into code points on each send was a visible share of the worker's profile).
    text: z
      .string()
      .refine((text) => text.length <= ZALO_TEXT_LIMIT || [...text].length <= ZALO_TEXT_LIMIT, {
        message: `at most ${ZALO_TEXT_LIMIT} characters`,
      })
      .optional(),
    attachment: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((message) => message.text !== undefined || message.attachment !== undefined, {
    message: 'a message needs text or an attachment',
  });
export type ZaloMessage = z.infer<typeof zaloMessageSchema>;

const envelopeSchema = z.object({
  error: z.coerce.number(),
  message: z.string().optional().default(''),
  data: z.unknown().optional(),
});
const idish = z.union([z.string(), z.number()]).transform(String);
const sendDataSchema = z.object({ message_id: idish, user_id: idish.optional() });
const profileSchema = z
  .object({
    user_id: idish,
    display_name: z.string().optional(),
    avatar: z.string().optional(),
    user_is_follower: z.boolean().optional(),
    user_last_interaction_date: z.string().optional(),
    shared_info: z.record(z.string(), z.unknown()).optional(),
  })
  .loose();
const followersSchema = z.object({
  total: z.coerce.number().default(0),
  count: z.coerce.number().optional(),
  offset: z.coerce.number().optional(),
  users: z.array(z.object({ user_id: idish })).default([]),
});
const oaInfoSchema = z
  .object({ oa_id: idish, name: z.string().optional(), oa_type: z.coerce.number().optional() })
  .loose();
const tagsSchema = z.array(z.string()).default([]);
/** One item of `/v2.0/oa/conversation`, newest first; other fields (thumb, url, links…) are kept but not relied on. */
const conversationItemSchema = z
  .object({
    message_id: idish,
    /** 0: sent by the OA; 1: sent by the user. */
    src: z.coerce.number(),
    /** Milliseconds since the epoch, by Zalo's clock. */
    time: z.coerce.number(),
    type: z.string().optional().default(''),
    message: z.string().optional().default(''),
  })
  .loose();
const conversationSchema = z.array(conversationItemSchema).default([]);
/** Zalo's page size limit for `/v2.0/oa/conversation`. */
export const ZALO_CONVERSATION_PAGE_MAX = 10;

/** An article for the OA's broadcast (`/v2.0/article/create`). */
export interface ZaloArticle {
  title: string;
  author: string;
  description: string;
  coverPhotoUrl: string;
  /** Paragraphs, in order. */
  paragraphs: string[];
}

/** Zalo's own broadcast targeting (its codes for age bands, gender, cities, platform); none: every follower. */
export interface ZaloBroadcastTarget {
  ages?: string;
  gender?: string;
  cities?: string;
  platform?: string;
}

export type ZaloUserProfile = z.infer<typeof profileSchema>;
export type ZaloConversationItem = z.infer<typeof conversationItemSchema>;
export type ZaloOaInfo = z.infer<typeof oaInfoSchema>;

export interface ZaloTokenSource {
  getAccessToken(): Promise<string>;
  refreshAfterRejection(rejected: string): Promise<string>;
}

export interface ZaloClientDeps {
  baseUrl: string;
  tokens: ZaloTokenSource;
  timeoutMs?: number;
  /** The HTTP connection pool (undici); default: one keep-alive pool per process that honours HTTP(S)_PROXY. */
  dispatcher?: Dispatcher;
}

export interface ZaloClient {
  sendMessage(userId: string, message: ZaloMessage): Promise<{ messageId: string }>;
  getUserProfile(userId: string): Promise<ZaloUserProfile>;
  listFollowers(page: { offset: number; count?: number }): Promise<{ total: number; userIds: string[] }>;
  tagFollower(userId: string, tagName: string): Promise<void>;
  removeFollowerFromTag(userId: string, tagName: string): Promise<void>;
  listTags(): Promise<string[]>;
  uploadImage(file: { data: Buffer; filename: string; contentType: string }): Promise<{ attachmentId: string }>;
  uploadFile(file: { data: Buffer; filename: string; contentType: string }): Promise<{ token: string }>;
  getOaInfo(): Promise<ZaloOaInfo>;
  /** One page of the OA's conversation with a user, newest first (`count` at most 10). */
  listConversation(userId: string, page: { offset: number; count?: number }): Promise<ZaloConversationItem[]>;
  /** Creates an article (asynchronously at Zalo): its token, for `verifyArticle`. */
  createArticle(article: ZaloArticle): Promise<{ token: string }>;
  /** The article's id once Zalo has processed it. */
  verifyArticle(token: string): Promise<{ articleId: string }>;
  /** The OA's broadcast of an article to its followers (monthly quota per OA; -211 when used up). */
  broadcastArticle(articleId: string, target?: ZaloBroadcastTarget): Promise<{ messageId: string }>;
}

/** How long a call to the OA API may take before the client gives up (an unanswered call may still arrive). */
export const ZALO_CLIENT_TIMEOUT_MS = 10_000;

type CallSpec =
  | { method: 'GET'; path: string; data?: unknown }
  | { method: 'POST'; path: string; body: unknown }
  | { method: 'POST'; path: string; form: FormData };

/**
 * The connection pool shared by the process's Zalo clients (undici: about a third of axios' CPU per call, which went
 * to merging its configuration and headers on every message sent). Connections are kept alive and an idle one is
 * closed after 4 s whatever the server's keep-alive hint, before a server's usual idle timeout, so a send rarely meets
 * a connection the other side has just closed. `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` are honoured, as axios did:
 * a province's network may require a proxy to reach Zalo.
 */
let sharedDispatcher: Dispatcher | undefined;
function zaloDispatcher(): Dispatcher {
  if (sharedDispatcher) return sharedDispatcher;
  const keepAlive = { keepAliveTimeout: 4_000, keepAliveMaxTimeout: 4_000 };
  const env = process.env;
  // undici's proxy agent (which reads NO_PROXY too) only when a proxy is set: it warns that it is experimental.
  const proxied = [env.HTTP_PROXY, env.http_proxy, env.HTTPS_PROXY, env.https_proxy].some((value) => !!value);
  sharedDispatcher = proxied ? new EnvHttpProxyAgent(keepAlive) : new Agent(keepAlive);
  return sharedDispatcher;
}

/** undici's failures under the names node's http (and axios before it) gave them, which the outage check knows. */
const TRANSPORT_CODES: Record<string, string> = {
  UND_ERR_SOCKET: 'ECONNRESET',
  UND_ERR_CLOSED: 'ECONNRESET',
  UND_ERR_CONNECT_TIMEOUT: 'ETIMEDOUT',
  UND_ERR_HEADERS_TIMEOUT: 'ECONNABORTED',
  UND_ERR_BODY_TIMEOUT: 'ECONNABORTED',
};

function transportCodeOf(error: unknown): string | undefined {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return code === undefined ? undefined : (TRANSPORT_CODES[code] ?? code);
}

/** A body that is not JSON is kept as text (as axios did): the envelope's check then refuses it. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function createZaloClient(deps: ZaloClientDeps): ZaloClient {
  // Zalo's OpenAPI does not redirect, and undici's request follows no redirect: a 3xx is an answer without an error
  // field.
  const dispatcher = deps.dispatcher ?? zaloDispatcher();
  const timeoutMs = deps.timeoutMs ?? ZALO_CLIENT_TIMEOUT_MS;
  const base = deps.baseUrl.replace(/\/$/, '');

  async function once(spec: CallSpec, accessToken: string): Promise<z.infer<typeof envelopeSchema>> {
    let url = `${base}${spec.path}`;
    if (spec.method === 'GET' && spec.data !== undefined) {
      url += `?data=${encodeURIComponent(JSON.stringify(spec.data))}`;
    }
    const headers: Record<string, string> = { access_token: accessToken, accept: 'application/json' };
    let body: string | FormData | undefined;
    if ('body' in spec) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(spec.body);
    } else if ('form' in spec) {
      body = spec.form;
    }
    // The whole call, answer read included, within the timeout: a send is looked for only after it (delivery). The
    // race also bounds what the abort does not reach (undici's tunnel through a proxy that never answers).
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new Error(`timeout of ${timeoutMs}ms exceeded`));
      }, timeoutMs);
    });
    let status: number;
    let data: unknown;
    try {
      const response = await Promise.race([
        request(url, { method: spec.method, headers, body, dispatcher, signal: abort.signal }),
        timedOut,
      ]);
      status = response.statusCode;
      data = parseBody(await Promise.race([response.body.text(), timedOut]));
    } catch (error) {
      const code = abort.signal.aborted ? 'ECONNABORTED' : transportCodeOf(error);
      throw new ZaloTransportError(`Zalo API unreachable: ${code ?? 'request failed'}`, undefined, {
        cause: error,
        ...(code === undefined ? {} : { code }),
      });
    } finally {
      clearTimeout(timer);
    }
    if (status >= 500 || status === 429) {
      throw new ZaloTransportError(`Zalo API answered HTTP ${status}`, status);
    }
    const envelope = envelopeSchema.safeParse(data);
    if (!envelope.success) {
      throw new ZaloTransportError(`Zalo API answered HTTP ${status} without an error field`, status);
    }
    return envelope.data;
  }

  /** One call; on an invalid/expired token, one refresh and one repeat. */
  async function call(spec: CallSpec): Promise<unknown> {
    const token = await deps.tokens.getAccessToken();
    let envelope = await once(spec, token);
    if (envelope.error !== 0 && classifyZaloError(envelope.error) === 'token_invalid') {
      const fresh = await deps.tokens.refreshAfterRejection(token);
      envelope = await once(spec, fresh);
    }
    if (envelope.error !== 0) throw new ZaloApiError(envelope.error, envelope.message);
    return envelope.data;
  }

  function parseData<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new ZaloTransportError(`Zalo API answered an unexpected ${what} shape`, 200);
    return parsed.data;
  }

  const upload = (path: string, file: { data: Buffer; filename: string; contentType: string }) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.contentType }), file.filename);
    return call({ method: 'POST', path, form });
  };

  return {
    async sendMessage(userId, message) {
      const data = await call({
        method: 'POST',
        path: '/v3.0/oa/message/cs',
        body: { recipient: { user_id: userId }, message },
      });
      return { messageId: parseData(sendDataSchema, data, 'send result').message_id };
    },
    async getUserProfile(userId) {
      return parseData(
        profileSchema,
        await call({ method: 'GET', path: '/v3.0/oa/user/detail', data: { user_id: userId } }),
        'profile',
      );
    },
    async listFollowers({ offset, count = 50 }) {
      const data = parseData(
        followersSchema,
        await call({ method: 'GET', path: '/v3.0/oa/user/getlist', data: { offset, count, is_follower: true } }),
        'follower list',
      );
      return { total: data.total, userIds: data.users.map((user) => user.user_id) };
    },
    async tagFollower(userId, tagName) {
      await call({ method: 'POST', path: '/v2.0/oa/tag/tagfollower', body: { user_id: userId, tag_name: tagName } });
    },
    async removeFollowerFromTag(userId, tagName) {
      await call({
        method: 'POST',
        path: '/v2.0/oa/tag/rmfollowerfromtag',
        body: { user_id: userId, tag_name: tagName },
      });
    },
    async listTags() {
      return parseData(tagsSchema, await call({ method: 'GET', path: '/v2.0/oa/tag/gettagsofoa' }), 'tag list');
    },
    async uploadImage(file) {
      const data = parseData(z.object({ attachment_id: idish }), await upload('/v2.0/oa/upload/image', file), 'upload');
      return { attachmentId: data.attachment_id };
    },
    async uploadFile(file) {
      const data = parseData(z.object({ token: idish }), await upload('/v2.0/oa/upload/file', file), 'upload');
      return { token: data.token };
    },
    async createArticle(article) {
      const data = await call({
        method: 'POST',
        path: '/v2.0/article/create',
        body: {
          type: 'normal',
          title: article.title,
          author: article.author,
          description: article.description,
          cover: { cover_type: 'photo', photo_url: article.coverPhotoUrl, status: 'show' },
          body: article.paragraphs.map((content) => ({ type: 'text', content })),
          status: 'show',
          comment: 'hide',
        },
      });
      return { token: parseData(z.object({ token: idish }), data, 'article token').token };
    },
    async verifyArticle(token) {
      const data = await call({ method: 'POST', path: '/v2.0/article/verify', body: { token } });
      return { articleId: parseData(z.object({ id: idish }), data, 'article id').id };
    },
    async broadcastArticle(articleId, target = {}) {
      const data = await call({
        method: 'POST',
        path: '/v2.0/oa/message',
        body: {
          recipient: { target },
          message: {
            attachment: {
              type: 'template',
              payload: { template_type: 'media', elements: [{ media_type: 'article', attachment_id: articleId }] },
            },
          },
        },
      });
      return { messageId: parseData(sendDataSchema, data, 'broadcast result').message_id };
    },
    async listConversation(userId, { offset, count = ZALO_CONVERSATION_PAGE_MAX }) {
      const data = await call({
        method: 'GET',
        path: '/v2.0/oa/conversation',
        data: { user_id: userId, offset, count: Math.min(count, ZALO_CONVERSATION_PAGE_MAX) },
      });
      return parseData(conversationSchema, data, 'conversation');
    },
    async getOaInfo() {
      return parseData(oaInfoSchema, await call({ method: 'GET', path: '/v2.0/oa/getoa' }), 'OA info');
    },
  };
}
