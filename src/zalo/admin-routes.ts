import { z } from 'zod';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import { deadLetterRoutes, type DeadLettersApiDeps } from './dead-letters-routes.js';
import type { Request, Response } from 'express';
import { requestIdOf } from '../platform/http.js';
import type { ZaloAuditActor, ZaloTokenManager } from './zalo-tokens.js';

interface ZaloConnectApiDeps {
  tokens: ZaloTokenManager;
  /** The signed-in admin behind a guarded request, as the audit log names them (carried to the OAuth callback). */
  actorOf(req: Request, res: Response): ZaloAuditActor;
  /** Where Zalo sends the admin's browser back: `${publicUrl}/api/admin/zalo/callback`. */
  redirectUri: string;
}

export interface ZaloAdminApiDeps extends ZaloConnectApiDeps, DeadLettersApiDeps {
  /** Queues a follower sync now (the maintenance worker runs it; a sync already waiting is not repeated). */
  requestFollowerSync(): Promise<void>;
}

const route = apiRoutes<ZaloConnectApiDeps>();
const adminRoute = apiRoutes<ZaloAdminApiDeps>();

const callbackQuerySchema = z.object({
  code: z.string().min(1).max(2048),
  state: z.string().min(1).max(200),
  oa_id: z.string().max(64).optional(),
});
const tokenStatusSchema = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('not_connected') }),
    z.object({
      state: z.enum(['active', 'reconnect_required']),
      oaId: z.string().nullable(),
      accessExpiresAt: z.iso.datetime(),
      refreshedAt: z.iso.datetime(),
      lastError: z.string().nullable().meta({ description: 'Why the last refresh failed, if it did' }),
    }),
  ])
  .meta({ id: 'ZaloTokenStatus' });

const zaloRoutes = {
  prefix: '/zalo',
  tag: { name: 'Zalo OA', description: "Connecting the Official Account (OAuth v4 with PKCE) and its token's state" },
  routes: [
    route({
      method: 'get',
      path: '/callback',
      operationId: 'completeZaloConnect',
      summary: 'OAuth callback: Zalo sends the admin back here',
      description:
        'Not called by clients: Zalo redirects the browser here after consent. The single-use `state` from ' +
        '`POST /connect` authenticates it and carries who started the flow into the audit row of the new pair ' +
        '(`zalo.connect`).',
      access: 'public',
      query: callbackQuerySchema,
      response: z.object({ connected: z.boolean().meta({ description: 'Always true' }), status: tokenStatusSchema }),
      errors: {
        400: '`ZALO_OAUTH_STATE_INVALID`: unknown or expired state; start again',
        502: '`ZALO_OAUTH_EXCHANGE_FAILED`: Zalo refused the code; `errors.zaloCode`',
      },
      async handler({ query, req }, { tokens }) {
        await tokens.completeConnect(
          { state: query.state, code: query.code, oaId: query.oa_id },
          { requestId: requestIdOf(req), ip: req.ip },
        );
        return { connected: true, status: await tokens.status() };
      },
    }),
    route({
      method: 'post',
      path: '/connect',
      operationId: 'startZaloConnect',
      summary: 'Start connecting the OA',
      description:
        'Answers the consent URL to open in the browser; its state is valid for 10 minutes. Audited as ' +
        '`zalo.connect.start`.',
      access: { permission: 'zalo.connect' },
      response: z.object({
        url: z.url().meta({ description: "Zalo's consent page" }),
        state: z.string(),
        redirectUri: z.url(),
      }),
      async handler({ req, res }, { tokens, redirectUri, actorOf }) {
        const { url, state } = await tokens.startConnect(redirectUri, {
          by: actorOf(req, res),
          requestId: requestIdOf(req),
          ip: req.ip,
        });
        return { url, state, redirectUri };
      },
    }),
    adminRoute({
      method: 'post',
      path: '/followers/sync',
      operationId: 'syncZaloFollowers',
      summary: "Sync followers with Zalo's follower list now",
      description:
        "Pages through the OA's follower list (`/v3.0/oa/user/getlist`) in a worker: followers we did not know are added, those Zalo no longer lists are marked as not following (their announcements are skipped). It also runs nightly. Audited as `zalo.followers.sync`.",
      access: { permission: 'zalo.connect' },
      status: 202,
      response: z.object({ queued: z.literal(true) }),
      async handler({ req, res }, { db, audit, requestFollowerSync }) {
        await db.transaction((tx) =>
          audit(tx, req, res, { action: 'zalo.followers.sync', target: { type: 'zalo_followers', id: 'followers' } }),
        );
        await requestFollowerSync();
        return { queued: true as const };
      },
    }),
    route({
      method: 'get',
      path: '/token',
      operationId: 'getZaloTokenStatus',
      summary: "The OA token's state",
      access: { permission: 'zalo.connect' },
      response: tokenStatusSchema,
      handler: (_input, { tokens }) => tokens.status(),
    }),
  ],
};

/** Admin routes of the Zalo channel (connection, dead letters), under `/api/admin/zalo`. */
export const zaloAdminApi = defineApiModule<ZaloAdminApiDeps, ZaloAdminApiDeps>(
  [zaloRoutes, deadLetterRoutes],
  (deps) => deps,
);
