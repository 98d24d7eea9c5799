import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, recordAudit, type AuditContext } from '../../../src/admin/index.js';
import {
  citizenIdSchema,
  conversationFlowVersions,
  conversationLiveRelease,
  conversationTemplateVersions,
  createFlowStore,
  createHandoffStore,
  createReloadingTemplateRenderer,
  flowDefinitionSchema,
  publishedTemplatesVersion,
  seedFlowStore,
  type ActionRegistry,
  type FlowStore,
} from '../../../src/conversation/index.js';
import { createShippedActionDefinitions } from '../../../src/shipped-actions.js';
import { createShippedInputTypes } from '../../../src/shipped-input-types.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/db.js';
import { createPgTestEngine } from '../../helpers/engine.js';
import { testLogger } from '../../helpers/logger.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SYSTEM: AuditContext = { actor: { type: 'system' } };

// The shipped flows call every module's actions; validation needs only their names and arguments.
const shippedActions = createShippedActionDefinitions();

describe('flow store (PostgreSQL)', () => {
  let database: TestDatabase;
  let store: FlowStore<AuditContext>;
  let actions: ActionRegistry;

  beforeEach(async () => {
    database = await createTestDatabase();
    actions = shippedActions;
    store = createFlowStore<AuditContext>({
      db: database.db,
      actions,
      inputs: createShippedInputTypes(),
      audit: (tx, context, change) => recordAudit(tx, { ...context, ...change }),
      publishedCacheMs: 0,
    });
    await seedFlowStore({
      store,
      flowsDir: path.join(ROOT, 'flows'),
      templatesDir: path.join(ROOT, 'templates'),
      context: SYSTEM,
      logger: testLogger(),
    });
  });

  afterEach(async () => {
    await database.destroy();
  });

  it('first start imports and publishes every shipped flow and template, and a second run imports nothing', async () => {
    const flows = await store.listFlows();
    expect(flows.map((f) => f.flowId)).toEqual(
      expect.arrayContaining(['welcome', 'menu', 'help', 'language', 'fallback']),
    );
    expect(flows.every((f) => f.publishedVersion === 1)).toBe(true);
    const templates = await store.loadPublishedTemplates();
    expect(Object.keys(templates.vi ?? {})).toEqual(expect.arrayContaining(['common', 'core']));
    const again = await seedFlowStore({
      store,
      flowsDir: path.join(ROOT, 'flows'),
      templatesDir: path.join(ROOT, 'templates'),
      context: SYSTEM,
      logger: testLogger(),
    });
    expect(again).toEqual({ flows: [], templates: [], releaseId: null });
    const exported = await store.getVersion('welcome', 1);
    expect(exported.source).toContain('# Greets a new follower');
  });

  it('a later start adds the template keys a new release ships, keeping the texts an admin changed', async () => {
    // The live release as an older version of the code left it: lgsp texts without the invalid-answer keys, one text
    // edited by an admin. (Publishing refuses such a release today, so it is made live as an upgrade finds it.)
    const lgsp = (await store.loadPublishedTemplates()).vi?.lgsp ?? {};
    const { input: _input, ...older } = lgsp;
    const dossier = lgsp.dossier as Record<string, unknown>;
    const edited = { ...older, dossier: { ...dossier, ask: 'Mã hồ sơ của bạn là gì?' } };
    await database.db
      .insert(conversationTemplateVersions)
      .values({ namespace: 'lgsp', language: 'vi', version: 2, content: edited });
    const { release: old } = await store.createRelease(
      { name: 'before the upgrade', templates: [{ namespace: 'lgsp', language: 'vi', version: 2 }] },
      SYSTEM,
    );
    await database.db.update(conversationLiveRelease).set({ releaseId: old.id });
    store.invalidate();

    const result = await seedFlowStore({
      store,
      flowsDir: path.join(ROOT, 'flows'),
      templatesDir: path.join(ROOT, 'templates'),
      context: SYSTEM,
      logger: testLogger(),
    });
    expect(result).toEqual({
      flows: [],
      templates: [{ namespace: 'lgsp', language: 'vi', version: 3 }],
      releaseId: expect.any(Number) as number,
    });
    // The completed namespace went live in a release of its own, built on the one that was live.
    expect(await store.liveReleaseId()).toBe(result.releaseId);
    const live = await store.getRelease(result.releaseId ?? 0);
    expect(live.templates).toContainEqual(expect.objectContaining({ namespace: 'lgsp', language: 'vi', version: 3 }));
    const published = (await store.loadPublishedTemplates()).vi?.lgsp ?? {};
    expect(published.dossier).toMatchObject({ ask: 'Mã hồ sơ của bạn là gì?' });
    expect(published.input).toEqual(lgsp.input);
  });

  it('an upgrade imports a changed shipped flow nobody edited, and leaves one an admin changed; a start imports neither', async () => {
    // The next version of the code ships two changed flows; an admin had edited one of them meanwhile.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zalo-egov-flows-'));
    fs.cpSync(path.join(ROOT, 'flows'), dir, { recursive: true });
    for (const file of ['help.yaml', 'dossier-follow.yaml']) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      fs.writeFileSync(path.join(dir, file), source.replace(/^title: (.*)$/m, 'title: $1 (new)'));
    }
    const help = await store.findVersion('help', 1);
    if (!help) throw new Error('help not seeded');
    const edited = await store.createVersion({ definition: { ...help, title: 'Hotline' }, createdBy: 'admin@example' });
    await store.publish('help', edited.version, SYSTEM);
    // A start (an older process of a rolling deploy may start too) imports no changed flow.
    const started = await seedFlowStore({
      store,
      flowsDir: dir,
      templatesDir: path.join(ROOT, 'templates'),
      context: SYSTEM,
      logger: testLogger(),
    });
    expect(started.flows).toEqual([]);

    const result = await seedFlowStore({
      store,
      flowsDir: dir,
      templatesDir: path.join(ROOT, 'templates'),
      context: SYSTEM,
      logger: testLogger(),
      actor: 'cli',
      upgrade: true,
    });
    expect(result.flows).toEqual([{ flowId: 'dossier_follow', version: 2 }]);
    expect((await store.findPublished('dossier_follow'))?.flow.title).toBe('Theo dõi hồ sơ (new)');
    expect((await store.findPublished('help'))?.flow.title).toBe('Hotline');
    // Run again: nothing left to import.
    const again = await seedFlowStore({
      store,
      flowsDir: dir,
      templatesDir: path.join(ROOT, 'templates'),
      context: SYSTEM,
      logger: testLogger(),
      actor: 'cli',
      upgrade: true,
    });
    expect(again.flows).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishing validates first: an invalid version is refused and the published one stays', async () => {
    const menu = (await store.getVersion('menu', 1)).definition;
    const broken = flowDefinitionSchema.parse({
      ...menu,
      steps: { show: { type: 'say', template: 'common:menu', next: 'nowhere' } },
    });
    const { version } = await store.createVersion({ definition: broken, createdBy: 'editor@example.vn' });
    expect(version).toBe(2);
    await expect(store.publish('menu', 2, SYSTEM)).rejects.toMatchObject({ code: 'FLOW_INVALID' });
    expect((await store.findPublished('menu'))?.version).toBe(1);
    const draft = await store.checkDraft({ ...menu, steps: { show: { type: 'say', template: 'core:missing' } } });
    expect(draft.problems.map((p) => p.kind)).toEqual(['missing_template', 'missing_template']);
    expect((await store.checkDraft({ id: 'x' })).problems[0]?.kind).toBe('schema');
    const unknownInput = await store.checkDraft({
      ...menu,
      steps: { show: { type: 'ask', template: 'common:menu', input: { type: 'licence_plate' }, save: 'plate' } },
    });
    expect(unknownInput.problems).toContainEqual(
      expect.objectContaining({ kind: 'unknown_input_type', message: expect.stringContaining('"licence_plate"') }),
    );
    expect(await store.check('menu', 2)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'unknown_step', step: 'show' })]),
    );
  });

  it('publish and rollback are atomic and audited with before and after versions', async () => {
    const help = (await store.getVersion('help', 1)).definition;
    const { version } = await store.createVersion({ definition: { ...help, title: 'Liên hệ (mới)' } });
    const published = await store.publish('help', version, SYSTEM, { actor: 'editor' });
    expect(published).toEqual({ previousVersion: 1, releaseId: expect.any(Number) });
    expect((await store.findPublished('help'))?.flow.title).toBe('Liên hệ (mới)');
    const rolledBack = await store.rollback('help', 1, SYSTEM);
    expect((await store.findPublished('help'))?.version).toBe(1);
    // Each is a release of its own: the live one with this flow's version in place.
    expect(rolledBack.releaseId).toBeGreaterThan(published.releaseId);
    const rows = await database.db.select().from(auditLog).where(eq(auditLog.targetId, 'help'));
    expect(rows.map((r) => [r.action, r.before, r.after])).toEqual([
      ['flow.publish', { version: 1 }, { version: 2, release: published.releaseId }],
      ['flow.rollback', { version: 2 }, { version: 1, release: rolledBack.releaseId }],
    ]);
    const versions = await store.listVersions('help');
    expect(versions.map((v) => [v.version, v.published])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('stored versions cannot be changed in place', async () => {
    const error: unknown = await database.db
      .update(conversationFlowVersions)
      .set({ createdBy: 'someone' })
      .where(eq(conversationFlowVersions.flowId, 'menu'))
      .then(
        () => null,
        (e: unknown) => e,
      );
    // drizzle wraps the database error; the trigger's message is in the cause.
    expect(error).toMatchObject({ cause: { message: expect.stringMatching(/immutable/) } });
    expect((await store.getVersion('menu', 1)).definition.id).toBe('menu');
  });

  it('a template version that drops a key a published flow uses is refused', async () => {
    const core = (await store.loadPublishedTemplates()).en?.core ?? {};
    const { welcome: _dropped, ...withoutWelcome } = core;
    const version = await store.createTemplateVersion({ namespace: 'core', language: 'en', content: withoutWelcome });
    await expect(store.publishTemplates('core', 'en', version, SYSTEM)).rejects.toMatchObject({
      code: 'TEMPLATES_INVALID',
    });
    expect((await store.loadPublishedTemplates()).en?.core).toEqual(core);
  });

  it("a new version of the words namespace changes what citizens' words mean; a broken one is refused", async () => {
    let loads = 0;
    const templates = await createReloadingTemplateRenderer({
      load: () => {
        loads += 1;
        return store.loadPublishedTemplates();
      },
      // Texts are read again only when another release went live.
      version: () => publishedTemplatesVersion(database.db),
      refreshMs: 0,
    });
    const { engine, released } = createPgTestEngine({ db: database.db, flows: store, actions, templates });
    let event = 0;
    const say = async (text: string) => {
      const citizen = 'words-citizen';
      const before = released.get(citizen)?.length ?? 0;
      event += 1;
      await engine.handle({
        citizenId: citizenIdSchema.parse(citizen),
        eventId: `words-${event}`,
        occurredAt: new Date().toISOString(),
        payload: { kind: 'text', text },
      });
      return (released.get(citizen) ?? [])
        .slice(before)
        .map((m) => (m.kind === 'text' ? m.text : m.kind))
        .join('\n');
    };
    const words = (await store.loadPublishedTemplates()).vi?.words ?? {};
    const command = words.command as Record<string, unknown>;

    expect(await say('tra cứu hồ sơ')).toContain('nhập mã hồ sơ');
    // Not a command yet: an invalid dossier code, answered with the LGSP module's own text.
    expect(await say('thôi không tra nữa')).toContain('Mã hồ sơ chưa đúng');
    expect(loads).toBe(1);

    const version = await store.createTemplateVersion({
      namespace: 'words',
      language: 'vi',
      content: { ...words, command: { ...command, cancel: ['hủy', 'thôi không tra nữa'] } },
    });
    await store.publishTemplates('words', 'vi', version, SYSTEM);
    expect(await say('thôi không tra nữa')).toContain('Đã hủy');
    expect(loads).toBe(2);

    // "có" in the no list too, or no menu words at all: refused, the published version stays.
    const answer = words.answer as Record<string, string[]>;
    const conflicting = await store.createTemplateVersion({
      namespace: 'words',
      language: 'vi',
      content: { ...words, answer: { ...answer, no: [...(answer.no ?? []), 'có'] } },
    });
    await expect(store.publishTemplates('words', 'vi', conflicting, SYSTEM)).rejects.toMatchObject({
      code: 'TEMPLATES_INVALID',
      details: { problems: [expect.objectContaining({ kind: 'word_conflict' })] },
    });
    const { menu: _menu, ...withoutMenu } = command;
    const missing = await store.createTemplateVersion({
      namespace: 'words',
      language: 'vi',
      content: { ...words, command: withoutMenu },
    });
    await expect(store.publishTemplates('words', 'vi', missing, SYSTEM)).rejects.toMatchObject({
      details: {
        problems: [
          expect.objectContaining({ kind: 'missing_words', message: expect.stringContaining('words:command.menu') }),
        ],
      },
    });
    expect(await say('tra cứu hồ sơ')).toContain('nhập mã hồ sơ');
    expect(await say('thôi không tra nữa')).toContain('Đã hủy');
  });

  it('concurrent saves get distinct version numbers', async () => {
    const menu = (await store.getVersion('menu', 1)).definition;
    const results = await Promise.all([1, 2, 3].map(() => store.createVersion({ definition: menu })));
    expect(results.map((r) => r.version).sort()).toEqual([2, 3, 4]);
  });

  it('a session started on v1 finishes on v1 after v2 is published (stored sessions and flows)', async () => {
    const templates = await createReloadingTemplateRenderer({
      load: () => store.loadPublishedTemplates(),
      refreshMs: 0,
    });
    const { engine, released } = createPgTestEngine({ db: database.db, flows: store, actions, templates });
    const say = async (citizen: string, text: string) => {
      const before = released.get(citizen)?.length ?? 0;
      await engine.handle({
        citizenId: citizenIdSchema.parse(citizen),
        eventId: `${citizen}-${text}`,
        occurredAt: new Date().toISOString(),
        payload: { kind: 'text', text },
      });
      return (released.get(citizen) ?? [])
        .slice(before)
        .map((m) => (m.kind === 'text' ? m.text : m.kind))
        .join('\n');
    };

    expect(await say('a', 'đổi ngôn ngữ')).toContain('ngôn ngữ nào');
    // v2 of the language flow asks differently (a yes/no question); templates get a new key for it.
    const core = (await store.loadPublishedTemplates()).vi?.core ?? {};
    const coreVersion = await store.createTemplateVersion({
      namespace: 'core',
      language: 'vi',
      content: { ...core, language_v2: 'Bạn có muốn dùng tiếng Anh không?' },
    });
    await store.publishTemplates('core', 'vi', coreVersion, SYSTEM);
    const coreEn = (await store.loadPublishedTemplates()).en?.core ?? {};
    const coreEnVersion = await store.createTemplateVersion({
      namespace: 'core',
      language: 'en',
      content: { ...coreEn, language_v2: 'Switch to English?' },
    });
    await store.publishTemplates('core', 'en', coreEnVersion, SYSTEM);
    const v2 = flowDefinitionSchema.parse({
      id: 'language',
      title: 'Đổi ngôn ngữ v2',
      format: 1,
      triggers: [{ type: 'keywords', values: ['đổi ngôn ngữ'] }],
      start: 'ask',
      steps: {
        ask: { type: 'ask', template: 'core:language_v2', input: { type: 'yes_no' }, save: 'english', next: 'done' },
        done: { type: 'say', template: 'core:language.done' },
      },
    });
    const created = await store.createVersion({ definition: v2 });
    await store.publish('language', created.version, SYSTEM);

    // Citizen a is on v1: "2" answers v1's choice question (English).
    expect(await say('a', '2')).toContain('Language changed to English');
    // Citizen b starts on v2 and sees the newly published template.
    expect(await say('b', 'đổi ngôn ngữ')).toContain('Bạn có muốn dùng tiếng Anh không?');
  });

  it('handoffs are recorded once per open request and can be closed', async () => {
    const handoffs = createHandoffStore(database.db);
    const citizenId = citizenIdSchema.parse('citizen-1');
    const first = await handoffs.request({ citizenId, flowId: 'help', reason: 'asked for an official' });
    const second = await handoffs.request({ citizenId, flowId: 'help' });
    expect(second.id).toBe(first.id);
    expect((await handoffs.list()).map((h) => h.id)).toEqual([first.id]);
    expect(await handoffs.close(first.id, 'official@example.vn')).toMatchObject({ id: first.id });
    expect(await handoffs.list()).toEqual([]);
    expect(await handoffs.close(first.id, 'official@example.vn')).toBeNull();
  });
});
