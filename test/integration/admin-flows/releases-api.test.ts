import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { conversationReleases } from '../../../src/conversation/schema.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

// The shipped text, with the default form of address (CITIZEN_ADDRESS_FORM).
const OLD_QUESTION = 'Anh/chị muốn trò chuyện bằng ngôn ngữ nào?';
const OLD_DONE = 'Đã đổi ngôn ngữ sang tiếng Việt.';
const NEW_QUESTION = 'Bạn có muốn dùng tiếng Anh không?';
const NEW_DONE = 'Xong (bản mới): tiếng Việt.';

/** Version 2 of the language flow: a yes/no question (a new template key) where version 1 offers a choice. */
const LANGUAGE_V2 = {
  id: 'language',
  title: 'Đổi ngôn ngữ v2',
  format: 1,
  triggers: [{ type: 'keywords', values: ['đổi ngôn ngữ'] }],
  start: 'ask',
  steps: {
    ask: { type: 'ask', template: 'core:language.ask_v2', input: { type: 'yes_no' }, save: 'english', next: 'done' },
    done: { type: 'say', template: 'core:language.done' },
  },
};

interface ReleaseBody {
  id: number;
  status: string;
  publishable: boolean;
  problems: Array<{ kind: string; flowId: string; message: string }>;
}

/**
 * Releases through the admin API on the composed server: an editor drafts, an approver publishes and rolls back, an
 * official may do neither; citizens (through the Zalo simulator) meet the live release, except that a conversation
 * already under way finishes on the flows and texts it started with.
 */
describe('admin releases API', () => {
  let system: TestSystem;
  let editor: AdminApi;
  let approver: AdminApi;
  let official: AdminApi;
  let citizens: ZaloCitizens;
  let shipped: number;
  let flowVersion: number;
  let newRelease: number;

  beforeAll(async () => {
    system = await startTestSystem();
    const admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    approver = (await createAccount(system, admin, 'approver@province.gov.vn', ['approver'])).api;
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    citizens = ZaloCitizens.of(system);
    shipped = Number((await editor.request('GET', '/releases')).body.liveReleaseId);
  });
  afterAll(() => system.destroy());

  /** A new citizen who follows the OA and starts the language conversation; the question they are asked. */
  async function startLanguage(name: string): Promise<{ citizen: string; question: string }> {
    const citizen = await citizens.create(name);
    await citizens.say(citizen, { type: 'follow' });
    return { citizen, question: texts(await citizens.say(citizen, { type: 'text', text: 'đổi ngôn ngữ' })) };
  }

  it('lists the release the first start published, live', async () => {
    const list = await editor.request('GET', '/releases');
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ id: shipped, status: 'live', name: 'shipped flows and templates' }),
    ]);
    const release = await editor.request('GET', `/releases/${shipped}`);
    expect(release.body).toMatchObject({ id: shipped, status: 'live', problems: [] });
    expect(release.body.flows).toEqual(expect.arrayContaining([{ flowId: 'language', version: 1 }]));
  });

  it('refuses to publish a release whose flow lacks its texts, listing the problems', async () => {
    const created = await editor.request('POST', '/flows/language/versions', LANGUAGE_V2);
    expect(created.status).toBe(201);
    flowVersion = Number(created.body.version);

    const drafted = await editor.request('POST', '/releases', {
      name: 'language v2 (texts forgotten)',
      flows: [{ flowId: 'language', version: flowVersion }],
    });
    expect(drafted.status).toBe(201);
    const draft = drafted.body as unknown as ReleaseBody;
    expect(draft).toMatchObject({ status: 'draft', publishable: false });
    expect(draft.problems.map((problem) => [problem.kind, problem.flowId, problem.message])).toEqual([
      ['missing_template', 'language', 'template "core:language.ask_v2" is missing in vi'],
      ['missing_template', 'language', 'template "core:language.ask_v2" is missing in en'],
    ]);

    const refused = await approver.request('POST', `/releases/${draft.id}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.code).toBe('RELEASE_INVALID');
    expect(JSON.stringify(refused.body.errors)).toContain('core:language.ask_v2');
    expect((await editor.request('GET', '/releases')).body.liveReleaseId).toBe(shipped);
  });

  it('lets an editor draft but not publish, and an official do neither', async () => {
    expect((await official.request('GET', '/releases')).status).toBe(403);
    const byOfficial = await official.request('POST', '/releases', { name: 'by an official' });
    expect(byOfficial.status).toBe(403);
    expect(byOfficial.body.code).toBe('ADMIN_FORBIDDEN');
    expect((await official.request('POST', `/releases/${shipped}/rollback`)).status).toBe(403);
    const drafted = await editor.request('POST', '/releases', { name: 'same as live' });
    expect(drafted.status).toBe(201);
    const byEditor = await editor.request('POST', `/releases/${String(drafted.body.id)}/publish`);
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.code).toBe('ADMIN_FORBIDDEN');
    expect((await official.request('POST', `/releases/${String(drafted.body.id)}/publish`)).status).toBe(403);
  });

  it('publishes a release for new conversations; a conversation under way keeps its flow and texts', async () => {
    // The editor writes the texts the new flow needs, in both languages, and rewords the Vietnamese answer.
    for (const language of ['vi', 'en'] as const) {
      const current = await editor.request('GET', `/flows/templates/${language}/core/versions/1`);
      const content = structuredClone(current.body.content) as { language: Record<string, string> };
      content.language.ask_v2 = language === 'vi' ? NEW_QUESTION : 'Switch to English?';
      if (language === 'vi') content.language.done = NEW_DONE;
      const stored = await editor.request('POST', `/flows/templates/${language}/core/versions`, { content });
      expect(stored.status).toBe(201);
    }
    const drafted = await editor.request('POST', '/releases', {
      name: 'language v2',
      note: 'the language question becomes yes/no',
      base: 'latest',
    });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({ status: 'draft', publishable: true, problems: [] });
    newRelease = Number(drafted.body.id);

    const diff = await approver.request('GET', `/releases/diff?from=${shipped}&to=${newRelease}`);
    expect(diff.status).toBe(200);
    expect(diff.body).toEqual({
      from: shipped,
      to: newRelease,
      flows: [{ flowId: 'language', from: 1, to: flowVersion }],
      templates: [
        { namespace: 'core', language: 'en', from: 1, to: 2 },
        { namespace: 'core', language: 'vi', from: 1, to: 2 },
      ],
    });

    const early = await startLanguage('Nguyễn Văn Sớm');
    expect(early.question).toContain(OLD_QUESTION);

    const published = await approver.request('POST', `/releases/${newRelease}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ releaseId: newRelease, previousReleaseId: shipped });
    expect((await approver.request('POST', `/releases/${newRelease}/publish`)).body.code).toBe('RELEASE_ALREADY_LIVE');

    const late = await startLanguage('Trần Thị Muộn');
    expect(late.question).toContain(NEW_QUESTION);
    // The early citizen answers the question they were asked (a choice) and reads the words of their release.
    const answer = texts(await citizens.say(early.citizen, { type: 'text', text: '1' }));
    expect(answer).toContain(OLD_DONE);
    expect(answer).not.toContain(NEW_DONE);
    expect(texts(await citizens.say(late.citizen, { type: 'text', text: 'không' }))).toContain(NEW_DONE);
  });

  it('rolls back to the earlier release, and audits every step with who did it', async () => {
    const rolledBack = await approver.request('POST', `/releases/${shipped}/rollback`);
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.body).toEqual({ releaseId: shipped, previousReleaseId: newRelease });
    expect((await startLanguage('Lê Văn Sau')).question).toContain(OLD_QUESTION);
    const list = await editor.request('GET', '/releases');
    const statuses = Object.fromEntries(
      (list.body.items as Array<{ id: number; status: string }>).map((item) => [item.id, item.status]),
    );
    expect(statuses).toMatchObject({ [shipped]: 'live', [newRelease]: 'previous' });
    // Each names who last made it live: the approver (the rollback), the approver (the publish before it).
    const publishers = Object.fromEntries(
      (list.body.items as Array<{ id: number; lastPublishedBy: string | null }>).map((item) => [
        item.id,
        item.lastPublishedBy,
      ]),
    );
    expect(publishers).toMatchObject({
      [shipped]: 'approver@province.gov.vn',
      [newRelease]: 'approver@province.gov.vn',
    });
    expect((await editor.request('GET', `/releases/${shipped}`)).body.lastPublishedBy).toBe('approver@province.gov.vn');

    const rows = await system.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.actorType, 'account'),
          inArray(auditLog.action, ['release.create', 'release.publish', 'release.rollback']),
        ),
      )
      .orderBy(auditLog.id);
    expect(rows.map((row) => [row.action, row.actorEmail, row.targetId])).toEqual([
      ['release.create', 'editor@province.gov.vn', expect.any(String)],
      ['release.create', 'editor@province.gov.vn', expect.any(String)],
      ['release.create', 'editor@province.gov.vn', String(newRelease)],
      ['release.publish', 'approver@province.gov.vn', String(newRelease)],
      ['release.rollback', 'approver@province.gov.vn', String(shipped)],
    ]);
    expect(rows.at(-2)).toMatchObject({
      before: { release: shipped },
      after: { release: newRelease },
      ip: '127.0.0.1',
    });
    expect(rows.at(-2)?.requestId).toBeTruthy();
  });

  it('says what each release the server made is, for screens to name it in their language; older ones by their name', async () => {
    // A flow and a text namespace published by the approver: each release says which, and which version.
    const { source } = (await editor.request('GET', '/flows/help/versions/1')).body as { source: string };
    const help = await editor.request('POST', '/flows/help/versions', { yaml: `${source}# phiên bản 2\n` });
    expect(help.status).toBe(201);
    expect((await approver.request('POST', '/flows/help/publish', { version: help.body.version })).status).toBe(200);
    const smalltalk = (await editor.request('GET', '/flows/templates/vi/smalltalk/versions/1')).body;
    const text = await editor.request('POST', '/flows/templates/vi/smalltalk/versions', { content: smalltalk.content });
    expect(text.status).toBe(201);
    const published = await approver.request('POST', '/flows/templates/vi/smalltalk/publish', {
      version: text.body.version,
    });
    expect(published.status).toBe(200);
    // Releases made before origins were stored (marked by migration 0031): their names, the server's, are read; a
    // name typed is kept as typed.
    await system.database.db.insert(conversationReleases).values([
      { name: 'publish help v1', createdBy: 'approver@province.gov.vn', madeBeforeOrigins: true },
      { name: 'publish templates vi/core v1, en/core v1', madeBeforeOrigins: true },
      { name: 'Lời chào dịp Tết 2027', createdBy: 'editor@province.gov.vn', madeBeforeOrigins: true },
    ]);
    // A release an editor drafts now is named as they typed, even a name like the server's.
    const typed = await editor.request('POST', '/releases', { name: 'publish help v9' });
    expect(typed.status).toBe(201);

    const list = await editor.request('GET', '/releases');
    const byName = (name: string) =>
      (list.body.items as Array<{ name: string; origin: unknown }>).find((item) => item.name === name);
    expect(byName('shipped flows and templates')).toMatchObject({
      origin: { kind: 'shipped', forced: false },
      createdBy: 'seed',
      // Every text namespace once, whatever its languages (as the texts are listed), and each version.
      textGroupCount: 9,
      templateCount: 18,
    });
    expect(byName(`publish help v${help.body.version}`)?.origin).toEqual({
      kind: 'flow',
      flowId: 'help',
      title: 'Liên hệ và trợ giúp',
      version: help.body.version,
      rollback: false,
    });
    expect(byName(`publish templates vi/smalltalk v${text.body.version}`)?.origin).toEqual({
      kind: 'texts',
      namespace: 'smalltalk',
      versions: [{ language: 'vi', version: text.body.version }],
    });
    expect(byName('publish help v1')?.origin).toEqual({
      kind: 'flow',
      flowId: 'help',
      title: 'Liên hệ và trợ giúp',
      version: 1,
      rollback: false,
    });
    expect(byName('publish templates vi/core v1, en/core v1')?.origin).toEqual({
      kind: 'texts',
      namespace: 'core',
      versions: [
        { language: 'vi', version: 1 },
        { language: 'en', version: 1 },
      ],
    });
    expect(byName('Lời chào dịp Tết 2027')?.origin).toBeNull();
    expect(byName('publish help v9')?.origin).toBeNull();
    expect((await editor.request('GET', `/releases/${String(typed.body.id)}`)).body).toMatchObject({ origin: null });
    const release = await editor.request('GET', `/releases/${published.body.releaseId}`);
    expect(release.body).toMatchObject({ origin: { kind: 'texts', namespace: 'smalltalk' }, textGroupCount: 9 });
  });
});
