import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/admin/index.js';
import { SANDBOX_IDENTITY } from '../../../src/config.js';
import { buildZaloEvent } from '../../../src/sandbox/zalo/index.js';
import { zaloDeadLetters } from '../../../src/zalo/index.js';
import { startTestSystem, type TestSystem } from '../../helpers/system.js';
import { createAccount, signInFirstAdmin, texts, ZaloCitizens, type AdminApi } from './clients.js';

/**
 * An admin's side of "nothing lost": an inbound event that kept failing was set aside; the admin sees it (not its
 * content), replays it once the cause is fixed, and the citizen gets the answer; or discards it. Both are audited.
 */
describe('admin dead letters API', () => {
  let system: TestSystem;
  let admin: AdminApi;
  let official: AdminApi;
  let citizens: ZaloCitizens;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await signInFirstAdmin(system);
    official = (await createAccount(system, admin, 'official@province.gov.vn', ['official'])).api;
    citizens = ZaloCitizens.of(system);
  });
  afterAll(() => system.destroy());

  /** A dead letter as the inbound worker leaves it: the raw webhook body of a citizen's message. */
  async function setAside(citizenId: string, text: string): Promise<string> {
    const event = buildZaloEvent(
      { type: 'text', text },
      {
        appId: SANDBOX_IDENTITY.zaloAppId,
        oaId: SANDBOX_IDENTITY.zaloOaId,
        userId: citizenId,
        userIdByApp: `9${citizenId}`,
        timestamp: String(Date.now()),
        msgId: `dead-${Math.random().toString(36).slice(2)}`,
      },
    );
    const [row] = await system.database.db
      .insert(zaloDeadLetters)
      .values({
        citizenId,
        eventKey: `msg:${String((event.message as { msg_id: string }).msg_id)}`,
        rawBody: JSON.stringify(event),
        error: 'TypeError',
        failures: 3,
      })
      .returning({ id: zaloDeadLetters.id });
    return row?.id ?? '';
  }

  it('lists open dead letters without their content, to admins only', async () => {
    const citizenId = await citizens.create('Chị Thu');
    const id = await setAside(citizenId, 'nội dung riêng tư của công dân');
    const listed = await admin.request('GET', '/zalo/dead-letters');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id, citizenId, eventName: 'user_send_text', error: 'TypeError', status: 'open' }),
      ]),
    );
    expect(JSON.stringify(listed.body)).not.toContain('riêng tư');
    expect((await official.request('GET', '/zalo/dead-letters')).status).toBe(403);
  });

  it('replays a dead letter: the citizen is answered, and the replay is audited and happens once', async () => {
    const citizenId = await citizens.create('Anh Quân');
    await citizens.say(citizenId, { type: 'follow' });
    const id = await setAside(citizenId, 'liên hệ');
    const after = await citizens.lastSeq(citizenId);
    const replayed = await admin.request('POST', `/zalo/dead-letters/${id}/replay`);
    expect(replayed).toMatchObject({ status: 200, body: { id, status: 'replayed' } });
    expect(texts(await citizens.collect(citizenId, after))).toContain('Đường dây nóng');
    expect((await admin.request('POST', `/zalo/dead-letters/${id}/replay`)).status).toBe(404);
    const audit = await system.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'dead_letter.replay'), eq(auditLog.targetId, id)));
    expect(audit).toHaveLength(1);
  });

  it('discards a dead letter, audited; unknown ids are 404 and malformed ones 400', async () => {
    const citizenId = await citizens.create('Bác Sáu');
    const id = await setAside(citizenId, 'không cần xử lý nữa');
    expect(await admin.request('POST', `/zalo/dead-letters/${id}/discard`)).toMatchObject({
      status: 200,
      body: { status: 'discarded' },
    });
    const [row] = await system.database.db.select().from(zaloDeadLetters).where(eq(zaloDeadLetters.id, id));
    expect(row).toMatchObject({ status: 'discarded', resolvedBy: 'admin@sandbox.local' });
    expect((await admin.request('POST', `/zalo/dead-letters/${crypto.randomUUID()}/discard`)).status).toBe(404);
    expect((await admin.request('POST', '/zalo/dead-letters/not-a-uuid/discard')).status).toBe(400);
  });
});
