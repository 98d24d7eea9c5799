import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { auditLog } from '../../../src/admin/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

const HELP_YAML = fs.readFileSync(new URL('../../../flows/help.yaml', import.meta.url), 'utf8');
const CORE_VI = JSON.parse(fs.readFileSync(new URL('../../../templates/vi/core.json', import.meta.url), 'utf8')) as {
  help: { contact: { text: string } };
};
const COMMON = Object.fromEntries(
  (['vi', 'en'] as const).map((language) => [
    language,
    JSON.parse(fs.readFileSync(new URL(`../../../templates/${language}/common.json`, import.meta.url), 'utf8')) as {
      handoff: { taken: string };
    },
  ]),
) as Record<'vi' | 'en', { handoff: { taken: string } }>;
/** A word no shipped flow reacts to; the edited help flow adds it as a keyword. */
const NEW_KEYWORD = 'tổng đài';
const HOTLINE = 'Đường dây nóng';

/** The shipped help flow with one more keyword (what an editor would change). */
function helpWithKeyword(keyword: string): Record<string, unknown> {
  const flow = parseYaml(HELP_YAML) as { triggers: Array<{ type: string; values?: string[] }> };
  const keywords = flow.triggers.find((trigger) => trigger.type === 'keywords');
  keywords?.values?.push(keyword);
  return flow;
}

/**
 * Flows and templates through the admin API on the composed server: editors write versions, approvers/admins publish
 * and roll back, and citizens (through the Zalo simulator) meet whatever is published.
 */
describe('admin flows API', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let editor: AdminApi;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await signInFirstAdmin(system);
    editor = (await createAccount(system, admin, 'editor@province.gov.vn', ['editor'])).api;
    citizens = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  /** Audit rows of changes made through the API (the start-up seeding writes its own, as the system). */
  async function auditRows(action: string, targetId: string) {
    return system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId), eq(auditLog.actorType, 'account')))
      .orderBy(auditLog.id);
  }

  /** What a citizen who has never written before is answered when typing `text`. */
  async function newCitizenAsks(text: string): Promise<string> {
    const citizen = await citizens.create('Phạm Thị E');
    await citizens.say(citizen, { type: 'follow' });
    return texts(await citizens.say(citizen, { type: 'text', text }));
  }

  it('lists the seeded flows with their published and latest versions', async () => {
    const list = await editor.request('GET', '/flows');
    expect(list.status).toBe(200);
    // Imported from flows/ at first start.
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        {
          flowId: 'help',
          latestVersion: 1,
          latestBy: 'seed',
          latestAt: expect.any(String),
          title: 'Liên hệ và trợ giúp',
          publishedVersion: 1,
        },
      ]),
    );
    const version = await editor.request('GET', '/flows/help/versions/1');
    expect(version.body).toMatchObject({ flowId: 'help', version: 1, published: true, source: HELP_YAML });
    expect(version.body.definition).toMatchObject({ id: 'help', start: 'contact' });
  });

  it('lists problems of a version with a missing template, and refuses to publish it (422); editors cannot publish', async () => {
    const broken = HELP_YAML.replace('template: core:help.contact', 'template: core:help.no_such_text');
    const created = await editor.request('POST', '/flows/help/versions', broken, { contentType: 'application/yaml' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ flowId: 'help', publishable: false });
    expect(created.body.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'missing_template', flowId: 'help' })]),
    );
    const version = Number(created.body.version);

    const byEditor = await editor.request('POST', '/flows/help/publish', { version });
    expect(byEditor.status).toBe(403);
    expect(byEditor.body.code).toBe('ADMIN_FORBIDDEN');

    const byAdmin = await admin.request('POST', '/flows/help/publish', { version });
    expect(byAdmin.status).toBe(422);
    expect(byAdmin.contentType).toContain('application/problem+json');
    expect(byAdmin.body.code).toBe('FLOW_INVALID');
    expect(JSON.stringify(byAdmin.body.errors)).toContain('core:help.no_such_text');

    const versions = await editor.request('GET', '/flows/help/versions');
    const items = versions.body.items as Array<{ version: number; published: boolean; createdBy: string | null }>;
    expect(items.find((item) => item.published)?.version).toBe(1);
    expect(items.find((item) => item.version === version)?.createdBy).toBe('editor@province.gov.vn');
    expect(await auditRows('flow.publish', 'help')).toHaveLength(0);
    // The list names who saved the newest version, and when: the draft the editor just saved.
    const list = (await admin.request('GET', '/flows')).body.items as Array<Record<string, unknown>>;
    const help = list.find((flow) => flow.flowId === 'help');
    expect(help).toMatchObject({ latestVersion: version, latestBy: 'editor@province.gov.vn', publishedVersion: 1 });
    expect(Date.now() - Date.parse(String(help?.latestAt))).toBeLessThan(600_000);
  });

  it("previews a text as citizens read it: the province's values, samples from the placeholders' names, given values", async () => {
    const changed = await admin.request('PUT', '/settings/province', { name: 'tỉnh Thử Nghiệm' });
    expect(changed.status).toBe(200);
    const preview = await editor.request('POST', '/flows/templates/preview', {
      texts: {
        vi: '{{You}} ơi, {{province.name}} đã nhận phản ánh {{ticket.number}} lúc {{at, time}}; mã {{code}}.',
        en: '{{province.name}} received {{ticket.number}}; code {{code}}.',
      },
      values: { code: 'ABC-1' },
    });
    expect(preview.status).toBe(200);
    const placeholders = preview.body.placeholders as Array<{ name: string; source: string; value: string }>;
    expect(placeholders.map((item) => [item.name, item.source])).toEqual([
      ['You', 'province'],
      ['province.name', 'province'],
      ['ticket.number', 'sample'],
      ['at', 'sample'],
      ['code', 'given'],
    ]);
    const rendered = preview.body.rendered as { vi: string; en: string };
    expect(rendered.vi).toMatch(
      /^Anh\/chị ơi, tỉnh Thử Nghiệm đã nhận phản ánh \[ticket\.number\] lúc \d{2}:\d{2}; mã ABC-1\.$/,
    );
    expect(rendered.en).toBe('tỉnh Thử Nghiệm received [ticket.number]; code ABC-1.');

    // With an English name, English citizens read it, and so does the English preview.
    expect(
      (await admin.request('PUT', '/settings/province', { name: 'tỉnh Thử Nghiệm', nameEn: 'Test Province' })).status,
    ).toBe(200);
    const english = await editor.request('POST', '/flows/templates/preview', {
      texts: { vi: 'Chào mừng đến {{province.name}}.', en: 'Welcome to {{province.name}}.' },
    });
    expect(english.body.rendered).toEqual({ vi: 'Chào mừng đến tỉnh Thử Nghiệm.', en: 'Welcome to Test Province.' });
    expect((await admin.request('PUT', '/settings/province', {})).status).toBe(200);
  });

  it("previews any text it is given: an object's own names and unclosed braces are text, not a stall or an error", async () => {
    const odd = await editor.request('POST', '/flows/templates/preview', {
      texts: { vi: `{{constructor}} và {{toString}} {{${' '.repeat(9_900)}`, en: '{{ __proto__ }}' },
    });
    expect(odd.status).toBe(200);
    expect(odd.body.placeholders).toEqual([
      { name: 'constructor', format: null, value: '[constructor]', source: 'sample' },
      { name: 'toString', format: null, value: '[toString]', source: 'sample' },
      { name: '__proto__', format: null, value: '[__proto__]', source: 'sample' },
    ]);
  });

  it('refuses a document that is not a flow, or whose id differs from the path, and stores nothing', async () => {
    const before = await editor.request('GET', '/flows/help/versions');
    const yamlError = await editor.request('POST', '/flows/help/versions', 'id: help\nsteps: [unclosed', {
      contentType: 'application/yaml',
    });
    expect(yamlError.status).toBe(422);
    expect(JSON.stringify(yamlError.body.errors)).toContain('not valid YAML');
    const wrongId = await editor.request('POST', '/flows/help/versions', { ...helpWithKeyword('x'), id: 'menu' });
    expect(wrongId.status).toBe(400);
    // YAML wrapped in JSON of the wrong type is a bad request, not a flow with problems.
    for (const yaml of [5, null, ['id: help']]) {
      const wrongType = await editor.request('POST', '/flows/help/versions', { yaml });
      expect(wrongType.status, JSON.stringify(yaml)).toBe(400);
    }
    const validated = await editor.request('POST', '/flows/validate', { yaml: 5 });
    expect(validated.status).toBe(400);
    const after = await editor.request('GET', '/flows/help/versions');
    expect(after.body.items).toEqual(before.body.items);
  });

  it('publishes a valid version that new conversations use, and rolls back to the old one; both audited', async () => {
    expect(await newCitizenAsks(NEW_KEYWORD)).not.toContain(HOTLINE);

    const created = await editor.request('POST', '/flows/help/versions', helpWithKeyword(NEW_KEYWORD));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ flowId: 'help', publishable: true, problems: [] });
    const version = Number(created.body.version);

    const published = await admin.request('POST', '/flows/help/publish', { version });
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ flowId: 'help', version, previousVersion: 1, releaseId: expect.any(Number) });
    expect(await newCitizenAsks(NEW_KEYWORD)).toContain(HOTLINE);

    const rolledBack = await admin.request('POST', '/flows/help/rollback', { version: 1 });
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.body).toEqual({
      flowId: 'help',
      version: 1,
      previousVersion: version,
      releaseId: expect.any(Number),
    });
    expect(await newCitizenAsks(NEW_KEYWORD)).not.toContain(HOTLINE);

    const [publishRow] = await auditRows('flow.publish', 'help');
    expect(publishRow).toMatchObject({
      actorType: 'account',
      actorEmail: system.firstAdmin?.status === 'generated' ? system.firstAdmin.email : '?',
      before: { version: 1 },
      after: { version },
      ip: '127.0.0.1',
    });
    expect(publishRow?.requestId).toBeTruthy();
    const [rollbackRow] = await auditRows('flow.rollback', 'help');
    expect(rollbackRow).toMatchObject({ before: { version }, after: { version: 1 } });
    const versionRows = await auditRows('flow.version.create', 'help');
    expect(versionRows.at(-1)).toMatchObject({ actorEmail: 'editor@province.gov.vn', after: { version } });
  });

  it('validates a draft without storing it', async () => {
    const before = await editor.request('GET', '/flows/help/versions');
    const valid = await editor.request('POST', '/flows/validate', { yaml: stringifyYaml(helpWithKeyword('abc')) });
    expect(valid.body).toEqual({ flowId: 'help', valid: true, problems: [] });
    const invalid = await editor.request('POST', '/flows/validate', { ...helpWithKeyword('abc'), start: 'nowhere' });
    expect(invalid.body).toMatchObject({ flowId: 'help', valid: false });
    expect((invalid.body.problems as unknown[]).length).toBeGreaterThan(0);
    const after = await editor.request('GET', '/flows/help/versions');
    expect(after.body.items).toEqual(before.body.items);
  });

  it('simulates a conversation on the published flows, or with drafts in their place', async () => {
    const published = await editor.request('POST', '/flows/simulate', { messages: ['@follow', NEW_KEYWORD] });
    expect(published.status).toBe(200);
    const turns = published.body.transcript as Array<{ citizen: string; bot: Array<{ kind: string; text?: string }> }>;
    expect(turns.map((turn) => turn.citizen)).toEqual(['@follow', NEW_KEYWORD]);
    expect(turns[0]?.bot.map((message) => message.text).join('\n')).toContain('Xin chào');
    expect(turns[1]?.bot.map((message) => message.text).join('\n')).not.toContain(HOTLINE);

    const withDraft = await editor.request('POST', '/flows/simulate', {
      messages: [NEW_KEYWORD],
      drafts: [stringifyYaml(helpWithKeyword(NEW_KEYWORD))],
      language: 'en',
    });
    expect(withDraft.status).toBe(200);
    const draftTurns = withDraft.body.transcript as Array<{ bot: Array<{ text?: string }> }>;
    expect(draftTurns[0]?.bot.map((message) => message.text).join('\n')).toContain('Hotline');

    const notAFlow = await editor.request('POST', '/flows/simulate', { messages: ['hi'], drafts: [{ id: 'x' }] });
    expect(notAFlow.status).toBe(422);
  });

  it('publishes a new template version that citizens then read (editor writes, admin publishes)', async () => {
    const list = await editor.request('GET', '/flows/templates');
    expect(list.body.items).toEqual(
      expect.arrayContaining([{ namespace: 'core', language: 'vi', latestVersion: 1, publishedVersion: 1 }]),
    );
    const current = await editor.request('GET', '/flows/templates/vi/core/versions/1');
    const content = structuredClone(current.body.content) as typeof CORE_VI;
    expect(content.help.contact.text).toBe(CORE_VI.help.contact.text);
    content.help.contact.text = `${CORE_VI.help.contact.text}\nTổng đài Zalo: nhắn tin bất cứ lúc nào.`;

    const created = await editor.request('POST', '/flows/templates/vi/core/versions', { content });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ namespace: 'core', language: 'vi', version: 2 });
    expect((await editor.request('POST', '/flows/templates/vi/core/publish', { version: 2 })).status).toBe(403);

    // Removing a key published flows use is refused.
    const broken = structuredClone(content) as { help: Record<string, unknown> };
    delete broken.help.contact;
    const brokenVersion = await editor.request('POST', '/flows/templates/vi/core/versions', { content: broken });
    const refused = await admin.request('POST', '/flows/templates/vi/core/publish', {
      version: brokenVersion.body.version,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('TEMPLATES_INVALID');

    expect((await admin.request('POST', '/flows/templates/vi/core/publish', { version: 2 })).status).toBe(200);
    // Running engines reload published templates every few seconds (createReloadingTemplateRenderer), not on every message.
    await vi.waitFor(
      async () => expect(await newCitizenAsks('liên hệ')).toContain('Tổng đài Zalo: nhắn tin bất cứ lúc nào.'),
      { timeout: 30_000, interval: 1000 },
    );
    const rows = await auditRows('templates.publish', 'vi/core');
    expect(rows.at(-1)).toMatchObject({ before: { version: 1 }, after: { version: 2 } });
  });

  it('refuses to publish a text with a placeholder nothing fills (422, listed); edits the context fills publish', async () => {
    /** The newest version of common in `language`, with the text handing a citizen to an official replaced. */
    async function saveTaken(language: 'vi' | 'en', edit: (text: string) => string): Promise<number> {
      const list = await editor.request('GET', '/flows/templates');
      const { latestVersion } = (
        list.body.items as Array<{ namespace: string; language: string; latestVersion: number }>
      )
        .filter((item) => item.namespace === 'common' && item.language === language)
        .at(0) ?? { latestVersion: 0 };
      const current = await editor.request('GET', `/flows/templates/${language}/common/versions/${latestVersion}`);
      const content = structuredClone(current.body.content) as { handoff: { taken: string } };
      content.handoff.taken = edit(COMMON[language].handoff.taken);
      const stored = await editor.request('POST', `/flows/templates/${language}/common/versions`, { content });
      // Saving a draft with a problem is allowed, as for flows: only publishing is refused.
      expect(stored.status).toBe(201);
      return Number(stored.body.version);
    }
    const publishedCommon = async () =>
      (
        (await editor.request('GET', '/flows/templates')).body.items as Array<{
          namespace: string;
          language: string;
          publishedVersion: number | null;
        }>
      ).find((item) => item.namespace === 'common' && item.language === 'vi')?.publishedVersion;
    const before = await publishedCommon();

    // What the tester did: a placeholder no value fills, which citizens would read as typed.
    const bogus = await saveTaken('vi', (text) => `${text} {{bogus}}`);
    const refused = await admin.request('POST', '/flows/templates/vi/common/publish', { version: bogus });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.code).toBe('TEMPLATES_INVALID');
    expect(refused.body.errors).toEqual({
      problems: [
        expect.objectContaining({
          kind: 'unknown_placeholder',
          key: 'common:handoff.taken',
          language: 'vi',
          placeholder: 'bogus',
        }),
      ],
    });
    expect(await publishedCommon()).toBe(before);
    // Nor does it go live in a release.
    const drafted = await editor.request('POST', '/releases', {
      name: 'with a broken text',
      templates: [{ namespace: 'common', language: 'vi', version: bogus }],
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    expect(drafted.body).toMatchObject({
      publishable: false,
      problems: [expect.objectContaining({ kind: 'unknown_placeholder', message: expect.stringContaining('bogus') })],
    });
    const release = await admin.request('POST', `/releases/${String(drafted.body.id)}/publish`);
    expect(release.status).toBe(422);
    expect(release.body.code).toBe('RELEASE_INVALID');

    // Placeholders the text's context fills publish, even where the other language has none: the form of address
    // left out in Vietnamese, the province's hotline added; the form of address added in English.
    const vi = await saveTaken('vi', (text) => `${text.replace('{{you}}', 'bạn')} Hotline: {{province.hotline}}.`);
    expect((await admin.request('POST', '/flows/templates/vi/common/publish', { version: vi })).status).toBe(200);
    const en = await saveTaken('en', (text) => `${text} {{You}} may also call {{province.hotline}}.`);
    expect((await admin.request('POST', '/flows/templates/en/common/publish', { version: en })).status).toBe(200);
  });

  it('publishes both languages of a namespace in one step: all or nothing', async () => {
    const latest = async (language: 'vi' | 'en') =>
      (
        (await editor.request('GET', '/flows/templates')).body.items as Array<{
          namespace: string;
          language: string;
          latestVersion: number;
          publishedVersion: number | null;
        }>
      ).find((item) => item.namespace === 'common' && item.language === language);
    async function save(language: 'vi' | 'en', edit: (text: string) => string): Promise<number> {
      const current = await editor.request(
        'GET',
        `/flows/templates/${language}/common/versions/${String((await latest(language))?.latestVersion)}`,
      );
      const content = structuredClone(current.body.content) as { handoff: { taken: string } };
      content.handoff.taken = edit(COMMON[language].handoff.taken);
      return Number(
        (await editor.request('POST', `/flows/templates/${language}/common/versions`, { content })).body.version,
      );
    }
    const published = { vi: (await latest('vi'))?.publishedVersion, en: (await latest('en'))?.publishedVersion };

    // What the tester met: a good Vietnamese text beside an English one with a placeholder nothing fills.
    const vi = await save('vi', (text) => `${text} (cả hai)`);
    const badEn = await save('en', (text) => `${text} {{bogus}}`);
    expect(
      (await editor.request('POST', '/flows/templates/common/publish', { versions: { vi, en: badEn } })).status,
    ).toBe(403);
    const refused = await admin.request('POST', '/flows/templates/common/publish', { versions: { vi, en: badEn } });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'TEMPLATES_INVALID',
      errors: { problems: [expect.objectContaining({ language: 'en', placeholder: 'bogus' })] },
    });
    // Neither went live: the Vietnamese one waits with the English one.
    expect((await latest('vi'))?.publishedVersion).toBe(published.vi);
    expect((await latest('en'))?.publishedVersion).toBe(published.en);

    const en = await save('en', (text) => `${text} (both)`);
    const both = await admin.request('POST', '/flows/templates/common/publish', { versions: { vi, en } });
    expect(both.status, JSON.stringify(both.body)).toBe(200);
    expect(both.body).toMatchObject({ namespace: 'common', versions: { vi, en } });
    expect((await latest('vi'))?.publishedVersion).toBe(vi);
    expect((await latest('en'))?.publishedVersion).toBe(en);
    // One release, each language audited.
    expect((await auditRows('templates.publish', 'vi/common')).at(-1)).toMatchObject({
      after: { version: vi, release: both.body.releaseId },
    });
    expect((await auditRows('templates.publish', 'en/common')).at(-1)).toMatchObject({
      after: { version: en, release: both.body.releaseId },
    });
    const empty = await admin.request('POST', '/flows/templates/common/publish', { versions: {} });
    expect(empty.status).toBe(400);
  });

  it('refuses requests without a session (401) and unknown flows (404)', async () => {
    const anonymous = await fetch(`${system.url}/api/admin/flows`);
    expect(anonymous.status).toBe(401);
    const missing = await editor.request('GET', '/flows/no_such_flow/versions');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('FLOW_NOT_FOUND');
  });
});
