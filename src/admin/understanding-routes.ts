import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import {
  ConversationErrors,
  findUnderstandingMiss,
  languageSchema,
  listUnderstandingMisses,
  MISS_OUTCOMES,
  resolveUnderstandingMiss,
  type FlowStore,
  type UnderstandingMiss,
} from '../conversation/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { AppError, PlatformErrors } from '../platform/errors.js';
import { AdminErrors } from './errors.js';
import type { Logger } from '../platform/logger.js';
import { auditContextOf, getAdminPrincipal } from './admin-auth.js';
import { withAudit, type AuditContext } from './audit.js';
import { hasPermission } from './roles.js';

export interface UnderstandingApiDeps {
  db: Db;
  flowStore: FlowStore<AuditContext>;
  logger: Logger;
  clock: () => Date;
}

const route = apiRoutes<UnderstandingApiDeps>();
const MAX_PAGE_SIZE = 200;

const missSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.iso.datetime(),
    language: languageSchema,
    text: z.string().meta({ description: 'The message, codes, phone numbers, dates and other numbers masked (‹…›)' }),
    outcome: z.enum(MISS_OUTCOMES).meta({
      description:
        '`fallback`: not understood; `asked`: "did you mean"; `off_topic`: recognised as a subject no flow serves ' +
        '(answered with what the bot does), listed only when asked for with `outcome=off_topic`',
    }),
    candidates: z
      .array(
        z.object({
          flowId: z.string(),
          confidence: z.number(),
          offered: z.boolean().optional().meta({
            description: 'Offered to the citizen in the "did you mean" (these come first, in the order shown)',
          }),
        }),
      )
      .meta({
        description: 'The flows offered in the "did you mean", then the others the matcher thought of, best first',
      }),
    resolution: z.enum(['example', 'dismissed']).nullable(),
    resolvedBy: z.string().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    resolvedFlowId: z.string().nullable(),
    resolvedVersion: z.number().int().nullable(),
  })
  .meta({ id: 'UnderstandingMiss' });

const toView = (miss: UnderstandingMiss): z.input<typeof missSchema> => ({
  ...miss,
  occurredAt: miss.occurredAt.toISOString(),
  resolvedAt: miss.resolvedAt?.toISOString() ?? null,
});

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  before: z.coerce.number().int().min(1).optional().meta({ description: 'The `nextCursor` of the previous page' }),
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  outcome: z.enum(MISS_OUTCOMES).optional().meta({
    description: 'Only these; without it, `fallback` and `asked` (the messages not understood well), not `off_topic`',
  }),
});
const idParamsSchema = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const exampleBodySchema = z.object({
  flowId: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9_]*$/),
  language: languageSchema.optional().meta({ description: "The example's language; default the message's" }),
  text: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'The example as it should be learnt; default the message with its masked values left out' }),
  publish: z
    .boolean()
    .default(false)
    .meta({ description: 'Also publish the new version (needs `flows.publish`); default: a draft to publish later' }),
});

const alreadyHandled = () => new AppError('CONFLICT', 409, 'This message was already handled');

/** The masked message without its placeholders: what an example of it can say. */
function exampleOf(miss: UnderstandingMiss): string {
  return miss.text
    .replace(/‹[a-z_]+›/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** The flow's YAML with one more example, comments and order kept. */
function withExample(source: string, language: string, example: string): string {
  const document = parseDocument(source);
  const path = ['examples', language];
  const current: unknown = document.getIn(path);
  if (current === undefined) document.setIn(path, [example]);
  else document.addIn(path, example);
  return document.toString({ lineWidth: 0 });
}

/**
 * The learning loop: messages the bot did not understand (fallback) or was unsure of ("did you mean"), masked and
 * without the citizen; an admin adds one as an example of the flow it meant (a new flow version, validated against
 * the live release, then published the usual way) or dismisses it. Every change is audited.
 */
export const understandingRoutes = {
  prefix: '/understanding',
  tag: {
    name: 'Understanding',
    description: 'Messages the bot did not understand well, and teaching it with examples',
  },
  routes: [
    route({
      method: 'get',
      path: '/misses',
      operationId: 'listUnderstandingMisses',
      summary: 'List messages the bot did not understand well',
      description: 'Newest first; kept for CONVERSATION_RETENTION_DAYS. Page with `before` = `nextCursor`.',
      access: { permission: 'understanding.review' },
      query: listQuerySchema,
      response: z.object({ items: z.array(missSchema), nextCursor: z.number().int().nullable() }),
      async handler({ query }, ctx) {
        const items = await listUnderstandingMisses(ctx.db, {
          limit: query.limit,
          ...(query.before === undefined ? {} : { before: query.before }),
          ...(query.status === 'all' ? {} : { status: query.status }),
          ...(query.outcome ? { outcome: query.outcome } : {}),
        });
        const last = items.at(-1);
        return { items: items.map(toView), nextCursor: items.length === query.limit && last ? last.id : null };
      },
    }),
    route({
      method: 'post',
      path: '/misses/:id/example',
      operationId: 'addUnderstandingExample',
      summary: 'Add a message as an example of a flow',
      description:
        'Stores a new version of the flow (its latest version with the example added to `examples.<language>`), validated against the live release; with `publish`, publishes it as a release. Audited as `flow.version.create` (and `flow.publish`) and `understanding.example`.',
      access: { permission: 'flows.write' },
      params: idParamsSchema,
      body: exampleBodySchema,
      status: 201,
      response: z.object({
        flowId: z.string(),
        version: z.number().int(),
        published: z.boolean(),
        releaseId: z.number().int().nullable(),
        miss: missSchema,
      }),
      errors: {
        403: '`ADMIN_FORBIDDEN`: `publish` without the `flows.publish` permission',
        404: '`NOT_FOUND`: no such message, or no such flow',
        409: '`CONFLICT`: the message was already handled',
        422: '`FLOW_INVALID`: the flow with this example would not validate; `errors.problems`',
      },
      async handler({ params: { id }, body, req, res }, ctx) {
        const principal = getAdminPrincipal(res);
        if (body.publish && !hasPermission(principal.roles, 'flows.publish')) {
          throw AdminErrors.forbidden();
        }
        const miss = await findUnderstandingMiss(ctx.db, id);
        if (!miss) throw PlatformErrors.notFound('message');
        if (miss.resolution !== null) throw alreadyHandled();
        const example = body.text ?? exampleOf(miss);
        if (example.length === 0) throw PlatformErrors.invalidInput({ text: 'the message has no words; give `text`' });
        const versions = await ctx.flowStore.listVersions(body.flowId);
        const latest = versions.reduce((max, v) => Math.max(max, v.version), 0);
        if (latest === 0) throw PlatformErrors.notFound('flow');
        const current = await ctx.flowStore.getVersion(body.flowId, latest);
        const source = withExample(
          current.source.length > 0 ? current.source : stringify(current.definition),
          body.language ?? miss.language,
          example,
        );
        const raw: unknown = parseDocument(source).toJS();
        const checked = await ctx.flowStore.checkDraft(raw);
        if (!checked.flow || checked.problems.length > 0) {
          throw ConversationErrors.flowInvalid(body.flowId, checked.problems);
        }
        const context = auditContextOf(req, res, ctx.clock());
        const created = await ctx.flowStore.createVersion(
          { definition: raw, source, createdBy: principal.email },
          context,
        );
        const handled = await withAudit(ctx.db, context, async (tx) => ({
          result: await resolveUnderstandingMiss(
            tx,
            id,
            { kind: 'example', flowId: created.flowId, version: created.version },
            principal.email,
            ctx.clock(),
          ),
          audit: {
            action: 'understanding.example',
            target: { type: 'understanding_miss', id: String(id) },
            before: null,
            after: { flowId: created.flowId, version: created.version, language: body.language ?? miss.language },
          },
        }));
        if (!handled) throw alreadyHandled();
        let releaseId: number | null = null;
        if (body.publish) {
          releaseId = (
            await ctx.flowStore.publish(created.flowId, created.version, context, { actor: principal.email })
          ).releaseId;
        }
        const after = await findUnderstandingMiss(ctx.db, id);
        if (!after) throw PlatformErrors.notFound('message');
        ctx.logger.info({ missId: id, flowId: created.flowId, version: created.version }, 'example added');
        return { ...created, published: body.publish, releaseId, miss: toView(after) };
      },
    }),
    route({
      method: 'post',
      path: '/misses/:id/dismiss',
      operationId: 'dismissUnderstandingMiss',
      summary: 'Dismiss a message (nothing to learn from it)',
      description: 'Audited as `understanding.dismiss`.',
      access: { permission: 'understanding.review' },
      params: idParamsSchema,
      response: missSchema,
      errors: { 404: '`NOT_FOUND`: no such message', 409: '`CONFLICT`: the message was already handled' },
      async handler({ params: { id }, req, res }, ctx) {
        const principal = getAdminPrincipal(res);
        const handled = await withAudit(ctx.db, auditContextOf(req, res, ctx.clock()), async (tx) => {
          const miss = await findUnderstandingMiss(tx, id);
          if (!miss) throw PlatformErrors.notFound('message');
          const done = await resolveUnderstandingMiss(tx, id, { kind: 'dismissed' }, principal.email, ctx.clock());
          if (!done) throw alreadyHandled();
          return {
            result: done,
            audit: {
              action: 'understanding.dismiss',
              target: { type: 'understanding_miss', id: String(id) },
              before: { resolution: null },
              after: { resolution: 'dismissed' },
            },
          };
        });
        const after = handled ? await findUnderstandingMiss(ctx.db, id) : null;
        if (!after) throw PlatformErrors.notFound('message');
        return toView(after);
      },
    }),
  ],
};

/** The learning loop's routes as an admin API module, under `/api/admin/understanding`. */
export const understandingApi = defineApiModule([understandingRoutes], (deps: UnderstandingApiDeps) => ({
  ...deps,
  logger: deps.logger.child({ component: 'understanding-admin' }),
}));
