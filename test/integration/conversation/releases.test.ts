import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { auditLog, recordAudit, type AuditContext } from '../../../src/admin/index.js';
import {
  citizenIdSchema,
  conversationSessions,
  createFlowStore,
  createReloadingTemplateRenderer,
  createStoredReleaseSource,
  flowDefinitionSchema,
  seedFlowStore,
  type ActionRegistry,
  type FlowStore,
  type TemplateTree,
} from '../../../src/conversation/index.js';
import { createShippedActionDefinitions } from '../../../src/shipped-actions.js';
import { createShippedInputTypes } from '../../../src/shipped-input-types.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { createPgTestEngine, type PgTestEngine } from '../../helpers/engine.js';
import { testLogger } from '../../helpers/logger.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const EDITOR: AuditContext = {
  actor: { type: 'account', accountId: '00000000-0000-4000-8000-0000000000e1', email: 'editor@province.gov.vn' },
};
const APPROVER: AuditContext = {
  actor: { type: 'account', accountId: '00000000-0000-4000-8000-0000000000a2', email: 'approver@province.gov.vn' },
};

// The shipped flows call every module's actions; validation needs only their names and arguments.
const shippedActions = createShippedActionDefinitions();

// The shipped text, with the default form of address (CITIZEN_ADDRESS_FORM).
const OLD_QUESTION = 'Anh/chị muốn trò chuyện bằng ngôn ngữ nào?';
const OLD_DONE = 'Đã đổi ngôn ngữ sang tiếng Việt.';
const NEW_QUESTION = 'Bạn có muốn dùng tiếng Anh không?';
const NEW_DONE = 'Xong (bản mới): tiếng Việt.';

/** Version 2 of the language flow: a yes/no question where version 1 offers a choice. */
const LANGUAGE_V2 = flowDefinitionSchema.parse({
  id: 'language',
  title: 'Đổi ngôn ngữ v2',
  format: 1,
  triggers: [{ type: 'keywords', values: ['đổi ngôn ngữ'] }],
  start: 'ask',
  steps: {
    ask: { type: 'ask', template: 'core:language.ask_v2', input: { type: 'yes_no' }, save: 'english', next: 'done' },
    done: { type: 'say', template: 'core:language.done' },
  },
});

/**
 * Releases on the engine's own tables: a release is validated as a whole, goes live at once for new conversations,
 * and a conversation in flight finishes on the flows and texts it started with; rollback, diff and the audit trail.
 */
describe('releases (flow store and engine)', () => {
  let database: TestDatabase;
  let store: FlowStore<AuditContext>;
  let actions: ActionRegistry;
  let test: PgTestEngine;
  let seeded: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    actions = shippedActions;
    store = createFlowStore<AuditContext>({
      db: database.db,
      actions,
      inputs: createShippedInputTypes(),
      audit: (tx, context, change) => recordAudit(tx, { ...context, ...change }),
      publishedCacheMs: 0,
    });
    const seed = await seedFlowStore({
      store,
      flowsDir: path.join(ROOT, 'flows'),
      templatesDir: path.join(ROOT, 'templates'),
      context: { actor: { type: 'system' } },
      logger: testLogger(),
    });
    seeded = seed.releaseId ?? 0;
    const templates = await createReloadingTemplateRenderer({ load: () => store.loadPublishedTemplates() });
    test = createPgTestEngine({
      db: database.db,
      flows: store,
      actions,
      templates,
      releases: createStoredReleaseSource({ store, templatesDir: path.join(ROOT, 'templates'), maxCached: 2 }),
    });
  });
  afterAll(() => database.destroy());

  let eventCount = 0;
  /** What the citizen is answered, as text. */
  async function say(citizen: string, text: string): Promise<string> {
    const before = test.released.get(citizen)?.length ?? 0;
    eventCount += 1;
    await test.engine.handle({
      citizenId: citizenIdSchema.parse(citizen),
      eventId: `${citizen}-${eventCount}`,
      occurredAt: new Date().toISOString(),
      payload: { kind: 'text', text },
    });
    return (test.released.get(citizen) ?? [])
      .slice(before)
      .map((m) => (m.kind === 'text' ? m.text : m.kind))
      .join('\n');
  }

  async function pinnedRelease(citizen: string): Promise<unknown> {
    const [row] = await database.db
      .select({ session: conversationSessions.session })
      .from(conversationSessions)
      .where(eq(conversationSessions.citizenId, citizen));
    return (row?.session as { release?: number } | undefined)?.release;
  }

  /** New versions of core (vi and en) with the v2 question, and the vi answer reworded. */
  async function storeNewCoreTexts(): Promise<{ vi: number; en: number }> {
    const current = await store.loadPublishedTemplates();
    const withV2 = (tree: TemplateTree | undefined, ask: string, done?: string): TemplateTree => {
      const language = (tree?.language ?? {}) as TemplateTree;
      return { ...tree, language: { ...language, ask_v2: ask, ...(done ? { done } : {}) } };
    };
    return {
      vi: await store.createTemplateVersion(
        { namespace: 'core', language: 'vi', content: withV2(current.vi?.core, NEW_QUESTION, NEW_DONE) },
        EDITOR,
      ),
      en: await store.createTemplateVersion(
        { namespace: 'core', language: 'en', content: withV2(current.en?.core, 'Switch to English?') },
        EDITOR,
      ),
    };
  }

  it('the first start publishes the shipped flows and texts as one live release', async () => {
    const { items, liveReleaseId } = await store.listReleases();
    expect(liveReleaseId).toBe(seeded);
    expect(items).toEqual([
      expect.objectContaining({ id: seeded, status: 'live', name: 'shipped flows and templates', createdBy: 'seed' }),
    ]);
    const release = await store.getRelease(seeded);
    expect(release.flows).toEqual(expect.arrayContaining([{ flowId: 'language', version: 1 }]));
    expect(release.templates).toEqual(
      expect.arrayContaining([
        { namespace: 'core', language: 'vi', version: 1 },
        { namespace: 'core', language: 'en', version: 1 },
      ]),
    );
    expect(await store.checkRelease(seeded)).toEqual([]);
  });

  it('refuses a release whose flow uses a template key missing in a language, listing the problems', async () => {
    const flow = await store.createVersion({ definition: LANGUAGE_V2, createdBy: 'editor@province.gov.vn' }, EDITOR);
    // The flow's new key exists in neither language yet: the draft is stored, with its problems.
    const { release, problems } = await store.createRelease(
      { name: 'language v2 without its texts', flows: [flow], createdBy: 'editor@province.gov.vn' },
      EDITOR,
    );
    expect(release).toMatchObject({ status: 'draft', flows: expect.arrayContaining([flow]) });
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'missing_template',
        flowId: 'language',
        step: 'ask',
        message: expect.stringContaining('core:language.ask_v2" is missing in vi'),
      }),
      expect.objectContaining({
        kind: 'missing_template',
        flowId: 'language',
        step: 'ask',
        message: expect.stringContaining('in en'),
      }),
    ]);
    await expect(store.publishRelease(release.id, APPROVER)).rejects.toMatchObject({
      code: 'RELEASE_INVALID',
      status: 422,
      details: { problems },
    });
    // Texts for one language only are still not enough: every language of the release must have the key.
    const { vi } = await storeNewCoreTexts();
    const viOnly = await store.createRelease(
      {
        name: 'language v2, Vietnamese texts only',
        flows: [flow],
        templates: [{ namespace: 'core', language: 'vi', version: vi }],
      },
      EDITOR,
    );
    expect(viOnly.problems.map((p) => p.message)).toEqual([expect.stringContaining('missing in en')]);
    await expect(store.publishRelease(viOnly.release.id, APPROVER)).rejects.toMatchObject({ code: 'RELEASE_INVALID' });
    // The per-flow publish is a release of one flow, validated the same way.
    await expect(store.publish('language', flow.version, APPROVER)).rejects.toMatchObject({ code: 'FLOW_INVALID' });
    expect((await store.listReleases()).liveReleaseId).toBe(seeded);
    expect((await store.findPublished('language'))?.version).toBe(1);
  });

  it('publishing switches new conversations; a conversation in flight keeps its flow and texts until it ends', async () => {
    expect(await say('early', 'đổi ngôn ngữ')).toContain(OLD_QUESTION);
    expect(await pinnedRelease('early')).toBe(seeded);

    // The editor drafts from the latest versions: language v2 and the new core texts of both languages.
    const { release, problems } = await store.createRelease(
      { name: 'language v2', base: 'latest', note: 'a yes/no question', createdBy: 'editor@province.gov.vn' },
      EDITOR,
    );
    expect(problems).toEqual([]);
    expect(await store.diffReleases(seeded, release.id)).toEqual({
      from: seeded,
      to: release.id,
      flows: [{ flowId: 'language', from: 1, to: 2 }],
      templates: [
        { namespace: 'core', language: 'en', from: 1, to: 2 },
        { namespace: 'core', language: 'vi', from: 1, to: 2 },
      ],
    });
    expect(await store.publishRelease(release.id, APPROVER, { actor: 'approver@province.gov.vn' })).toEqual({
      previousReleaseId: seeded,
    });

    // A citizen who starts now meets the new flow and texts.
    expect(await say('late', 'đổi ngôn ngữ')).toContain(NEW_QUESTION);
    expect(await pinnedRelease('late')).toBe(release.id);
    // The one who started before answers the old question (a choice, not yes/no) and reads the old words.
    const answer = await say('early', '1');
    expect(answer).toContain(OLD_DONE);
    expect(answer).not.toContain(NEW_DONE);
    // That conversation is over: the next one starts on the live release.
    expect(await pinnedRelease('early')).toBeUndefined();
    expect(await say('early', 'đổi ngôn ngữ')).toContain(NEW_QUESTION);
    expect(await say('early', 'không')).toContain(NEW_DONE);
  });

  it('rolls back to an earlier release; a draft or the live release cannot be rolled back to', async () => {
    const { items } = await store.listReleases();
    const live = items.find((item) => item.status === 'live');
    const draft = items.find((item) => item.status === 'draft');
    if (!live || !draft) throw new Error('expected a live release and a draft');
    await expect(store.rollbackRelease(draft.id, APPROVER)).rejects.toMatchObject({ code: 'RELEASE_NEVER_LIVE' });
    await expect(store.rollbackRelease(live.id, APPROVER)).rejects.toMatchObject({ code: 'RELEASE_ALREADY_LIVE' });
    await expect(store.publishRelease(live.id, APPROVER)).rejects.toMatchObject({ code: 'RELEASE_ALREADY_LIVE' });

    expect(await say('mid', 'đổi ngôn ngữ')).toContain(NEW_QUESTION);
    expect(await store.rollbackRelease(seeded, APPROVER, { actor: 'approver@province.gov.vn' })).toEqual({
      previousReleaseId: live.id,
    });
    expect(await say('after', 'đổi ngôn ngữ')).toContain(OLD_QUESTION);
    // Pinned to the release it started on, even though that one is no longer live.
    expect(await say('mid', 'có')).toContain(NEW_DONE);
    const statuses = Object.fromEntries((await store.listReleases()).items.map((item) => [item.id, item.status]));
    expect(statuses).toMatchObject({ [seeded]: 'live', [live.id]: 'previous', [draft.id]: 'draft' });
  });

  it('records every step in the audit log, with who did it', async () => {
    const rows = await database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.targetType, 'release'),
          inArray(auditLog.action, ['release.create', 'release.publish', 'release.rollback']),
        ),
      )
      .orderBy(auditLog.id);
    expect(rows.map((row) => [row.action, row.actorEmail])).toEqual([
      ['release.publish', null], // the first start, by the system
      ['release.create', 'editor@province.gov.vn'],
      ['release.create', 'editor@province.gov.vn'],
      ['release.create', 'editor@province.gov.vn'],
      ['release.publish', 'approver@province.gov.vn'],
      ['release.rollback', 'approver@province.gov.vn'],
    ]);
    const publish = rows.at(-2);
    expect(publish?.before).toEqual({ release: seeded });
    expect(rows.at(-1)).toMatchObject({ targetId: String(seeded), after: { release: seeded } });
  });

  it('two publishes at once both land: each builds on the other', async () => {
    const help = (await store.getVersion('help', 1)).definition;
    const menu = (await store.getVersion('menu', 1)).definition;
    const helpV2 = await store.createVersion({ definition: { ...help, title: 'Liên hệ (2)' } });
    const menuV2 = await store.createVersion({ definition: { ...menu, title: 'Danh mục (2)' } });
    await Promise.all([
      store.publish('help', helpV2.version, APPROVER),
      store.publish('menu', menuV2.version, APPROVER),
    ]);
    expect((await store.findPublished('help'))?.version).toBe(helpV2.version);
    expect((await store.findPublished('menu'))?.version).toBe(menuV2.version);
  });
});
