import { z } from 'zod';
import {
  languageSchema,
  releaseOriginSchema,
  type FlowStore,
  type ReleaseDetail,
  type ReleaseSummary,
} from '../conversation/index.js';
import { apiRoutes, type ApiRouteGroup } from '../platform/api-route.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { auditContextOf, getAdminPrincipal } from './admin-auth.js';
import type { AuditContext } from './audit.js';
import { flowProblemSchema } from './flow-problem-schema.js';
import type { AdminPermission } from './roles.js';

/** What the release routes use (a part of the flows API's context). */
export interface ReleasesApiContext {
  flowStore: FlowStore<AuditContext>;
  logger: Logger;
  clock: () => Date;
}

const route = apiRoutes<ReleasesApiContext>();

const MAX_RELEASE_ITEMS = 500;
const releaseIdSchema = z.coerce.number().int().min(1).max(2_147_483_647).meta({ example: 3 });
const versionSchema = z.number().int().min(1).max(1_000_000);
const flowIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'lower-case letters, digits and _ only, starting with a letter' });
const namespaceSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9_-]*$/, { message: 'lower-case letters, digits, _ and - only, starting with a letter' });

const flowRefSchema = z.object({ flowId: flowIdSchema, version: versionSchema }).meta({ id: 'ReleaseFlow' });
const templateRefSchema = z
  .object({ namespace: namespaceSchema, language: languageSchema, version: versionSchema })
  .meta({ id: 'ReleaseTemplates' });

const createReleaseBodySchema = z.object({
  name: z.string().trim().min(1).max(200).meta({ example: 'Tết 2026: new help texts' }),
  note: z.string().max(2000).optional(),
  base: z
    .enum(['live', 'latest'])
    .default('live')
    .meta({
      description:
        '`live` (default): what citizens meet now; `latest`: the newest stored version of every flow and template ' +
        'namespace (every draft at once). `flows` and `templates` then replace versions of the base.',
    }),
  flows: z.array(flowRefSchema).max(MAX_RELEASE_ITEMS).optional(),
  templates: z.array(templateRefSchema).max(MAX_RELEASE_ITEMS).optional(),
  withoutFlows: z
    .array(flowIdSchema)
    .max(MAX_RELEASE_ITEMS)
    .optional()
    .meta({ description: 'Flows the release leaves out (retired)' }),
});

const releaseStatusSchema = z.enum(['live', 'previous', 'draft']).meta({
  description:
    '`live`: new conversations start on it; `previous`: was live once (a rollback target); `draft`: never live',
});
const releaseSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string().meta({
      description:
        'As typed by whoever drafted it; for a release the server made (see `origin`), a name in English for logs',
    }),
    origin: releaseOriginSchema.nullable(),
    note: z.string().nullable(),
    createdBy: z.string().nullable(),
    createdAt: z.iso.datetime(),
    status: releaseStatusSchema,
    lastPublishedAt: z.iso.datetime().nullable(),
    lastPublishedBy: z
      .string()
      .nullable()
      .meta({ description: 'Who last made it live (publish or rollback); null for a draft' }),
    flowCount: z.number().int(),
    templateCount: z.number().int().meta({ description: 'Text versions: namespaces times languages' }),
    textGroupCount: z
      .number()
      .int()
      .meta({ description: 'Text namespaces ("core", "lgsp"…) whatever their languages, as the texts are listed' }),
  })
  .meta({ id: 'ReleaseSummary' });
// A flow's problem, or a text's (its key, language and placeholder), as the flow editor answers them.
const releaseProblemSchema = flowProblemSchema
  .extend({
    key: z
      .string()
      .optional()
      .meta({ description: "A text's problem: the text's key", example: 'common:handoff.taken' }),
    language: languageSchema.optional().meta({ description: "A text's problem: the text's language" }),
    placeholder: z
      .string()
      .optional()
      .meta({ description: '`unknown_placeholder`: the placeholder nothing fills (`bogus` for `{{bogus}}`)' }),
  })
  .meta({ id: 'ReleaseProblem' });
const releaseDetailSchema = releaseSummarySchema
  .extend({
    flows: z.array(flowRefSchema),
    templates: z.array(templateRefSchema),
    problems: z
      .array(releaseProblemSchema)
      .meta({ description: 'What publishing it now would meet; empty when it would publish' }),
  })
  .meta({ id: 'Release' });
const publicationSchema = z.object({
  releaseId: z.number().int(),
  previousReleaseId: z.number().int().nullable().meta({ description: 'What was live before; null for the first' }),
});
const diffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    flows: z.array(
      z.object({ flowId: z.string(), from: z.number().int().nullable(), to: z.number().int().nullable() }),
    ),
    templates: z.array(
      z.object({
        namespace: z.string(),
        language: languageSchema,
        from: z.number().int().nullable(),
        to: z.number().int().nullable(),
      }),
    ),
  })
  .meta({
    id: 'ReleaseDiff',
    description: 'Only what differs; `from`/`to` of an item are its versions, null where the release lacks it',
  });

const idParamsSchema = z.object({ id: releaseIdSchema });

function convertSummary(release: ReleaseSummary) {
  return {
    id: release.id,
    name: release.name,
    origin: release.origin,
    note: release.note,
    createdBy: release.createdBy,
    createdAt: release.createdAt.toISOString(),
    status: release.status,
    lastPublishedAt: release.lastPublishedAt?.toISOString() ?? null,
    lastPublishedBy: release.lastPublishedBy,
    flowCount: release.flowCount,
    templateCount: release.templateCount,
    textGroupCount: release.textGroupCount,
  };
}

function convertDetail(release: ReleaseDetail, problems: z.input<typeof releaseProblemSchema>[]) {
  return { ...convertSummary(release), flows: release.flows, templates: release.templates, problems };
}

// Who holds each permission is in roles.ts (PERMISSIONS): drafting is editing, going live is publishing.
const canRead = { permission: 'flows.read' } as const satisfies { permission: AdminPermission };
const canEdit = { permission: 'flows.write' } as const satisfies { permission: AdminPermission };
const canPublish = { permission: 'flows.publish' } as const satisfies { permission: AdminPermission };
const actorOf = (res: Parameters<typeof getAdminPrincipal>[0]) => getAdminPrincipal(res).email;

/**
 * Releases: flow versions and template versions published together, validated as a whole. Editors draft them,
 * approvers publish and roll back; a conversation in flight keeps the release it started on.
 */
export const releaseRoutes: ApiRouteGroup<ReleasesApiContext> = {
  prefix: '/releases',
  tag: {
    name: 'Releases',
    description:
      'Sets of flow and template versions that go live together, validated as a whole; publish, roll back, compare',
  },
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listReleases',
      summary: 'List releases',
      description: 'Newest first, with the id of the live one.',
      access: canRead,
      query: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: z.object({
        items: z.array(releaseSummarySchema),
        liveReleaseId: z.number().int().nullable(),
      }),
      async handler({ query }, { flowStore }) {
        const { items, liveReleaseId } = await flowStore.listReleases({ limit: query.limit });
        return { items: items.map(convertSummary), liveReleaseId };
      },
    }),
    route({
      method: 'post',
      path: '/',
      operationId: 'createRelease',
      summary: 'Draft a release',
      description:
        'Stores a release (not live): the base with the given versions in place. Answers the problems publishing it ' +
        'would meet (`publishable` when there are none). Audited as `release.create`.',
      access: canEdit,
      body: createReleaseBodySchema,
      status: 201,
      response: releaseDetailSchema.extend({ publishable: z.boolean() }),
      errors: { 422: '`RELEASE_VERSIONS_MISSING`: a flow or template version it names does not exist' },
      async handler({ body, req, res }, { flowStore, clock, logger }) {
        const { release, problems } = await flowStore.createRelease(
          { ...body, createdBy: actorOf(res) },
          auditContextOf(req, res, clock()),
        );
        logger.info({ releaseId: release.id, problems: problems.length }, 'release drafted');
        return { ...convertDetail(release, problems), publishable: problems.length === 0 };
      },
    }),
    // Before `/:id`, which would otherwise take `diff` for an id.
    route({
      method: 'get',
      path: '/diff',
      operationId: 'diffReleases',
      summary: 'Compare two releases',
      description: 'Which flows and template namespaces differ, version to version. `to` defaults to the live release.',
      access: canRead,
      query: z.object({ from: releaseIdSchema, to: releaseIdSchema.optional() }),
      response: diffSchema,
      errors: { 404: '`RELEASE_NOT_FOUND`; `NOT_FOUND` when `to` is left out and nothing is live' },
      async handler({ query }, { flowStore }) {
        const to = query.to ?? (await flowStore.listReleases({ limit: 1 })).liveReleaseId;
        if (to === null) throw PlatformErrors.notFound('live release');
        return flowStore.diffReleases(query.from, to);
      },
    }),
    route({
      method: 'get',
      path: '/:id',
      operationId: 'getRelease',
      summary: 'Read a release',
      description: 'Its flow and template versions, its status, and the problems publishing it now would meet.',
      access: canRead,
      params: idParamsSchema,
      response: releaseDetailSchema,
      errors: { 404: '`RELEASE_NOT_FOUND`' },
      async handler({ params: { id } }, { flowStore }) {
        const release = await flowStore.getRelease(id);
        return convertDetail(release, await flowStore.checkRelease(id));
      },
    }),
    route({
      method: 'post',
      path: '/:id/publish',
      operationId: 'publishRelease',
      summary: 'Publish a release',
      description:
        'Validates it as a whole and makes it live: conversations that start afterwards run on it, conversations in ' +
        'flight finish on the release they started on. Audited as `release.publish`.',
      access: canPublish,
      params: idParamsSchema,
      response: publicationSchema,
      errors: {
        404: '`RELEASE_NOT_FOUND`',
        409: '`RELEASE_ALREADY_LIVE`',
        422: '`RELEASE_INVALID`: `errors.problems` lists every problem',
      },
      async handler({ params: { id }, req, res }, { flowStore, clock, logger }) {
        const { previousReleaseId } = await flowStore.publishRelease(id, auditContextOf(req, res, clock()), {
          actor: actorOf(res),
        });
        logger.info({ releaseId: id, previousReleaseId }, 'release published');
        return { releaseId: id, previousReleaseId };
      },
    }),
    route({
      method: 'post',
      path: '/:id/rollback',
      operationId: 'rollbackRelease',
      summary: 'Roll back to an earlier release',
      description:
        'Makes a release that was live before live again (validated like a publish). Audited as `release.rollback`.',
      access: canPublish,
      params: idParamsSchema,
      response: publicationSchema,
      errors: {
        404: '`RELEASE_NOT_FOUND`',
        409: '`RELEASE_ALREADY_LIVE`, or `RELEASE_NEVER_LIVE` (a draft: publish it instead)',
        422: '`RELEASE_INVALID`: `errors.problems`',
      },
      async handler({ params: { id }, req, res }, { flowStore, clock, logger }) {
        const { previousReleaseId } = await flowStore.rollbackRelease(id, auditContextOf(req, res, clock()), {
          actor: actorOf(res),
        });
        logger.info({ releaseId: id, previousReleaseId }, 'release rolled back to');
        return { releaseId: id, previousReleaseId };
      },
    }),
  ],
};
