import { z } from 'zod';
import {
  ConversationErrors,
  effectSchema,
  findTemplateVersionContent,
  flowDefinitionSchema,
  languageSchema,
  listTemplateNamespaces,
  listTemplateVersions,
  outboundMessageSchema,
  previewTemplateTexts,
  templateTreeSchema,
  type ConversationEngine,
  type FlowDefinition,
  type FlowProblem,
  type FlowStore,
} from '../conversation/index.js';
import type { Language } from '../kernel/index.js';
import { apiRoutes, defineApiModule } from '../platform/api-route.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { auditContextOf, getAdminPrincipal } from './admin-auth.js';
import type { AuditContext } from './audit.js';
import type { AdminPermission } from './roles.js';
import { flowDocumentSchema, readFlowDocument, type FlowDocument } from './read-flow-document.js';
import { flowProblemSchema } from './flow-problem-schema.js';
import { releaseRoutes } from './releases-routes.js';

/** Flows are documents of a few kilobytes; the largest shipped one is well under this. */
const BODY_LIMIT = '256kb';
const YAML_CONTENT_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain'];
const MAX_SIMULATED_MESSAGES = 50;
const MAX_SIMULATED_MESSAGE_LENGTH = 2000;
const MAX_SIMULATION_DRAFTS = 20;
const MAX_PREVIEW_TEXT = 10_000;
const MAX_PREVIEW_VALUE = 1000;

export interface FlowsApiDeps {
  db: Db;
  flowStore: FlowStore<AuditContext>;
  /** Only `simulate` is used: it runs the published flows (overlaid with drafts) in memory, performing no write. */
  engine: Pick<ConversationEngine, 'simulate'>;
  logger: Logger;
  /** The variables every template sees now (`province.*`, `you`): the texts preview fills them as citizens get them. */
  templateVariables: (language: Language) => Record<string, unknown>;
  clock?: () => Date;
}

interface FlowsApiContext {
  db: Db;
  flowStore: FlowStore<AuditContext>;
  engine: Pick<ConversationEngine, 'simulate'>;
  logger: Logger;
  templateVariables: (language: Language) => Record<string, unknown>;
  clock: () => Date;
  /** Parses a flow document and validates it against the published flows; schema errors leave `flow` null. */
  checkDocument(
    document: FlowDocument,
    label: string,
  ): Promise<{ flow: FlowDefinition | null; raw: unknown; source: string | undefined; problems: FlowProblem[] }>;
}

function createFlowsApiContext(deps: FlowsApiDeps): FlowsApiContext {
  const { flowStore } = deps;
  return {
    db: deps.db,
    flowStore,
    engine: deps.engine,
    logger: deps.logger.child({ component: 'flows-admin' }),
    templateVariables: deps.templateVariables,
    clock: deps.clock ?? (() => new Date()),
    async checkDocument(document, label) {
      const read = readFlowDocument(document, label);
      if (!read.ok) return { flow: null, raw: null, source: undefined, problems: read.problems };
      const checked = await flowStore.checkDraft(read.raw);
      return { ...checked, raw: read.raw, source: read.source };
    },
  };
}

const route = apiRoutes<FlowsApiContext>();

const flowIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'lower-case letters, digits and _ only, starting with a letter' })
  .meta({ example: 'help' });
const versionSchema = z.coerce.number().int().min(1).max(1_000_000);
const flowParamsSchema = z.object({ id: flowIdSchema });
const flowVersionParamsSchema = z.object({ id: flowIdSchema, n: versionSchema });
const templateParamsSchema = z.object({
  language: languageSchema,
  namespace: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9_-]*$/, { message: 'lower-case letters, digits, _ and - only, starting with a letter' })
    .meta({ example: 'common' }),
});
const templateVersionParamsSchema = templateParamsSchema.extend({ n: versionSchema });
const versionBodySchema = z.object({ version: versionSchema });
const namespaceParamsSchema = templateParamsSchema.pick({ namespace: true });
const languagesPublishBodySchema = z.object({
  versions: z
    .object({ vi: versionSchema.optional(), en: versionSchema.optional() })
    .strict()
    .refine((versions) => versions.vi !== undefined || versions.en !== undefined, 'name at least one version')
    .meta({ description: "Each language's version to put live, e.g. `{vi: 4, en: 3}`" }),
});
const templateContentBodySchema = z.object({
  content: z
    .record(z.string(), z.unknown())
    .meta({ description: 'The whole namespace, as in templates/<lang>/<ns>.json' }),
});
const simulateBodySchema = z.object({
  messages: z
    .array(z.string().min(1).max(MAX_SIMULATED_MESSAGE_LENGTH))
    .min(1)
    .max(MAX_SIMULATED_MESSAGES)
    .meta({ example: ['@follow', 'gặp cán bộ'] }),
  drafts: z
    .array(flowDocumentSchema)
    .max(MAX_SIMULATION_DRAFTS)
    .optional()
    .meta({ description: 'Flows (YAML text, `{yaml}` or JSON) that replace published flows of the same id' }),
  language: languageSchema.optional().meta({
    description:
      "A language the simulated citizen chose (kept whatever they type); without it they start in the province's language and writing plainly in another switches it, as on Zalo",
  }),
});
const flowDocumentBodySchema = flowDocumentSchema.meta({
  description: 'A flow: YAML text (a YAML content type), JSON `{"yaml": "…"}`, or the flow as a JSON object',
});

const flowSummarySchema = z.object({
  flowId: z.string(),
  latestVersion: z.number().int(),
  latestBy: z.string().nullable().meta({
    description:
      "Who saved the latest version: an account's email, or `seed` when the server imported it from `flows/`",
  }),
  latestAt: z.iso.datetime().meta({ description: 'When the latest version was saved' }),
  title: z.string().nullable().meta({ description: "The latest version's title", example: 'Tìm thủ tục hành chính' }),
  publishedVersion: z.number().int().nullable(),
});
const flowVersionInfoSchema = z.object({
  flowId: z.string(),
  version: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  published: z.boolean(),
});
const flowPublicationSchema = z.object({
  flowId: z.string(),
  version: z.number().int(),
  previousVersion: z.number().int().nullable().meta({ description: 'What was published before; null for the first' }),
  releaseId: z.number().int().meta({ description: 'The release this publish made live (see `/releases`)' }),
});
const templateNamespaceSchema = z.object({
  namespace: z.string(),
  language: z.string(),
  latestVersion: z.number().int(),
  publishedVersion: z.number().int().nullable(),
});
const templateVersionInfoSchema = z.object({
  namespace: z.string(),
  language: z.string(),
  version: z.number().int(),
  createdBy: z.string().nullable(),
  createdAt: z.iso.datetime(),
  published: z.boolean(),
});
const templateVersionRefSchema = z.object({
  namespace: z.string(),
  language: languageSchema,
  version: z.number().int(),
});
// The tree is recursive: naming the schema itself (not a copy, as .meta() would make) names the recursion too, so the
// document has one `TemplateTree` component. Belongs beside the schema's definition in the conversation module.
if (!z.globalRegistry.has(templateTreeSchema)) z.globalRegistry.add(templateTreeSchema, { id: 'TemplateTree' });
// Stored content was checked when it was written; on the way out it is checked again and described as a template tree.
const storedTemplateTreeSchema = z.unknown().pipe(templateTreeSchema);
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

// Who holds each permission is in roles.ts (PERMISSIONS).
const canRead = { permission: 'flows.read' } as const satisfies { permission: AdminPermission };
const canEdit = { permission: 'flows.write' } as const satisfies { permission: AdminPermission };
const canSimulate = { permission: 'flows.simulate' } as const satisfies { permission: AdminPermission };
const canPublish = { permission: 'flows.publish' } as const satisfies { permission: AdminPermission };
const actorOf = (res: Parameters<typeof getAdminPrincipal>[0]) => getAdminPrincipal(res).email;

const flowRoutes = {
  prefix: '/flows',
  tag: { name: 'Flows', description: 'Conversation flows: versions, validation, publishing, the simulator' },
  bodyLimit: BODY_LIMIT,
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listFlows',
      summary: 'List flows',
      description: 'Each flow with its latest version (who saved it and when) and the version citizens meet.',
      access: canRead,
      response: itemsOf(flowSummarySchema),
      handler: async (_input, { flowStore }) => ({
        items: (await flowStore.listFlows()).map((flow) => ({ ...flow, latestAt: flow.latestAt.toISOString() })),
      }),
    }),
    route({
      method: 'post',
      path: '/validate',
      operationId: 'validateFlow',
      summary: 'Validate a draft flow',
      description: 'Checks a flow against the actions, templates and published flows; nothing is stored.',
      access: canEdit,
      body: flowDocumentBodySchema,
      textBody: YAML_CONTENT_TYPES,
      response: z.object({
        flowId: z.string().nullable().meta({ description: 'null when the document is not a flow at all' }),
        valid: z.boolean(),
        problems: z.array(flowProblemSchema),
      }),
      async handler({ body }, { checkDocument }) {
        const { flow, problems } = await checkDocument(body, 'draft');
        return { flowId: flow?.id ?? null, valid: flow !== null && problems.length === 0, problems };
      },
    }),
    route({
      method: 'post',
      path: '/simulate',
      operationId: 'simulateConversation',
      summary: 'Simulate a conversation',
      description:
        'Runs the engine in memory on the published flows (drafts replace flows of the same id) and answers the ' +
        'transcript. `@follow`, `@image <url>…` (several links: one message), `@location <lat> <lng>`, `@file <url>`, `@contact <phone>` and ' +
        '`@sticker` stand for events other than text. Reads run for real; writes are only shown (`effects`).',
      access: canSimulate,
      body: simulateBodySchema,
      response: z.object({
        transcript: z.array(
          z.object({
            citizen: z.string(),
            bot: z.array(outboundMessageSchema.meta({ id: 'OutboundMessage' })),
            effects: z
              .array(effectSchema.meta({ id: 'Effect' }))
              .meta({ description: 'Writes the turn asks for (follow a dossier, a handoff…): shown, never performed' }),
          }),
        ),
        problems: z.array(flowProblemSchema).meta({ description: "The drafts' problems (they do not stop the run)" }),
      }),
      errors: { 422: '`FLOW_INVALID`: a draft is not a flow the engine can read; `errors.problems`' },
      async handler({ body }, { checkDocument, engine }) {
        const drafts: FlowDefinition[] = [];
        const problems: FlowProblem[] = [];
        for (const [index, document] of (body.drafts ?? []).entries()) {
          const checked = await checkDocument(document, `drafts.${index}`);
          // A draft the engine cannot even read cannot be simulated; other problems are shown beside the transcript.
          if (!checked.flow) throw ConversationErrors.flowInvalid(`drafts.${index}`, checked.problems);
          drafts.push(checked.flow);
          problems.push(...checked.problems);
        }
        const transcript = await engine.simulate({
          messages: body.messages,
          ...(drafts.length > 0 ? { drafts } : {}),
          ...(body.language ? { language: body.language } : {}),
        });
        return { transcript, problems };
      },
    }),
  ],
};

// Before the flow routes' `/:id` paths in the router, so a flow never shadows these.
const templateRoutes = {
  prefix: '/flows/templates',
  tag: { name: 'Templates', description: 'Citizen-facing texts per language and namespace: versions and publishing' },
  bodyLimit: BODY_LIMIT,
  routes: [
    route({
      method: 'get',
      path: '/',
      operationId: 'listTemplateNamespaces',
      summary: 'List template namespaces',
      access: canRead,
      response: itemsOf(templateNamespaceSchema),
      handler: async (_input, { db }) => ({ items: await listTemplateNamespaces(db) }),
    }),
    route({
      method: 'post',
      path: '/preview',
      operationId: 'previewTemplateText',
      summary: 'Preview a text as a citizen reads it',
      description:
        "Renders one text's Vietnamese and English versions with the bot's renderer: `province.*` and the form of address (`you`, `You`) from the province's settings now, any other placeholder from `values`, else a sample made from its name (`[ticket.number]`), or now for a date or time. Nothing is stored.",
      access: canRead,
      body: z.object({
        texts: z.object({ vi: z.string().max(MAX_PREVIEW_TEXT), en: z.string().max(MAX_PREVIEW_TEXT) }),
        values: z
          .record(z.string().max(200), z.string().max(MAX_PREVIEW_VALUE))
          .optional()
          .meta({ description: 'Sample values by placeholder name (`ticket.number`), to replace the made-up ones' }),
      }),
      response: z
        .object({
          placeholders: z.array(
            z.object({
              name: z.string(),
              format: z.string().nullable().meta({ description: '`date`, `time`, … when the text formats the value' }),
              value: z.string(),
              source: z.enum(['province', 'given', 'sample']).meta({
                description: "`province`: the province's settings; `given`: from `values`; `sample`: made up",
              }),
            }),
          ),
          rendered: z.object({ vi: z.string(), en: z.string() }),
        })
        .meta({ id: 'TemplatePreview' }),
      handler: async ({ body }, { templateVariables, clock }) =>
        previewTemplateTexts(body.texts, {
          variables: { vi: templateVariables('vi'), en: templateVariables('en') },
          ...(body.values ? { values: body.values } : {}),
          now: clock(),
        }),
    }),
    route({
      method: 'get',
      path: '/:language/:namespace/versions',
      operationId: 'listTemplateVersions',
      summary: 'List the versions of a template namespace',
      description: 'Newest first.',
      access: canRead,
      params: templateParamsSchema,
      response: itemsOf(templateVersionInfoSchema),
      errors: { 404: '`NOT_FOUND`: no such namespace in this language' },
      async handler({ params: { language, namespace } }, { db }) {
        const items = await listTemplateVersions(db, namespace, language);
        if (items.length === 0) throw PlatformErrors.notFound('template namespace');
        return { items };
      },
    }),
    route({
      method: 'get',
      path: '/:language/:namespace/versions/:n',
      operationId: 'getTemplateVersion',
      summary: 'Read a template version',
      access: canRead,
      params: templateVersionParamsSchema,
      response: templateVersionRefSchema.extend({ content: storedTemplateTreeSchema }),
      errors: { 404: '`TEMPLATE_VERSION_NOT_FOUND`' },
      async handler({ params: { language, namespace, n } }, { db }) {
        const found = await findTemplateVersionContent(db, namespace, language, n);
        if (!found) throw ConversationErrors.templateVersionNotFound(namespace, language, n);
        return { namespace, language, version: n, content: found.content };
      },
    }),
    route({
      method: 'post',
      path: '/:language/:namespace/versions',
      operationId: 'createTemplateVersion',
      summary: 'Store a new version of a template namespace',
      description: 'Not yet published. Audited as `templates.version.create`.',
      access: canEdit,
      params: templateParamsSchema,
      body: templateContentBodySchema,
      status: 201,
      response: templateVersionRefSchema,
      errors: { 422: '`TEMPLATES_INVALID`: the content is not a template tree; `errors.problems`' },
      async handler({ params: { language, namespace }, body, req, res }, { flowStore, clock }) {
        const version = await flowStore.createTemplateVersion(
          { namespace, language, content: body.content, createdBy: actorOf(res) },
          auditContextOf(req, res, clock()),
        );
        return { namespace, language, version };
      },
    }),
    route({
      method: 'post',
      path: '/:namespace/publish',
      operationId: 'publishTemplateLanguages',
      summary: "Publish a namespace's versions in several languages at once",
      description:
        'One release with every version named (Vietnamese and English): validated as a whole, all go live together ' +
        'for conversations that start afterwards, or none does (a refused text in one language keeps the other ' +
        "language's new version out too, so citizens never read new words in one language beside old ones in the " +
        'other). Audited as `templates.publish` for each language.',
      access: canPublish,
      params: namespaceParamsSchema,
      body: languagesPublishBodySchema,
      response: z.object({
        namespace: z.string(),
        versions: z.object({ vi: z.number().int().optional(), en: z.number().int().optional() }),
        releaseId: z.number().int().meta({ description: 'The release this publish made live (see `/releases`)' }),
      }),
      errors: {
        404: '`TEMPLATE_VERSION_NOT_FOUND`',
        422:
          '`TEMPLATES_INVALID`: a key the engine or a published flow uses would be missing, or a placeholder nothing ' +
          'fills would reach citizens as typed (`unknown_placeholder`, with `key`, `language`, `placeholder`); ' +
          '`errors.problems`. Nothing is published',
      },
      async handler({ params: { namespace }, body: { versions }, req, res }, { flowStore, clock, logger }) {
        const { releaseId } = await flowStore.publishTemplateVersions(
          namespace,
          versions,
          auditContextOf(req, res, clock()),
          { actor: actorOf(res) },
        );
        logger.info({ namespace, versions, releaseId }, 'templates published');
        return { namespace, versions, releaseId };
      },
    }),
    route({
      method: 'post',
      path: '/:language/:namespace/publish',
      operationId: 'publishTemplates',
      summary: 'Publish a template version',
      description:
        'A release of one namespace: the live release with this version in place, validated as a whole, becomes live ' +
        'for conversations that start afterwards (running servers see it within seconds). Audited as `templates.publish`.',
      access: canPublish,
      params: templateParamsSchema,
      body: versionBodySchema,
      response: templateVersionRefSchema.extend({
        releaseId: z.number().int().meta({ description: 'The release this publish made live (see `/releases`)' }),
      }),
      errors: {
        404: '`TEMPLATE_VERSION_NOT_FOUND`',
        422:
          '`TEMPLATES_INVALID`: a key the engine or a published flow uses would be missing, or a placeholder nothing ' +
          'fills would reach citizens as typed (`unknown_placeholder`, with `key`, `language`, `placeholder`); ' +
          '`errors.problems`',
      },
      async handler({ params: { language, namespace }, body: { version }, req, res }, { flowStore, clock, logger }) {
        const { releaseId } = await flowStore.publishTemplates(
          namespace,
          language,
          version,
          auditContextOf(req, res, clock()),
          { actor: actorOf(res) },
        );
        logger.info({ namespace, language, version, releaseId }, 'templates published');
        return { namespace, language, version, releaseId };
      },
    }),
  ],
};

const flowVersionRoutes = {
  prefix: '/flows',
  tag: flowRoutes.tag,
  bodyLimit: BODY_LIMIT,
  routes: [
    route({
      method: 'get',
      path: '/:id/versions',
      operationId: 'listFlowVersions',
      summary: 'List the versions of a flow',
      description: 'Newest first.',
      access: canRead,
      params: flowParamsSchema,
      response: itemsOf(flowVersionInfoSchema),
      errors: { 404: '`FLOW_NOT_FOUND`' },
      async handler({ params: { id } }, { flowStore }) {
        const items = await flowStore.listVersions(id);
        if (items.length === 0) throw ConversationErrors.flowNotFound(id);
        return { items: items.map((item) => ({ ...item, createdAt: item.createdAt.toISOString() })) };
      },
    }),
    route({
      method: 'get',
      path: '/:id/versions/:n',
      operationId: 'getFlowVersion',
      summary: 'Read a flow version',
      access: canRead,
      params: flowVersionParamsSchema,
      response: z.object({
        flowId: z.string(),
        version: z.number().int(),
        published: z.boolean(),
        createdBy: z.string().nullable(),
        createdAt: z.iso.datetime().nullable(),
        source: z.string().meta({ description: 'The YAML as written, comments and all' }),
        definition: flowDefinitionSchema.meta({ id: 'FlowDefinition' }),
      }),
      errors: { 404: '`FLOW_NOT_FOUND`' },
      async handler({ params: { id, n } }, { flowStore }) {
        const { definition, source } = await flowStore.getVersion(id, n);
        const info = (await flowStore.listVersions(id)).find((item) => item.version === n);
        return {
          flowId: id,
          version: n,
          published: info?.published ?? false,
          createdBy: info?.createdBy ?? null,
          createdAt: info?.createdAt.toISOString() ?? null,
          source,
          definition,
        };
      },
    }),
    route({
      method: 'post',
      path: '/:id/versions',
      operationId: 'createFlowVersion',
      summary: 'Store a new version of a flow',
      description:
        'Stores an immutable, unpublished version and answers its problems (`publishable` when there are none). ' +
        'Audited as `flow.version.create`.',
      access: canEdit,
      params: flowParamsSchema,
      body: flowDocumentBodySchema,
      textBody: YAML_CONTENT_TYPES,
      status: 201,
      response: z.object({
        flowId: z.string(),
        version: z.number().int(),
        publishable: z.boolean(),
        problems: z.array(flowProblemSchema),
      }),
      errors: {
        400: "`INVALID_INPUT`: the document's id is not the path's",
        422: '`FLOW_INVALID`: the document is not a flow; `errors.problems`',
      },
      async handler({ params: { id }, body, req, res }, { checkDocument, flowStore, clock }) {
        const checked = await checkDocument(body, id);
        if (!checked.flow) throw ConversationErrors.flowInvalid(id, checked.problems);
        if (checked.flow.id !== id) {
          throw PlatformErrors.invalidInput({ id: `the document's id is ${checked.flow.id}, the path's is ${id}` });
        }
        const created = await flowStore.createVersion(
          {
            definition: checked.raw,
            ...(checked.source === undefined ? {} : { source: checked.source }),
            createdBy: actorOf(res),
          },
          auditContextOf(req, res, clock()),
        );
        return { ...created, publishable: checked.problems.length === 0, problems: checked.problems };
      },
    }),
    route({
      method: 'post',
      path: '/:id/publish',
      operationId: 'publishFlow',
      summary: 'Publish a flow version',
      description:
        'A release of one flow: the live release with this version in place, validated as a whole (actions, ' +
        'templates, the other flows), becomes live for conversations that start afterwards. Audited as `flow.publish`.',
      access: canPublish,
      params: flowParamsSchema,
      body: versionBodySchema,
      response: flowPublicationSchema,
      errors: { 404: '`FLOW_NOT_FOUND`', 422: '`FLOW_INVALID`: `errors.problems`' },
      async handler({ params: { id }, body: { version }, req, res }, { flowStore, clock, logger }) {
        const { previousVersion, releaseId } = await flowStore.publish(id, version, auditContextOf(req, res, clock()), {
          actor: actorOf(res),
        });
        logger.info({ flowId: id, version, previousVersion, releaseId }, 'flow published');
        return { flowId: id, version, previousVersion, releaseId };
      },
    }),
    route({
      method: 'post',
      path: '/:id/rollback',
      operationId: 'rollbackFlow',
      summary: 'Republish an older flow version',
      description: 'A release like a publish, with the older version in place. Audited as `flow.rollback`.',
      access: canPublish,
      params: flowParamsSchema,
      body: versionBodySchema,
      response: flowPublicationSchema,
      errors: { 404: '`FLOW_NOT_FOUND`', 422: '`FLOW_INVALID`: `errors.problems`' },
      async handler({ params: { id }, body: { version }, req, res }, { flowStore, clock, logger }) {
        const { previousVersion, releaseId } = await flowStore.rollback(
          id,
          version,
          auditContextOf(req, res, clock()),
          {
            actor: actorOf(res),
          },
        );
        logger.info({ flowId: id, version, previousVersion, releaseId }, 'flow rolled back');
        return { flowId: id, version, previousVersion, releaseId };
      },
    }),
  ],
};

/**
 * The admin API of flows, templates and the simulator, under `/api/admin/flows`, and of releases, under
 * `/api/admin/releases`. Editors write new versions and draft releases, approvers publish and roll back, both simulate
 * (permissions in roles.ts). Publishing is audited by the flow store in its transaction, with the caller's audit
 * context.
 */
export const flowsApi = defineApiModule(
  [flowRoutes, templateRoutes, flowVersionRoutes, releaseRoutes],
  createFlowsApiContext,
);
