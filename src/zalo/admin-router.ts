import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import { problemErrorHandler, requestIdOf } from '../platform/http.js';
import type { ZaloAuditActor, ZaloTokenManager } from './zalo-tokens.js';

export interface ZaloAdminRouterDeps {
  tokens: ZaloTokenManager;
  /** Admin-only guard (e.g. `requirePermission('zalo.connect')`); applied to everything but the OAuth callback. */
  guard: RequestHandler;
  /** The signed-in admin behind a guarded request, as the audit log names them (carried to the OAuth callback). */
  actorOf(req: Request, res: Response): ZaloAuditActor;
  /** Public base URL of this server: Zalo redirects the admin's browser to `${publicUrl}${mountPath}/callback`. */
  publicUrl: string;
  /** Where this router is mounted. Default `/api/admin/zalo`. */
  mountPath?: string;
  logger: Logger;
}

const callbackQuerySchema = z.object({
  code: z.string().min(1).max(2048),
  state: z.string().min(1).max(200),
  oa_id: z.string().max(64).optional(),
});

/**
 * Admin endpoints of the Zalo connection: `POST /connect` returns the consent URL (PKCE S256, state kept 10 minutes),
 * `GET /callback` is where Zalo sends the admin's browser back (no guard: the single-use state authenticates it, and
 * carries who started the flow into the audit row of the new pair), and
 * `GET /token` reports the token status.
 */
export function createZaloAdminRouter(deps: ZaloAdminRouterDeps): Router {
  const mountPath = deps.mountPath ?? '/api/admin/zalo';
  const redirectUri = `${deps.publicUrl.replace(/\/$/, '')}${mountPath}/callback`;
  const router = express.Router();

  router.get('/callback', async (req, res) => {
    const query = callbackQuerySchema.parse(req.query);
    await deps.tokens.completeConnect(
      { state: query.state, code: query.code, oaId: query.oa_id },
      { requestId: requestIdOf(req), ip: req.ip },
    );
    res.json({ connected: true, status: await deps.tokens.status() });
  });

  router.post('/connect', deps.guard, async (req, res) => {
    const { url, state } = await deps.tokens.startConnect(redirectUri, {
      by: deps.actorOf(req, res),
      requestId: requestIdOf(req),
      ip: req.ip,
    });
    res.json({ url, state, redirectUri });
  });

  router.get('/token', deps.guard, async (_req, res) => {
    res.json(await deps.tokens.status());
  });

  router.use(problemErrorHandler(deps.logger));
  return router;
}
