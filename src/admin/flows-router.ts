import express, { type Response, Router } from 'express';
import { z } from 'zod';
import {
  ConversationErrors,
  languageSchema,
  type ConversationEngine,
  type FlowDefinition,
  type FlowProblem,
  type FlowStore,
  findTemplateVersionContent,
  listTemplateNamespaces,
  listTemplateVersions,
} from '../conversation/index.js';
import type { Db } from '../platform/db.js';
import { PlatformErrors } from '../platform/errors.js';
import { parseJsonBody } from '../platform/http.js';
import type { Logger } from '../platform/logger.js';
import { auditContextOf, getAdminPrincipal, type AdminAuth } from './admin-auth.js';
import type { AuditContext } from './audit.js';
import { flowDocumentSchema, readFlowDocument, type FlowDocument } from './read-flow-document.js';

/** Flows are documents of a few kilobytes; the largest shipped one is well under this. */
const BODY_LIMIT = '256kb';
const YAML_CONTENT_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'text/plain'];
const MAX_SIMULATED_MESSAGES = 50;
const MAX_SIMULATED_MESSAGE_LENGTH = 2000;
const MAX_SIMULATION_DRAFTS = 20;

export interface FlowsAdminRouterDeps {
  db: Db;
  flowStore: FlowStore<AuditContext>;
  /** Only `simulate` is used: it runs the published flows (overlaid with drafts) with real actions, in memory. */
  engine: Pick<ConversationEngine, 'simulate'>;
  /** The shared admin auth (one instance for every admin router). */
  auth: AdminAuth;
  logger: Logger;
  clock?: () => Date;
}

const flowIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'lower-case letters, digits and _ only, starting with a letter' });
const versionSchema = z.coerce.number().int().min(1).max(1_000_000);
const flowParamsSchema = z.object({ id: flowIdSchema });
const flowVersionParamsSchema = z.object({ id: flowIdSchema, n: versionSchema });
const templateParamsSchema = z.object({
  language: languageSchema,
  namespace: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9_-]*$/, { message: 'lower-case letters, digits, _ and - only, starting with a letter' }),
});
const templateVersionParamsSchema = templateParamsSchema.extend({ n: versionSchema });
const versionBodySchema = z.object({ version: versionSchema });
const templateContentBodySchema = z.object({ content: z.record(z.string(), z.unknown()) });

const simulateBodySchema = z.object({
  messages: z.array(z.string().min(1).max(MAX_SIMULATED_MESSAGE_LENGTH)).min(1).max(MAX_SIMULATED_MESSAGES),
  drafts: z.array(flowDocumentSchema).max(MAX_SIMULATION_DRAFTS).optional(),
  language: languageSchema.optional(),
});

/**
 * The admin API for flows, templates and the simulator, to be mounted at `/api/admin/flows`. Editors write new
 * versions, approvers publish and roll back, both simulate (permissions in roles.ts). Publishing is audited by the flow store in its
 * transaction, with the caller's audit context.
 */
export function createFlowsAdminRouter(deps: FlowsAdminRouterDeps): Router {
  const { auth, flowStore, db } = deps;
  const clock = deps.clock ?? auth.clock;
  const logger = deps.logger.child({ component: 'flows-admin' });
  const canRead = auth.requirePermission('flows.read');
  const canEdit = auth.requirePermission('flows.write');
  const canSimulate = auth.requirePermission('flows.simulate');
  const canPublish = auth.requirePermission('flows.publish');
  const router = Router();
  router.use(express.text({ type: YAML_CONTENT_TYPES, limit: BODY_LIMIT }));
  router.use(parseJsonBody({ limit: BODY_LIMIT }));

  const actorOf = (res: Response) => getAdminPrincipal(res).email;

  /** Parses a flow document and validates it against the published flows; schema errors leave `flow` null. */
  async function checkDocument(
    document: FlowDocument,
    label: string,
  ): Promise<{ flow: FlowDefinition | null; raw: unknown; source: string | undefined; problems: FlowProblem[] }> {
    const read = readFlowDocument(document, label);
    if (!read.ok) return { flow: null, raw: null, source: undefined, problems: read.problems };
    const checked = await flowStore.checkDraft(read.raw);
    return { ...checked, raw: read.raw, source: read.source };
  }

  router.get('/', canRead, async (_req, res) => {
    res.json({ items: await flowStore.listFlows() });
  });

  router.post('/validate', canEdit, async (req, res) => {
    const document = flowDocumentSchema.parse(req.body);
    const { flow, problems } = await checkDocument(document, 'draft');
    res.json({ flowId: flow?.id ?? null, valid: flow !== null && problems.length === 0, problems });
  });

  router.post('/simulate', canSimulate, async (req, res) => {
    const body = simulateBodySchema.parse(req.body);
    const drafts: FlowDefinition[] = [];
    const problems: FlowProblem[] = [];
    for (const [index, document] of (body.drafts ?? []).entries()) {
      const checked = await checkDocument(document, `drafts.${index}`);
      // A draft the engine cannot even read cannot be simulated; other problems are shown beside the transcript.
      if (!checked.flow) throw ConversationErrors.flowInvalid(`drafts.${index}`, checked.problems);
      drafts.push(checked.flow);
      problems.push(...checked.problems);
    }
    const transcript = await deps.engine.simulate({
      messages: body.messages,
      ...(drafts.length > 0 ? { drafts } : {}),
      ...(body.language ? { language: body.language } : {}),
    });
    res.json({ transcript, problems });
  });

  // --- Templates (before /:id so a flow never shadows these paths) ---------------------------------------------------
  router.get('/templates', canRead, async (_req, res) => {
    res.json({ items: await listTemplateNamespaces(db) });
  });

  router.get('/templates/:language/:namespace/versions', canRead, async (req, res) => {
    const { language, namespace } = templateParamsSchema.parse(req.params);
    const items = await listTemplateVersions(db, namespace, language);
    if (items.length === 0) throw PlatformErrors.notFound('template namespace');
    res.json({ items });
  });

  router.get('/templates/:language/:namespace/versions/:n', canRead, async (req, res) => {
    const { language, namespace, n } = templateVersionParamsSchema.parse(req.params);
    const found = await findTemplateVersionContent(db, namespace, language, n);
    if (!found) throw ConversationErrors.templateVersionNotFound(namespace, language, n);
    res.json({ namespace, language, version: n, content: found.content });
  });

  router.post('/templates/:language/:namespace/versions', canEdit, async (req, res) => {
    const { language, namespace } = templateParamsSchema.parse(req.params);
    const { content } = templateContentBodySchema.parse(req.body);
    const version = await flowStore.createTemplateVersion(
      { namespace, language, content, createdBy: actorOf(res) },
      auditContextOf(req, res, clock()),
    );
    res.status(201).json({ namespace, language, version });
  });

  router.post('/templates/:language/:namespace/publish', canPublish, async (req, res) => {
    const { language, namespace } = templateParamsSchema.parse(req.params);
    const { version } = versionBodySchema.parse(req.body);
    await flowStore.publishTemplates(namespace, language, version, auditContextOf(req, res, clock()), {
      actor: actorOf(res),
    });
    logger.info({ namespace, language, version }, 'templates published');
    res.json({ namespace, language, version });
  });

  // --- Flows -------------------------------------------------------------------------------------------------------
  router.get('/:id/versions', canRead, async (req, res) => {
    const { id } = flowParamsSchema.parse(req.params);
    const items = await flowStore.listVersions(id);
    if (items.length === 0) throw ConversationErrors.flowNotFound(id);
    res.json({ items });
  });

  router.get('/:id/versions/:n', canRead, async (req, res) => {
    const { id, n } = flowVersionParamsSchema.parse(req.params);
    const { definition, source } = await flowStore.getVersion(id, n);
    const info = (await flowStore.listVersions(id)).find((item) => item.version === n);
    res.json({
      flowId: id,
      version: n,
      published: info?.published ?? false,
      createdBy: info?.createdBy ?? null,
      createdAt: info?.createdAt ?? null,
      source,
      definition,
    });
  });

  router.post('/:id/versions', canEdit, async (req, res) => {
    const { id } = flowParamsSchema.parse(req.params);
    const document = flowDocumentSchema.parse(req.body);
    const checked = await checkDocument(document, id);
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
    res.status(201).json({ ...created, publishable: checked.problems.length === 0, problems: checked.problems });
  });

  router.post('/:id/publish', canPublish, async (req, res) => {
    const { id } = flowParamsSchema.parse(req.params);
    const { version } = versionBodySchema.parse(req.body);
    const { previousVersion } = await flowStore.publish(id, version, auditContextOf(req, res, clock()), {
      actor: actorOf(res),
    });
    logger.info({ flowId: id, version, previousVersion }, 'flow published');
    res.json({ flowId: id, version, previousVersion });
  });

  router.post('/:id/rollback', canPublish, async (req, res) => {
    const { id } = flowParamsSchema.parse(req.params);
    const { version } = versionBodySchema.parse(req.body);
    const { previousVersion } = await flowStore.rollback(id, version, auditContextOf(req, res, clock()), {
      actor: actorOf(res),
    });
    logger.info({ flowId: id, version, previousVersion }, 'flow rolled back');
    res.json({ flowId: id, version, previousVersion });
  });

  return router;
}
