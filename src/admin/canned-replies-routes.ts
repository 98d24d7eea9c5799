import { z } from 'zod';
import { apiRoutes, type ApiRouteGroup } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import { auditContextOf, getAdminPrincipal } from './admin-auth.js';
import { withAudit } from './audit.js';
import {
  cannedReplyContentSchema,
  cannedReplyInputSchema,
  createCannedReply,
  deleteCannedReply,
  findCannedReply,
  listCannedReplies,
  updateCannedReply,
  type CannedReply,
} from './canned-replies.js';

interface CannedRepliesContext {
  db: Db;
  clock: () => Date;
}

const route = apiRoutes<CannedRepliesContext>();
const idParamsSchema = z.object({ id: z.uuid() });

const cannedReplyViewSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    content: cannedReplyContentSchema,
    updatedBy: z.string().meta({ description: 'Account id of whoever last changed it' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'CannedReply' });

const view = (reply: CannedReply): z.input<typeof cannedReplyViewSchema> => ({
  ...reply,
  createdAt: reply.createdAt.toISOString(),
  updatedAt: reply.updatedAt.toISOString(),
});

const canManage = { permission: 'settings.manage' } as const;

/**
 * Replies officials send with one click while they handle a handoff (`cannedReplyId` of the answer route); admins
 * manage the list. The audit keeps titles, not texts (a text may name people).
 */
export const cannedRepliesRoutes: ApiRouteGroup<CannedRepliesContext> = {
  prefix: '/conversations/canned-replies',
  tag: {
    name: 'Canned replies',
    description: 'Ready answers (text vi/en, an image, a file, link or call buttons) officials send during a handoff',
  },
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listCannedReplies',
      summary: 'List canned replies, by title',
      access: { permission: 'conversations.read' },
      response: z.object({ items: z.array(cannedReplyViewSchema) }),
      handler: async (_input, ctx) => ({ items: (await listCannedReplies(ctx.db)).map(view) }),
    }),
    route({
      method: 'post',
      path: '/',
      operationId: 'createCannedReply',
      summary: 'Add a canned reply',
      description: 'Audited as `canned-reply.create`.',
      access: canManage,
      body: cannedReplyInputSchema,
      status: 201,
      response: cannedReplyViewSchema,
      async handler({ body, req, res }, ctx) {
        const now = ctx.clock();
        const created = await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          const reply = await createCannedReply(tx, body, getAdminPrincipal(res).accountId, now);
          return {
            result: reply,
            audit: {
              action: 'canned-reply.create',
              target: { type: 'canned-reply', id: reply.id },
              after: { title: reply.title, languages: Object.keys(reply.content) },
            },
          };
        });
        return view(created);
      },
    }),
    route({
      method: 'put',
      path: '/:id',
      operationId: 'changeCannedReply',
      summary: 'Change a canned reply',
      description: 'Replaces its title and content. Audited as `canned-reply.change`.',
      access: canManage,
      params: idParamsSchema,
      body: cannedReplyInputSchema,
      response: cannedReplyViewSchema,
      errors: { 404: '`NOT_FOUND`: no canned reply with this id' },
      async handler({ params: { id }, body, req, res }, ctx) {
        const now = ctx.clock();
        const before = await findCannedReply(ctx.db, id);
        if (!before) throw PlatformErrors.notFound('canned reply');
        const changed = await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          const reply = await updateCannedReply(tx, id, body, getAdminPrincipal(res).accountId, now);
          if (!reply) throw PlatformErrors.notFound('canned reply');
          return {
            result: reply,
            audit: {
              action: 'canned-reply.change',
              target: { type: 'canned-reply', id },
              before: { title: before.title },
              after: { title: reply.title, languages: Object.keys(reply.content) },
            },
          };
        });
        return view(changed);
      },
    }),
    route({
      method: 'delete',
      path: '/:id',
      operationId: 'deleteCannedReply',
      summary: 'Delete a canned reply',
      description: 'Audited as `canned-reply.delete`.',
      access: canManage,
      params: idParamsSchema,
      response: null,
      errors: { 404: '`NOT_FOUND`: no canned reply with this id' },
      async handler({ params: { id }, req, res }, ctx) {
        const now = ctx.clock();
        const before = await findCannedReply(ctx.db, id);
        if (!before) throw PlatformErrors.notFound('canned reply');
        await withAudit(ctx.db, auditContextOf(req, res, now), async (tx) => {
          if (!(await deleteCannedReply(tx, id))) throw PlatformErrors.notFound('canned reply');
          return {
            result: undefined,
            audit: {
              action: 'canned-reply.delete',
              target: { type: 'canned-reply', id },
              before: { title: before.title },
            },
          };
        });
      },
    }),
  ],
};
